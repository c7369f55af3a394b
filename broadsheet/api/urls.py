from django.urls import URLPattern, path, re_path

from .http import api_http, not_found
from .views import api


def _with_http_behaviour(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
            pattern.callback = api_http(pattern.callback)
    return patterns


api_patterns, api_app_name, api_namespace = api.urls
urlpatterns = [
    path("", (_with_http_behaviour(api_patterns), api_app_name, api_namespace)),
    re_path(r"^(?P<path>.*)$", not_found),
]
