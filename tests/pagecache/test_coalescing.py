"""Misses of the same page in one process are rendered once (broadsheet/pagecache/cache.py,
``Flights``): after a purge, readers arriving while the page renders wait for that render's
copy instead of each rendering it (and queueing for the process's render slots)."""

import threading
import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from broadsheet.pagecache.cache import ENVIRON_KEY, GENERATION_KEY, Entry, PageCacheApp, lookup

from .test_pagecache import wsgi

URL = "/en/world/storm-live/updates/?since=30"
HEADERS = [("Content-Type", "application/json"), ("Cache-Control", "public, max-age=60")]


class SlowRender:
    """Stands for Django behind the page cache: takes ``seconds``, counts its calls and, like
    PageCacheMiddleware, stores what it rendered under the versions read on arrival."""

    def __init__(self, seconds=0.3, store=True, fail=False):
        self.seconds, self.store, self.fail = seconds, store, fail
        self.calls = 0
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            self.calls += 1
            number = self.calls
        time.sleep(self.seconds)
        if self.fail and number == 1:
            raise RuntimeError("the first render failed")
        body = f'{{"render": {number}}}'.encode()
        if self.store:
            found = environ[ENVIRON_KEY]
            entry = Entry(HEADERS, body, time.time(), 60)
            caches["pages"].set(found.page_key, entry.to_cached(), 60)
        start_response("200 OK", HEADERS)
        return [body]


@pytest.fixture(autouse=True)
def versions():
    """A stored generation and path version, as after any earlier store or purge."""
    caches["pages"].clear()
    path, _, query = URL.partition("?")
    found = lookup(
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "HTTP_HOST": "news.example.com",
        }
    )
    caches["pages"].set(GENERATION_KEY, 1)
    caches["pages"].set(found.path_key, 1)
    yield
    caches["pages"].clear()


def readers(app, count, url=URL):
    """``count`` readers asking at once; the first is already rendering when the rest come."""
    answers = [None] * count

    def read(number):
        try:
            answers[number] = wsgi(url, app=app)
        except Exception as error:  # noqa: BLE001 - recorded for the assertion
            answers[number] = error

    first = threading.Thread(target=read, args=(0,))
    first.start()
    deadline = time.monotonic() + 5
    while not len(app.flights) and time.monotonic() < deadline:
        time.sleep(0.005)
    assert len(app.flights) == 1, "the first reader's render never started"
    rest = [threading.Thread(target=read, args=(n,)) for n in range(1, count)]
    for thread in rest:
        thread.start()
    for thread in [first, *rest]:
        thread.join(timeout=20)
    return answers


def test_readers_missing_the_same_page_share_one_render():
    render = SlowRender()
    app = PageCacheApp(render)
    answers = readers(app, 6)
    assert render.calls == 1
    assert [(a.status, a.body) for a in answers] == [(200, b'{"render": 1}')] * 6
    assert [a.cache for a in answers[1:]] == ["hit"] * 5
    assert not len(app.flights)  # nothing left behind


def test_a_render_that_stores_nothing_lets_the_waiting_readers_render():
    render = SlowRender(store=False)
    app = PageCacheApp(render)
    answers = readers(app, 4)
    assert render.calls == 4
    assert {a.status for a in answers} == {200}
    assert not len(app.flights)


def test_a_failed_render_does_not_strand_the_readers_waiting_for_it():
    render = SlowRender(fail=True)
    app = PageCacheApp(render)
    answers = readers(app, 4)
    assert isinstance(answers[0], RuntimeError)
    assert all(a.status == 200 for a in answers[1:])
    assert 2 <= render.calls <= 4  # each waiting reader rendered, or took one's stored copy
    assert not len(app.flights)


@override_settings(PAGE_CACHE_COALESCE_WAIT_MS=50)
def test_readers_wait_for_a_slow_render_only_so_long():
    render = SlowRender(seconds=0.5)
    app = PageCacheApp(render)
    started = time.monotonic()
    answers = readers(app, 3)
    assert render.calls == 3
    assert {a.status for a in answers} == {200}
    assert time.monotonic() - started < 1.4  # rendered side by side, not one after another


def test_different_pages_are_not_held_up_by_each_other():
    render = SlowRender()
    app = PageCacheApp(render)
    wsgi(URL, app=app)
    other = URL.replace("since=30", "since=31")
    assert wsgi(other, app=app).body == b'{"render": 2}'
    assert render.calls == 2
