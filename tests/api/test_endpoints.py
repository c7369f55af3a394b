from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from broadsheet.newsroom.models import Correction, TopStory

from ..factories import SectionPageFactory, wide_image

BASE = settings.BASE_URL


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    return response


def test_editions_lists_each_edition_with_feeds(client, home):
    response = get_json(client, "/api/v1/editions")
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]
    assert response["ETag"].startswith('"')
    assert not response.cookies
    assert response.json() == [
        {
            "id": home.pk,
            "language": "en",
            "title": home.title,
            "url": home.full_url,
            "feeds": {
                "rss": f"{BASE}/en/feeds/rss.xml",
                "atom": f"{BASE}/en/feeds/atom.xml",
            },
        }
    ]


def test_sections_have_parents(client, section):
    sub = SectionPageFactory(parent=section, title="Europe", slug="europe")
    data = get_json(client, "/api/v1/sections?edition=en").json()
    assert [(s["title"], s["parent_id"]) for s in data] == [("World", None), ("Europe", section.pk)]
    assert data[1]["id"] == sub.pk


def test_article_list_shape_and_filters(client, make_article, home, author):
    other = SectionPageFactory(parent=home, title="Business", slug="business")
    news = make_article(title="Harbour news", tags=["floods"])
    feature = make_article(title="Long read", kind="feature", parent=other)
    make_article(title="Draft", publish=False)
    data = get_json(client, "/api/v1/articles").json()
    assert [a["headline"] for a in data["items"]] == ["Long read", "Harbour news"]
    assert data["next_cursor"] is None
    item = data["items"][1]
    assert item["id"] == news.pk
    assert item["section"] == {"id": news.get_parent().pk, "title": "World"}
    assert item["authors"] == [
        {"name": "Mira Okafor", "slug": "mira-okafor", "role": "Correspondent"}
    ]
    assert item["tags"] == ["floods"]
    assert item["image"]["renditions"][0]["url"].startswith(f"{BASE}/media/")
    assert item["published_at"].startswith(str(news.published_at.date()))

    def headlines(query):
        return [
            a["headline"] for a in get_json(client, f"/api/v1/articles?{query}").json()["items"]
        ]

    assert headlines("kind=feature") == ["Long read"]
    assert headlines(f"section={other.pk}") == ["Long read"]
    assert headlines("tag=floods") == ["Harbour news"]
    assert headlines("author=mira-okafor&edition=en") == ["Long read", "Harbour news"]
    assert feature.pk


def test_cursor_pagination_walks_every_article_once(client, make_article):
    now = timezone.now()
    made = [make_article(published_at=now - timedelta(minutes=i)) for i in range(5)]
    # two stories at the same second must not be lost at a page boundary
    made.append(make_article(published_at=made[2].published_at))
    seen, cursor = [], None
    while True:
        url = "/api/v1/articles?limit=2" + (f"&cursor={cursor}" if cursor else "")
        data = get_json(client, url).json()
        seen += [a["id"] for a in data["items"]]
        cursor = data["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(a.pk for a in made)
    assert len(seen) == len(set(seen))


@pytest.mark.parametrize(
    "query",
    ["limit=0", "limit=abc", "limit=51", "kind=gossip", "cursor=%%%", "cursor=bm90LWEtY3Vyc29y"],
    ids=[
        "zero limit",
        "text limit",
        "limit too big",
        "unknown kind",
        "garbage cursor",
        "cursor without position",
    ],
)
def test_bad_parameters_give_400_json(client, article, query):
    response = get_json(client, f"/api/v1/articles?{query}", status=400)
    assert response.json()["detail"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/999999",
        "/api/v1/editions/xx/top-stories",
        "/api/v1/nowhere",
        "/api/v1/articles?edition=xx",
        "/api/v1/articles?section=999999",
    ],
    ids=[
        "unknown article",
        "unknown edition",
        "unknown path",
        "unknown edition filter",
        "unknown section filter",
    ],
)
def test_unknown_things_give_404_json(client, article, url):
    assert get_json(client, url, status=404).json()["detail"]


def test_article_detail_has_blocks_html_and_corrections(client, make_article):
    target = make_article(title="Ferry resumes")
    article = make_article(
        lead_image=wide_image(),
        body=[
            ("paragraph", "<p>First paragraph.</p>"),
            ("image", {"image": wide_image(), "caption": "A quay"}),
            ("read_more", {"article": target}),
        ],
    )
    article.corrections.add(Correction(text="Date fixed.", date=timezone.now()))
    article.save_revision().publish()
    data = get_json(client, f"/api/v1/articles/{article.pk}").json()
    assert [b["type"] for b in data["body"]] == ["paragraph", "image", "read_more"]
    assert data["body"][1]["value"]["caption"] == "A quay"
    assert data["body"][1]["value"]["renditions"][0]["url"].startswith(f"{BASE}/")
    assert data["body"][2]["value"]["headline"] == "Ferry resumes"
    assert "<p>First paragraph.</p>" in data["html"]
    assert data["corrections"][0]["text"] == "Date fixed."


def test_unpublished_article_is_404(client, article):
    article.unpublish()
    get_json(client, f"/api/v1/articles/{article.pk}", status=404)


def test_top_stories_in_editors_order(client, make_article, home):
    first, second = make_article(title="First"), make_article(title="Second")
    TopStory.objects.create(home=home, article=second, sort_order=0)
    TopStory.objects.create(home=home, article=first, sort_order=1)
    data = get_json(client, "/api/v1/editions/en/top-stories").json()
    assert [a["headline"] for a in data] == ["Second", "First"]


def test_search_finds_published_articles(client, make_article):
    make_article(title="Lighthouse keeper retires")
    make_article(title="Lighthouse draft", publish=False)
    data = get_json(client, "/api/v1/search?q=lighthouse").json()
    assert [a["headline"] for a in data] == ["Lighthouse keeper retires"]
    get_json(client, "/api/v1/search", status=400)


def test_etag_gives_304(client, article):
    first = get_json(client, "/api/v1/articles")
    again = client.get("/api/v1/articles", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert not again.content


def test_cors_preflight(client, home):
    response = client.options("/api/v1/articles", HTTP_ORIGIN="https://app.example")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


def test_rate_limit_gives_429_with_retry_after(client, home, settings):
    settings.API_RATE_LIMIT = "3/m"
    for _ in range(3):
        get_json(client, "/api/v1/editions")
    response = get_json(client, "/api/v1/editions", status=429)
    assert int(response["Retry-After"]) > 0
    other = client.get("/api/v1/editions", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200  # the budget is per client


def test_list_query_count_does_not_grow(client, make_article, django_assert_max_num_queries):
    for _ in range(3):
        make_article(tags=["a", "b"])
    client.get("/api/v1/articles")
    with django_assert_max_num_queries(12):
        client.get("/api/v1/articles?limit=50")


def test_docs_and_schema_are_served_locally(client):
    schema = get_json(client, "/api/v1/schema/").json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/articles/{article_id}" in schema["paths"]
    html = client.get("/api/v1/docs/").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()


@pytest.mark.parametrize("q", ['"', "light'house", "OR AND", "(", "*", "-lighthouse", "   "])
def test_search_syntax_characters_never_break_the_database(client, make_article, q):
    make_article(title="Lighthouse keeper retires")
    assert isinstance(get_json(client, f"/api/v1/search?q={q}").json(), list)
