"""Load shedding: uncached renders beyond MAX_CONCURRENT_RENDERS get a fast 503; page-cache
hits, health checks and the admin are never shed."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.urls import path

from broadsheet.core.shedding import LoadSheddingMiddleware
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


def test_a_render_beyond_the_limit_is_refused_at_once(saturated):
    started = time.monotonic()
    refused = wsgi("/slow/")
    assert time.monotonic() - started < 0.5
    assert refused.status == 503
    assert refused.header("Retry-After") == "2"
    assert "no-store" in refused.header("Cache-Control")
    assert b"busy" in refused.body


def test_cached_pages_and_health_are_served_while_renders_are_full(home, settings):
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
            assert wsgi(url + "?q=uncached").status == 503  # a miss needs a slot
        finally:
            release.set()
        assert [future.result(10).status for future in held] == [200] * slots
    assert wsgi(url + "?q=uncached").status == 200  # slots are given back


def test_slots_are_given_back_when_a_view_fails():
    def broken(request):
        raise RuntimeError("boom")

    with override_settings(MAX_CONCURRENT_RENDERS=1):
        middleware = LoadSheddingMiddleware(broken)
    request = RequestFactory().get("/en/")
    for _ in range(3):
        with pytest.raises(RuntimeError):
            middleware(request)
    ok = LoadSheddingMiddleware(lambda request: HttpResponse("ok"))
    assert ok(request).status_code == 200


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
        middleware = LoadSheddingMiddleware(lambda request: HttpResponse("ok"))
    assert middleware.slots.acquire(blocking=False)  # another request is rendering
    status = middleware(RequestFactory().get(path)).status_code
    assert status == (503 if limited else 200)


def test_zero_turns_the_limit_off():
    with override_settings(MAX_CONCURRENT_RENDERS=0):
        middleware = LoadSheddingMiddleware(lambda request: HttpResponse("ok"))
    assert middleware.slots is None
