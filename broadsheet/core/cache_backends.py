"""A Redis cache that a dead or hanging Redis cannot take the site down with.

``ResilientRedisCache`` is Django's ``RedisCache`` with short timeouts and the circuit breaker
of ``resilience.py``. When Redis does not answer, the cache behaves as an empty cache that
keeps nothing: reads are misses (``get`` returns the default, ``get_many`` nothing), writes
are dropped, and ``add`` succeeds (the key was not there) although nothing is kept. So pages
render uncached, cached_db sessions come from the database, and rate limits built on the
cache (allauth's, whose lock is an ``add``, and the API's) let requests through.

A dropped write or delete would leave the old value in Redis for when it comes back: a
session ended meanwhile, or a page purged by a publish. The keys of dropped writes are
therefore remembered (up to ``PENDING_DELETES_MAX`` per server) and deleted as soon as this
process reaches Redis again; a missing key is only ever a cache miss.
"""

import logging
import threading

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from .resilience import RedisUnavailable, breaker_for, client_options, guarded

logger = logging.getLogger("broadsheet.core")

PENDING_DELETES_MAX = 100_000


class _PendingDeletes:
    """Keys written while Redis was unreachable, to delete once it answers again."""

    def __init__(self):
        self.lock = threading.Lock()
        self.keys = set()
        self.overflowed = False

    def add(self, keys):
        with self.lock:
            if len(self.keys) >= PENDING_DELETES_MAX:
                if not self.overflowed:
                    logger.error(
                        "More than %s cache writes dropped while Redis was unreachable; "
                        "later ones may leave stale values",
                        PENDING_DELETES_MAX,
                    )
                self.overflowed = True
                return
            self.keys.update(keys)

    def take(self):
        with self.lock:
            keys, self.keys, self.overflowed = self.keys, set(), False
        return keys

    def put_back(self, keys):
        self.add(keys)


_pending = {}
_pending_lock = threading.Lock()


def _pending_for(servers):
    with _pending_lock:
        return _pending.setdefault(tuple(servers), _PendingDeletes())


class ResilientRedisCacheClient(RedisCacheClient):
    """Every call goes through the server's breaker; failures become misses."""

    def __init__(self, servers, **options):
        super().__init__(servers, **{**client_options(), **options})
        self.breaker = breaker_for(servers)
        self.pending = _pending_for(servers)

    def _call(self, call, *args):
        if self.pending.keys:
            # Before anything is read back from a Redis that has returned.
            self._delete_pending()
        return guarded(self.breaker, call, *args)

    def _delete_pending(self):
        keys = self.pending.take()
        if not keys:
            return
        try:
            guarded(self.breaker, super().delete_many, list(keys))
        except RedisUnavailable:
            self.pending.put_back(keys)
            raise

    def _read(self, call, fallback, *args):
        try:
            return self._call(call, *args)
        except RedisUnavailable:
            return fallback

    def _write(self, call, keys, fallback, *args):
        try:
            return self._call(call, *args)
        except RedisUnavailable:
            # A write that timed out may have landed; either way the key must not keep a
            # value this process meant to replace.
            self.pending.add(keys)
            return fallback

    def get(self, key, default):
        return self._read(super().get, default, key, default)

    def get_many(self, keys):
        return self._read(super().get_many, {}, keys)

    def has_key(self, key):
        return self._read(super().has_key, False, key)

    def add(self, key, value, timeout):
        return self._write(super().add, [key], True, key, value, timeout)

    def set(self, key, value, timeout):
        self._write(super().set, [key], None, key, value, timeout)

    def set_many(self, data, timeout):
        self._write(super().set_many, list(data), None, data, timeout)

    def touch(self, key, timeout):
        return self._read(super().touch, False, key, timeout)

    def delete(self, key):
        return self._write(super().delete, [key], False, key)

    def delete_many(self, keys):
        self._write(super().delete_many, list(keys), None, keys)

    def incr(self, key, delta):
        try:
            return self._call(super().incr, key, delta)
        except RedisUnavailable:
            self.pending.add([key])
            raise ValueError(f"Key '{key}' not found (Redis unreachable)") from None

    def clear(self):
        try:
            return self._call(super().clear)
        except RedisUnavailable:
            logger.error("Cache clear skipped: Redis unreachable")
            return False

    def _ping(self):
        return self.get_client(write=True).ping()

    def ping(self):
        """Whether Redis answers now (False at once while the breaker is open)."""
        try:
            return bool(self._call(self._ping))
        except RedisUnavailable:
            return False


class ResilientRedisCache(RedisCache):
    """Django's Redis cache with short timeouts and a circuit breaker (module docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient

    def ping(self):
        """Whether Redis answers now, within the short timeout."""
        return self._cache.ping()
