"""Saving and removing bookmarks: the one place that decides what a reader may bookmark."""

from django.apps import apps
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .models import Bookmark

# Page types readers can bookmark; each model's manager has a ``published()`` queryset.
BOOKMARKABLE_MODELS = ["newsroom.ArticlePage"]


class BookmarkError(Exception):
    """The page cannot be bookmarked; the message is safe to show the reader."""


def bookmarkable_models():
    return [apps.get_model(label) for label in BOOKMARKABLE_MODELS]


def get_bookmarkable_page(page_id):
    """The published, bookmarkable page with this id, or BookmarkError."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        raise BookmarkError(_("Choose a story to bookmark.")) from None
    for model in bookmarkable_models():
        page = model.objects.published().filter(pk=page_id).first()
        if page is not None:
            return page
    raise BookmarkError(_("This story is not available to bookmark."))


def add_bookmark(user, page_id):
    """Save the page for the reader; saving twice keeps one. Returns (bookmark, created)."""
    page = get_bookmarkable_page(page_id)
    try:
        with transaction.atomic():
            return Bookmark.objects.get_or_create(user=user, page=page)
    except IntegrityError:
        # A concurrent request (a double click) saved it first.
        return Bookmark.objects.get(user=user, page=page), False


def remove_bookmark(user, page_id):
    """Forget the reader's bookmark of the page; True if there was one."""
    try:
        page_id = int(page_id)
    except (TypeError, ValueError):
        return False
    deleted, _details = Bookmark.objects.of(user).filter(page_id=page_id).delete()
    return bool(deleted)


def is_bookmarked(user, page):
    return user.is_authenticated and Bookmark.objects.of(user).filter(page=page).exists()


def bookmarks_for_listing(user, *, after=None, limit=None):
    """The reader's bookmarks, newest first, with their pages as their specific types.

    A page of a longer list: at most ``limit`` bookmarks, those listed after the one whose
    (``created_at``, ``pk``) is ``after``.
    """
    bookmarks = Bookmark.objects.of(user).newest_first().select_related("page")
    if after is not None:
        saved_at, pk = after
        bookmarks = bookmarks.filter(created_at__lte=saved_at).exclude(
            created_at=saved_at, pk__gte=pk
        )
    bookmarks = list(bookmarks[:limit])
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[b.page_id for b in bookmarks]).specific()
    }
    for bookmark in bookmarks:
        bookmark.specific_page = specific.get(bookmark.page_id, bookmark.page)
    return bookmarks
