"""Load shedding: uncached renders beyond MAX_CONCURRENT_RENDERS wait in a short queue, and
get a fast 503 once it is full or their wait is over; page-cache hits, health checks and the
admin are never shed."""

import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from wsgiref.util import setup_testing_defaults

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path

from broadsheet.core.shedding import LoadSheddingApp
from broadsheet.urls import urlpatterns as site_urlpatterns

from ..pagecache.test_pagecache import wsgi

entered = threading.Semaphore(0)
release = threading.Event()


def slow_view(request):
    entered.release()
    release.wait(10)
    return HttpResponse("rendered")


urlpatterns = [path("slow/", slow_view), *site_urlpatterns]


@pytest.fixture
def saturated(settings):
    """Every render slot of the site's WSGI application held by a slow request."""
    settings.ROOT_URLCONF = __name__
    slots = settings.MAX_CONCURRENT_RENDERS
    release.clear()
    pool = ThreadPoolExecutor(max_workers=slots)
    held = [pool.submit(wsgi, "/slow/") for _ in range(slots)]
    for _ in range(slots):
        assert entered.acquire(timeout=10), "the slow requests did not start"
    yield
    release.set()
    assert [future.result(10).status for future in held] == [200] * slots
    pool.shutdown()


def test_a_render_beyond_the_limit_waits_its_turn_then_is_refused(saturated, settings):
    started = time.monotonic()
    refused = wsgi("/slow/")
    waited = time.monotonic() - started
    assert settings.LOAD_SHED_QUEUE_TIMEOUT_MS / 1000 <= waited < 1
    assert refused.status == 503
    assert refused.header("Retry-After") == "2"
    assert "no-store" in refused.header("Cache-Control")
    assert refused.header("Content-Language") == "en"
    assert "Temporarily unavailable" in refused.text  # the site's branded 503 page


def test_a_shed_request_gets_the_503_of_its_edition_and_kind(saturated):
    arabic = wsgi("/ar/slow/")
    assert (arabic.status, arabic.header("Content-Language")) == (503, "ar")
    assert 'dir="rtl"' in arabic.text
    assert "Temporarily unavailable" not in arabic.text  # translated
    assert wsgi("/en/slow/").header("Content-Language") == "en"  # not the Arabic answer again
    api = wsgi("/api/slow/")
    assert (api.status, api.header("Content-Type")) == (503, "application/json")
    assert api.body.startswith(b'{"detail"')
    head = wsgi("/ar/slow/", method="HEAD")
    assert (head.status, head.body) == (503, b"")


def test_cached_pages_and_health_are_served_while_renders_are_full(home, article, settings):
    url = home.url
    assert wsgi(url).cache == "miss"
    settings.ROOT_URLCONF = __name__
    slots = settings.MAX_CONCURRENT_RENDERS
    release.clear()
    with ThreadPoolExecutor(max_workers=slots) as pool:
        held = [pool.submit(wsgi, "/slow/") for _ in range(slots)]
        try:
            for _ in range(slots):
                assert entered.acquire(timeout=10)
            hit = wsgi(url)
            assert (hit.status, hit.cache) == (200, "hit")
            assert wsgi("/health/live").status == 200
            # A browser never sends a view beacon again: it is not shed.
            assert wsgi(f"/beacon/views/{article.pk}/", method="POST").status == 204
            assert wsgi(url + "?q=uncached").status == 503  # a miss needs a slot
        finally:
            release.set()
        assert [future.result(10).status for future in held] == [200] * slots
    assert wsgi(url + "?q=uncached").status == 200  # slots are given back


def plain_app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def call(app, path):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "wsgi.input": io.BytesIO()}
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])

    b"".join(app(environ, start_response))
    return started["status"]


def test_slots_are_given_back_when_a_view_fails():
    def broken(environ, start_response):
        raise RuntimeError("boom")

    with override_settings(MAX_CONCURRENT_RENDERS=1):
        app = LoadSheddingApp(broken)
    for _ in range(3):
        with pytest.raises(RuntimeError):
            call(app, "/en/")
    app.application = plain_app
    assert call(app, "/en/") == 200


@pytest.mark.parametrize(
    "path, limited",
    [
        ("/en/search/", True),
        ("/api/v1/articles", True),
        ("/en/world/", True),
        ("/admin/", False),
        ("/health/ready", False),
        ("/media/images/a.jpg", False),
    ],
    ids=["search", "api", "page miss", "admin", "health", "media"],
)
def test_which_paths_take_a_slot(path, limited):
    with override_settings(MAX_CONCURRENT_RENDERS=1):
        app = LoadSheddingApp(plain_app)
    assert app.slots.acquire(blocking=False)  # another request is rendering
    assert call(app, path) == (503 if limited else 200)


def limited_app(**overrides):
    with override_settings(MAX_CONCURRENT_RENDERS=1, **overrides):
        return LoadSheddingApp(plain_app)


def test_a_queued_request_is_rendered_when_a_slot_comes_free():
    app = limited_app(LOAD_SHED_QUEUE=1, LOAD_SHED_QUEUE_TIMEOUT_MS=10_000)
    assert app.slots.acquire(blocking=False)  # another request is rendering
    with ThreadPoolExecutor(max_workers=1) as pool:
        queued = pool.submit(call, app, "/en/search/")
        time.sleep(0.2)
        assert not queued.done()  # waiting, not refused
        app.slots.release()  # the other render ends
        assert queued.result(5) == 200
    assert app.slots.acquire(blocking=False)  # and its slot was given back


def test_a_full_queue_is_refused_at_once():
    app = limited_app(LOAD_SHED_QUEUE=1, LOAD_SHED_QUEUE_TIMEOUT_MS=10_000)
    assert app.slots.acquire(blocking=False)  # rendering
    assert app.queue.acquire(blocking=False)  # and one waiting
    started = time.monotonic()
    assert call(app, "/en/search/") == 503
    assert time.monotonic() - started < 0.5
    app.queue.release()
    app.slots.release()
    assert call(app, "/en/search/") == 200


def test_no_queue_refuses_at_once():
    app = limited_app(LOAD_SHED_QUEUE=0, LOAD_SHED_QUEUE_TIMEOUT_MS=10_000)
    assert app.slots.acquire(blocking=False)
    started = time.monotonic()
    assert call(app, "/en/search/") == 503
    assert time.monotonic() - started < 0.5


def test_zero_turns_the_limit_off():
    with override_settings(MAX_CONCURRENT_RENDERS=0):
        app = LoadSheddingApp(plain_app)
    assert app.slots is None
    assert call(app, "/en/search/") == 200
