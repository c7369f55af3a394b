"""Cache headers for reader responses, shared by pages, feeds, sitemaps and listings.

Shared caches (the page cache, a CDN) act on these headers alone: a response is kept only
when it says ``public``.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control
from wagtail.models import PageViewRestriction


def do_not_store(request):
    """Keep this request's response out of every shared cache, the page cache's and a CDN's.

    For pages a reader can conjure up under endless URLs, such as a listing asked for with a
    made-up cursor: ``set_page_cache_headers`` then sends ``private, no-store``.
    """
    request.broadsheet_no_store = True


def store_refused(request):
    return getattr(request, "broadsheet_no_store", False)


def set_page_cache_headers(response, request):
    """Public caching for anonymous readers of public pages; private and uncached otherwise.

    A reader who got past a page's view restriction is either signed in or carries the
    passed restriction in their session (password restrictions), so no query is needed.
    A view may also refuse shared caching for one response (:func:`do_not_store`).
    """
    personal = request.user.is_authenticated or bool(
        request.session.get(PageViewRestriction.passed_view_restrictions_session_key)
    )
    if personal or store_refused(request):
        patch_cache_control(response, private=True, no_store=True)
        return response
    return set_public_cache_headers(response)


def set_public_cache_headers(response, max_age=None):
    """What browsers and CDNs may keep of a response that is the same for every reader."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE if max_age is None else max_age,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR,
    )
    return response
