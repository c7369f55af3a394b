"""Load shedding: a bounded number of uncached renders at a time in each worker process.

Cached pages are answered by the page cache before Django is entered and never get here;
a refused request never enters Django either, so a flood of them costs little.
Everything else (page-cache misses, search, the API, feeds, sign-in) holds one of
``MAX_CONCURRENT_RENDERS`` slots while Django renders it. A request that finds none free is
answered at once with 503 and ``Retry-After``, instead of taking a server thread that cached
pages need: granian runs 8 blocking threads per worker (``broadsheet serve``), and the
default of 6 leaves 2 of them for page-cache hits whatever the flood.

The admin and the health checks are never shed (``LOAD_SHED_EXEMPT_PREFIXES``).
"""

import logging
import threading

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger("broadsheet.core")


def overloaded_response(request):
    """The answer to a request shed for lack of a free render slot."""
    response = HttpResponse(
        "The site is busy. Please try again in a moment.\n",
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(settings.LOAD_SHED_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


class LoadSheddingApp:
    """WSGI wrapper rendering at most ``MAX_CONCURRENT_RENDERS`` requests at once; 0 turns
    the limit off. It sits inside the page cache's wrapper (``broadsheet/wsgi.py``), so hits
    never reach it, and outside Django, so a refusal costs no middleware."""

    def __init__(self, application):
        self.application = application
        self.limit = settings.MAX_CONCURRENT_RENDERS
        self.slots = threading.BoundedSemaphore(self.limit) if self.limit > 0 else None
        self.exempt = tuple(settings.LOAD_SHED_EXEMPT_PREFIXES)
        self.shed = 0

    def __call__(self, environ, start_response):
        if self.slots is None or environ.get("PATH_INFO", "").startswith(self.exempt):
            return self.application(environ, start_response)
        if not self.slots.acquire(blocking=False):
            return self.refuse(environ, start_response)
        try:
            return self.application(environ, start_response)
        finally:
            self.slots.release()

    def refuse(self, environ, start_response):
        self.shed += 1
        if self.shed == 1 or self.shed % 1000 == 0:
            logger.warning(
                "Shedding load: %s renders already running (%s requests shed)",
                self.limit,
                self.shed,
            )
        response = overloaded_response(WSGIRequest(environ))
        status = f"{response.status_code} {response.reason_phrase}"
        start_response(status, [*response.items()])
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else response.content]
