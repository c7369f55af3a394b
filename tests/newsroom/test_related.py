import re
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from ..factories import ArticlePageFactory, SectionPageFactory


def _related(html):
    if 'class="related"' not in html:
        return []
    block = html[
        html.index('class="related"') : html.index("</section>", html.index('class="related"'))
    ]
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', block)


def test_related_are_stories_sharing_a_tag_or_the_section_recent_first(
    client, home, section, author, make_article
):
    now = timezone.now()
    other_section = SectionPageFactory(parent=home, title="Sport", slug="sport")
    article = make_article(title="Main story", tags=["floods"])
    make_article(title="Tagged old", tags=["floods"], published_at=now - timedelta(days=3))
    ArticlePageFactory(
        parent=other_section,
        authors=[author],
        title="Tagged elsewhere",
        tags=["floods"],
        published_at=now - timedelta(days=1),
    )
    make_article(title="Same section", published_at=now - timedelta(hours=1))
    ArticlePageFactory(parent=other_section, authors=[author], title="Unrelated sport")
    html = client.get(article.url).content.decode()
    assert _related(html) == ["Same section", "Tagged elsewhere", "Tagged old"]


def test_related_leaves_out_unpublished_and_itself(client, make_article):
    article = make_article(title="Main story", tags=["ports"])
    withdrawn = make_article(title="Withdrawn", tags=["ports"])
    withdrawn.unpublish()
    html = client.get(article.url).content.decode()
    assert "Withdrawn" not in _related(html)
    assert "Main story" not in _related(html)


def test_related_query_count_does_not_grow_with_tags(
    client, make_article, django_assert_max_num_queries
):
    few = make_article(tags=["a"])
    many = make_article(tags=[f"tag{i}" for i in range(15)])
    for index in range(6):
        make_article(tags=["a", f"tag{index}"])

    counts = []
    for article in (few, many):
        client.get(article.url)
        with CaptureQueriesContext(connection) as queries:
            client.get(article.url)
        counts.append(len(queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(30):
        client.get(many.url)
