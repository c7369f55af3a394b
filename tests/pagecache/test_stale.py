"""Stale copies: past max-age the page cache renders afresh, and answers its stored copy
(``X-Cache: stale``) only when that render fails, for the page's ``stale-if-error`` seconds.

Requests go through the real WSGI application (``wsgi`` from test_pagecache); the database is
taken down by making every query fail (``tests.outages.database_down``).
"""

import time
from datetime import timedelta

import pytest
import time_machine
from django.db.utils import OperationalError
from django.http import HttpResponse
from django.utils import timezone

from broadsheet.newsroom.models import ArticlePage
from broadsheet.pagecache import cache as pagecache
from broadsheet.wsgi import application

from ..outages import database_down
from .test_pagecache import publish, wsgi

MAX_AGE = 300  # PAGE_CACHE_MAX_AGE in the test settings


@pytest.fixture
def traveller():
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def stored(url, **kwargs):
    answer = wsgi(url, **kwargs)
    assert (answer.status, answer.cache) == (200, "miss"), (answer.status, answer.headers)
    return answer


def test_fresh_copy_is_a_hit_and_a_stale_one_is_rendered_again(article, traveller):
    stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE - 1))
    assert wsgi(article.url).cache == "hit"
    traveller.shift(timedelta(seconds=2))
    assert wsgi(article.url).cache == "miss"  # not served stale while rendering works
    assert wsgi(article.url).cache == "hit"


def test_database_down_answers_the_stale_copy(article, traveller):
    first = stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 60))
    with database_down():
        stale = wsgi(article.url)
    assert (stale.status, stale.cache) == (200, "stale")
    assert stale.body == first.body
    assert stale.header("Age") == str(MAX_AGE + 60)
    assert stale.header("Warning") == '110 - "Response is Stale"'
    assert stale.header("Cache-Control") == first.header("Cache-Control")
    assert stale.header("Retry-After") is None


def test_a_5xx_from_the_view_answers_the_stale_copy(article, traveller, monkeypatch):
    first = stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 1))
    monkeypatch.setattr(ArticlePage, "serve", lambda *args, **kwargs: HttpResponse(status=502))
    stale = wsgi(article.url)
    assert (stale.status, stale.cache, stale.body) == (200, "stale", first.body)


def test_head_gets_the_stale_headers_without_a_body(article, traveller):
    first = stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 1))
    with database_down():
        head = wsgi(article.url, method="HEAD")
    assert (head.status, head.cache, head.body) == (200, "stale", b"")
    assert head.header("Content-Length") == str(len(first.body))


def test_stale_copy_is_kept_only_for_stale_if_error(article, traveller, settings):
    settings.PAGE_CACHE_STALE_IF_ERROR = 600
    assert "stale-if-error=600" in stored(article.url).header("Cache-Control")
    traveller.shift(timedelta(seconds=MAX_AGE + 599))
    with database_down():
        assert wsgi(article.url).cache == "stale"
        traveller.shift(timedelta(seconds=2))
        gone = wsgi(article.url)
    assert (gone.status, gone.cache) == (503, None)
    assert gone.header("Retry-After") == "30"


def test_no_stale_if_error_means_no_stale_copy(article, traveller, settings):
    settings.PAGE_CACHE_STALE_IF_ERROR = 0
    stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 1))
    with database_down():
        assert wsgi(article.url).status == 503


@pytest.mark.parametrize(
    "purge",
    [
        lambda article: pagecache.PageCacheBackend({}).purge(article.full_url),
        lambda article: pagecache.purge_all(),
        lambda article: publish(article, title="Sea wall plan scrapped"),
    ],
    ids=["page purged", "everything purged", "story published"],
)
def test_a_purged_page_never_comes_back_stale(article, traveller, purge):
    stored(article.url)
    traveller.shift(timedelta(seconds=1))  # versions are clock readings; this one is frozen
    purge(article)
    traveller.shift(timedelta(seconds=MAX_AGE))
    with database_down():
        answer = wsgi(article.url)
    assert (answer.status, answer.cache) == (503, None)


def test_a_purge_during_the_failed_render_wins(article, traveller, monkeypatch):
    stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 1))

    def purged_then_lost(page, request, *args, **kwargs):
        pagecache.PageCacheBackend({}).purge(page.full_url)  # an editor publishes meanwhile
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(ArticlePage, "serve", purged_then_lost)
    answer = wsgi(article.url)
    assert (answer.status, answer.cache) == (503, None)


def test_stale_copy_when_rendering_fails_outside_django(article, traveller, monkeypatch):
    first = stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 1))

    def crashed(environ, start_response):
        raise RuntimeError("worker lost its database driver")

    # broadsheet.wsgi wraps the page cache in the body limit and static files; crash what the
    # cache wraps.
    page_cache_app = application.app.application
    assert isinstance(page_cache_app, pagecache.PageCacheApp)
    monkeypatch.setattr(page_cache_app, "application", crashed)
    stale = wsgi(article.url)
    assert (stale.status, stale.cache, stale.body) == (200, "stale", first.body)
    with pytest.raises(RuntimeError):  # nothing stored: the error is not hidden
        wsgi(article.url + "?after=1_1")


def test_signed_in_readers_are_not_answered_the_public_copy(article, traveller):
    stored(article.url)
    traveller.shift(timedelta(seconds=MAX_AGE + 1))
    with database_down():
        answer = wsgi(article.url, cookie="sessionid=abc123")
    assert (answer.status, answer.cache) == (503, None)


def test_test_client_without_the_wsgi_wrapper_gets_the_stale_copy(client, article, traveller):
    first = client.get(article.url)
    assert first["X-Cache"] == "miss"
    traveller.shift(timedelta(seconds=MAX_AGE + 1))
    with database_down():
        stale = client.get(article.url)
    assert (stale.status_code, stale["X-Cache"]) == (200, "stale")
    assert stale.content == first.content


def test_entries_stored_before_stale_copies_still_hit(article):
    # (headers, body, stored_at), as stored before this change: a hit until it expires.
    stored(article.url)
    environ = {"REQUEST_METHOD": "GET", "HTTP_HOST": "news.example.com"}
    found = pagecache.read_versions(
        pagecache.lookup(environ, article.url.encode()), pagecache.page_cache()
    )
    old = ([("Content-Type", "text/html; charset=utf-8")], b"old copy", time.time())
    pagecache.page_cache().set(found.page_key, old, MAX_AGE)
    answer = wsgi(article.url)
    assert (answer.status, answer.cache, answer.body) == (200, "hit", b"old copy")


@pytest.mark.parametrize(
    "header, seconds",
    [
        ("public, max-age=300, stale-if-error=86400", 86400),
        ("public, max-age=300", 0),
        ('public, stale-if-error="60"', 60),
        ("public, stale-if-error=soon", 0),
        ("public, stale-if-error=-5", 0),
    ],
    ids=["given", "absent", "quoted", "not a number", "negative"],
)
def test_stale_if_error_is_read_from_cache_control(header, seconds):
    response = HttpResponse(headers={"Cache-Control": header})
    assert pagecache.cache_control_seconds(response, "stale-if-error") == seconds
