"""Limits on request bodies, applied before anything is read or written to disk.

Two guards share one table (settings.REQUEST_MAX_BODY_SIZE, settings.UPLOAD_MAX_SIZES):

- ``BodyLimitApp`` wraps the WSGI application: a declared Content-Length over the path's cap
  is answered 413 without reading a byte; a chunked body (no Content-Length) is read up to
  the general cap and refused with 413 beyond it, else handed to Django with its length.
- ``LimitedUploadHandler`` runs first among Django's upload handlers: a body over the cap of
  who is sending it (uploads are for editors only) is refused before parsing, and a file
  growing past its cap stops the upload at once, its partial temporary file deleted.
"""

import io
import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler, StopUpload

logger = logging.getLogger("broadsheet.core")

# Room for the form fields sent beside the file in one upload request.
FORM_OVERHEAD = 1024 * 1024
CHUNK_SIZE = 64 * 1024


class RequestBodyTooLarge(RequestDataTooBig):
    """A request body or uploaded file is over its limit; answered 413 (core.views)."""

    def __init__(self, limit):
        self.limit = limit
        super().__init__(f"Request body too large: at most {limit} bytes are accepted here.")


def upload_limit(path):
    """The largest file that may be uploaded to this path, or None where uploads are not
    expected (then the general REQUEST_MAX_BODY_SIZE applies)."""
    for prefix, limit in settings.UPLOAD_MAX_SIZES:
        if path.startswith(prefix):
            return limit
    return None


def body_limit(path):
    """The largest request body accepted on this path, in bytes."""
    limit = upload_limit(path)
    general = settings.REQUEST_MAX_BODY_SIZE
    return general if limit is None else max(general, limit + FORM_OVERHEAD)


def _too_large(start_response, limit):
    body = (f"413 Request body too large: at most {limit} bytes are accepted here.\n").encode()
    start_response(
        "413 Content Too Large",
        [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]


class BodyLimitApp:
    """WSGI wrapper refusing oversized request bodies before the application reads them."""

    def __init__(self, app, *, limit_for=None, chunked_limit=None):
        self.app = app
        self.limit_for = limit_for or body_limit
        self.chunked_limit = chunked_limit

    def __call__(self, environ, start_response):
        declared = environ.get("CONTENT_LENGTH", "").strip()
        if declared:
            if not declared.isdigit() or len(declared) > 18:
                return self._bad_length(start_response)
            limit = self.limit_for(environ.get("PATH_INFO", ""))
            if int(declared) > limit:
                logger.info("Refused a %s-byte body (limit %s)", declared, limit)
                return _too_large(start_response, limit)
        elif "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
            limit = (
                self.chunked_limit
                if self.chunked_limit is not None
                else settings.REQUEST_MAX_BODY_SIZE
            )
            body = self._read_at_most(environ["wsgi.input"], limit)
            if body is None:
                logger.info("Refused a chunked body over %s bytes", limit)
                return _too_large(start_response, limit)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    @staticmethod
    def _read_at_most(stream, limit):
        """The whole body if it is at most limit bytes, else None (stops reading at limit+1)."""
        chunks, total = [], 0
        while True:
            chunk = stream.read(min(CHUNK_SIZE, limit + 1 - total))
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > limit:
                return None
            chunks.append(chunk)

    @staticmethod
    def _bad_length(start_response):
        body = b"400 Bad Request: malformed Content-Length.\n"
        start_response(
            "400 Bad Request",
            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
        )
        return [body]


def _may_upload(request):
    user = getattr(request, "user", None)
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
    )


class LimitedUploadHandler(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS: caps the body by sender and each file while it streams."""

    def __init__(self, request=None):
        super().__init__(request)
        self.file_limit = settings.REQUEST_MAX_BODY_SIZE
        self.received = 0
        self.refused = None

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        path = self.request.path_info if self.request is not None else ""
        limit = upload_limit(path)
        self.file_limit = limit if limit is not None else settings.REQUEST_MAX_BODY_SIZE
        body_cap = body_limit(path)
        if limit is None or not _may_upload(self.request):
            body_cap = settings.REQUEST_MAX_BODY_SIZE
        self.refused = None
        if content_length > body_cap:
            raise RequestBodyTooLarge(body_cap)

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.file_limit:
            # StopUpload closes (and so deletes) every handler's partial file; the error is
            # raised from upload_complete(), once that is done.
            self.refused = self.file_limit
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None

    def upload_complete(self):
        if self.refused is not None:
            raise RequestBodyTooLarge(self.refused)
