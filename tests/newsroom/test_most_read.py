import itertools
import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client
from django.utils import timezone

from broadsheet.newsroom import popularity
from broadsheet.newsroom.models import ArticlePage, ArticleViewCount, hour_of
from broadsheet.newsroom.popularity import (
    flush_view_counts,
    is_bot,
    record_view,
)
from broadsheet.newsroom.tasks import flush_view_counts_task

BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36"
)


_readers = itertools.count(1)


def beacon(client, article_id, user_agent=BROWSER, **headers):
    """A beacon from a new reader each time, unless ``REMOTE_ADDR`` names the client."""
    if "REMOTE_ADDR" not in headers:
        n = next(_readers)
        headers["REMOTE_ADDR"] = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
    return client.post(f"/beacon/views/{article_id}/", HTTP_USER_AGENT=user_agent, **headers)


def views_of(article):
    flush_view_counts()
    return sum(ArticleViewCount.objects.filter(article=article).values_list("views", flat=True))


def test_beacon_counts_a_view_without_cookies_or_reader_data(client, article):
    response = beacon(client, article.pk)
    assert response.status_code == 204
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert views_of(article) == 1
    row = ArticleViewCount.objects.get(article=article)
    assert row.hour == hour_of(timezone.now())
    assert {f.name for f in ArticleViewCount._meta.fields} == {"id", "article", "hour", "views"}


@pytest.mark.parametrize(
    "user_agent",
    [
        "",
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/124.0 Safari/537.36",
    ],
    ids=["empty", "googlebot", "facebook preview", "curl", "script", "headless"],
)
def test_robots_are_not_counted(client, article, user_agent):
    assert is_bot(user_agent)
    assert beacon(client, article.pk, user_agent=user_agent).status_code == 204
    assert views_of(article) == 0


def test_prefetches_are_not_counted(client, article):
    beacon(client, article.pk, HTTP_SEC_PURPOSE="prefetch")
    assert views_of(article) == 0


def test_beacon_rejects_get_and_ignores_unknown_articles(client, article):
    assert client.get(f"/beacon/views/{article.pk}/").status_code == 405
    assert beacon(client, 987654321).status_code == 204
    assert beacon(client, 0).status_code == 204
    assert client.post("/beacon/views/-4/", follow=True).status_code == 404
    assert client.post("/beacon/views/abc/", follow=True).status_code == 404
    assert views_of(article) == 0
    assert not ArticleViewCount.objects.exists()


def test_beacon_works_with_csrf_checks_on(article):
    client = Client(enforce_csrf_checks=True)
    assert beacon(client, article.pk).status_code == 204
    assert views_of(article) == 1


def test_views_add_up_per_hour(client, article):
    for _ in range(3):
        beacon(client, article.pk)
    assert views_of(article) == 3
    beacon(client, article.pk)
    assert views_of(article) == 4
    assert ArticleViewCount.objects.filter(article=article).count() == 1


def test_flush_without_pending_views_is_harmless(db):
    assert flush_view_counts() == 0
    assert flush_view_counts_task.call() == 0


def test_most_read_orders_by_views_in_last_24_hours(home, make_article):
    now = timezone.now()
    quiet = make_article(title="Quiet story")
    popular = make_article(title="Popular story")
    yesterday = make_article(title="Big yesterday")
    for _ in range(2):
        record_view(quiet.pk, now=now)
    for _ in range(5):
        record_view(popular.pk, now=now - timedelta(hours=3))
    for _ in range(50):
        record_view(yesterday.pk, now=now - timedelta(hours=30))
    flush_view_counts()
    assert ArticlePage.objects.most_read(home) == [popular, quiet]


def test_most_read_leaves_out_unpublished_stories(home, make_article):
    story = make_article(title="Withdrawn")
    record_view(story.pk)
    flush_view_counts()
    story.unpublish()
    assert ArticlePage.objects.most_read(home) == []


def test_reading_an_article_raises_it_on_the_home_page(client, home, make_article):
    first = make_article(title="Ferry timetable changes")
    second = make_article(title="Bridge repairs finish early")
    for _ in range(2):
        beacon(client, first.pk)
    beacon(client, second.pk)
    flush_view_counts()
    html = client.get(home.url).content.decode()
    rail = html[html.index("rail--most-read") :]
    assert rail.index("Ferry timetable changes") < rail.index("Bridge repairs finish early")

    for _ in range(3):
        beacon(client, second.pk)
    flush_view_counts()
    cache.clear()  # the Most read list is cached for a minute
    html = client.get(home.url).content.decode()
    rail = html[html.index("rail--most-read") :]
    assert rail.index("Bridge repairs finish early") < rail.index("Ferry timetable changes")


def test_article_page_has_beacon_and_static_script(client, article):
    html = client.get(article.url).content.decode()
    assert f'data-view-beacon="/beacon/views/{article.pk}/"' in html
    assert 'src="/static/broadsheet/js/view-beacon.js"' in html


def test_old_counts_are_pruned(article):
    ArticleViewCount.objects.create(
        article=article, hour=hour_of(timezone.now() - timedelta(days=30)), views=3
    )
    record_view(article.pk)
    flush_view_counts()
    assert ArticleViewCount.objects.filter(article=article).count() == 1


@pytest.mark.skipif(not popularity.redis_client(), reason="batching only happens with Redis")
def test_with_redis_views_wait_for_the_flush(client, article):
    beacon(client, article.pk)
    assert not ArticleViewCount.objects.exists()
    assert flush_view_counts() == 1
    assert ArticleViewCount.objects.get(article=article).views == 1


class FakeRedis:
    """Just the hash commands the batching uses, to test it where no Redis runs."""

    def __init__(self):
        self.hashes = {}

    def hincrby(self, key, field, amount):
        bucket = self.hashes.setdefault(key, {})
        bucket[field.encode()] = bucket.get(field.encode(), 0) + amount

    def lock(self, name, **kwargs):
        return FakeLock()

    def register_script(self, script):
        assert script == popularity.MOVE_PENDING_TO_BATCH

        def move_pending_to_batch(keys):
            pending, batch = keys
            into = self.hashes.setdefault(batch, {})
            for field, value in self.hashes.pop(pending, {}).items():
                into[field] = into.get(field, 0) + value

        return move_pending_to_batch

    def hgetall(self, key):
        return {field: str(value).encode() for field, value in self.hashes.get(key, {}).items()}

    def delete(self, key):
        self.hashes.pop(key, None)


class FakeLock:
    def acquire(self):
        return True

    def release(self):
        pass


def test_batched_views_reach_the_database_only_on_flush(client, article, monkeypatch):
    fake = FakeRedis()
    monkeypatch.setattr(popularity, "redis_client", lambda: fake)
    for _ in range(7):
        beacon(client, article.pk)
    beacon(client, 424242)  # unknown article: dropped at flush
    assert not ArticleViewCount.objects.exists()
    assert flush_view_counts() == 7
    assert ArticleViewCount.objects.get(article=article).views == 7
    assert fake.hashes == {}
    assert flush_view_counts() == 0


needs_redis = pytest.mark.skipif(
    not popularity.redis_client(), reason="batching only happens with Redis (REDIS_URL)"
)


def failing_once(monkeypatch, during=None):
    """Make the next database write of a flush fail (after running ``during``), as when the
    database is restarted mid-flush; the writes after it go through."""
    real = popularity._add_views
    calls = []

    def add_views(counts):
        calls.append(counts)
        if len(calls) == 1:
            if during is not None:
                during()
            raise OperationalError("server closed the connection unexpectedly")
        return real(counts)

    monkeypatch.setattr(popularity, "_add_views", add_views)


@needs_redis
def test_views_of_a_failed_flush_are_written_by_the_next(client, article, monkeypatch):
    for _ in range(7):
        beacon(client, article.pk)
    failing_once(monkeypatch, during=lambda: beacon(client, article.pk))
    with pytest.raises(OperationalError):
        flush_view_counts()
    assert not ArticleViewCount.objects.exists()
    beacon(client, article.pk)
    assert flush_view_counts() == 9
    assert ArticleViewCount.objects.get(article=article).views == 9
    assert flush_view_counts() == 0
    assert not popularity.redis_client().keys(f"{popularity.pending_key()}*")


@needs_redis
def test_a_flush_that_starts_during_another_counts_nothing_twice(client, article, monkeypatch):
    for _ in range(5):
        beacon(client, article.pk)
    real = popularity._add_views
    overlapped = []

    def add_views(counts):
        if not overlapped:  # another server's flush, while this one writes its batch
            overlapped.append(True)
            beacon(client, article.pk)
            flush_view_counts()
        return real(counts)

    monkeypatch.setattr(popularity, "_add_views", add_views)
    flush_view_counts()
    flush_view_counts()
    assert ArticleViewCount.objects.get(article=article).views == 6


def test_one_client_moves_an_article_by_one_view_at_most(client, make_article, home):
    target = make_article(title="Pushed story")
    read = make_article(title="Read story")
    for n in range(3):
        beacon(client, read.pk, REMOTE_ADDR=f"203.0.113.{n + 1}")
    statuses = [
        beacon(client, target.pk, REMOTE_ADDR="198.51.100.66").status_code for _ in range(300)
    ]
    assert views_of(target) == 1
    assert ArticlePage.objects.most_read(home)[0] == read
    assert statuses[:30] == [204] * 30
    assert set(statuses[30:]) == {429}
    refused = beacon(client, target.pk, REMOTE_ADDR="198.51.100.66")
    assert refused["Retry-After"] == "60"
    assert "no-store" in refused["Cache-Control"]


def test_a_forwarded_for_header_does_not_make_new_readers(client, article, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for n in range(20):
        beacon(client, article.pk, REMOTE_ADDR="198.51.100.66", HTTP_X_FORWARDED_FOR=f"1.2.3.{n}")
    assert views_of(article) == 1


def test_distinct_clients_each_count(client, article, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(20):
        beacon(client, article.pk, REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    # Same address, another browser (a shared office connection): another reader.
    beacon(
        client,
        article.pk,
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="203.0.113.0",
        user_agent=BROWSER.replace("Pixel 8", "Pixel 9"),
    )
    assert views_of(article) == 21


def test_a_client_counts_again_after_the_window(client, article, settings):
    settings.MOST_READ_VIEW_WINDOW = 1
    beacon(client, article.pk, REMOTE_ADDR="198.51.100.7")
    beacon(client, article.pk, REMOTE_ADDR="198.51.100.7")
    assert views_of(article) == 1
    time.sleep(1.1)
    beacon(client, article.pk, REMOTE_ADDR="198.51.100.7")
    assert views_of(article) == 2


def test_the_reader_is_kept_only_as_a_daily_keyed_hash(rf, client, article):
    request = rf.post("/", REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT=BROWSER)
    today = timezone.now()
    token = popularity.reader_token(request, today)
    assert token == popularity.reader_token(request, today)
    assert token != popularity.reader_token(request, today + timedelta(days=1))
    assert "198.51.100.7" not in token
    client.post(f"/beacon/views/{article.pk}/", REMOTE_ADDR="198.51.100.7", HTTP_USER_AGENT=BROWSER)
    assert cache.get(f"most-read:seen:{token}:{article.pk}") == 1
