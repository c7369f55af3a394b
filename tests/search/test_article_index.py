"""The PostgreSQL articles index behind reader search (broadsheet/search/backend.py).

It exists only on PostgreSQL, so these run in the PostgreSQL + Redis pass of `make test`
(`.ci/run` runs both); on SQLite search goes through Wagtail's database backend, which
tests/search/test_search.py covers on both databases.
"""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import ProgrammingError, connection, transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction

from broadsheet.newsroom.models import ArticlePage
from broadsheet.search.backend import article_search_backend
from broadsheet.search.models import ArticleSearchEntry

from ..factories import ArticlePageFactory, SectionPageFactory, translate

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the articles index is PostgreSQL's"
)

SEARCH = "/en/search/"


def _titles(html):
    return re.findall(r'<h2 class="search-result__title"><a href="[^"]+">([^<]+)</a>', html)


def _story(section, title, body="Nothing of note happened.", **kwargs):
    return ArticlePageFactory(
        parent=section,
        title=title,
        body=[("paragraph", f"<p>{body}</p>")],
        **kwargs,
    )


def test_publishing_indexes_and_unpublishing_removes(section):
    story = _story(section, "Ferry timetable changes", body="Boats leave earlier.")
    entry = ArticleSearchEntry.objects.get(article=story)
    assert entry.locale_id == story.locale_id
    assert entry.path == story.path
    assert entry.published_at == story.published_at

    story.unpublish()
    assert not ArticleSearchEntry.objects.filter(article_id=story.pk).exists()

    story.save_revision().publish()
    assert ArticleSearchEntry.objects.filter(article_id=story.pk).exists()
    story.delete()
    assert not ArticleSearchEntry.objects.exists()


def test_drafts_are_not_indexed(section):
    draft = ArticlePageFactory(parent=section, title="Secret draft", publish=False)
    assert not ArticleSearchEntry.objects.filter(article_id=draft.pk).exists()


def test_edited_headline_is_searchable_after_republishing(client, section):
    story = _story(section, "Orchard harvest begins")
    story.title = "Vineyard harvest begins"
    story.save_revision().publish()
    assert _titles(client.get(SEARCH, {"q": "vineyard"}).content.decode()) == [
        "Vineyard harvest begins"
    ]
    assert _titles(client.get(SEARCH, {"q": "orchard"}).content.decode()) == []


def test_edition_language_stemming(client, home, section):
    _story(section, "Harbours reopen", body="Both harbours reopened on Monday.")
    # English stemming: the singular finds the plural.
    assert _titles(client.get(SEARCH, {"q": "harbour"}).content.decode()) == ["Harbours reopen"]

    russian_section = translate(section, "ru", title="Мир")
    _story(
        russian_section,
        "Городской совет одобрил бюджет",
        body="В городе прошли слушания.",
        locale=russian_section.locale,
    )
    html = client.get("/ru/search/", {"q": "городе"}).content.decode()
    assert _titles(html) == ["Городской совет одобрил бюджет"]
    # The English edition does not list the Russian story.
    assert _titles(client.get(SEARCH, {"q": "городе"}).content.decode()) == []


def test_headline_match_ranks_above_body_match(client, section):
    now = timezone.now()
    _story(section, "Tunnel opens", body="Traffic flows.", published_at=now - timedelta(days=3))
    _story(
        section,
        "Traffic report",
        body="A tunnel is mentioned once.",
        published_at=now - timedelta(hours=1),
    )
    html = client.get(SEARCH, {"q": "tunnel"}).content.decode()
    assert _titles(html) == ["Tunnel opens", "Traffic report"]
    html = client.get(SEARCH, {"q": "tunnel", "sort": "date"}).content.decode()
    assert _titles(html) == ["Traffic report", "Tunnel opens"]


def test_window_keeps_the_newest_matches_and_says_so(client, section, settings):
    settings.SEARCH_MAX_RESULTS = 3
    now = timezone.now()
    for days in range(5):
        _story(section, f"Census day {days}", published_at=now - timedelta(days=days))
    html = client.get(SEARCH, {"q": "census"}).content.decode()
    assert sorted(_titles(html)) == ["Census day 0", "Census day 1", "Census day 2"]
    assert "3 stories found" in html
    assert "these are the 3 newest" in html

    narrowed = client.get(SEARCH, {"q": "census", "date_to": (now - timedelta(days=3)).date()})
    html = narrowed.content.decode()
    assert sorted(_titles(html)) == ["Census day 3", "Census day 4"]
    assert "newest" not in html


def test_filters_narrow_inside_the_index(client, home, section, author):
    business = SectionPageFactory(parent=home, title="Business", slug="business")
    _story(section, "Pension plan vote", authors=[author])
    _story(business, "Pension fund results", kind="analysis")
    assert _titles(
        client.get(SEARCH, {"q": "pension", "section": "business"}).content.decode()
    ) == ["Pension fund results"]
    assert _titles(client.get(SEARCH, {"q": "pension", "kind": "analysis"}).content.decode()) == [
        "Pension fund results"
    ]
    html = client.get(SEARCH, {"q": "pension", "author": author.slug}).content.decode()
    assert _titles(html) == ["Pension plan vote"]


def test_web_search_syntax_and_hostile_input(client, section):
    _story(section, "Dam repairs", body="The northern dam needs work.")
    _story(section, "Dam tour", body="Visitors walk the southern dam.")
    assert _titles(client.get(SEARCH, {"q": "dam -northern"}).content.decode()) == ["Dam tour"]
    assert _titles(client.get(SEARCH, {"q": '"southern dam"'}).content.decode()) == ["Dam tour"]
    for hostile in ["'); DROP TABLE search_articlesearchentry; --", "& | ! :*", "the"]:
        response = client.get(SEARCH, {"q": hostile})
        assert response.status_code == 200
        assert _titles(response.content.decode()) == []
    # An unclosed quote is a phrase to the end of the query, not an error.
    response = client.get(SEARCH, {"q": '"southern'})
    assert _titles(response.content.decode()) == ["Dam tour"]
    assert ArticleSearchEntry.objects.count() == 2


def test_view_restriction_removes_and_restores_articles(section):
    story = _story(section, "Members-only briefing")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    assert not ArticleSearchEntry.objects.filter(article_id=story.pk).exists()
    restriction.delete()
    assert ArticleSearchEntry.objects.filter(article_id=story.pk).exists()


def test_moving_a_section_updates_paths(home, section):
    parent = SectionPageFactory(parent=home, title="Regions", slug="regions")
    story = _story(section, "Bridge inspection")
    section.move(parent, pos="last-child")
    story.refresh_from_db()
    assert ArticleSearchEntry.objects.get(article_id=story.pk).path == story.path


def test_moving_a_section_under_a_restriction_takes_its_articles_out(home, section):
    members = SectionPageFactory(parent=home, title="Members", slug="members")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    story = _story(section, "Harbour accounts")
    section.move(members, pos="last-child")  # the reindex task runs at once in tests
    assert not ArticleSearchEntry.objects.filter(article_id=story.pk).exists()
    section.refresh_from_db()
    section.move(home, pos="last-child")
    story.refresh_from_db()
    assert ArticleSearchEntry.objects.get(article_id=story.pk).path == story.path


def test_update_index_rebuilds_and_drops_stale_rows(section, capsys):
    story = _story(section, "Quarry closes")
    ArticleSearchEntry.objects.all().delete()
    # A row that no longer belongs: its article became private behind the index's back.
    hidden = _story(section, "Quarry permit")
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=hidden, restriction_type=PageViewRestriction.LOGIN)]
    )
    call_command("update_index", backend_name="articles")
    assert list(ArticleSearchEntry.objects.values_list("article_id", flat=True)) == [story.pk]
    assert "articles: indexed" in capsys.readouterr().out


def _planner_row_estimate():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples FROM pg_class WHERE oid = %s::regclass",
            [ArticleSearchEntry._meta.db_table],
        )
        return cursor.fetchone()[0]


def test_update_index_leaves_the_planner_fresh_statistics(section):
    for number in range(3):
        _story(section, f"Ferry timetable {number}")
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {ArticleSearchEntry._meta.db_table}")
    for number in range(4):
        _story(section, f"Bridge repairs {number}")
    assert _planner_row_estimate() == 3  # what the planner believes before the rebuild
    call_command("update_index", backend_name="articles", verbosity=0)
    assert _planner_row_estimate() == ArticleSearchEntry.objects.count() == 7


def test_update_index_schema_only_keeps_the_rows(section):
    story = _story(section, "Tram depot reopens")
    call_command("update_index", backend_name="articles", schema_only=True, verbosity=0)
    assert list(ArticleSearchEntry.objects.values_list("article_id", flat=True)) == [story.pk]


def test_api_search_never_returns_a_story_the_index_has_not_caught_up_with(client, section):
    kept = _story(section, "Lighthouse keeper retires")
    withdrawn = _story(section, "Lighthouse sale withdrawn")
    # Unpublished behind the index's back: its row is still there.
    ArticlePage.objects.filter(pk=withdrawn.pk).update(live=False)
    assert ArticleSearchEntry.objects.filter(article_id=withdrawn.pk).exists()
    titles = [item["headline"] for item in client.get("/api/v1/search", {"q": "lighthouse"}).json()]
    assert titles == [kept.title]


def test_api_search_treats_or_as_a_word_not_an_operator(client, section):
    _story(section, "Orchard harvest early")
    _story(section, "Vineyard harvest late")
    found = client.get("/api/v1/search", {"q": "orchard or vineyard"}).json()
    assert found == []
    found = client.get("/api/v1/search", {"q": "harvest OR early"}).json()
    assert [item["headline"] for item in found] == ["Orchard harvest early"]


def test_api_search_covers_every_edition_without_one(client, section):
    _story(section, "Glacier retreat measured")
    russian_section = translate(section, "ru", title="Мир")
    _story(russian_section, "Ледник отступил", locale=russian_section.locale)
    titles = {item["headline"] for item in client.get("/api/v1/search", {"q": "glacier"}).json()}
    assert titles == {"Glacier retreat measured"}
    titles = {item["headline"] for item in client.get("/api/v1/search", {"q": "ледник"}).json()}
    assert titles == {"Ледник отступил"}


def test_one_query_for_the_whole_window(section, django_assert_num_queries):
    for number in range(4):
        _story(section, f"Budget hearing {number}")

    results = article_search_backend().search_articles(
        "budget", ArticlePage.objects.published(), locale=section.locale
    )
    with django_assert_num_queries(1):
        assert results.count() == 4
        assert len(results.ids) == 4
    with django_assert_num_queries(1):
        assert len(results[0:2]) == 2


def test_phrase_search_leaves_the_planner_as_it_found_it(section):
    _story(section, "Sea wall opens", body="The sea wall opened at dawn.")
    results = article_search_backend().search_articles(
        '"sea wall"', ArticlePage.objects.published(), locale=section.locale
    )
    assert results.count() == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone()[0] == "on"


def test_a_failing_phrase_search_reports_its_own_error(section):
    results = article_search_backend().search_articles(
        '"sea wall"', ArticlePage.objects.published(), locale=section.locale
    )
    results.sql = results.sql.replace("SELECT article_id FROM window_", "SELECT no_such_column")
    with transaction.atomic():
        with pytest.raises(ProgrammingError, match="no_such_column"):
            results.count()
        # The savepoint rolled back: the transaction goes on, planning as usual.
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_indexscan")
            assert cursor.fetchone()[0] == "on"
