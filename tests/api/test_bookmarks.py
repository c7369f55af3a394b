"""/api/v1/bookmarks/: a signed-in reader's bookmarks, with allauth's app session token."""

from datetime import datetime

import pytest
from django.utils import timezone

from broadsheet.readers.models import Bookmark

from ..factories import BookmarkFactory
from .conftest import sign_in

API = "/api/v1/bookmarks/"
PRIVATE = "private, no-store"


def assert_personal(response, status):
    assert response.status_code == status, response.content[:500]
    assert response["Cache-Control"] == PRIVATE
    assert not response.has_header("ETag")
    assert not response.cookies


def test_list_is_newest_first_and_only_mine(api, reader, other_reader, make_article):
    older, newer = make_article(title="Older"), make_article(title="Newer", standfirst="Fresh.")
    BookmarkFactory(user=reader, page=older)
    BookmarkFactory(user=reader, page=newer)
    BookmarkFactory(user=other_reader, page=make_article(title="Not mine"))
    response = api.get(API)
    assert_personal(response, 200)
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"items", "next_cursor"}
    assert body["next_cursor"] is None
    assert [item["title"] for item in body["items"]] == ["Newer", "Older"]
    first = body["items"][0]
    assert set(first) == {"page", "title", "url", "standfirst", "saved_at"}
    assert first["page"] == newer.pk
    assert first["standfirst"] == "Fresh."
    assert first["url"] == newer.full_url
    assert datetime.fromisoformat(first["saved_at"]) <= timezone.now()


def test_an_empty_list(api):
    response = api.get(API)
    assert_personal(response, 200)
    assert response.json() == {"items": [], "next_cursor": None}


def test_cursor_pagination_walks_every_bookmark_once(api, reader, make_article):
    saved = [BookmarkFactory(user=reader, page=make_article()) for _ in range(5)]
    # Saved in the same instant: the bookmark id orders them, none is lost or repeated.
    Bookmark.objects.filter(pk__in=[b.pk for b in saved[1:4]]).update(
        created_at=saved[1].created_at
    )
    seen, cursor, pages = [], None, 0
    while True:
        response = api.get(API, {"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert_personal(response, 200)
        body = response.json()
        assert len(body["items"]) <= 2
        seen += [item["page"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert seen == [b.page_id for b in sorted(saved, key=lambda b: (b.created_at, b.pk))[::-1]]
    assert seen == [b.page_id for b in Bookmark.objects.of(reader).newest_first()]


@pytest.mark.parametrize(
    "query",
    ["limit=0", "limit=51", "limit=abc", "cursor=%%%", "cursor=bm90LWEtY3Vyc29y"],
    ids=["limit too small", "limit too large", "limit not a number", "garbage cursor",
         "cursor without position"],
)  # fmt: skip
def test_bad_list_parameters_are_400(api, query):
    response = api.get(f"{API}?{query}")
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    assert response.json()["detail"]


def test_add_is_idempotent_and_delete_removes(api, reader, article):
    created = api.post(API, {"page": article.pk}, content_type="application/json")
    assert_personal(created, 201)
    assert created.json()["page"] == article.pk
    assert created.json()["title"] == article.title
    again = api.post(API, {"page": article.pk}, content_type="application/json")
    assert_personal(again, 200)
    assert again.json() == created.json()
    assert Bookmark.objects.filter(user=reader).count() == 1

    deleted = api.delete(f"{API}{article.pk}/")
    assert_personal(deleted, 204)
    assert deleted.content == b""
    assert not Bookmark.objects.exists()
    missing = api.delete(f"{API}{article.pk}/")
    assert missing.status_code == 404
    assert "no-store" in missing["Cache-Control"]
    assert missing.json() == {"detail": "This story is not in your bookmarks."}


def test_errors_speak_the_readers_language(api, article):
    response = api.delete(f"{API}{article.pk}/", headers={"Accept-Language": "de"})
    assert response.json() == {"detail": "Dieser Artikel ist nicht in Ihren Lesezeichen."}


def test_a_reader_cannot_remove_anothers_bookmark(api, other_reader, article):
    BookmarkFactory(user=other_reader, page=article)
    assert api.delete(f"{API}{article.pk}/").status_code == 404
    assert Bookmark.objects.filter(user=other_reader, page=article).exists()


@pytest.mark.parametrize(
    "payload, status",
    (
        ({"page": 999999}, 404),
        ({"page": "draft"}, 404),
        ({"page": "section"}, 404),
        ({"page": "abc"}, 400),
        ({"page": 0}, 400),
        ({}, 400),
        ([1], 400),
    ),
    ids=[
        "nonexistent page",
        "unpublished page",
        "page that is not a story",
        "not a number",
        "not a page id",
        "no page",
        "not an object",
    ],
)
def test_bad_requests_get_json_errors(api, make_article, section, payload, status):
    if isinstance(payload, dict) and payload.get("page") == "draft":
        payload = {"page": make_article(publish=False).pk}
    elif isinstance(payload, dict) and payload.get("page") == "section":
        payload = {"page": section.pk}
    response = api.post(API, payload, content_type="application/json")
    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]
    detail = response.json()["detail"]
    # A 404 says why in words; a 400 lists what was wrong, as every API validation error does.
    assert isinstance(detail, str if status == 404 else list) and detail
    assert not Bookmark.objects.exists()


def test_malformed_json_gets_a_json_error(api):
    response = api.post(API, "{oops", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Cannot parse request body"}


@pytest.mark.parametrize(
    "headers",
    (
        {},
        {"X-Session-Token": "not-a-real-token"},
        {"X-Session-Token": ""},
        {"Authorization": "Token abc"},
        {"Authorization": "Bearer abc"},
    ),
    ids=["no token", "unknown token", "empty token", "DRF token scheme", "bearer scheme"],
)
@pytest.mark.parametrize("method", ["get", "post", "delete"])
def test_api_needs_a_valid_session_token(client, article, headers, method):
    BookmarkFactory(page=article)
    url = f"{API}{article.pk}/" if method == "delete" else API
    response = getattr(client, method)(
        url, {"page": article.pk}, content_type="application/json", headers=headers
    )
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}
    assert "no-store" in response["Cache-Control"]
    assert Bookmark.objects.count() == 1


def test_session_cookie_alone_does_not_authenticate(client, reader):
    # The website's bookmark buttons post to /<lang>/account/bookmarks/…, not to the API.
    client.force_login(reader)
    assert client.get(API).status_code == 401


def test_token_works_without_csrf_or_cookies(reader, article):
    from django.test import Client

    app = Client(enforce_csrf_checks=True)
    token = sign_in(app, reader.email).json()["meta"]["session_token"]
    app.cookies.clear()
    response = app.post(
        API,
        {"page": article.pk},
        content_type="application/json",
        headers={"X-Session-Token": token},
    )
    assert response.status_code == 201
