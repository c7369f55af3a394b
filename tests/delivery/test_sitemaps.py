from datetime import timedelta
from xml.etree import ElementTree as ET

import time_machine
from django.conf import settings
from django.utils import timezone

BASE = settings.BASE_URL

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def xml(response):
    assert response.status_code == 200, response.content[:300]
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    return ET.fromstring(response.content)


def test_sitemap_index_lists_one_sitemap_per_edition(client, french_edition):
    root = xml(client.get("/sitemap.xml"))
    locs = [e.text for e in root.findall("sm:sitemap/sm:loc", NS)]
    assert locs == [f"{BASE}/sitemap-en.xml", f"{BASE}/sitemap-fr.xml"]


def test_edition_sitemap_has_its_pages_and_hreflang_alternates(
    client, french_edition, article, home
):
    root = xml(client.get("/sitemap-en.xml"))
    urls = {u.findtext("sm:loc", namespaces=NS): u for u in root.findall("sm:url", NS)}
    assert article.full_url in urls
    assert home.full_url in urls  # pages that are not articles are kept
    assert article.get_parent().full_url in urls
    assert not any("/fr/" in loc for loc in urls)
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls[article.full_url].findall("xhtml:link", NS)
    }
    assert alternates == {"en": article.full_url, "fr": french_edition["article"].full_url}
    assert "/fr/monde/" in alternates["fr"]
    assert urls[article.full_url].findtext("sm:lastmod", namespaces=NS)


def test_edition_sitemap_leaves_out_drafts_and_embargoed(client, make_article):
    draft = make_article(publish=False)
    embargoed = make_article(published_at=timezone.now() + timedelta(hours=1))
    visible = make_article()
    body = client.get("/sitemap-en.xml").content.decode()
    assert visible.full_url in body
    assert draft.slug not in body
    assert embargoed.slug not in body


def test_unknown_edition_sitemap_is_404(client, article):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_news_sitemap_has_last_48_hours(client, make_article, settings):
    now = timezone.now()
    fresh = make_article(title="Fresh & new", published_at=now - timedelta(hours=2))
    stale = make_article(published_at=now - timedelta(hours=49))
    root = xml(client.get("/news-sitemap.xml"))
    urls = root.findall("sm:url", NS)
    assert [u.findtext("sm:loc", namespaces=NS) for u in urls] == [fresh.full_url]
    news = urls[0].find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "Broadsheet"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert news.findtext("news:title", namespaces=NS) == "Fresh & new"
    assert news.findtext("news:publication_date", namespaces=NS) == fresh.published_at.isoformat()
    assert stale.full_url not in client.get("/news-sitemap.xml").content.decode()


def test_news_sitemap_drops_story_after_48_hours(client, make_article):
    story = make_article()
    assert story.full_url in client.get("/news-sitemap.xml").content.decode()
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        assert story.full_url not in client.get("/news-sitemap.xml").content.decode()


def test_published_story_appears_in_feeds_and_news_sitemap_at_once(client, make_article):
    story = make_article(title="Bridge reopens", publish=False)
    assert "Bridge reopens" not in client.get("/en/feeds/rss.xml").content.decode()
    story.save_revision().publish()
    story.refresh_from_db()
    assert "Bridge reopens" in client.get("/en/feeds/rss.xml").content.decode()
    assert "Bridge reopens" in client.get("/en/feeds/sections/world/rss.xml").content.decode()
    assert story.full_url in client.get("/news-sitemap.xml").content.decode()


def test_robots_txt_names_the_sitemaps(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert f"Sitemap: {BASE}/sitemap.xml" in body
    assert f"Sitemap: {BASE}/news-sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_publishing_purges_feeds_and_sitemaps(make_article, settings, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    purged = []
    monkeypatch.setattr(
        "wagtail.contrib.frontend_cache.utils.PurgeBatch.purge",
        lambda self, **kw: purged.extend(self.urls),
    )
    story = make_article(tags=["floods"])
    for path in (
        "/en/feeds/rss.xml",
        "/en/feeds/sections/world/atom.xml",
        "/en/feeds/tags/floods/rss.xml",
        "/en/feeds/authors/mira-okafor/rss.xml",
        "/news-sitemap.xml",
        "/sitemap-en.xml",
    ):
        assert f"{BASE}{path}" in purged, path
    assert story.live
