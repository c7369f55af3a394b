import re
from datetime import timedelta

import pytest
from django.utils import timezone

from broadsheet.core.pagination import decode_cursor, encode_cursor

from ..factories import SectionPageFactory


def make_dispatches(make_article, count):
    now = timezone.now()
    return [
        make_article(
            title=f"Dispatch number {index:02d}", published_at=now - timedelta(hours=index)
        )
        for index in range(count)
    ]


@pytest.fixture
def dispatches(make_article):
    """One page of 20 and one story on the next (stories are slow to create on PostgreSQL)."""
    return make_dispatches(make_article, 21)


@pytest.fixture
def three_pages(make_article):
    return make_dispatches(make_article, 45)


def _titles(html):
    return re.findall(r"Dispatch number (\d\d)", html)


def _link(html, rel):
    match = re.search(rf'<a rel="{rel}" href="\?(after|before)=([0-9_]+)">', html)
    return {match[1]: match[2]} if match else None


def test_cursor_round_trip(article):
    when, pk = decode_cursor(encode_cursor(article))
    assert (when, pk) == (article.published_at, article.pk)


def test_keyset_pages_walk_forward_and_back_without_gaps(client, section, three_pages):
    first = client.get(section.url).content.decode()
    assert _titles(first) == [f"{i:02d}" for i in range(20)]
    assert _link(first, "prev") is None
    second = client.get(section.url, _link(first, "next")).content.decode()
    assert _titles(second) == [f"{i:02d}" for i in range(20, 40)]
    third = client.get(section.url, _link(second, "next")).content.decode()
    assert _titles(third) == [f"{i:02d}" for i in range(40, 45)]
    assert _link(third, "next") is None
    back = client.get(section.url, _link(third, "prev")).content.decode()
    assert _titles(back) == _titles(second)
    back_again = client.get(section.url, _link(back, "prev")).content.decode()
    assert _titles(back_again) == _titles(first)


def test_same_publication_time_is_split_by_id(client, section, make_article):
    moment = timezone.now() - timedelta(hours=1)
    for index in range(25):
        make_article(title=f"Dispatch number {index:02d}", published_at=moment)
    first = client.get(section.url).content.decode()
    second = client.get(section.url, _link(first, "next")).content.decode()
    seen = _titles(first) + _titles(second)
    assert sorted(seen) == [f"{i:02d}" for i in range(25)]


FORGED = {
    "text": {"after": "abc"},
    "negative": {"after": "-5_-3"},
    "before everything": {"after": "1_1"},
    "far future": {"before": "99999999999999999_999999999999999999"},
    "huge": {"after": "9" * 400},
    "script": {"after": "<script>alert(1)</script>"},
    "bad": {"before": "12_x"},
    "page": {"page": "abc"},
}


def test_forged_cursors_give_a_normal_page(client, section, dispatches):
    # One set of stories for every case: they are the slow part.
    for name, params in FORGED.items():
        response = client.get(section.url, params)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "<script>alert" not in html, name
        assert _titles(html) == [f"{i:02d}" for i in range(20)], name
        cursor_given = "page" not in params
        assert (OUT_OF_DATE in html) is cursor_given, name
        # A made-up cursor's copy of the first page is kept out of shared caches.
        assert ("no-store" in response["Cache-Control"]) is cursor_given, name


OUT_OF_DATE = "That page link is out of date or incomplete"


def test_a_well_formed_cursor_must_name_a_story_of_the_listing(
    client, home, section, dispatches, make_article
):

    genuine = encode_cursor(dispatches[19])
    micros, pk = genuine.split("_")
    elsewhere = SectionPageFactory(parent=home, title="Sport", slug="sport")
    other = make_article(title="Cup final", parent=elsewhere, published_at=timezone.now())
    for forged in (
        f"{micros}_{int(pk) + 10_000}",  # a real moment, no such story
        f"{int(micros) + 1}_{pk}",  # a real story, a moment off
        encode_cursor(other),  # a story of another section
    ):
        html = client.get(section.url, {"after": forged}).content.decode()
        assert OUT_OF_DATE in html
        assert _titles(html) == [f"{i:02d}" for i in range(20)]
    response = client.get(section.url, {"after": genuine})
    html = response.content.decode()
    assert OUT_OF_DATE not in html
    assert _titles(html) == ["20"]
    assert "public" in response["Cache-Control"]


def test_tag_and_author_pages_use_cursors(client, home, author, make_article):
    now = timezone.now()
    for index in range(22):
        make_article(
            title=f"Dispatch number {index:02d}",
            tags=["ports"],
            published_at=now - timedelta(minutes=index),
        )
    for url in ("/en/tags/ports/", f"/en/authors/{author.slug}/"):
        first = client.get(url).content.decode()
        second = client.get(url, _link(first, "next")).content.decode()
        assert _titles(second) == ["20", "21"]
        assert client.get(url, {"after": "-1"}).status_code == 200


def test_section_query_count_does_not_depend_on_depth(
    client, section, dispatches, django_assert_max_num_queries
):
    first = client.get(section.url).content.decode()
    client.get(section.url, _link(first, "next"))
    with django_assert_max_num_queries(20):
        client.get(section.url, _link(first, "next"))
