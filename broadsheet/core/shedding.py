"""Load shedding: a bounded number of uncached renders at a time in each worker process.

Cached pages are answered by the page cache before Django is entered and never get here;
a refused request never enters Django either, so a flood of them costs little.
Everything else (page-cache misses, search, the API, feeds, sign-in) holds one of
``MAX_CONCURRENT_RENDERS`` slots while Django renders it. A request that finds none free
waits for one, at most ``LOAD_SHED_QUEUE_TIMEOUT_MS``, if fewer than ``LOAD_SHED_QUEUE``
requests are already waiting; otherwise it is answered at once with 503 and ``Retry-After``.

Rendering is CPU work under one interpreter lock, so a second render in the same process
does not finish sooner, it only slows every other thread: a cached page's thread waits its
turn for the lock behind each running render. One render per process (the default) kept
cached pages under a 64-connection search flood within 6x their idle p99, against 50x with
6 renders, and answered as many searches (bench/RESULTS.md). Waiting requests hold a server
thread but no CPU: granian runs 8 blocking threads per worker (``broadsheet serve``), and
1 render + 4 waiting leave 3 of them for page-cache hits whatever the flood.

The admin and the health checks are never shed (``LOAD_SHED_EXEMPT_PREFIXES``).
"""

import logging
import threading

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest, get_path_info
from django.utils import translation

from .unavailable import answer_kind_for_path, service_unavailable

logger = logging.getLogger("broadsheet.core")


def overloaded_response(request):
    """The answer to a request shed for lack of a render slot: the site's 503 (branded page in
    the edition's language, JSON for the API, plain text for feeds) with Retry-After."""
    return service_unavailable(request, retry_after=settings.LOAD_SHED_RETRY_AFTER)


class LoadSheddingApp:
    """WSGI wrapper rendering at most ``MAX_CONCURRENT_RENDERS`` requests at once; 0 turns
    the limit off. It sits inside the page cache's wrapper (``broadsheet/wsgi.py``), so hits
    never reach it, and outside Django, so a refusal costs no middleware."""

    def __init__(self, application):
        self.application = application
        self.limit = settings.MAX_CONCURRENT_RENDERS
        self.slots = threading.BoundedSemaphore(self.limit) if self.limit > 0 else None
        waiting = settings.LOAD_SHED_QUEUE
        self.queue = threading.BoundedSemaphore(waiting) if waiting > 0 else None
        self.timeout = settings.LOAD_SHED_QUEUE_TIMEOUT_MS / 1000
        self.exempt = tuple(settings.LOAD_SHED_EXEMPT_PREFIXES)
        self.shed = 0
        # (form, language) -> (status line, headers, body): the 503 is the same for every
        # request of a kind and language, so a flood of refusals renders it once.
        self.answers = {}

    def __call__(self, environ, start_response):
        if self.slots is None or environ.get("PATH_INFO", "").startswith(self.exempt):
            return self.application(environ, start_response)
        if not self.slots.acquire(blocking=False) and not self.wait_for_slot():
            return self.refuse(environ, start_response)
        try:
            return self.application(environ, start_response)
        finally:
            self.slots.release()

    def wait_for_slot(self):
        """Wait for a render slot if there is room in the queue; False if there was none or
        no slot came free in time."""
        if self.queue is None or not self.queue.acquire(blocking=False):
            return False
        try:
            return self.slots.acquire(timeout=self.timeout)
        finally:
            self.queue.release()

    def refuse(self, environ, start_response):
        self.shed += 1
        if self.shed == 1 or self.shed % 1000 == 0:
            logger.warning(
                "Shedding load: %s renders running and the queue full (%s requests shed)",
                self.limit,
                self.shed,
            )
        path = get_path_info(environ)
        # Outside Django no language is active for this thread but whatever an earlier
        # request left: a URL without an edition prefix gets the site's default language.
        language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
        key = (answer_kind_for_path(path), language)
        answer = self.answers.get(key)
        if answer is None:  # first refusal of its kind: render it, then reuse the bytes
            with translation.override(language):
                response = overloaded_response(WSGIRequest(environ))
            status = f"{response.status_code} {response.reason_phrase}"
            answer = self.answers[key] = (status, [*response.items()], response.content)
        status, headers, body = answer
        start_response(status, headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else body]
