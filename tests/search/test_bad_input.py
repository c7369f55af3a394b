"""No search input gives a server error: the reader search page and the API's search.

The words go to SQLite's FTS5 (Wagtail's database backend) on the default install and to
PostgreSQL's websearch_to_tsquery with DATABASE_URL set; both have a query syntax of their
own. The same tests run on either database.
"""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, note
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from broadsheet.newsroom.models import ArticleKind

from ..factories import ArticlePageFactory, AuthorFactory, SectionPageFactory

SEARCH = "/en/search/"
API_SEARCH = "/api/v1/search"
LIGHTHOUSE = "Keepers return to the north lighthouse"

# Operators and special characters of FTS5 and of websearch_to_tsquery, control characters
# and invisible marks.
SYNTAX = [
    '"',
    "'",
    "(",
    ")",
    "*",
    "-",
    "+",
    ":",
    "^",
    "{",
    "}",
    "[",
    "]",
    "\\",
    "%",
    "_",
    ",",
    ".",
    "OR",
    "or",
    "AND",
    "NOT",
    "NEAR",
    "NEAR(",
    "title:",
    "\x00",
    "\x01",
    "\t",
    "\x1f",
    "\x7f",
    "\u200f",
    "\ufeff",
]
WORDS = ["lighthouse", "salt", "farmers", "generator", "light", "العالم"]

pieces = st.one_of(st.sampled_from(SYNTAX), st.sampled_from(WORDS), st.text(max_size=8))
queries = st.one_of(
    st.lists(pieces, max_size=12).map(" ".join),
    st.lists(pieces, max_size=12).map("".join),
    st.text(max_size=250),
)


def known_or_any(*values):
    return st.one_of(st.sampled_from(values), st.text(max_size=20))


dates = st.one_of(
    st.dates().map(date.isoformat),
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-30", "-1", "1e9"]),
    st.text(max_size=12),
)
page_params = st.fixed_dictionaries(
    {"q": queries},
    optional={
        "section": known_or_any("", "world", "business"),
        "kind": known_or_any("", *ArticleKind.values),
        "author": known_or_any("mira-okafor", "tomas-reyes"),
        "date_from": dates,
        "date_to": dates,
        "sort": known_or_any("relevance", "date"),
        "page": st.one_of(st.integers().map(str), st.text(max_size=5)),
    },
)
api_params = st.fixed_dictionaries(
    {"q": queries},
    optional={
        "edition": known_or_any("en", "ar", "xx"),
        "limit": st.one_of(st.integers().map(str), st.text(max_size=5)),
    },
)

FUZZ = hypothesis_settings(
    max_examples=75,
    deadline=None,
    derandomize=True,
    database=None,
    # The stories are made once per test and only read by every example.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def stories(home, section, author, settings):
    settings.API_RATE_LIMIT = "100000/m"
    business = SectionPageFactory(parent=home, title="Business", slug="business")
    ArticlePageFactory(
        parent=section,
        title=LIGHTHOUSE,
        standfirst="A family takes over the lamp after forty years of automation.",
        body=[("paragraph", "<p>The beacon was relit with a borrowed generator.</p>")],
        authors=[author],
    )
    ArticlePageFactory(
        parent=business,
        title="A year among the salt farmers",
        authors=[AuthorFactory(name="Tomas Reyes", slug="tomas-reyes")],
        kind="feature",
    )


@pytest.mark.parametrize(
    "query",
    [
        '"abc',
        'a"b',
        '"',
        "'",
        "(",
        "*",
        "-",
        "OR",
        "AND",
        "NOT",
        "NEAR",
        "NEAR(a b)",
        "a AND NOT",
        "\x01\x1f\x7f",
        "x" * 10_000,
    ],
    ids=[
        "open quote",
        "quote inside a word",
        "quote alone",
        "apostrophe",
        "parenthesis",
        "star",
        "minus",
        "OR",
        "AND",
        "NOT",
        "NEAR",
        "NEAR group",
        "dangling operators",
        "control characters",
        "10 kB",
    ],
)
def test_query_syntax_gives_a_normal_page(client, stories, query):
    assert client.get(SEARCH, {"q": query}).status_code == 200
    assert client.get(API_SEARCH, {"q": query}).status_code in (200, 400)


@pytest.mark.parametrize(
    "query", ['"lighthouse', 'lighthouse"', '"lighthouse"'], ids=["open", "close", "both"]
)
def test_quoted_word_still_finds_the_story(client, stories, query):
    html = client.get(SEARCH, {"q": query}).content.decode()
    assert LIGHTHOUSE in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "lighthouse", "date_to": "9999-12-31"},
        {"date_to": "9999-12-31"},
        {"q": "lighthouse", "date_from": "0001-01-01"},
        {"date_from": "9999-12-31", "date_to": "9999-12-31"},
    ],
    ids=["last day as end", "last day without words", "first day as start", "last day range"],
)
def test_dates_at_the_ends_of_the_calendar_give_a_message(client, stories, params):
    response = client.get(SEARCH, params)
    assert response.status_code == 200
    assert "Enter a date as YYYY-MM-DD" in response.content.decode()


@FUZZ
@given(params=page_params)
def test_search_page_never_answers_a_server_error(client, stories, params):
    note(repr(params))
    response = client.get(SEARCH, params)
    assert response.status_code == 200, params


@FUZZ
@given(params=api_params)
def test_api_search_never_answers_a_server_error(client, stories, params):
    note(repr(params))
    response = client.get(API_SEARCH, params)
    assert response.status_code in (200, 400, 404), (params, response.content[:300])
