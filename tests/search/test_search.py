import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from broadsheet.search.highlight import mark, search_terms, snippet, terms_pattern

from ..factories import ArticlePageFactory, AuthorFactory, SectionPageFactory

SEARCH = "/en/search/"


@pytest.fixture
def newsroom(home, section, author):
    business = SectionPageFactory(parent=home, title="Business", slug="business")
    other = AuthorFactory(name="Tomas Reyes", slug="tomas-reyes")
    now = timezone.now()
    stories = {
        "lighthouse": ArticlePageFactory(
            parent=section,
            title="Keepers return to the north lighthouse",
            standfirst="A family takes over the lamp after forty years of automation.",
            body=[("paragraph", "<p>The beacon was relit with a borrowed generator.</p>")],
            authors=[author],
            tags=["coast"],
            published_at=now - timedelta(days=2),
        ),
        "market": ArticlePageFactory(
            parent=business,
            title="Fish market prices climb",
            standfirst="Traders blame the cold spring.",
            body=[("paragraph", "<p>Cod sold at record prices near the lighthouse quay.</p>")],
            authors=[other],
            kind="analysis",
            published_at=now - timedelta(days=10),
        ),
        "feature": ArticlePageFactory(
            parent=business,
            title="A year among the salt farmers",
            standfirst="Long days on the flats.",
            body=[("paragraph", "<p>Evaporation ponds glitter under the sun.</p>")],
            authors=[other],
            kind="feature",
            tags=["saltworks"],
            published_at=now - timedelta(days=1),
        ),
    }
    return {"stories": stories, "business": business, "other": other, "world": section}


def _titles(html):
    return re.findall(r'<h2 class="search-result__title"><a href="[^"]+">([^<]+)</a>', html)


def test_search_finds_word_in_body_and_highlights_it(client, newsroom):
    response = client.get(SEARCH, {"q": "generator"})
    html = response.content.decode()
    assert response.status_code == 200
    assert _titles(html) == ["Keepers return to the north lighthouse"]
    assert "<mark>generator</mark>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.cookies


@pytest.mark.parametrize(
    "query, expected",
    [
        ("salt farmers", "A year among the salt farmers"),
        ("automation", "Keepers return to the north lighthouse"),
        ("saltworks", "A year among the salt farmers"),
        ("Reyes", None),
    ],
    ids=["headline", "standfirst", "tag", "author name"],
)
def test_search_covers_headline_standfirst_tags_and_authors(client, newsroom, query, expected):
    titles = _titles(client.get(SEARCH, {"q": query}).content.decode())
    if expected is None:  # both of Tomas Reyes's stories
        assert sorted(titles) == ["A year among the salt farmers", "Fish market prices climb"]
    else:
        assert titles == [expected]


def test_filters_by_section_kind_author_and_dates(client, newsroom):
    assert _titles(
        client.get(SEARCH, {"q": "lighthouse", "section": "business"}).content.decode()
    ) == ["Fish market prices climb"]
    assert _titles(client.get(SEARCH, {"q": "lighthouse", "kind": "news"}).content.decode()) == [
        "Keepers return to the north lighthouse"
    ]
    assert _titles(
        client.get(SEARCH, {"q": "lighthouse", "author": "mira-okafor"}).content.decode()
    ) == ["Keepers return to the north lighthouse"]
    today = timezone.localdate()
    recent = {"q": "lighthouse", "date_from": str(today - timedelta(days=5))}
    assert _titles(client.get(SEARCH, recent).content.decode()) == [
        "Keepers return to the north lighthouse"
    ]
    old = {"q": "lighthouse", "date_to": str(today - timedelta(days=5))}
    assert _titles(client.get(SEARCH, old).content.decode()) == ["Fish market prices climb"]


def test_sort_by_date_puts_newest_first(client, newsroom):
    html = client.get(SEARCH, {"q": "lighthouse", "sort": "date"}).content.decode()
    assert _titles(html) == ["Keepers return to the north lighthouse", "Fish market prices climb"]


def test_filters_without_words_list_matching_stories(client, newsroom):
    html = client.get(SEARCH, {"section": "business"}).content.decode()
    assert _titles(html) == ["A year among the salt farmers", "Fish market prices climb"]


def test_unpublished_and_other_edition_stories_are_not_found(client, newsroom):
    newsroom["stories"]["lighthouse"].unpublish()
    assert _titles(client.get(SEARCH, {"q": "generator"}).content.decode()) == []


def test_results_paginate_and_keep_the_query(client, section, author):
    for index in range(12):
        ArticlePageFactory(parent=section, title=f"Tide table {index}", authors=[author])
    first = client.get(SEARCH, {"q": "tide", "sort": "date"}).content.decode()
    assert len(_titles(first)) == 10
    assert "12 stories found" in first
    assert 'href="?q=tide&amp;sort=date&amp;page=2"' in first
    second = client.get(SEARCH, {"q": "tide", "sort": "date", "page": "2"}).content.decode()
    assert len(_titles(second)) == 2


@pytest.mark.parametrize(
    "params, message",
    [
        ({"q": ""}, "Type a word or a phrase"),
        ({"q": "x" * 5000}, "at most 200 characters"),
        ({"q": "tide\x00"}, "Null characters are not allowed"),
        ({"q": "<script>alert(1)</script>"}, "Nothing matched"),
        ({"q": "tide", "page": "abc"}, ""),
        ({"q": "tide", "page": "-3"}, ""),
        ({"q": "tide", "section": "nowhere"}, "This filter was ignored"),
        ({"q": "tide", "kind": "gossip"}, "This filter was ignored"),
        ({"q": "tide", "author": "nobody-here"}, "There is no author with that name"),
        ({"q": "tide", "author": "<b>x</b>"}, "This filter was ignored"),
        ({"q": "tide", "date_from": "yesterday"}, "Enter a date as YYYY-MM-DD"),
        ({"q": "tide", "date_from": "2024-02-30"}, "Enter a date as YYYY-MM-DD"),
        ({"q": "tide", "date_from": "2024-05-01", "date_to": "2024-01-01"}, "before the start"),
        ({"q": "tide", "sort": "random"}, "This filter was ignored"),
        ({"q": "' OR 1=1 --"}, "Nothing matched"),
        ({"q": "!!! ??? &&&"}, ""),
    ],
    ids=[
        "empty",
        "5000 chars",
        "null byte",
        "script",
        "page text",
        "page negative",
        "unknown section",
        "unknown kind",
        "unknown author",
        "markup author",
        "yesterday",
        "impossible date",
        "reversed range",
        "unknown sort",
        "sql",
        "punctuation only",
    ],
)
def test_bad_input_gives_a_normal_page(client, article, params, message):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "<script>alert" not in html
    assert "<b>x</b>" not in html


def test_malformed_percent_encoding_is_handled(client, article):
    response = client.get(SEARCH + "?q=%ff%fe%C0tide%ED%A0%80&section=%ZZ")
    assert response.status_code == 200


def test_search_page_is_linked_from_the_header(client, article):
    html = client.get(article.url).content.decode()
    assert 'class="site-search-link" href="/en/search/"' in html


def test_search_query_budget(client, newsroom, django_assert_max_num_queries):
    client.get(SEARCH, {"q": "lighthouse"})
    with django_assert_max_num_queries(20):
        client.get(SEARCH, {"q": "lighthouse", "section": "business", "author": "tomas-reyes"})


def test_snippet_is_escaped_and_marks_inflections(article):
    article.body = [("paragraph", "<p>Flooding &lt;script&gt; hit the floods barrier.</p>")]
    html = snippet(article, search_terms("flood"))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>Flooding</mark>" in html and "<mark>floods</mark>" in html


def test_mark_escapes_outside_and_inside_matches():
    pattern = terms_pattern(["tag"])
    assert (
        mark('<tag> & "tag"', pattern)
        == "&lt;<mark>tag</mark>&gt; &amp; &quot;<mark>tag</mark>&quot;"
    )


def test_update_index_shows_progress(newsroom, capsys):
    call_command("update_index")
    out = capsys.readouterr().out
    assert re.search(r"\[#+\] 3/3 \(100%\)", out)
