"""Pagination for reader listings: keyset pages for long newest-first lists, numbered pages
for short ones. Neither grows in cost with how deep a reader goes."""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.core.paginator import Paginator
from django.db.models import Q

from .cache import do_not_store

PAGE_SIZE = 20
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# <microseconds since 1970>_<page id>; anything else is ignored and gives the first page.
CURSOR_RE = re.compile(r"^(\d{1,17})_(\d{1,18})$")


@dataclass
class KeysetPage:
    """One page of a newest-first listing, addressed by cursors rather than page numbers."""

    object_list: list = field(default_factory=list)
    next_cursor: str = ""
    previous_cursor: str = ""
    is_first: bool = True
    # A cursor was given but not honoured, so this is the first page instead.
    cursor_ignored: bool = False

    @property
    def has_next(self):
        return bool(self.next_cursor)

    @property
    def has_previous(self):
        return bool(self.previous_cursor)

    @property
    def has_other_pages(self):
        return self.has_next or self.has_previous


def encode_cursor(article):
    delta = article.published_at - EPOCH
    micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
    return f"{micros}_{article.pk}"


def decode_cursor(value):
    """``(published_at, pk)`` from a cursor, or None if it is missing or malformed."""
    match = CURSOR_RE.match(value or "")
    if not match:
        return None
    return EPOCH + timedelta(microseconds=int(match[1])), int(match[2])


def paginate_numbered(request, queryset, per_page=PAGE_SIZE):
    """A numbered page for short lists (a show's episodes, corrections), where OFFSET is cheap.

    A missing, malformed or out-of-range ``page`` gives a valid page.
    """
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def paginate(request, queryset, per_page=PAGE_SIZE):
    """A keyset page of ``queryset`` (ordered newest first by ``published_at``, ``pk``).

    ``?after=<cursor>`` gives the stories older than the cursor, ``?before=<cursor>`` the
    newer ones. The cost does not grow with how deep the reader goes, unlike OFFSET.

    A cursor is honoured only if it names a story of this listing, as the links the pages
    print do; the query that fetches the page fetches that story too, so checking costs
    nothing. A missing, malformed or forged cursor (or one whose story has since left the
    listing) gives the first page with ``cursor_ignored`` set: the page says so, and
    :func:`~broadsheet.core.cache.do_not_store` keeps it out of shared caches, so that
    made-up cursors cannot fill the page cache with copies of the first page.
    """
    names = [name for name in ("after", "before") if name in request.GET]
    if not names:
        return paginate_first(queryset, per_page)
    page = _keyset_page(queryset.order_by("-published_at", "-pk"), names[0], request, per_page)
    if page is None:
        do_not_store(request)
        page = paginate_first(queryset, per_page)
        page.cursor_ignored = True
    return page


def _keyset_page(queryset, name, request, per_page):
    """The page ``name`` (after/before) asks for, or None if its cursor is not honoured."""
    cursor = decode_cursor(request.GET.get(name))
    if cursor is None:
        return None
    when, pk = cursor
    if name == "after":
        # The cursor's story, then the stories older than it.
        rows = list(
            queryset.filter(Q(published_at__lt=when) | Q(published_at=when, pk__lte=pk))[
                : per_page + 2
            ]
        )
    else:
        # The cursor's story, then the stories newer than it, oldest first.
        rows = list(
            queryset.filter(Q(published_at__gt=when) | Q(published_at=when, pk__gte=pk)).order_by(
                "published_at", "pk"
            )[: per_page + 2]
        )
    if not rows or (rows[0].pk, rows[0].published_at) != (pk, when):
        return None
    rows = rows[1:]
    if name == "after":
        if not rows:
            return None  # nothing older: the link was not made by this listing
        page = KeysetPage(object_list=rows[:per_page], is_first=False)
        # Something newer exists: the story the cursor was taken from.
        page.previous_cursor = encode_cursor(page.object_list[0])
        if len(rows) > per_page:
            page.next_cursor = encode_cursor(page.object_list[-1])
        return page
    if len(rows) <= per_page:
        return paginate_first(queryset, per_page)  # back at the newest stories
    rows = rows[:per_page][::-1]
    return KeysetPage(
        object_list=rows,
        next_cursor=encode_cursor(rows[-1]),
        previous_cursor=encode_cursor(rows[0]),
        is_first=False,
    )


def paginate_first(queryset, per_page=PAGE_SIZE):
    rows = list(queryset.order_by("-published_at", "-pk")[: per_page + 1])
    page = KeysetPage(object_list=rows[:per_page])
    if len(rows) > per_page:
        page.next_cursor = encode_cursor(page.object_list[-1])
    return page
