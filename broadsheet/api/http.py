"""HTTP behaviour shared by every API response: ETag, Cache-Control, CORS, JSON 404s.

Public answers are cacheable by anyone; an answer to a signed-in reader is never stored.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from ninja import NinjaAPI

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, Accept, Accept-Language",
    "Access-Control-Expose-Headers": "ETag, Retry-After",
    "Access-Control-Max-Age": "86400",
}


class ConditionalAPI(NinjaAPI):
    """The API's OpenAPI schema, saying what ``api_http`` does for every public GET: an ETag
    on 200, and 304 without a body when If-None-Match still matches."""

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        for operations in schema["paths"].values():
            operation = operations.get("get")
            if operation is None or operation.get("security"):
                continue  # signed-in readers' answers are never stored, so never 304
            operation.setdefault("parameters", []).append(
                {
                    "name": "If-None-Match",
                    "in": "header",
                    "required": False,
                    "description": "The ETag of a copy the client keeps.",
                    "schema": {"type": "string"},
                }
            )
            ok = operation["responses"].get(200) or operation["responses"].get("200")
            if ok is not None:
                ok.setdefault("headers", {})["ETag"] = {
                    "description": "Identifies this answer; send it back as If-None-Match.",
                    "schema": {"type": "string"},
                }
            operation["responses"]["304"] = {
                "description": "Not Modified: the copy named by If-None-Match is current.",
                "headers": {"ETag": {"schema": {"type": "string"}}},
            }
        return schema


def api_http(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        else:
            response = view(request, *args, **kwargs)
        for header, value in CORS_HEADERS.items():
            response[header] = value
        if getattr(request, "auth", None) is not None:
            # Set by django-ninja once a session token was accepted: the reader's own data.
            patch_cache_control(response, private=True, no_store=True)
        elif request.method in ("GET", "HEAD") and response.status_code == 200:
            etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
            response["ETag"] = etag
            patch_cache_control(
                response,
                public=True,
                max_age=settings.API_CACHE_MAX_AGE,
                stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
                stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR,
            )
            if etag in _etags(request.headers.get("If-None-Match", "")):
                not_modified = HttpResponse(status=304)
                for header in ("ETag", "Cache-Control", *CORS_HEADERS):
                    not_modified[header] = response[header]
                return not_modified
        elif response.status_code >= 400:
            patch_cache_control(response, no_store=True)
        # LocaleMiddleware turns a 404 into a redirect to /<language>/… when the reader
        # site's catch-all matches that path; API URLs live outside the language prefix.
        request.urlconf = "broadsheet.api.root_urls"
        return response

    return wrapped


def _etags(header):
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


@api_http
def not_found(request, path=""):
    return JsonResponse({"detail": "Not Found"}, status=404)
