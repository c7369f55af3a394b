"""core/visibility.py: a request reads the view restrictions once for all its .public()
lists, and still sees a restriction made during the request."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from broadsheet.core.visibility import (
    PrivateSectionsMiddleware,
    keep_restriction_map,
    read_restriction_map,
)
from broadsheet.newsroom.models import ArticlePage


def in_a_request(view):
    return PrivateSectionsMiddleware(view)(RequestFactory().get("/"))


def restriction_queries(queries):
    return [q for q in queries.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]


def test_one_request_reads_the_restrictions_once(make_article):
    make_article(title="Open story")
    hidden = make_article(title="Members only story")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    def view(request):
        return [
            list(ArticlePage.objects.published().values_list("title", flat=True)) for _ in range(3)
        ]

    with CaptureQueriesContext(connection) as queries:
        lists = in_a_request(view)
    assert lists == [["Open story"]] * 3
    assert len(restriction_queries(queries)) == 1


def test_a_restriction_made_during_the_request_is_honoured(make_article):
    story = make_article(title="Soon private")

    def view(request):
        before = list(ArticlePage.objects.published().values_list("title", flat=True))
        PageViewRestriction.objects.create(page=story, restriction_type="login")
        after = list(ArticlePage.objects.published().values_list("title", flat=True))
        return before, after

    assert in_a_request(view) == (["Soon private"], [])


def test_a_page_request_s_kept_map_answers_public_lists_without_a_query(make_article):
    """The map kept per fragment generation for Wagtail's check serves ``.public()`` too,
    and a restriction made during the request is still honoured."""
    make_article(title="Open story")
    hidden = make_article(title="Members only story")
    later = make_article(title="Soon private")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    kept = read_restriction_map()

    def titles():
        return sorted(ArticlePage.objects.published().values_list("title", flat=True))

    def view(request):
        keep_restriction_map(kept)
        with CaptureQueriesContext(connection) as queries:
            before = titles()
        PageViewRestriction.objects.create(page=later, restriction_type="login")
        return before, restriction_queries(queries), titles()

    before, asked, after = in_a_request(view)
    assert (before, asked) == (["Open story", "Soon private"], [])
    assert after == ["Open story"]


def test_outside_a_request_every_query_reads_them(make_article):
    story = make_article(title="Soon private")
    assert list(ArticlePage.objects.published()) == [story]
    restriction = PageViewRestriction.objects.create(page=story, restriction_type="login")
    assert list(ArticlePage.objects.published()) == []
    restriction.delete()
    with CaptureQueriesContext(connection) as queries:
        assert list(ArticlePage.objects.published()) == [story]
        assert list(ArticlePage.objects.published()) == [story]
    assert len(restriction_queries(queries)) == 2


def test_serving_a_page_asks_nothing_of_the_restrictions_until_one_applies(
    client, home, section, article, make_article
):
    """Wagtail's check before serving reads the restrictions above the page; a warm miss
    answers it from the restriction map kept per fragment generation, and every change
    (a restriction added above the page, a password on it, an alias of a private page,
    the restriction removed) is honoured on the next request."""
    url = article.url

    def serve(number, status):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"utm_source": f"v{number}"})
        assert response.status_code == status, (number, response.status_code)
        return response, restriction_queries(queries)

    serve(0, 200)  # fragments and the map built
    _response, asked = serve(1, 200)
    assert asked == []

    restriction = PageViewRestriction.objects.create(page=section, restriction_type="login")
    response, _asked = serve(2, 302)
    assert "/login/" in response["Location"] or "login" in response["Location"]
    restriction.delete()
    serve(3, 200)

    password = PageViewRestriction.objects.create(
        page=article, restriction_type="password", password="tide"
    )
    response, _asked = serve(4, 200)
    assert 'name="password"' in response.content.decode()
    password.delete()
    response, _asked = serve(5, 200)  # the first after a change builds the map again
    assert 'name="password"' not in response.content.decode()
    assert serve(6, 200)[1] == []

    # An alias is restricted through its source, wherever the alias sits, also when the
    # restriction came after the alias (Wagtail copies none to it then).
    source = make_article(title="Soon for members only")
    elsewhere = section.get_parent().specific.add_child(
        instance=type(section)(title="Elsewhere", slug="elsewhere")
    )
    alias = source.create_alias(parent=elsewhere, update_slug="members-alias")
    assert alias.live and client.get(alias.url, {"utm_source": "open"}).status_code == 200
    PageViewRestriction.objects.create(page=source, restriction_type="login")
    client.get(alias.url, {"utm_source": "warm"})
    assert client.get(alias.url, {"utm_source": "private"}).status_code == 302
