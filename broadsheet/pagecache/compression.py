"""Compressed responses: Brotli and gzip, chosen by the request's ``Accept-Encoding``.

The page cache stores each page's compressed copies beside it when it stores the page
(``encode``), so a hit only chooses one (``negotiate``) and compresses nothing.
``CompressionMiddleware`` compresses what is rendered for the request alone (misses, search,
feeds, the API), or reuses the copies the page cache just made.

A client gets a compressed body only when its ``Accept-Encoding`` names that coding (or
``*``) with a q-value above 0 (``broadsheet/core/encodings.py``). Responses to signed-in
readers (a session cookie or an app's session token) and responses that carry a CSRF token
are never compressed: a secret compressed beside text an attacker can put in the page leaks
through the compressed size (BREACH).
"""

import gzip

import brotli
from django.conf import settings
from django.utils.cache import patch_vary_headers

from broadsheet.core.encodings import negotiate

# Sizes below this gain nothing worth a header (Django's GZipMiddleware uses 200 too).
MIN_SIZE = 200
# Fast levels: pages are compressed on a miss, while a reader waits (a 50 KB page: ~1 ms each).
BROTLI_QUALITY = 5
GZIP_LEVEL = 6
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/javascript",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/ld+json",
    "application/manifest+json",
    "image/svg+xml",
)


def compressible(content_type):
    return content_type.split(";", 1)[0].strip().lower().startswith(COMPRESSIBLE_TYPES)


def encode(body):
    """The compressed copies of ``body`` worth sending: {coding: bytes}, smaller ones only."""
    if len(body) < MIN_SIZE:
        return {}
    copies = {
        "br": brotli.compress(body, quality=BROTLI_QUALITY),
        "gzip": gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0),
    }
    return {coding: data for coding, data in copies.items() if len(data) < len(body)}


def weak_etag(etag):
    """The ETag of a compressed copy: weak, as Django's GZipMiddleware makes it."""
    return etag if etag.startswith("W/") else "W/" + etag


def may_compress(request, response):
    """Whether this response may be compressed at all (before looking at the client)."""
    if response.streaming or response.has_header("Content-Encoding"):
        return False
    if response.status_code == 206 or response.has_header("Content-Range"):
        return False  # byte ranges count the identity body
    if not compressible(response.get("Content-Type", "")):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False  # a signed-in reader (or one with a session): secrets may be in the page
    if {"HTTP_AUTHORIZATION", "HTTP_X_SESSION_TOKEN"} & request.META.keys():
        return False  # the app API's signed-in readers
    if getattr(request, "auth", None) is not None:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or settings.CSRF_COOKIE_NAME in (
        response.cookies
    ):
        return False  # the page carries a CSRF token
    return True


def apply(response, coding, data):
    """Make ``response`` send ``data``, the ``coding`` copy of its body."""
    response.content = data
    response["Content-Encoding"] = coding
    response["Content-Length"] = str(len(data))
    if response.has_header("ETag"):
        response["ETag"] = weak_etag(response["ETag"])


def not_modified(request, response):
    """A 304 names the ETag in the form the client holds: weak when the 200 it revalidates
    was a compressed copy (``apply``), as the client's ``If-None-Match`` shows."""
    etag = response.get("ETag")
    if etag and not etag.startswith("W/"):
        if weak_etag(etag) in request.META.get("HTTP_IF_NONE_MATCH", ""):
            response["ETag"] = weak_etag(etag)
    return response


def copy_headers(headers, coding, data):
    """A stored page's headers for its ``coding`` copy, ``data``."""
    replaced = {"content-length", "content-encoding", "etag"}
    kept = [(name, value) for name, value in headers if name.lower() not in replaced]
    kept += [("Content-Encoding", coding), ("Content-Length", str(len(data)))]
    kept += [("ETag", weak_etag(value)) for name, value in headers if name.lower() == "etag"]
    return kept


class CompressionMiddleware:
    """Compress what Django rendered, for clients that ask, unless secrets may be inside.

    Outermost, so the page cache (inside it) stores the identity body and its copies.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 304:
            return not_modified(request, response)
        if not may_compress(request, response):
            return response
        patch_vary_headers(response, ["Accept-Encoding"])
        copies = getattr(response, "compressed_copies", None)
        if copies is None:
            coding = negotiate(request.META.get("HTTP_ACCEPT_ENCODING"))
            if coding is None:
                return response
            copies = encode(response.content)
        coding = negotiate(request.META.get("HTTP_ACCEPT_ENCODING"), tuple(copies))
        if coding is not None:
            apply(response, coding, copies[coding])
        return response
