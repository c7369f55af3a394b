"""A signed-in reader's bookmarks, for the news app: /api/v1/bookmarks/.

What may be bookmarked is decided in ``broadsheet.readers.bookmarks``; this is only its JSON.
"""

from django.utils.translation import gettext as _
from ninja import Path, Query, Router, Status
from ninja.errors import HttpError

from broadsheet.readers.bookmarks import (
    BookmarkError,
    add_bookmark,
    bookmarks_for_listing,
    remove_bookmark,
)

from . import schemas
from .pagination import PAGE_SIZE_MAX, decode_cursor, encode_cursor
from .security import session_token

router = Router(auth=session_token, tags=["bookmarks"])

ERRORS = {
    400: schemas.ErrorOut,
    401: schemas.ErrorOut,
    404: schemas.ErrorOut,
    429: schemas.ErrorOut,
}


def _bookmark_out(request, bookmark):
    page = bookmark.specific_page
    return {
        "page": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "standfirst": getattr(page, "standfirst", ""),
        "saved_at": bookmark.created_at,
    }


@router.get("/", response={200: schemas.BookmarkList, **ERRORS})
def bookmark_list(
    request,
    cursor: str | None = Query(None, max_length=200, description="From `next_cursor`."),
    limit: int = Query(20, ge=1, le=PAGE_SIZE_MAX),
):
    """The reader's bookmarks, newest first, a page at a time (cursor pagination)."""
    after = decode_cursor(cursor) if cursor else None
    page = bookmarks_for_listing(request.auth, after=after, limit=limit + 1)
    more = len(page) > limit
    page = page[:limit]
    return {
        "items": [_bookmark_out(request, bookmark) for bookmark in page],
        "next_cursor": encode_cursor(page[-1].created_at, page[-1].pk) if more else None,
    }


@router.post("/", response={200: schemas.BookmarkOut, 201: schemas.BookmarkOut, **ERRORS})
def bookmark_add(request, payload: schemas.BookmarkIn):
    """Save a story: 201 when it is new to the reader's bookmarks, 200 when already there."""
    try:
        bookmark, created = add_bookmark(request.auth, payload.page)
    except BookmarkError as error:
        raise HttpError(404, str(error)) from None
    bookmark.specific_page = bookmark.page.specific
    return Status(201 if created else 200, _bookmark_out(request, bookmark))


@router.delete("/{page_id}/", response={204: None, **ERRORS})
def bookmark_remove(request, page_id: int = Path(..., ge=1, le=2**31 - 1)):
    """Forget a saved story, by its page id."""
    if not remove_bookmark(request.auth, page_id):
        raise HttpError(404, _("This story is not in your bookmarks."))
    return Status(204, None)
