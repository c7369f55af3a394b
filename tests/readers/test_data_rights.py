import json

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.test import Client

from broadsheet.readers.models import Bookmark, ConsentRecord

from ..factories import BookmarkFactory

EXPORT = "/en/account/data/"
DELETE = "/en/account/delete/"
PASSWORD = "correct horse battery staple"


def app_session_token(reader):
    """Sign the news app in as the reader (allauth's headless API); its session token."""
    response = Client().post(
        "/_allauth/app/v1/auth/login",
        {"email": reader.email, "password": PASSWORD},
        content_type="application/json",
    )
    return response.json()["meta"]["session_token"]


def app_can_read_bookmarks(token):
    response = Client().get("/api/v1/bookmarks/", headers={"X-Session-Token": token})
    return response.status_code == 200


def test_export_holds_everything_kept_about_the_reader(
    reader_client, reader, other_reader, make_article
):
    first = make_article(title="Lighthouse keepers return")
    second = make_article(title="Tide tables printed again")
    BookmarkFactory(user=reader, page=first)
    BookmarkFactory(user=reader, page=second)
    BookmarkFactory(user=other_reader, page=first)
    ConsentRecord.objects.create(user=reader, choice="necessary", policy_version="1")
    token = app_session_token(reader)

    response = reader_client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="broadsheet-my-data-')
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "ada@example.org"
    assert data["email_addresses"] == [
        {"email": "ada@example.org", "verified": True, "primary": True}
    ]
    assert [b["title"] for b in data["bookmarks"]] == [
        "Tide tables printed again",
        "Lighthouse keepers return",
    ]
    assert data["bookmarks"][0]["url"].endswith(second.url)
    assert [(c["choice"], c["policy_version"]) for c in data["consent_records"]] == [
        ("necessary", "1")
    ]
    assert token not in response.content.decode()
    assert "grace@example.org" not in response.content.decode()


def test_export_needs_sign_in(client, db):
    assert client.get(EXPORT)["Location"].startswith("/en/account/login/")


def test_delete_needs_confirmation_and_the_right_password(reader_client, reader, article):
    BookmarkFactory(user=reader, page=article)
    page = reader_client.get(DELETE)
    assert "Delete my account" in page.content.decode()

    unconfirmed = reader_client.post(DELETE, {"password": PASSWORD})
    assert unconfirmed.status_code == 200
    assert "This field is required." in unconfirmed.content.decode()
    wrong = reader_client.post(DELETE, {"password": "not mine", "confirm": "on"})
    assert "That is not your password." in wrong.content.decode()
    assert get_user_model().objects.filter(pk=reader.pk).exists()
    assert Bookmark.objects.filter(user=reader).exists()


def test_delete_removes_the_account_and_all_its_data(reader_client, reader, other_reader, article):
    BookmarkFactory(user=reader, page=article)
    BookmarkFactory(user=other_reader, page=article)
    ConsentRecord.objects.create(user=reader, choice="all", policy_version="1")
    token = app_session_token(reader)
    assert app_can_read_bookmarks(token)

    response = reader_client.post(DELETE, {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 200
    assert "Your account and all its data have been deleted." in response.content.decode()
    assert not get_user_model().objects.filter(pk=reader.pk).exists()
    assert not Bookmark.objects.filter(user_id=reader.pk).exists()
    assert not ConsentRecord.objects.filter(user_id=reader.pk).exists()
    assert not EmailAddress.objects.filter(email="ada@example.org").exists()
    assert not app_can_read_bookmarks(token)
    assert "_auth_user_id" not in reader_client.session
    assert Bookmark.objects.filter(user=other_reader).count() == 1
    # The address is free for a new sign-up.
    assert reader_client.get("/en/account/").status_code == 302


def test_account_without_password_confirms_with_the_email(client, reader, article):
    reader.set_unusable_password()
    reader.save()
    client.force_login(reader)
    wrong = client.post(DELETE, {"email": "someone@example.org", "confirm": "on"})
    assert "That is not your account" in wrong.content.decode()
    client.post(DELETE, {"email": "Ada@example.org", "confirm": "on"})
    assert not get_user_model().objects.filter(pk=reader.pk).exists()


def test_delete_without_csrf_token_is_refused(reader):
    client = Client(enforce_csrf_checks=True)
    client.force_login(reader)
    response = client.post(DELETE, {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 403
    assert get_user_model().objects.filter(pk=reader.pk).exists()
