"""Send a file from Django's storage to readers with byte ranges, validators and cache headers.

Episode audio and video files (segments, MP4, posters) go through ``serve_stored_file`` once
their own view has checked that readers may have them; the rules of who may see what stay in
those views.
"""

import hashlib
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified, StreamingHttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from .ranges import UnsatisfiableRange, parse_range

CHUNK_SIZE = 64 * 1024


def serve_stored_file(
    request, storage, name, *, size, content_type, last_modified=None, private=False, max_age
):
    """A 200, 206, 304 or 416 answer for ``name`` in ``storage`` (GET or HEAD).

    ``private``: the requester is an editor previewing; the answer is never stored by a cache.
    """
    etag = quote_etag(hashlib.sha256(f"{name}:{size}".encode()).hexdigest()[:32])
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": etag,
        "Content-Type": content_type or "application/octet-stream",
    }
    if last_modified:
        headers["Last-Modified"] = http_date(last_modified.timestamp())

    if _not_modified(request, etag, last_modified):
        response = HttpResponseNotModified()
        _apply(response, headers, private, max_age)
        return response

    if settings.PROTECTED_MEDIA_SERVER and request.method == "GET":
        response = _front_proxy_response(storage, name)
        if response is not None:
            _apply(response, headers, private, max_age)
            return response

    first, last, status = 0, size - 1, 200
    range_header = request.headers.get("Range")
    if range_header and _if_range_matches(request, etag, last_modified):
        try:
            first, last = parse_range(range_header, size)
        except UnsatisfiableRange:
            response = HttpResponse(status=416)
            _apply(response, {**headers, "Content-Range": f"bytes */{size}"}, private, max_age)
            response["Content-Type"] = "text/plain; charset=utf-8"
            return response
        status = 206

    length = last - first + 1 if size else 0
    if request.method == "HEAD":
        response = HttpResponse(status=status)
    else:
        response = StreamingHttpResponse(_read(storage, name, first, length), status=status)
    _apply(response, headers, private, max_age)
    response["Content-Length"] = str(length)
    if status == 206:
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    return response


def _front_proxy_response(storage, name):
    """Hand the file to the front proxy (``PROTECTED_MEDIA_SERVER``), which sends it with byte
    ranges itself; None when the storage has no local file to hand over (object storage).

    The permission check has been made by then: the proxy's location for these files must be
    internal (nginx ``internal;``), never reachable by a reader's URL.
    """
    if settings.PROTECTED_MEDIA_SERVER == "x-accel-redirect":
        header, value = "X-Accel-Redirect", settings.PROTECTED_MEDIA_PREFIX + quote(name)
    else:
        try:
            header, value = "X-Sendfile", storage.path(name)
        except NotImplementedError:
            return None
    # Streaming (with no body: the proxy sends the file) so the page cache never keeps it.
    response = StreamingHttpResponse(iter(()))
    response[header] = value
    return response


def _apply(response, headers, private, max_age):
    for name, value in headers.items():
        response[name] = value
    if private:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(
            response,
            public=True,
            max_age=max_age,
            stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR,
        )


def _not_modified(request, etag, last_modified):
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = request.headers.get("If-Modified-Since")
    if since and last_modified:
        since_ts = parse_http_date_safe(since)
        return since_ts is not None and int(last_modified.timestamp()) <= since_ts
    return False


def _if_range_matches(request, etag, last_modified):
    """If-Range: honour the Range only while the file is the one the client started on."""
    if_range = request.headers.get("If-Range")
    if not if_range:
        return True
    if if_range.startswith(('"', "W/")):
        return if_range == etag
    since_ts = parse_http_date_safe(if_range)
    return bool(
        last_modified and since_ts is not None and int(last_modified.timestamp()) <= since_ts
    )


def _read(storage, name, first, length):
    with storage.open(name, "rb") as handle:
        handle.seek(first)
        remaining = length
        while remaining > 0:
            chunk = handle.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
