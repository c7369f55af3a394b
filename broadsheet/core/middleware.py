import copy

from django import db
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from wagtail.models import Site
from wagtail.views import serve as wagtail_serve

from .fragments import remember
from .models import SiteSettings
from .visibility import keep_restriction_map, read_restriction_map

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data: https:",
        "media-src 'self' https: blob:",
        "frame-src https:",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)


class SecurityHeadersMiddleware:
    """A strict Content-Security-Policy and Permissions-Policy on reader pages.

    Reader pages carry no inline script or style, so the policy needs no exceptions;
    Wagtail's admin is left with its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/", "/django-admin/")

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.admin_prefixes):
            response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
            response.setdefault("Permissions-Policy", "interest-cohort=(), browsing-topics=()")
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 from the JSON APIs (ours, allauth's, oEmbed) stays a 404.

    Django redirects any unprefixed 404 to /<language>/… when that path resolves, and the
    page tree's catch-all resolves everything, so API errors would turn into redirects.
    """

    unprefixed_prefixes = ("/api/", "/_allauth/", "/oembed/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_prefixes):
            return response
        return super().process_response(request, response)


class SiteFragmentsMiddleware:
    """The Wagtail site and SiteSettings of a page request from the fragment cache.

    Wagtail looks both up with a query each per request (the site's is its widest, with a
    CASE per hostname and port); they change only with a change the fragment generation
    counts (``core/fragments.py``), so they are kept per host and port like any fragment and
    handed to Wagtail where it keeps its own per-request copies (``Site.find_for_request``,
    ``BaseSiteSetting.for_request``). Only for Wagtail's page view: health checks and static
    files ask the database nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or hasattr(request, "_wagtail_site"):
            return None
        parts = [request.get_host(), request.get_port()]
        try:
            site, site_settings = remember(request, "site", parts, lambda: _site_of(request))
        except db.Error:
            return None  # left to the view, where a lost database gets its 503 or stale copy
        try:
            # Which pages are restricted, for Wagtail's check before serving (models.py).
            keep_restriction_map(remember(request, "restrictions", [], read_restriction_map))
        except db.Error:
            return None
        # Copies: the kept objects are shared by the requests of this process.
        request._wagtail_site = copy.copy(site)
        if site_settings is not None:
            site_settings = copy.copy(site_settings)
            site_settings._request = request
            setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
        return None


def _site_of(request):
    site = Site._find_for_request(request)
    if site is None:
        return None, None
    site.root_page  # noqa: B018 - fetched now, so that it is kept with the site
    return site, SiteSettings.for_site(site)
