from xml.etree import ElementTree as ET

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from broadsheet.delivery.feeds import stable_id

from ..factories import SectionPageFactory, wide_image

BASE = settings.BASE_URL

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "media": "http://search.yahoo.com/mrss/",
    "content": "http://purl.org/rss/1.0/modules/content/",
}


def rss_items(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).findall("./channel/item")


def article_guid(article):
    """The GUID readers know the article by: a URN, the same whatever the site's address."""
    guid = stable_id("article", article.translation_key, "en")
    assert guid.startswith("urn:uuid:")
    assert settings.BASE_URL not in guid
    return guid


FEEDS = [
    ("/en/feeds/rss.xml", "rss"),
    ("/en/feeds/atom.xml", "atom"),
    ("/en/feeds/sections/world/rss.xml", "rss"),
    ("/en/feeds/sections/world/atom.xml", "atom"),
    ("/en/feeds/tags/floods/rss.xml", "rss"),
    ("/en/feeds/tags/floods/atom.xml", "atom"),
    ("/en/feeds/authors/mira-okafor/rss.xml", "rss"),
    ("/en/feeds/authors/mira-okafor/atom.xml", "atom"),
]


@pytest.mark.parametrize("url, fmt", FEEDS, ids=[u for u, _ in FEEDS])
def test_every_feed_lists_the_article_with_absolute_links(client, article, url, fmt):
    response = client.get(url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    root = ET.fromstring(response.content)
    if fmt == "rss":
        (item,) = root.findall("./channel/item")
        assert item.findtext("title") == article.title
        assert item.findtext("link") == article.full_url
        assert item.findtext("link").startswith(settings.BASE_URL + "/")
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false"
        assert guid.text == article_guid(article)
        assert item.findtext("pubDate").endswith("+0000")
        assert {c.text for c in item.findall("category")} == {"floods", "councils"}
    else:
        (entry,) = root.findall("atom:entry", NS)
        assert entry.findtext("atom:title", namespaces=NS) == article.title
        assert entry.find("atom:link", NS).get("href") == article.full_url
        assert entry.findtext("atom:id", namespaces=NS) == article_guid(article)
        assert entry.findtext("atom:published", namespaces=NS) == article.published_at.isoformat()
        assert entry.findtext("atom:author/atom:name", namespaces=NS) == "Mira Okafor"


def test_lead_image_is_media_content_with_absolute_url(client, make_article):
    make_article(lead_image=wide_image())
    (item,) = rss_items(client.get("/en/feeds/rss.xml"))
    media = item.find("media:content", NS)
    assert media.get("medium") == "image"
    assert media.get("url").startswith(f"{BASE}/media/")
    assert (media.get("width"), media.get("height")) == ("1200", "675")
    assert media.findtext("media:credit", namespaces=NS) == "© Ana Lindqvist; Northlight Agency"


def test_full_text_is_optional(client, article):
    (item,) = rss_items(client.get("/en/feeds/rss.xml"))
    assert item.find("content:encoded", NS) is None
    (item,) = rss_items(client.get("/en/feeds/rss.xml?full=1"))
    assert "Councillors voted nine to two" in item.findtext("content:encoded", namespaces=NS)


def test_feeds_leave_out_drafts_future_and_other_sections(client, make_article, home):
    other = SectionPageFactory(parent=home, title="Business", slug="business")
    make_article(title="Visible story")
    make_article(title="Draft story", publish=False)
    make_article(title="Embargoed story", published_at=timezone.now() + timezone.timedelta(hours=2))
    make_article(title="Business story", parent=other)
    world = [i.findtext("title") for i in rss_items(client.get("/en/feeds/sections/world/rss.xml"))]
    assert world == ["Visible story"]
    edition = [i.findtext("title") for i in rss_items(client.get("/en/feeds/rss.xml"))]
    assert sorted(edition) == ["Business story", "Visible story"]


def test_newest_first_and_nested_section_feed(client, make_article, section):
    sub = SectionPageFactory(parent=section, title="Europe", slug="europe")
    now = timezone.now()
    make_article(title="Older", published_at=now - timezone.timedelta(hours=3))
    make_article(title="Newer", parent=sub, published_at=now - timezone.timedelta(hours=1))
    titles = [
        i.findtext("title") for i in rss_items(client.get("/en/feeds/sections/world/rss.xml"))
    ]
    assert titles == ["Newer", "Older"]
    nested = rss_items(client.get("/en/feeds/sections/world/europe/rss.xml"))
    assert [i.findtext("title") for i in nested] == ["Newer"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/feeds/sections/nowhere/rss.xml",
        "/en/feeds/tags/no-such-tag/rss.xml",
        "/en/feeds/authors/nobody/atom.xml",
    ],
    ids=["unknown section", "unknown tag", "unknown author"],
)
def test_unknown_feed_is_404(client, article, url):
    assert client.get(url).status_code == 404


def _count(client, url):
    client.get(url)  # first request creates renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_feed_query_count_does_not_grow_with_items(client, make_article):
    for _ in range(2):
        make_article()
    few = _count(client, "/en/feeds/rss.xml?full=1")
    for _ in range(6):
        make_article()
    assert _count(client, "/en/feeds/rss.xml?full=1") == few
    assert few <= 12


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/en/", ["/en/feeds/rss.xml", "/en/feeds/atom.xml"]),
        ("/en/world/", ["/en/feeds/sections/world/rss.xml", "/en/feeds/rss.xml"]),
        ("/en/tags/floods/", ["/en/feeds/tags/floods/rss.xml", "/en/feeds/rss.xml"]),
        ("/en/authors/mira-okafor/", ["/en/feeds/authors/mira-okafor/atom.xml"]),
    ],
    ids=["home", "section", "tag", "author"],
)
def test_pages_advertise_their_feeds(client, article, path, expected):
    html = client.get(path).content.decode()
    for href in expected:
        assert '<link rel="alternate" type="application/' in html
        assert f'href="{href}"' in html


def test_article_page_advertises_section_and_edition_feeds(client, article):
    html = client.get(article.url).content.decode()
    assert 'type="application/rss+xml" href="/en/feeds/sections/world/rss.xml"' in html
    assert 'type="application/atom+xml" href="/en/feeds/atom.xml"' in html


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def feed_language(response):
    """The language a feed reader files the feed under: RSS <language>, Atom xml:lang."""
    assert response.status_code == 200, response.content[:500]
    root = ET.fromstring(response.content)
    if root.tag == "rss":
        return root.findtext("./channel/language")
    return root.get(XML_LANG)


@pytest.mark.parametrize("url, fmt", FEEDS, ids=[u for u, _ in FEEDS])
def test_feeds_are_filed_under_their_edition_language(client, arabic_edition, url, fmt):
    assert feed_language(client.get(url)) == "en"
    arabic_url = url.replace("/en/", "/ar/").replace("mira-okafor", "layla-haddad")
    assert feed_language(client.get(arabic_url)) == "ar"
    # Not the reader's browser language: the edition's.
    assert feed_language(client.get(arabic_url, HTTP_ACCEPT_LANGUAGE="fr")) == "ar"
