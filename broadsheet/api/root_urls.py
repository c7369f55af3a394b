"""The API alone, without the language-prefixed reader URLs (see ``http.api_http``)."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("broadsheet.api.urls"))]
