"""The page cache's in-process layer (broadsheet/pagecache/local.py).

Each ``PageCacheApp`` is one server process's worth of memory in front of the shared store,
so two instances sharing the store stand for two granian workers; a purge made by another
process (the task worker) is made by a real second Python process on a shared file store.
"""

import os
import subprocess
import sys
import textwrap
import time

import pytest
from django.core.cache import caches
from django.core.wsgi import get_wsgi_application
from django.test import override_settings

from broadsheet.newsroom.models import ArticlePage
from broadsheet.pagecache import cache as pagecache
from broadsheet.pagecache.cache import Entry, PageCacheApp, lookup
from broadsheet.pagecache.local import EPOCH_KEY, LocalLayer

from .test_pagecache import publish, wsgi

HOST = "news.example.com"


def worker():
    return PageCacheApp(get_wsgi_application())


def drop_from_shared_store(url):
    """Delete the stored copy of ``url`` from the shared store (not from any process)."""
    path, _, query = url.partition("?")
    found = lookup(
        {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": HOST}
    )
    pagecache.read_versions(found, caches["pages"])
    assert caches["pages"].delete(found.page_key)


def test_a_hit_is_answered_from_memory_without_the_shared_store(article):
    one = worker()
    assert wsgi(article.url, app=one).cache == "miss"
    assert wsgi(article.url, app=one).cache == "hit"  # read from the store, kept in memory
    drop_from_shared_store(article.url)
    again = wsgi(article.url, app=one)
    assert (again.status, again.cache) == (200, "hit")
    assert article.title in again.text
    # another process has no such copy: the store alone decides there
    assert wsgi(article.url, app=worker()).cache == "miss"


def test_publishing_in_this_process_is_seen_at_once_by_every_layer(article):
    one, two = worker(), worker()
    for app in (one, two, one, two):
        wsgi(article.url, app=app)
    publish(article, title="Sea wall vote overturned")
    for app in (one, two):
        fresh = wsgi(article.url, app=app)
        assert "Sea wall vote overturned" in fresh.text


@override_settings(PAGE_CACHE_LOCAL_MAX_BYTES=0)
def test_layer_off_reads_the_shared_store_every_time(article):
    one = worker()
    wsgi(article.url, app=one)
    assert wsgi(article.url, app=one).cache == "hit"
    drop_from_shared_store(article.url)
    assert wsgi(article.url, app=one).cache == "miss"


def test_unreadable_store_means_nothing_is_answered_from_memory(article, monkeypatch):
    one = worker()
    wsgi(article.url, app=one)
    assert wsgi(article.url, app=one).cache == "hit"
    one.local.checked_at = float("-inf")  # the next request checks the epoch

    def unreachable(*args, **kwargs):
        raise ConnectionError("store down")

    monkeypatch.setattr(caches["pages"], "get", unreachable)
    monkeypatch.setattr(caches["pages"], "get_many", unreachable)
    answer = wsgi(article.url, app=one)
    assert (answer.status, answer.cache) == (200, None)  # rendered, not the kept copy


def test_the_first_request_to_find_the_store_down_stops_the_layer_answering(
    article, section, monkeypatch
):
    """Before the next epoch check: another page's failed lookup is enough to stop it."""
    one = worker()
    wsgi(article.url, app=one)
    assert wsgi(article.url, app=one).cache == "hit"
    one.local.check_seconds = 3600  # no epoch check would come in this test

    def unreachable(*args, **kwargs):
        raise ConnectionError("store down")

    monkeypatch.setattr(caches["pages"], "get", unreachable)
    monkeypatch.setattr(caches["pages"], "get_many", unreachable)
    assert wsgi(section.url, app=one).status == 200  # finds the store down
    answer = wsgi(article.url, app=one)
    assert (answer.status, answer.cache) == (200, None)  # rendered, not the kept copy


PURGE_SCRIPT = """
import django, sys
django.setup()
from broadsheet.pagecache.cache import purge_paths
purge_paths([sys.argv[1]])
"""


@pytest.mark.fault  # a second Python process
def test_a_purge_by_another_process_is_served_fresh_within_a_second(article, tmp_path):
    store = {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}
    store["LOCATION"] = str(tmp_path / "pagecache")
    settings_file = tmp_path / "other_process_settings.py"
    settings_file.write_text(
        textwrap.dedent(f"""
        from broadsheet.settings.test import *  # noqa
        CACHES = {{**CACHES, "pages": {store!r}}}
        """)
    )
    with override_settings(CACHES={**caches.settings, "pages": store}):
        one = worker()
        assert wsgi(article.url, app=one).cache == "miss"
        assert wsgi(article.url, app=one).cache == "hit"
        # The story changes in the database (the editor's publish) ...
        ArticlePage.objects.filter(pk=article.pk).update(title="Sea wall vote overturned")
        assert "Sea wall vote overturned" not in wsgi(article.url, app=one).text
        # ... and the task worker, another process, purges it from the shared store.
        env = {"DJANGO_SETTINGS_MODULE": "other_process_settings", "PYTHONPATH": str(tmp_path)}
        subprocess.run(
            [sys.executable, "-c", PURGE_SCRIPT, article.url],
            env={**os.environ, **env},
            check=True,
            timeout=60,
        )
        purged_at = time.monotonic()
        while "Sea wall vote overturned" not in wsgi(article.url, app=one).text:
            assert time.monotonic() - purged_at < 1.0, "still the purged copy after 1 s"
            time.sleep(0.02)


def _entry(size):
    return Entry(headers=[], body=b"x" * size, stored_at=time.time(), fresh_for=60)


def test_layer_is_bounded_by_bytes_and_drops_the_least_recently_used():
    store = caches["pages"]
    layer = LocalLayer(max_bytes=3000, check_seconds=60)
    epoch = layer.current_epoch(store)
    for name in ("a", "b", "c"):
        layer.put(name, _entry(700), epoch)
    layer.get("a")  # a is now more recent than b
    layer.put("d", _entry(700), epoch)
    assert [layer.get(name) is not None for name in "abcd"] == [True, False, True, True]
    assert layer.size <= 3000
    layer.put("huge", _entry(5000), epoch)
    assert layer.get("huge") is None


def test_a_copy_read_before_an_epoch_change_is_not_kept():
    store = caches["pages"]
    layer = LocalLayer(max_bytes=10_000, check_seconds=0)
    before = layer.current_epoch(store)
    layer.put("a", _entry(10), before)
    store.set(EPOCH_KEY, before + 1, None)  # another process purged
    after = layer.current_epoch(store)
    assert after != before and layer.get("a") is None
    layer.put("b", _entry(10), before)  # read under the old epoch: refused
    assert layer.get("b") is None
    store.delete(EPOCH_KEY)  # evicted: created again, with a value never seen before
    assert layer.current_epoch(store) not in (None, before, after)
