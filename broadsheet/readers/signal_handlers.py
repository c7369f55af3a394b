import logging

from .bookmarks import BookmarkError, add_bookmark

logger = logging.getLogger("broadsheet.readers")

PENDING_BOOKMARK_KEY = "readers_pending_bookmark"


def save_pending_bookmark(sender, request, user, **kwargs):
    """Save the bookmark an anonymous reader asked for before signing in or signing up."""
    page_id = request.session.pop(PENDING_BOOKMARK_KEY, None)
    if page_id is None:
        return
    try:
        add_bookmark(user, page_id)
    except BookmarkError:
        logger.info("Pending bookmark of page %s dropped: no longer bookmarkable", page_id)
