import datetime
import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from broadsheet.readers.models import Bookmark

from .. import budgets
from ..factories import BookmarkFactory, ReaderFactory

ADD = "/en/account/bookmarks/add/"
REMOVE = "/en/account/bookmarks/remove/"
LIST = "/en/account/bookmarks/"
LOGIN = "/en/account/login/"


def test_anonymous_article_has_bookmark_link_form_without_token_or_cookie(client, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert f'<form class="bookmark" method="get" action="{ADD}">' in html
    assert f'name="page" value="{article.pk}"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert "public" in response["Cache-Control"]
    assert "Sign in" in html


def test_anonymous_responses_are_identical_for_everyone(article, reader):
    first, second = Client(), Client()
    assert first.get(article.url).content == second.get(article.url).content


def test_two_readers_on_the_same_page_never_see_each_others_state(article, reader, other_reader):
    BookmarkFactory(user=reader, page=article)
    ada, grace = Client(), Client()
    ada.force_login(reader)
    grace.force_login(other_reader)

    ada_page = ada.get(article.url)
    grace_page = grace.get(article.url)
    anonymous_page = Client().get(article.url)

    ada_html, grace_html = ada_page.content.decode(), grace_page.content.decode()
    assert 'aria-pressed="true"' in ada_html and "ada@example.org" in ada_html
    assert 'aria-pressed="false"' in grace_html and "Grace" in grace_html
    assert "ada@example.org" not in grace_html
    assert "Grace" not in ada_html
    for response in (ada_page, grace_page):
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
    anonymous_html = anonymous_page.content.decode()
    assert "aria-pressed" not in anonymous_html
    assert "ada@example.org" not in anonymous_html and "Grace" not in anonymous_html
    assert "public" in anonymous_page["Cache-Control"]
    assert "Cookie" in anonymous_page["Vary"]


def test_signed_in_reader_bookmarks_with_a_plain_form_post(reader_client, reader, article):
    response = reader_client.post(ADD, {"page": article.pk, "next": article.url})
    assert response.status_code == 302
    assert response["Location"] == article.url
    assert Bookmark.objects.filter(user=reader, page=article).count() == 1
    html = reader_client.get(article.url).content.decode()
    assert "Saved to My bookmarks." in html
    assert f'action="{REMOVE}"' in html
    assert 'aria-pressed="true"' in html


def test_toggle_in_place_returns_json(reader_client, reader, article):
    headers = {"Accept": "application/json"}
    added = reader_client.post(ADD, {"page": article.pk}, headers=headers)
    assert added.status_code == 201
    assert added.json() == {
        "page": article.pk,
        "bookmarked": True,
        "add_url": ADD,
        "remove_url": REMOVE,
    }
    assert added["Cache-Control"].startswith("max-age=0")
    removed = reader_client.post(REMOVE, {"page": article.pk}, headers=headers)
    assert removed.status_code == 200
    assert removed.json()["bookmarked"] is False
    assert removed.json()["removed"] is True
    assert not Bookmark.objects.filter(user=reader).exists()


def test_double_click_keeps_one_bookmark(reader_client, reader, article):
    headers = {"Accept": "application/json"}
    first = reader_client.post(ADD, {"page": article.pk}, headers=headers)
    second = reader_client.post(ADD, {"page": article.pk}, headers=headers)
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["bookmarked"] is True
    assert Bookmark.objects.filter(user=reader, page=article).count() == 1


@pytest.mark.parametrize(
    "page_id",
    ("unpublished", "future", "999999", "home", "abc", ""),
    ids=[
        "unpublished draft",
        "scheduled for later",
        "nonexistent",
        "not an article",
        "not a number",
        "missing",
    ],
)
def test_cannot_bookmark_what_readers_cannot_read(
    reader_client, reader, make_article, home, page_id
):
    pages = {
        "unpublished": lambda: make_article(publish=False).pk,
        "future": lambda: make_article(published_at=timezone.now() + datetime.timedelta(days=1)).pk,
        "home": lambda: home.pk,
    }
    page_id = pages[page_id]() if page_id in pages else page_id
    response = reader_client.post(ADD, {"page": page_id})
    assert response.status_code == 404
    assert "This story can't be bookmarked" in response.content.decode()
    as_json = reader_client.post(ADD, {"page": page_id}, headers={"Accept": "application/json"})
    assert as_json.status_code == 404
    assert as_json.json()["error"]
    assert not Bookmark.objects.exists()


def test_missing_csrf_token_is_refused(reader, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    response = client.post(ADD, {"page": article.pk})
    assert response.status_code == 403
    assert not Bookmark.objects.exists()


def test_anonymous_click_signs_in_and_returns_with_bookmark_saved(client, reader, article):
    response = client.get(ADD, {"page": article.pk})
    assert response.status_code == 302
    assert response["Location"] == f"/en/account/login/?next={article.url}"
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    login = client.get(response["Location"])
    assert login.status_code == 200
    signed_in = client.post(
        response["Location"],
        {"login": "ada@example.org", "password": "correct horse battery staple"},
    )
    assert signed_in.status_code == 302
    assert signed_in["Location"] == article.url
    assert Bookmark.objects.filter(user=reader, page=article).exists()
    assert signed_in.cookies["broadsheet_pending_bookmark"].value == ""  # removed
    assert 'aria-pressed="true"' in client.get(article.url).content.decode()


def test_a_forged_pending_bookmark_is_ignored(client, reader, article):
    client.cookies["broadsheet_pending_bookmark"] = str(article.pk)
    client.post(LOGIN, {"login": "ada@example.org", "password": "correct horse battery staple"})
    assert "_auth_user_id" in client.session
    assert not Bookmark.objects.exists()


def test_signed_out_script_request_is_sent_to_sign_in(client, article):
    response = client.post(ADD, {"page": article.pk}, headers={"Accept": "application/json"})
    assert response.status_code == 401
    assert response.json()["login_url"] == f"/en/account/login/?next={article.url}"
    assert not Bookmark.objects.exists()


def test_anonymous_click_on_unpublished_story_is_refused_before_sign_in(client, make_article):
    draft = make_article(publish=False)
    response = client.get(ADD, {"page": draft.pk})
    assert response.status_code == 404
    assert "This story is not available to bookmark." in response.content.decode()


def test_signed_in_get_asks_to_confirm_instead_of_saving(reader_client, article):
    response = reader_client.get(ADD, {"page": article.pk})
    assert response.status_code == 200
    assert "Bookmark this story?" in response.content.decode()
    assert not Bookmark.objects.exists()


def test_my_bookmarks_newest_first_remove_one_and_clear_all(reader_client, reader, make_article):
    older, newer = make_article(title="Older story"), make_article(title="Newer story")
    reader_client.post(ADD, {"page": older.pk})
    reader_client.post(ADD, {"page": newer.pk})
    BookmarkFactory(page=older)  # someone else's

    html = reader_client.get(LIST).content.decode()
    assert html.index("Newer story") < html.index("Older story")

    response = reader_client.post(REMOVE, {"page": newer.pk, "next": LIST})
    assert response["Location"] == LIST
    html = reader_client.get(LIST).content.decode()
    assert "Newer story" not in html and "Older story" in html
    assert "Removed from My bookmarks." in html

    reader_client.post("/en/account/bookmarks/clear/")
    assert not Bookmark.objects.filter(user=reader).exists()
    assert Bookmark.objects.count() == 1
    assert "No bookmarks yet." in reader_client.get(LIST).content.decode()


def test_remove_never_touches_another_readers_bookmark(reader_client, other_reader, article):
    BookmarkFactory(user=other_reader, page=article)
    reader_client.post(REMOVE, {"page": article.pk})
    assert Bookmark.objects.filter(user=other_reader, page=article).exists()


def test_open_redirects_are_refused(reader_client, article):
    response = reader_client.post(ADD, {"page": article.pk, "next": "https://evil.example/"})
    assert response["Location"] == article.url


def test_my_bookmarks_needs_sign_in(client):
    response = client.get(LIST)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")


def test_bookmark_goes_when_the_page_is_deleted(reader, article):
    BookmarkFactory(user=reader, page=article)
    article.delete()
    assert not Bookmark.objects.exists()


def test_signed_in_article_query_budget(
    reader_client, reader, make_article, django_assert_max_num_queries
):
    article = make_article()
    for _ in range(5):
        BookmarkFactory(user=reader, page=make_article())
    reader_client.get(article.url)  # renditions made once, as on the anonymous budget test
    # Signed in adds the session, the user and one bookmark lookup to the anonymous page.
    with django_assert_max_num_queries(budgets.ARTICLE_PAGE + 3):
        response = reader_client.get(article.url)
    assert response.status_code == 200


def test_my_bookmarks_query_count_does_not_grow(
    reader_client, reader, make_article, django_assert_max_num_queries
):
    for _ in range(8):
        BookmarkFactory(user=reader, page=make_article())
    # Cold caches: 16 includes the header's LIVE-label lookup (a fragment once warm).
    with django_assert_max_num_queries(16):
        response = reader_client.get(LIST)
    assert response.content.decode().count('class="bookmark-list__item"') == 8


def test_readers_are_distinct_users(db):
    assert ReaderFactory().pk != ReaderFactory().pk


@pytest.mark.parametrize("signed_in", (False, True), ids=["anonymous", "signed in"])
def test_article_stays_csp_ready(client, reader, article, signed_in):
    if signed_in:
        client.force_login(reader)
    html = client.get(article.url).content.decode()
    assert "<script src=" in html
    assert not re.search(r"<script>|\son[a-z]+=|\sstyle=", html)


@pytest.mark.parametrize("which", ("home", "section", "article"))
def test_anonymous_reader_pages_carry_no_token_and_set_no_cookie(
    client, home, section, article, which
):
    url = {"home": home.url, "section": section.url, "article": article.url}[which]
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies
    html = response.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert 'href="/en/account/login/"' in html and '">Sign in</span></a>' in html
    assert 'id="consent-banner"' in html
