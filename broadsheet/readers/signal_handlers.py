import logging

from .bookmarks import BookmarkError, add_bookmark

logger = logging.getLogger("broadsheet.readers")

# An anonymous reader's bookmark click is kept in a signed cookie, not in a session: a
# session for every anonymous click (or crawler) would be stored for two weeks.
PENDING_BOOKMARK_COOKIE = "broadsheet_pending_bookmark"
PENDING_BOOKMARK_SALT = "broadsheet.readers.pending-bookmark"
PENDING_BOOKMARK_SECONDS = 60 * 60


def set_pending_bookmark(request, response, page_id):
    response.set_signed_cookie(
        PENDING_BOOKMARK_COOKIE,
        str(page_id),
        salt=PENDING_BOOKMARK_SALT,
        max_age=PENDING_BOOKMARK_SECONDS,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


def pending_bookmark(request):
    """The page id an anonymous reader asked to bookmark before signing in, or None."""
    return request.get_signed_cookie(
        PENDING_BOOKMARK_COOKIE,
        default=None,
        salt=PENDING_BOOKMARK_SALT,
        max_age=PENDING_BOOKMARK_SECONDS,
    )


def save_pending_bookmark(sender, request, user, **kwargs):
    """Save the bookmark an anonymous reader asked for before signing in or signing up.

    The cookie is removed from the sign-in's response (``ReaderAccountAdapter.post_login``).
    """
    page_id = pending_bookmark(request) if request is not None else None
    if page_id is None:
        return
    try:
        add_bookmark(user, page_id)
    except BookmarkError:
        logger.info("Pending bookmark of page %s dropped: no longer bookmarkable", page_id)
