"""allauth's JSON sign-in API for the news app, at /_allauth/app/v1/… (no language prefix).

Nothing here may be stored by a cache: allauth's answers say so themselves, the wrapper
below also covers the ones it raises (a body that is not JSON), and unknown paths get a
JSON 404 instead of the reader site's page.
"""

from functools import wraps

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.headless import urls as headless_urls
from django.http import JsonResponse
from django.urls import re_path
from django.utils.cache import add_never_cache_headers

from .urls import never_cached


def _never_cached(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            response = view(request, *args, **kwargs)
        except ImmediateHttpResponse as exc:
            response = exc.response
        add_never_cache_headers(response)
        return response

    return wrapped


@_never_cached
def not_found(request, path=""):
    return JsonResponse(
        {"status": 404, "errors": [{"message": "Not Found", "code": "not_found"}]}, status=404
    )


app_name = headless_urls.app_name
urlpatterns = [
    *never_cached(headless_urls.urlpatterns, _never_cached),
    re_path(r"^(?P<path>.*)$", not_found),
]
