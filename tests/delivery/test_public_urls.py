"""Every public absolute URL comes from BASE_URL (through the default Site), whatever Host the
request carries, and identifiers survive a change of address."""

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import pytest
from django.core.management import call_command
from wagtail.models import Site

from broadsheet.core.sites import public_url, sync_default_site

from ..factories import wide_image

ATOM = {"atom": "http://www.w3.org/2005/Atom"}


def urls_in(text):
    return set(re.findall(r"""https?://[^\s"'<>\\]+""", text))


OWN_NAMESPACES = (
    "http://www.w3.org/",
    "http://search.yahoo.com/",
    "http://purl.org/",
    "http://www.sitemaps.org/",
    "http://www.google.com/schemas/",
    "https://schema.org",
    "http://www.itunes.com/",
    "https://podcastindex.org/",
    "http://backend.userland.com/",
)


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/world/",
        "/en/world/{slug}/",
        "/en/feeds/rss.xml",
        "/en/feeds/atom.xml?full=1",
        "/sitemap.xml",
        "/sitemap-en.xml",
        "/news-sitemap.xml",
        "/robots.txt",
        "/api/v1/editions",
        "/api/v1/articles?edition=en",
    ],
)
def test_absolute_urls_use_base_url_whatever_the_host(client, settings, make_article, path):
    article = make_article(lead_image=wide_image())
    response = client.get(path.format(slug=article.slug), headers={"host": "internal-proxy:8080"})
    assert response.status_code == 200, path
    text = response.content.decode()
    base = urlsplit(settings.BASE_URL)
    ours = {
        url for url in urls_in(text) if urlsplit(url).netloc in (base.netloc, "internal-proxy:8080")
    }
    assert ours, f"{path} names no absolute URL"
    assert all(url.startswith(settings.BASE_URL + "/") for url in ours), sorted(ours)
    assert "internal-proxy" not in text and "testserver" not in text


def test_migrate_keeps_the_default_site_in_step_with_base_url(db, home, settings):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "localhost", 80
    site.save()
    settings.BASE_URL = "https://news.example.org"
    call_command("migrate", verbosity=0)
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("news.example.org", 443)
    assert site.root_url == "https://news.example.org"
    assert home.get_full_url() == "https://news.example.org/en/"


def test_moving_the_site_changes_links_not_guids(client, settings, make_article):
    make_article(lead_image=wide_image())
    before = ET.fromstring(client.get("/en/feeds/rss.xml").content)
    settings.BASE_URL = "http://127.0.0.1:8100"
    sync_default_site()
    after = ET.fromstring(client.get("/en/feeds/rss.xml").content)
    assert after.findtext("channel/item/link").startswith("http://127.0.0.1:8100/en/")
    assert after.findtext("channel/item/guid") == before.findtext("channel/item/guid")
    assert before.findtext("channel/item/link") != after.findtext("channel/item/link")


def test_full_text_feed_has_absolute_links_and_its_own_self_link(client, settings, make_article):
    other = make_article(title="Earlier story")
    body = [
        ("paragraph", f'<p>See <a id="{other.pk}" linktype="page">the earlier story</a>.</p>'),
        ("image", {"image": wide_image(), "caption": "The river"}),
    ]
    make_article(title="Story with links", body=body)
    response = client.get("/en/feeds/atom.xml?full=1")
    root = ET.fromstring(response.content)
    self_link = next(link for link in root.findall("atom:link", ATOM) if link.get("rel") == "self")
    assert self_link.get("href") == public_url("/en/feeds/atom.xml?full=1")
    entry = next(
        e
        for e in root.findall("atom:entry", ATOM)
        if e.findtext("atom:title", namespaces=ATOM) == "Story with links"
    )
    content = entry.findtext("atom:content", namespaces=ATOM)
    assert f'href="{settings.BASE_URL}{other.url}"' in content
    assert re.search(rf'src="{re.escape(settings.BASE_URL)}/media/images/[^"]+"', content)
    assert not re.search(r'(?:href|src)="/', content)
    plain = ET.fromstring(client.get("/en/feeds/atom.xml").content)
    assert plain.findtext("atom:id", namespaces=ATOM) != root.findtext("atom:id", namespaces=ATOM)
