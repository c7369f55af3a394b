"""Redis as an accelerator: short timeouts and a circuit breaker per Redis server.

Every Redis client of the project (the Django caches through ``ResilientRedisCache``, the
Most read counters through ``redis_client``) gives up on a call after ``REDIS_TIMEOUT_MS``
and reports it to the breaker of its server. The first failure opens the breaker: for
``REDIS_BREAKER_COOLDOWN`` seconds every client of that server in this process skips Redis
at once instead of waiting for it. After the cool-down one call (the first to come) tries
Redis again; if it answers, the breaker closes and Redis is used again, without a restart.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

import redis
from django.conf import settings
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger("broadsheet.core")

# Failures that say the server is gone or hanging; other Redis errors (a wrong type, a full
# memory) are answered quickly and say nothing about the next call.
UNREACHABLE = (redis.ConnectionError, redis.TimeoutError, OSError)


def redis_timeout():
    """Seconds a Redis client waits to connect, or for an answer."""
    return settings.REDIS_TIMEOUT_MS / 1000


def client_options():
    """Connection options for redis-py: short timeouts and no retries (the breaker decides)."""
    timeout = redis_timeout()
    return {
        "socket_connect_timeout": timeout,
        "socket_timeout": timeout,
        "retry": Retry(NoBackoff(), 0),
    }


class CircuitBreaker:
    """Closed (calls go to Redis), open (calls are skipped), or trying one call after a
    cool-down. Shared by every thread of the process."""

    def __init__(self, name, cooldown, clock=time.monotonic):
        self.name = name
        self.cooldown = cooldown
        self.clock = clock
        self._lock = threading.Lock()
        self._open_until = None
        self._trying = False

    @property
    def is_open(self):
        return self._open_until is not None

    def allow(self):
        """Whether a call may go to Redis now; after the cool-down, one caller at a time."""
        if self._open_until is None:
            return True
        with self._lock:
            if self._open_until is None:
                return True
            if self._trying or self.clock() < self._open_until:
                return False
            self._trying = True
            return True

    def succeeded(self):
        if self._open_until is None:
            return
        with self._lock:
            reopened = self._open_until is not None
            self._open_until = None
            self._trying = False
        if reopened:
            logger.warning("Redis %s answers again; using it", self.name)

    def failed(self, error):
        with self._lock:
            first = self._open_until is None
            self._open_until = self.clock() + self.cooldown
            self._trying = False
        if first:
            logger.warning(
                "Redis %s unreachable (%s); skipping it for %ss",
                self.name,
                type(error).__name__,
                self.cooldown,
            )


_breakers = {}
_breakers_lock = threading.Lock()


def server_name(url):
    """host:port (or the socket path) of a Redis URL, without credentials or database."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return parts.path
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}"


def breaker_for(urls):
    """The breaker shared by every client of these Redis servers in this process."""
    name = ",".join(server_name(url) for url in urls)
    with _breakers_lock:
        if name not in _breakers:
            _breakers[name] = CircuitBreaker(name, settings.REDIS_BREAKER_COOLDOWN)
        return _breakers[name]


def reset_breakers():
    """Forget every breaker (tests, or settings changed)."""
    with _breakers_lock:
        _breakers.clear()


class RedisUnavailable(Exception):
    """Redis was skipped (breaker open) or did not answer in time."""


def guarded(breaker, call, *args, **kwargs):
    """``call(*args, **kwargs)`` unless the breaker is open; RedisUnavailable if skipped or
    Redis did not answer, recorded on the breaker."""
    if not breaker.allow():
        raise RedisUnavailable(breaker.name)
    try:
        result = call(*args, **kwargs)
    except UNREACHABLE as error:
        breaker.failed(error)
        raise RedisUnavailable(breaker.name) from error
    breaker.succeeded()
    return result


_clients = {}
_clients_lock = threading.Lock()


def redis_client(url):
    """A redis-py client for ``url`` with the short timeouts; shared across threads."""
    with _clients_lock:
        if url not in _clients:
            _clients[url] = redis.Redis.from_url(url, **client_options())
        return _clients[url]
