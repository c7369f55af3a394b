"""Live posts leaving the site: the API, RSS/Atom, webhooks, JSON-LD and the sitemaps."""

import json
import re
from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone
from standardwebhooks.webhooks import Webhook as StandardWebhook

from broadsheet.live.models import delete_post, update_post
from broadsheet.webhooks.models import Webhook

from ..webhooks.receivers import receiver_factory

pytestmark = pytest.mark.django_db

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def test_api_lists_posts_newest_first_with_cursor_pages(client, live_page, add_post):
    posts = [add_post(f"Update {n}.", title=f"Title {n}") for n in range(3)]
    delete_post(posts[1].pk, version=1)
    url = f"/api/v1/live/{live_page.pk}/posts"
    response = client.get(url, {"limit": 1})
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and response["ETag"]
    data = response.json()
    assert data["status"] == "live" and data["page_id"] == live_page.pk
    assert [item["title"] for item in data["items"]] == ["Title 2"]
    item = data["items"][0]
    assert item["url"].endswith(f"post/{posts[2].pk}/#post-{posts[2].pk}")
    assert item["body"][0]["type"] == "paragraph" and "Update 2." in item["html"]
    older = client.get(url, {"limit": 1, "cursor": data["next_cursor"]}).json()
    assert [item["title"] for item in older["items"]] == ["Title 0"]  # the deleted one is gone
    assert older["next_cursor"] is None


@pytest.mark.parametrize("cursor", ["nonsense", "MjAyNnxh"], ids=["garbage", "bad pk"])
def test_api_refuses_a_forged_cursor(client, live_page, cursor):
    response = client.get(f"/api/v1/live/{live_page.pk}/posts", {"cursor": cursor})
    assert response.status_code == 400


def test_api_404_for_an_article_that_is_not_live_coverage(client, article):
    assert client.get(f"/api/v1/live/{article.pk}/posts").status_code == 404


def test_rss_and_atom_list_posts_with_permalinks(client, live_page, add_post):
    first = add_post("Roads closed.", title="Roads")
    add_post("Power back in the east.")
    for fmt in ("rss", "atom"):
        response = client.get(f"/en/feeds/live/{live_page.pk}/{fmt}.xml")
        assert response.status_code == 200 and "public" in response["Cache-Control"]
        feed = feedparser.parse(response.content)
        assert not feed.bozo
        assert feed.feed.title == live_page.title
        titles = [entry.title for entry in feed.entries]
        assert titles == ["Power back in the east.", "Roads"]
        assert feed.entries[1].link.endswith(f"post/{first.pk}/#post-{first.pk}")
        assert feed.entries[1].link.startswith("https://news.example.test/")


def test_feed_of_an_unknown_page_is_404(client, article):
    assert client.get(f"/en/feeds/live/{article.pk}/rss.xml").status_code == 404


def test_json_ld_is_a_live_blog_posting_with_the_newest_updates(
    settings, client, live_page, add_post
):
    settings.LIVE_JSON_LD_UPDATES = 2
    for n in range(3):
        add_post(f"Update {n}.")
    html = client.get(live_page.url).content.decode()
    nodes = {node["@type"]: node for node in map(json.loads, JSONLD.findall(html))}
    blog = nodes["LiveBlogPosting"]
    assert blog["coverageStartTime"] == live_page.coverage_start.isoformat()
    assert "coverageEndTime" not in blog
    assert [u["articleBody"] for u in blog["liveBlogUpdate"]] == ["Update 2.", "Update 1."]
    assert blog["liveBlogUpdate"][0]["url"].startswith("https://news.example.test/")


def test_news_sitemap_keeps_a_live_page_while_it_is_live(client, live_page):
    old = timezone.now() - timedelta(days=5)
    type(live_page).objects.filter(pk=live_page.pk).update(published_at=old)
    assert live_page.full_url in client.get("/news-sitemap.xml").content.decode()
    assert live_page.full_url in client.get("/sitemap-en.xml").content.decode()
    type(live_page).objects.filter(pk=live_page.pk).update(status="ended")
    assert live_page.full_url not in client.get("/news-sitemap.xml").content.decode()


@pytest.fixture
def receiver(settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = ["127.0.0.1"]
    yield from receiver_factory()


def test_each_post_change_sends_a_signed_webhook(
    receiver, live_page, add_post, django_capture_on_commit_callbacks
):
    target = receiver()
    hook = Webhook.objects.create(name="App backend", url=target.url)
    with django_capture_on_commit_callbacks(execute=True):
        post = add_post("Bridge reopened.")
    with django_capture_on_commit_callbacks(execute=True):
        update_post(post.pk, version=1, key_event=True)
    with django_capture_on_commit_callbacks(execute=True):
        delete_post(post.pk, version=2)
    payloads = [StandardWebhook(hook.secret).verify(body, h) for h, body in target.requests]
    assert [p["event"] for p in payloads] == [
        "live_post.created",
        "live_post.updated",
        "live_post.deleted",
    ]
    assert payloads[1]["live_post"]["key_event"] is True
    assert payloads[2]["live_post"]["deleted"] is True
    assert payloads[0]["live_post"]["url"].endswith(f"#post-{post.pk}")
