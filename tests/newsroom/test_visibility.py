"""A story readers may not see (private, scheduled, unpublished, expired) shows on no route:
not as a Read more card in another story, not in fronts, feeds, sitemaps, search or the API."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from broadsheet.newsroom.models import ArticlePage

from ..factories import ArticlePageFactory, SectionPageFactory

TARGET = "Lighthouse keeper retires after forty winters"


def _restrict(page, kind):
    if kind == PageViewRestriction.PASSWORD:
        return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="pw")
    return PageViewRestriction.objects.create(page=page, restriction_type=kind)


def make_target(state, home, section, author):
    """The story the Read more card points at, in the given state."""
    now = timezone.now()
    make = ArticlePageFactory
    if state == "live and public":
        return make(parent=section, title=TARGET, authors=[author], tags=["harbour"])
    if state == "draft":
        return make(parent=section, title=TARGET, publish=False)
    if state == "scheduled":
        target = make(parent=section, title=TARGET, publish=False)
        target.go_live_at = now + timedelta(days=1)
        target.save_revision().publish()
        target.refresh_from_db()
        assert not target.live
        return target
    if state == "future publication time":
        return make(parent=section, title=TARGET, published_at=now + timedelta(days=1))
    if state in ("password", "login"):
        target = make(parent=section, title=TARGET, authors=[author], tags=["harbour"])
        _restrict(target, state)
        return target
    if state == "section restricted to signed-in readers":
        private = SectionPageFactory(parent=home, title="Members", slug="members")
        _restrict(private, PageViewRestriction.LOGIN)
        return make(parent=private, title=TARGET, authors=[author], tags=["harbour"])
    if state == "unpublished again":
        target = make(parent=section, title=TARGET, authors=[author], tags=["harbour"])
        target.unpublish()
        return target
    if state == "expired":
        target = make(parent=section, title=TARGET, authors=[author], tags=["harbour"])
        ArticlePage.objects.filter(pk=target.pk).update(expire_at=now - timedelta(minutes=1))
        return target
    raise AssertionError(state)


STATES = [
    "live and public",
    "draft",
    "scheduled",
    "future publication time",
    "password",
    "login",
    "section restricted to signed-in readers",
    "unpublished again",
    "expired",
]


@pytest.mark.parametrize("state", STATES)
def test_a_story_readers_may_not_see_shows_on_no_route(client, home, section, author, state):
    target = make_target(state, home, section, author)
    host = ArticlePageFactory(
        parent=section,
        title="Harbour wall repaired",
        authors=[author],
        body=[
            ("paragraph", "<p>Work finished on Friday.</p>"),
            ("read_more", {"article": target}),
        ],
    )
    visible = state == "live and public"
    assert (target.pk in ArticlePage.objects.published().values_list("pk", flat=True)) is visible

    target_path = target.url
    routes = {
        "read more card": host.url,
        "section front": section.url,
        "edition home": home.url,
        "tag page": f"{home.url}tags/harbour/",
        "author page": f"{home.url}authors/{author.slug}/",
        "edition feed": "/en/feeds/rss.xml",
        "news sitemap": "/news-sitemap.xml",
        "edition sitemap": "/sitemap-en.xml",
        "search": "/en/search/?q=lighthouse",
        "API list": "/api/v1/articles?edition=en",
        "API host detail": f"/api/v1/articles/{host.pk}",
    }
    for route, url in routes.items():
        response = client.get(url)
        assert response.status_code in (200, 404), (route, response.status_code)
        text = response.content.decode()
        if route == "tag page" and not visible:
            continue  # no public story carries the tag: 404 or an empty listing, both fine
        assert response.status_code == 200, route
        # Sitemaps name the story by its address, everything else by its headline.
        assert (TARGET in text or target_path in text) is visible, route

    detail = client.get(f"/api/v1/articles/{host.pk}").json()
    card = next(block for block in detail["body"] if block["type"] == "read_more")
    assert (card["value"] is not None) is visible
    assert client.get(f"/api/v1/articles/{target.pk}").status_code == (200 if visible else 404)


def test_read_more_cards_cost_one_query_for_the_whole_body(
    client, section, author, django_assert_max_num_queries
):
    """Checking which cards readers may see does not add a query per card."""
    targets = [ArticlePageFactory(parent=section, authors=[author]) for _ in range(3)]
    one = ArticlePageFactory(
        parent=section, authors=[author], body=[("read_more", {"article": targets[0]})]
    )
    many = ArticlePageFactory(
        parent=section,
        authors=[author],
        body=[("read_more", {"article": t}) for t in targets],
    )
    client.get(one.url)  # renditions and caches made once, outside the count
    client.get(many.url)
    with CaptureQueriesContext(connection) as single:
        assert client.get(one.url).status_code == 200
    with django_assert_max_num_queries(len(single.captured_queries)):
        response = client.get(many.url)
    assert all(t.title in response.content.decode() for t in targets)
