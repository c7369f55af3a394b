"""Static files answered by WhiteNoise before the page cache or Django is entered.

``collectstatic`` (``CompressedManifestStaticFilesStorage``) writes every file under a
content-hashed name with ``.gz`` and ``.br`` copies beside it; WhiteNoise sends the copy the
client's ``Accept-Encoding`` allows, with ``Vary: Accept-Encoding``, and marks hashed names
``immutable`` for ten years. It is configured from Django's settings, exactly as
``WhiteNoiseMiddleware`` (which stays in ``MIDDLEWARE`` for Django's test client): this wraps
the same object around the WSGI application, so a static file costs no middleware.
"""

from whitenoise.base import WhiteNoise
from whitenoise.middleware import WhiteNoiseMiddleware
from whitenoise.string_utils import decode_path_info

from .encodings import acceptable


class _StaticFiles(WhiteNoiseMiddleware):
    def add_cache_headers(self, headers, path, url):
        super().add_cache_headers(headers, path, url)
        # What SecurityMiddleware adds to every response Django sends.
        headers["X-Content-Type-Options"] = "nosniff"


class StaticFilesApp:
    """WSGI application serving ``STATIC_URL`` from ``STATIC_ROOT``, the rest to the next."""

    def __init__(self, application):
        self.application = application
        self.files = _StaticFiles()

    def __call__(self, environ, start_response):
        path = decode_path_info(environ.get("PATH_INFO", ""))
        if self.files.autorefresh:
            static_file = self.files.find_file(path)
        else:
            static_file = self.files.files.get(path)
        if static_file is None:
            return self.application(environ, start_response)
        # WhiteNoise looks for a coding's name and ignores q-values ("br;q=0" would get br).
        codings = ", ".join(acceptable(environ.get("HTTP_ACCEPT_ENCODING"))) or "identity"
        return WhiteNoise.serve(
            static_file, {**environ, "HTTP_ACCEPT_ENCODING": codings}, start_response
        )
