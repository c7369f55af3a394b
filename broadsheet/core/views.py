import sys

from django.http import HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.views import defaults

from .limits import RequestBodyTooLarge
from .unavailable import (
    DATABASE_UNAVAILABLE,
    is_database_unavailable,
    log_database_unavailable,
    server_error_response,
    service_unavailable,
)


def page_not_found(request, exception=None):
    # The full site page (header, sections, footer) needs the database.
    try:
        return render(request, "404.html", status=404)
    except DATABASE_UNAVAILABLE as exc:
        log_database_unavailable(request, exc)
        return service_unavailable(request)


def server_error(request):
    """handler500: a 503 when the database is what failed (in a middleware, say), else the
    branded 500 page. Neither needs the database or shows the exception."""
    exception = sys.exc_info()[1]
    if is_database_unavailable(exception):
        return service_unavailable(request)
    return server_error_response(request)


def bad_request(request, exception=None):
    """Django's 400, except that an oversized body or upload is a 413 saying the limit."""
    if isinstance(exception, RequestBodyTooLarge):
        message = (
            f"This request is too large: at most {filesizeformat(exception.limit)} "
            "is accepted here. Nothing was saved."
        )
        response = HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        response["Cache-Control"] = "private, no-store"
        return response
    return defaults.bad_request(request, exception)
