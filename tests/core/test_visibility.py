"""core/visibility.py: a request reads the view restrictions once for all its .public()
lists, and still sees a restriction made during the request."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from broadsheet.core.visibility import PrivateSectionsMiddleware
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
