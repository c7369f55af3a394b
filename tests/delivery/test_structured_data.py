import io
import json
import re

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage

from ..factories import ImageFactory, SectionPageFactory, image_bytes, wide_image
from .schema_org import validate

BASE = settings.BASE_URL

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {
        node["@type"]: node for node in map(json.loads, JSONLD.findall(response.content.decode()))
    }


def test_article_json_ld_fits_schema_org_and_carries_news_fields(client, make_article, author):
    article = make_article(title="A" * 150, lead_image=wide_image())
    nodes = jsonld(client, article.url)
    assert set(nodes) == {"NewsArticle", "BreadcrumbList"}
    for node in nodes.values():
        assert validate(node) == []
    news = nodes["NewsArticle"]
    assert len(news["headline"]) <= 110
    assert news["headline"].endswith("…")
    assert news["description"] == article.standfirst
    assert news["datePublished"] == article.published_at.isoformat()
    assert news["datePublished"].endswith("+00:00")
    assert news["dateModified"] == article.published_at.isoformat()
    assert news["inLanguage"] == "en"
    assert news["articleSection"] == "World"
    assert news["mainEntityOfPage"]["@id"] == article.full_url
    assert news["author"] == [
        {
            "@type": "Person",
            "name": "Mira Okafor",
            "url": f"{BASE}/en/authors/mira-okafor/",
        }
    ]
    assert news["publisher"]["@type"] == "NewsMediaOrganization"
    assert news["publisher"]["logo"]["url"].startswith(f"{BASE}/static/")
    assert all(img["url"].startswith(f"{BASE}/media/") for img in news["image"])
    # 16:9 and 4:3 at 1200 px, and the largest square a 1600x900 original allows.
    assert [served_size(client, img["url"]) for img in news["image"]] == [
        (1200, 675),
        (1200, 900),
        (900, 900),
    ]


def served_size(client, url):
    response = client.get(url.removeprefix(BASE))
    assert response.status_code == 200
    return PILImage.open(io.BytesIO(b"".join(response.streaming_content))).size


def test_square_crop_is_capped_at_1200_px_and_small_originals_give_none(client, make_article):
    big = ImageFactory(file=ImageFile(io.BytesIO(image_bytes(2400, 1600)), name="big.jpg"))
    news = jsonld(client, make_article(lead_image=big).url)["NewsArticle"]
    assert served_size(client, news["image"][-1]["url"]) == (1200, 1200)
    # 1000x600: too narrow for the 1200 px crops, and a 600 px square is under 696 px.
    small = ImageFactory(file=ImageFile(io.BytesIO(image_bytes(1000, 600)), name="small.jpg"))
    assert "image" not in jsonld(client, make_article(lead_image=small).url)["NewsArticle"]


def test_images_narrower_than_1200_px_are_left_out(client, make_article):
    article = make_article(lead_image=ImageFactory())  # 400 px wide
    news = jsonld(client, article.url)["NewsArticle"]
    assert "image" not in news
    assert validate(news) == []


def test_breadcrumb_list_runs_home_section_article(client, home, section, make_article):
    sub = SectionPageFactory(parent=section, title="Europe", slug="europe")
    article = make_article(parent=sub)
    crumbs = jsonld(client, article.url)["BreadcrumbList"]["itemListElement"]
    assert [(c["position"], c["name"]) for c in crumbs] == [
        (1, home.title),
        (2, "World"),
        (3, "Europe"),
        (4, article.title),
    ]
    assert crumbs[-1]["item"]["@id"] == article.full_url


def test_home_has_website_with_search_action(client, home):
    nodes = jsonld(client, home.url)
    site = nodes["WebSite"]
    assert validate(site) == []
    assert site["potentialAction"]["target"]["urlTemplate"] == f"{BASE}/en/search/?q={{query}}"
    assert site["potentialAction"]["query-input"] == "required name=query"


def test_substantive_update_sets_date_modified(client, make_article):
    article = make_article()
    article.updated_at = article.published_at.replace(year=article.published_at.year + 1)
    article.save_revision().publish()
    news = jsonld(client, article.url)["NewsArticle"]
    assert news["dateModified"] == article.updated_at.isoformat()


def test_json_ld_cannot_close_its_script(client, make_article):
    article = make_article(title="Why </script><script>alert(1)</script> matters")
    html = client.get(article.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert jsonld(client, article.url)["NewsArticle"]["headline"].startswith("Why </script>")


def test_open_graph_and_twitter_tags(client, make_article):
    article = make_article(lead_image=wide_image(), seo_title="Sea wall approved")
    html = client.get(article.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Sea wall approved">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="article:section" content="World">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert f'<link rel="canonical" href="{article.full_url}">' in html


@pytest.mark.parametrize(
    "node, error",
    [
        ({"@type": "NewsArticle", "headlines": "x"}, "no property 'headlines'"),
        ({"@type": "NewsArticle", "author": "Mira"}, "is not one of"),
        ({"@type": "NewsArticle", "author": {"@type": "ImageObject"}}, "is not one of"),
        ({"@type": "NewsArticle", "datePublished": "2024-01-16T12:44:00"}, "is not one of"),
        ({"@type": "NewsArticle", "url": "/relative/"}, "is not one of"),
        ({"@type": "NewsStory"}, "unknown @type"),
        (
            {"@type": "WebSite", "potentialAction": {"@type": "SearchAction", "q-input": "x"}},
            "action",
        ),
    ],
    ids=[
        "unknown property",
        "text for a Person",
        "wrong type",
        "date without zone",
        "relative URL",
        "unknown type",
        "annotation of unknown property",
    ],
)
def test_validator_rejects_what_schema_org_does_not_define(node, error):
    errors = validate(node)
    assert errors
    assert error in " ".join(errors)
