"""Redis is an accelerator: with it dead or hanging, every page still answers, quickly.

Each test runs its own redis-server (``redis_site`` in conftest.py) and kills it (refused
connections) or stops it with SIGSTOP (accepted connections, no answers: the worse case).
Requests go through the real WSGI application, page cache in front.
"""

import time

import pytest
from django.test import Client

from broadsheet.core import resilience
from broadsheet.newsroom.models import ArticleViewCount

from ..factories import ReaderFactory
from ..pagecache.test_pagecache import wsgi
from .conftest import COOLDOWN

# Runs its own redis-server, whatever REDIS_URL says: once in CI, in the first pass.
pytestmark = pytest.mark.fault

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
# One request may pay one Redis timeout (250 ms) before the breaker opens; none after.
FAST = 1.0


@pytest.fixture
def urls(home, section, article):
    return {
        "home": home.url,
        "section": section.url,
        "article": article.url,
        "search": "/en/search/?q=floods",
        "feed": "/en/feeds/rss.xml",
        "api": "/api/v1/articles",
        "sign-in page": "/en/account/login/",
    }


def beacon(article):
    return wsgi(f"/beacon/views/{article.pk}/", method="POST", user_agent=BROWSER)


def every_page_answers_fast(urls, article):
    """Every page and the beacon answer 2xx, uncached, each within FAST seconds."""
    wsgi(urls["home"])  # the first request may pay for finding Redis gone
    for name, url in urls.items():
        started = time.monotonic()
        answer = wsgi(url)
        took = time.monotonic() - started
        assert answer.status == 200, (name, answer.status, answer.body[:300])
        assert answer.cache != "hit", name
        assert took < FAST, (name, took)
    started = time.monotonic()
    assert beacon(article).status == 204
    assert time.monotonic() - started < FAST


def caching_works(urls):
    assert wsgi(urls["article"]).cache == "miss"
    assert wsgi(urls["article"]).cache == "hit"


def test_pages_are_cached_while_redis_answers(redis_site, urls):
    caching_works(urls)
    assert wsgi("/health/ready").status == 200


def test_redis_killed_pages_render_uncached_and_fast(redis_site, urls, article):
    caching_works(urls)
    redis_site.kill()
    every_page_answers_fast(urls, article)
    ready = wsgi("/health/ready")
    assert ready.status == 503
    assert wsgi("/health/live").status == 200

    redis_site.start()  # back on the same port, empty
    time.sleep(COOLDOWN + 0.1)
    caching_works(urls)
    assert wsgi("/health/ready").status == 200


def test_redis_hanging_costs_one_timeout_not_one_per_request(redis_site, urls, article):
    caching_works(urls)
    redis_site.pause()
    started = time.monotonic()
    first = wsgi(urls["section"])
    assert first.status == 200
    assert time.monotonic() - started < FAST
    every_page_answers_fast(urls, article)
    assert wsgi("/health/ready").status == 503

    redis_site.resume()
    time.sleep(COOLDOWN + 0.1)
    assert wsgi("/health/ready").status == 200
    caching_works(urls)


def test_ready_reports_each_check_without_personal_data(redis_site, db):
    redis_site.pause()
    answer = wsgi("/health/ready")
    assert answer.status == 503
    assert "no-store" in answer.header("Cache-Control")
    body = answer.body.decode()
    assert '"cache:default": "unreachable"' in body
    assert '"cache:pages": "unreachable"' in body
    assert '"database": "ok"' in body
    assert str(redis_site.port) not in body


def test_beacon_drops_views_while_redis_is_down_and_counts_again_after(
    redis_site, article, settings
):
    from broadsheet.newsroom.popularity import flush_view_counts, pending_key

    redis_site.kill()
    for _ in range(3):
        assert beacon(article).status == 204
    redis_site.start()
    time.sleep(COOLDOWN + 0.1)
    assert beacon(article).status == 204
    client = resilience.redis_client(settings.REDIS_URL)
    assert client.hlen(pending_key()) == 1
    assert flush_view_counts() == 1
    assert ArticleViewCount.objects.get(article=article).views == 1


def test_sessions_survive_redis_going_away(redis_site, home):
    reader = ReaderFactory(email="ines@example.org")
    browser = Client()
    redis_site.kill()
    signed_in = browser.post(
        "/en/account/login/", {"login": reader.email, "password": "correct horse battery staple"}
    )
    assert signed_in.status_code == 302, signed_in.content[:500]
    assert browser.get("/en/account/").status_code == 200
    redis_site.start()
    time.sleep(COOLDOWN + 0.1)
    assert browser.get("/en/account/").status_code == 200


def test_a_session_ended_while_redis_hangs_stays_ended_when_it_returns(redis_site, home):
    reader = ReaderFactory(email="ines@example.org")
    browser = Client()
    browser.force_login(reader)
    assert browser.get("/en/account/").status_code == 200  # now cached in Redis too
    session_key = browser.cookies["sessionid"].value
    redis_site.pause()
    assert browser.post("/en/account/logout/").status_code == 302
    redis_site.resume()
    time.sleep(COOLDOWN + 0.1)
    # Redis still holds the session as it was; that copy must not sign the reader back in.
    old = Client()
    old.cookies["sessionid"] = session_key
    response = old.get("/en/account/")
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
