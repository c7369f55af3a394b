import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from broadsheet.newsroom.models import ArticleAuthor

from .. import budgets
from ..factories import AuthorFactory, ImageFactory


def test_article_page_shows_reference_elements_in_order(client, article, home):
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    markers = [
        'id="icon-bookmark"',  # 1. icon sprite
        f'<time datetime="{article.published_at.replace(microsecond=0).isoformat()}',
        '<nav class="breadcrumb" aria-label="Breadcrumb">',  # 3. breadcrumb
        f'<h1 class="article__headline">{article.title}</h1>',  # 4. headline
        f'<p class="article__standfirst">{escape(article.standfirst)}</p>',  # 5. standfirst
        '<figure class="article__lead">',  # 6. lead image
        "Boats in the harbour at Port Ellin",  # 6. caption
        "© Ana Lindqvist; Northlight Agency",  # 6. credit
        "Councillors voted nine to two",  # 7. body
        "All rights reserved.",  # 16. copyright
    ]
    positions = [html.find(marker) for marker in markers]
    assert -1 not in positions, [m for m, p in zip(markers, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert html.count("<h1") == 1
    assert '<main id="main"' in html
    assert 'alt="Fishing boats moored in a harbour at dawn"' in html
    assert re.search(r"<a href=\"/en/world/\">World</a>", html)
    assert 'href="/en/authors/mira-okafor/" rel="author">Mira Okafor</a>' in html
    assert 'href="/en/tags/floods/"' in html


def test_anonymous_article_is_publicly_cacheable_and_sets_no_cookie(client, article):
    response = client.get(article.url)
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert not response.cookies
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_signed_in_reader_gets_private_uncacheable_page(client, article, django_user_model):
    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)
    response = client.get(article.url)
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_feature_shows_feature_label(client, make_article):
    feature = make_article(kind="feature")
    html = client.get(feature.url).content.decode()
    assert '<p class="label label--feature">Feature</p>' in html


def test_updated_time_only_when_later_than_publication(client, make_article):
    article = make_article()
    assert "Updated" not in client.get(article.url).content.decode()
    article.updated_at = article.published_at.replace(year=article.published_at.year + 1)
    article.save_revision().publish()
    assert "Updated" in client.get(article.url).content.decode()


def test_read_more_block_renders_card_of_target(client, make_article):
    target = make_article(title="Ferry service resumes after storm")
    article = make_article(
        body=[
            ("paragraph", "<p>First.</p>"),
            ("read_more", {"article": target}),
            ("paragraph", "<p>Second.</p>"),
        ]
    )
    html = client.get(article.url).content.decode()
    card = html[html.index('<aside class="read-more"') :]
    assert "Read more" in card
    assert "Ferry service resumes after storm" in card
    assert html.index("First.") < html.index('class="read-more"') < html.index("Second.")


def test_read_more_to_unpublished_article_is_left_out(client, make_article):
    target = make_article(title="Withdrawn story")
    article = make_article(body=[("read_more", {"article": target})])
    target.unpublish()
    assert "Withdrawn story" not in client.get(article.url).content.decode()


def _body(length, make_article):
    blocks = []
    for index in range(length):
        target = make_article(title=f"Related {index}")
        blocks += [
            ("paragraph", f"<p>Paragraph {index}.</p>"),
            ("quote", {"text": "We will rebuild.", "attribution": "The mayor", "style": "pull"}),
            ("image", {"image": ImageFactory(), "caption": ""}),
            ("read_more", {"article": target}),
        ]
    return blocks


def _queries_for(client, url):
    client.get(url)  # first view creates renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("length", [1, 12], ids=["short body", "long body"])
def test_article_page_query_budget(client, make_article, length, django_assert_max_num_queries):
    article = make_article(body=_body(length, make_article))
    client.get(article.url)
    with django_assert_max_num_queries(budgets.ARTICLE_PAGE):
        client.get(article.url)


def test_query_count_does_not_grow_with_body_length(client, make_article):
    short = make_article(body=_body(1, make_article))
    long = make_article(body=_body(10, make_article))
    assert _queries_for(client, long.url) == _queries_for(client, short.url)


def test_password_protected_article_is_never_publicly_cached(client, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="s3")
    form = client.get(article.url)
    assert "public" not in form.get("Cache-Control", "")
    restriction = PageViewRestriction.objects.get(page=article)
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, article.pk]),
        {"password": "s3", "return_url": article.url},
    )
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_bylines_without_a_sort_order_come_in_the_order_they_were_added(client, make_article):
    """Bylines made in code (the demo, imports) have no sort order: they come in the order
    they were added (their ids), also when the rows were written in another order, as a
    restore from a backup writes them."""
    story = make_article(authors=[])
    names = ["Ola", "Ben", "Kai"]
    base = (ArticleAuthor.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    for offset, name in reversed(list(enumerate(names))):  # Kai's row first, with the top id
        ArticleAuthor.objects.create(
            pk=base + offset, article=story, author=AuthorFactory(name=name)
        )
    assert set(
        ArticleAuthor.objects.filter(article=story).values_list("sort_order", flat=True)
    ) == {None}
    story = type(story).objects.get(pk=story.pk)
    assert [author.name for author in story.bylines] == names
    page = client.get(story.url).content.decode()
    assert page.index("Ola") < page.index("Ben") < page.index("Kai")
