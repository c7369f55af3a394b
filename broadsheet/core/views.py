from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.template.defaultfilters import filesizeformat
from django.views import defaults
from django.views.decorators.cache import never_cache

from .limits import RequestBodyTooLarge


@never_cache
def health(request):
    """Liveness and database reachability for load balancers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok"})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No request context: whatever failed (database, settings) must not fail this page too.
    return HttpResponseServerError(loader.render_to_string("500.html"))


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
