from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

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
