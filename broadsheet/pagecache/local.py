"""The in-process layer of the page cache: recent hits kept in each server process's memory.

A hit from the shared store (files under ``var/pagecache/`` or Redis) costs a few file reads
or network round trips; one from this layer costs a dictionary lookup. The layer is a
least-recently-used map of URL to stored page, bounded by bytes
(``PAGE_CACHE_LOCAL_MAX_BYTES``; ``0`` turns it off).

Purges are seen through the purge epoch, a value in the shared store that every purge
(``purge_paths``, ``purge_all``) replaces after writing its new versions. Each process reads
it at most every ``PAGE_CACHE_LOCAL_CHECK_MS`` (200 ms), on a request's way in, and empties
its layer when it changed; a purge made in this process empties its own layers at once. So
a page purged by the task worker is served from another process's memory for at most that
long. Pages enter the layer tagged with the epoch known before their versions were read from
the shared store, and only while that epoch is still current: a copy read just before a
purge is dropped at the next check with the rest.

The epoch is a new ``time_ns()`` each time, never a counter: an epoch that was evicted or
cleared and is created again can never equal the one a process remembers. While the shared
store cannot be read (Redis down), the layer keeps nothing and answers nothing.
"""

import threading
import time
from collections import OrderedDict

EPOCH_KEY = "epoch"

# Purges made in this process: every layer compares it on each request, so a purge here is
# honoured here at once, not after the next epoch check.
_local_purges = 0
_layers_lock = threading.Lock()


def purged_here():
    """Count a purge made by this process (called by ``cache.purge_paths``/``purge_all``)."""
    global _local_purges
    with _layers_lock:
        _local_purges += 1


def bump_epoch(cache, value):
    """Tell every process's layer that a purge happened (after its versions are written)."""
    cache.set(EPOCH_KEY, value, None)
    purged_here()


class LocalLayer:
    """A byte-bounded LRU of stored pages, emptied whenever the purge epoch changes."""

    def __init__(self, max_bytes, check_seconds):
        self.max_bytes = max_bytes
        self.check_seconds = check_seconds
        self.lock = threading.Lock()
        self.entries = OrderedDict()  # url -> (entry, size)
        self.size = 0
        self.epoch = None  # None: unknown, nothing is kept or answered
        self.checked_at = float("-inf")
        self.seen_purges = _local_purges

    @property
    def enabled(self):
        return self.max_bytes > 0

    def current_epoch(self, cache):
        """The epoch to tag pages with: rechecked when the last check is too old."""
        now = time.monotonic()
        if self.seen_purges != _local_purges or now - self.checked_at >= self.check_seconds:
            seen = _local_purges
            try:
                epoch = cache.get(EPOCH_KEY)
                if epoch is None:
                    cache.add(EPOCH_KEY, time.time_ns(), None)
                    epoch = cache.get(EPOCH_KEY)
            except Exception:
                self.clear()  # purges cannot be seen: keep nothing (the caller logs it)
                raise
            with self.lock:
                if epoch is None or epoch != self.epoch or seen != self.seen_purges:
                    self._clear()
                self.epoch = epoch
                self.seen_purges = seen
                self.checked_at = now
        return self.epoch

    def get(self, url):
        """The page stored under ``url``, or None; call after ``current_epoch``."""
        with self.lock:
            item = self.entries.get(url)
            if item is None:
                return None
            self.entries.move_to_end(url)
            return item[0]

    def put(self, url, entry, epoch):
        """Keep ``entry`` if ``epoch`` (known before it was read) is still the current one."""
        size = entry.size
        if epoch is None or size > self.max_bytes:
            return
        with self.lock:
            if epoch != self.epoch or self.seen_purges != _local_purges:
                return
            old = self.entries.pop(url, None)
            if old is not None:
                self.size -= old[1]
            self.entries[url] = (entry, size)
            self.size += size
            while self.size > self.max_bytes:
                _, (_, dropped) = self.entries.popitem(last=False)
                self.size -= dropped

    def discard(self, url):
        with self.lock:
            old = self.entries.pop(url, None)
            if old is not None:
                self.size -= old[1]

    def clear(self):
        with self.lock:
            self._clear()
            self.epoch = None
            self.checked_at = float("-inf")

    def _clear(self):
        self.entries.clear()
        self.size = 0
