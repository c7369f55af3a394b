import pytest
from rest_framework.authtoken.models import Token

from broadsheet.readers.models import Bookmark

from ..factories import BookmarkFactory

API = "/api/v1/bookmarks/"


@pytest.fixture
def token(reader):
    return Token.objects.create(user=reader)


@pytest.fixture
def api(client, token):
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {token.key}"
    return client


def test_list_is_newest_first_and_only_mine(api, reader, other_reader, make_article):
    older, newer = make_article(title="Older"), make_article(title="Newer")
    BookmarkFactory(user=reader, page=older)
    BookmarkFactory(user=reader, page=newer)
    BookmarkFactory(user=other_reader, page=make_article(title="Not mine"))
    response = api.get(API)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "private, no-store"
    body = response.json()
    assert body["count"] == 2
    assert [item["title"] for item in body["results"]] == ["Newer", "Older"]
    assert set(body["results"][0]) == {"page", "title", "url", "standfirst", "saved_at"}
    assert body["results"][0]["url"].endswith(newer.url)


def test_add_is_idempotent_and_delete_removes(api, reader, article):
    created = api.post(API, {"page": article.pk}, content_type="application/json")
    assert created.status_code == 201
    assert created.json()["page"] == article.pk
    again = api.post(API, {"page": article.pk}, content_type="application/json")
    assert again.status_code == 200
    assert Bookmark.objects.filter(user=reader).count() == 1

    deleted = api.delete(f"{API}{article.pk}/")
    assert deleted.status_code == 204
    assert not Bookmark.objects.exists()
    missing = api.delete(f"{API}{article.pk}/")
    assert missing.status_code == 404
    assert missing.json() == {"error": "This story is not in your bookmarks."}


@pytest.mark.parametrize(
    "payload, status",
    (
        ({"page": 999999}, 404),
        ({"page": "draft"}, 404),
        ({"page": "abc"}, 404),
        ({}, 400),
        ([1], 400),
    ),
    ids=["nonexistent page", "unpublished page", "not a number", "no page", "not an object"],
)
def test_bad_requests_get_json_errors(api, make_article, payload, status):
    if isinstance(payload, dict) and payload.get("page") == "draft":
        payload = {"page": make_article(publish=False).pk}
    response = api.post(API, payload, content_type="application/json")
    assert response.status_code == status
    assert isinstance(response.json()["error"], str)
    assert not Bookmark.objects.exists()


def test_malformed_json_gets_a_json_error(api):
    response = api.post(API, "{oops", content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


@pytest.mark.parametrize(
    "authorization",
    (None, "Token not-a-real-token", "Bearer abc"),
    ids=["no token", "unknown token", "wrong scheme"],
)
def test_api_needs_a_valid_token(client, db, authorization):
    headers = {"Authorization": authorization} if authorization else {}
    response = client.get(API, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]
    assert response["WWW-Authenticate"] == "Token"


def test_session_cookie_alone_does_not_authenticate(reader_client):
    assert reader_client.get(API).status_code == 401


def test_reader_creates_and_revokes_an_app_token(reader_client, reader):
    response = reader_client.post("/en/account/app-token/", {"action": "create"})
    key = Token.objects.get(user=reader).key
    assert key in response.content.decode()
    assert key not in reader_client.get("/en/account/app-token/").content.decode()
    reader_client.post("/en/account/app-token/", {"action": "revoke"})
    assert not Token.objects.filter(user=reader).exists()
