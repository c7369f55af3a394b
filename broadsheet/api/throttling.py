from contextvars import ContextVar

from django.conf import settings
from ninja.throttling import SimpleRateThrottle

from broadsheet.core.clients import client_key

# Seconds until the refused client may try again, for the Retry-After of the refusal that
# ninja asks ``wait()`` for right after ``allow_request``, in the same thread and context.
_retry_after = ContextVar("retry_after", default=None)


class ClientRateThrottle(SimpleRateThrottle):
    """A per-client request budget, read from ``API_RATE_LIMIT`` at each request.

    A client is ``core.clients.client_key``: X-Forwarded-For counts only through trusted proxies.

    One instance serves every request of the process, from several threads, so nothing of a
    request is kept on it: ninja's SimpleRateThrottle keeps the client's key and history on
    ``self`` between reading and writing them, which let concurrent clients spend each
    other's budgets. Two requests of one client at the same moment may still be counted once
    (the history is read, then written), as in ninja's and DRF's throttles.
    """

    scope = "client"

    def __init__(self):
        super().__init__(rate=settings.API_RATE_LIMIT)

    def allow_request(self, request):
        key = self.get_cache_key(request)
        if key is None:
            return True
        num_requests, duration = self.parse_rate(settings.API_RATE_LIMIT)
        now = self.timer()
        history = [moment for moment in self.cache.get(key, []) if moment > now - duration]
        if len(history) >= num_requests:
            # Worked out as ninja's wait() does: the oldest request leaves the window then.
            remaining = duration - (now - history[-1]) if history else duration
            free = num_requests - len(history) + 1
            _retry_after.set(remaining / free if free > 0 else None)
            return False
        history.insert(0, now)
        self.cache.set(key, history, duration)
        return True

    def wait(self):
        return _retry_after.get()

    def get_ident(self, request):
        # ninja's own reads X-Forwarded-For as the client sends it: a new value per request
        # was a new budget. Only the proxies named in the settings are believed.
        return client_key(request)

    def get_cache_key(self, request):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
