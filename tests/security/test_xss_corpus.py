"""Every editor- and reader-controlled field, filled with the XSS corpus, stays inert on every
page, feed, sitemap, JSON-LD block and API response."""

import json
import re
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import Site

from broadsheet.newsroom.models import Correction
from broadsheet.readers.models import Bookmark

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    EpisodePageFactory,
    HomePageFactory,
    ImageFactory,
    PodcastIndexPageFactory,
    ReaderFactory,
    SectionPageFactory,
    ShowPageFactory,
)
from .payloads import ALL, fit

# What the payloads would create if they escaped their text, besides on* attributes (which no
# reader page has: pages are CSP-ready) and the element with id="x5".
INJECTED_TAGS = {"x6"}
CONTROL = re.compile(r"[\x00-\x20]")


def editor_rich_text(text, features=("bold", "italic", "link")):
    """Rich text as the admin's Draftail editor stores it: typed text plus a link."""
    contentstate = {
        "blocks": [
            {
                "key": "p1",
                "type": "unstyled",
                "depth": 0,
                "text": f"{text} link",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": len(text) + 1, "length": 4, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:x4()"}}
        },
    }
    return ContentstateConverter(list(features)).to_database_format(json.dumps(contentstate))


class PageScan(HTMLParser):
    """Records what a browser would build: elements, attributes, scripts, comments, text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.scripts, self.comments, self.text = [], [], [], [], []
        self._script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]
        if tag == "script":
            self._script = (dict(attrs), [])

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            attrs, data = self._script
            self.scripts.append((attrs, "".join(data)))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)
        else:
            self.text.append(data)

    def handle_comment(self, data):
        self.comments.append(data)


def assert_html_inert(html, where):
    scan = PageScan()
    scan.feed(html)
    scan.close()
    assert not INJECTED_TAGS & set(scan.tags), where
    assert not [a for a in scan.attrs if a[1].startswith("on")], where
    assert not [a for a in scan.attrs if a[1] == "id" and a[2] == "x5"], where
    for tag, name, value in scan.attrs:
        if name in ("href", "src", "action", "formaction", "poster", "data"):
            assert not CONTROL.sub("", value).lower().startswith("javascript:"), (where, tag)
    assert not [c for c in scan.comments if "x8" in c], where
    for attrs, body in scan.scripts:
        if "src" in attrs:
            continue
        assert attrs.get("type") == "application/ld+json", (where, body[:80])
        json.loads(body)  # the block is whole: "</script>" in a headline did not end it
    # The payloads were there, shown as text or kept as attribute values.
    seen = "".join(scan.text) + "".join(v for _t, _n, v in scan.attrs)
    seen += "".join(body for _a, body in scan.scripts)
    return seen


def carries_html(element):
    """RSS descriptions and content:encoded are HTML by convention; Atom says so with type."""
    name = element.tag.rsplit("}", 1)[-1]
    if element.tag.startswith(("{http://www.w3.org/2005/Atom}", "{http://search.yahoo.com/mrss/}")):
        return element.get("type") == "html"  # both default to plain text
    return name in ("description", "encoded")


def strings_of(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)
    elif isinstance(value, str):
        yield value


@pytest.fixture
def hostile_newsroom(db):
    home = HomePageFactory(title=fit(255))
    section = SectionPageFactory(parent=home, title=fit(255), slug="world", intro=fit(300))
    author = AuthorFactory(name=fit(120), slug="hostile-author", role=fit(120), bio=fit(600))
    image = ImageFactory(title=fit(255), description=fit(255), caption=fit(500), credit=fit(255))
    body = [
        ("paragraph", editor_rich_text(ALL)),
        ("subheading", fit(255)),
        ("quote", {"text": ALL, "attribution": fit(255), "style": "pull"}),
        ("image", {"image": ImageFactory(description=fit(255)), "caption": fit(255)}),
    ]
    article = ArticlePageFactory(
        parent=section,
        title=fit(255),
        seo_title=fit(255),
        search_description=ALL,
        standfirst=ALL,
        lead_image=image,
        lead_caption=fit(255),
        body=body,
        authors=[author],
        tags=[fit(100, "storm "), "storms"],
    )
    article.corrections.add(Correction(text=ALL))
    article.save_revision().publish()
    podcasts = PodcastIndexPageFactory(parent=home)
    show = ShowPageFactory(parent=podcasts, title=fit(255), slug="hour", description=ALL)
    episode = EpisodePageFactory(
        parent=show, title=fit(255), summary=ALL, show_notes=editor_rich_text(ALL)
    )
    reader = ReaderFactory(username="r1", first_name=fit(150), last_name=fit(150))
    Bookmark.objects.create(user=reader, page=article)
    site = Site.objects.get(is_default_site=True)
    site.site_name = fit(255)
    site.save()
    return {
        "home": home,
        "section": section,
        "article": article,
        "author": author,
        "show": show,
        "episode": episode,
        "reader": reader,
    }


def test_corpus_stays_inert_everywhere(client, hostile_newsroom):
    n = hostile_newsroom
    home, article, show, episode = n["home"], n["article"], n["show"], n["episode"]
    tag = article.tags.get(name__startswith="storm ")
    html_pages = [
        home.url,
        n["section"].url,
        article.url,
        f"{home.url}tags/{tag.slug}/",
        f"{home.url}authors/{n['author'].slug}/",
        f"{home.url}corrections/",
        f"{home.url}search/?q=" + ALL,
        f"{home.url}search/?q=x1",
        home.url.rstrip("/") + "/podcasts/",
        show.url,
        episode.url,
    ]
    for url in html_pages:
        response = client.get(url)
        assert response.status_code == 200, url
        seen = assert_html_inert(response.content.decode(), url)
        assert "x1()" in seen or "x2()" in seen, f"{url} shows none of the payloads"

    client.force_login(n["reader"])
    for url in (f"{home.url}account/", f"{home.url}account/bookmarks/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_html_inert(response.content.decode(), url)
    client.logout()

    xml_documents = [
        f"{home.url}feeds/rss.xml",
        f"{home.url}feeds/atom.xml",
        f"{home.url}feeds/tags/{tag.slug}/rss.xml",
        f"{home.url}feeds/authors/{n['author'].slug}/atom.xml",
        f"{show.url}feed/",
        "/sitemap.xml",
        "/news-sitemap.xml",
    ]
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    xml_documents += [
        loc.text.split("://", 1)[1].split("/", 1)[1].join(["/", ""])
        for loc in index.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    shown_in_xml = 0
    for url in xml_documents:
        response = client.get(url)
        assert response.status_code == 200, url
        root = ElementTree.fromstring(response.content)  # strict: raises on broken XML
        for element in root.iter():
            assert element.tag.rsplit("}", 1)[-1] not in INJECTED_TAGS, url
            text = element.text or ""
            if carries_html(element):  # readers parse these as HTML: it must be inert too
                assert_html_inert(text, (url, element.tag))
            shown_in_xml += "x1()" in text or any("x1()" in v for v in element.attrib.values())
    assert shown_in_xml, "no feed carried the payloads"

    api = [
        "/api/v1/editions",
        "/api/v1/sections",
        "/api/v1/articles",
        f"/api/v1/articles/{article.pk}",
        "/api/v1/search?q=" + ALL,
        "/api/v1/editions/en/top-stories",
        "/api/v1/editions/en/podcasts",
        f"/api/v1/podcasts/{show.pk}/episodes",
        f"/api/v1/episodes/{episode.pk}",
    ]
    for url in api:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:200])
        assert response["Content-Type"].startswith("application/json"), url
        assert response["X-Content-Type-Options"] == "nosniff", url
        json.loads(response.content)
    detail = json.loads(client.get(f"/api/v1/articles/{article.pk}").content)
    # JSON carries the text exactly as written: escaped for JSON, not mangled or HTML-encoded.
    assert detail["headline"] == article.title
    assert ALL in list(strings_of(detail))
