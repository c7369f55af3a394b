"""Answers for when the site cannot render: the database is down (503) or a bug (500).

``service_unavailable`` is the one place a 503 is rendered, for this module's middleware and
error handlers and for any other part that must turn readers away (load shedding). Neither it
nor ``server_error_response`` touches the database: their pages extend ``error_base.html``,
which is rendered without context processors (no site settings, no edition lookup, no
session), in the language of the URL's edition prefix.

What the answer looks like follows the URL: JSON ``{"detail": ...}`` under ``/api/`` (as the
API's other errors), a short plain-text body for feeds, sitemaps and robots.txt, and the
branded HTML page everywhere else.
"""

import logging

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.html import escape
from django.utils.translation import gettext

logger = logging.getLogger("broadsheet.core")

# What a lost or refused database connection raises (django.db.utils wraps the driver's).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
API_PREFIXES = ("/api/", "/_allauth/")
# Machine-read answers: feeds (/en/feeds/rss.xml, a podcast's …/feed/), sitemaps, robots.txt.
PLAIN_SUFFIXES = (".xml", ".txt", "/feed/")

# Used when even the template cannot be rendered (a missing static manifest entry, say).
FALLBACK_HTML = (
    '<!DOCTYPE html>\n<html lang="{lang}" dir="{dir}">\n<head><meta charset="utf-8">'
    '<meta name="robots" content="noindex"><title>{title}</title></head>\n'
    "<body><main><h1>{title}</h1><p>{text}</p></main></body>\n</html>\n"
)


def answer_kind(request):
    """The form an error answer to this request takes: "json", "plain" or "html"."""
    return answer_kind_for_path(request.path_info if request is not None else "/")


def answer_kind_for_path(path):
    if path.startswith(API_PREFIXES):
        return "json"
    if path.endswith(PLAIN_SUFFIXES):
        return "plain"
    return "html"


def edition_language(request):
    """The language of the edition the URL is under (/ar/…), else the active language."""
    if request is not None:
        language = translation.get_language_from_path(request.path_info)
        if language:
            return language
    return translation.get_language() or settings.LANGUAGE_CODE


def _html(template_name, language, title, text):
    context = {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "home_url": f"/{language}/",
        "title": title,
        "text": text,
    }
    try:
        return loader.render_to_string(template_name, context)
    except Exception:  # an error page must not fail in its turn
        logger.exception("Error page %s could not be rendered", template_name)
        return FALLBACK_HTML.format(
            lang=language,
            dir="rtl" if translation.get_language_bidi() else "ltr",
            title=escape(title),
            text=escape(text),
        )


def _error_response(request, status, title, text, template_name):
    kind = answer_kind(request)
    if kind == "json":
        response = JsonResponse({"detail": title}, status=status)
    elif kind == "plain":
        response = HttpResponse(
            f"{title}\n{text}\n", status=status, content_type="text/plain; charset=utf-8"
        )
    else:
        language = translation.get_language()
        response = HttpResponse(_html(template_name, language, title, text), status=status)
        response["Content-Language"] = language
    patch_cache_control(response, no_store=True)
    return response


def service_unavailable(request, retry_after=None):
    """A 503 for ``request`` with ``Retry-After`` (seconds; ``SERVICE_UNAVAILABLE_RETRY_AFTER``
    by default) and ``Cache-Control: no-store``, in the form and language its URL calls for.

    Needs neither the database nor the cache, so it may be called whatever is down.
    """
    if retry_after is None:
        retry_after = settings.SERVICE_UNAVAILABLE_RETRY_AFTER
    json = answer_kind(request) == "json"
    with translation.override("en" if json else edition_language(request)):
        response = _error_response(
            request,
            503,
            gettext("Temporarily unavailable"),
            gettext("We cannot show this page just now. Please try again in a minute."),
            "503.html",
        )
    response["Retry-After"] = str(int(retry_after))
    return response


def server_error_response(request):
    """The 500 answer: branded and in the edition's language, without a traceback."""
    json = answer_kind(request) == "json"
    with translation.override("en" if json else edition_language(request)):
        return _error_response(
            request,
            500,
            gettext("Something went wrong"),
            gettext("We could not show this page just now. Please try again in a minute."),
            "500.html",
        )


def is_database_unavailable(exception):
    return isinstance(exception, DATABASE_UNAVAILABLE)


def log_database_unavailable(request, exception):
    logger.warning(
        "Database unavailable, answered 503 for %s: %s: %s",
        request.path if request is not None else "-",
        type(exception).__name__,
        str(exception).strip().splitlines()[0] if str(exception).strip() else "",
    )


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection in a view (or its template) into a 503.

    Exceptions raised in other middleware reach ``handler500`` (``core.views.server_error``),
    which answers the same way. The connection is not reset here: Django closes a connection
    that raised once the request ends, and with ``CONN_HEALTH_CHECKS`` checks the next one
    before use, so requests succeed again as soon as the database is back.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        log_database_unavailable(request, exception)
        return service_unavailable(request)
