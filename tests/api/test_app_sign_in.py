"""The news app signs in through allauth's headless API and uses the session token it gets.

Sign-in, sign-up and email verification are allauth's; these tests pin what Broadsheet relies
on: a token only for a verified reader, a token that stops working when it should, and
answers that no cache keeps.
"""

import re
from datetime import timedelta
from importlib import import_module

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import timezone

from broadsheet.pagecache import cache as pagecache

from ..factories import ReaderFactory
from .conftest import LOGIN, PASSWORD, SESSION, sign_in

BOOKMARKS = "/api/v1/bookmarks/"
STRONG = "a much longer passphrase 2025"


def bookmarks_status(token):
    return Client().get(BOOKMARKS, headers={"X-Session-Token": token}).status_code


def confirmation_key(message):
    return re.search(r"/en/account/confirm-email/([^/\s]+)/", message.body).group(1)


def test_signing_in_gives_a_token_for_the_api(reader):
    app = Client(enforce_csrf_checks=True)  # an app has no CSRF cookie to send
    response = sign_in(app, reader.email)
    assert response.status_code == 200
    body = response.json()
    assert body["meta"]["is_authenticated"] is True
    assert body["data"]["user"]["email"] == reader.email
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    token = body["meta"]["session_token"]
    assert bookmarks_status(token) == 200
    session = Client().get(SESSION, headers={"X-Session-Token": token})
    assert session.status_code == 200
    assert session.json()["data"]["user"]["email"] == reader.email


def test_wrong_password_gives_no_token(client, reader):
    response = sign_in(client, reader.email, "not the password")
    assert response.status_code == 400
    assert "session_token" not in response.json().get("meta", {})


def test_unverified_reader_gets_no_working_token_until_the_address_is_confirmed(client, db):
    reader = ReaderFactory(email="new@example.org")
    EmailAddress.objects.filter(user=reader).update(verified=False)

    response = sign_in(client, reader.email)
    assert response.status_code == 401
    body = response.json()
    assert body["meta"]["is_authenticated"] is False
    assert {"id": "verify_email", "is_pending": True} in body["data"]["flows"]
    # allauth hands out a token to continue the pending flow, not one that signs anyone in.
    pending = body["meta"]["session_token"]
    assert bookmarks_status(pending) == 401
    assert len(mail.outbox) == 1

    verified = client.post(
        "/_allauth/app/v1/auth/email/verify",
        {"key": confirmation_key(mail.outbox[0])},
        content_type="application/json",
        headers={"X-Session-Token": pending},
    )
    assert verified.status_code == 200
    assert verified.json()["meta"]["is_authenticated"] is True
    token = verified.json()["meta"]["session_token"]
    assert token != pending
    assert bookmarks_status(token) == 200
    assert bookmarks_status(pending) == 401


def test_signing_up_in_the_app_needs_the_address_confirmed_first(client, db):
    response = client.post(
        "/_allauth/app/v1/auth/signup",
        {"email": "app@example.org", "password": STRONG},
        content_type="application/json",
    )
    assert response.status_code == 401
    body = response.json()
    assert body["meta"]["is_authenticated"] is False
    assert {"id": "verify_email", "is_pending": True} in body["data"]["flows"]
    assert bookmarks_status(body["meta"]["session_token"]) == 401
    assert mail.outbox[0].to == ["app@example.org"]


def test_signing_out_ends_the_token(client, session_token):
    assert bookmarks_status(session_token) == 200
    response = client.delete(SESSION, headers={"X-Session-Token": session_token})
    assert response.status_code == 401  # allauth's answer for "now signed out"
    assert bookmarks_status(session_token) == 401


def test_an_expired_token_is_refused(session_token):
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_token)
    session.set_expiry(timezone.now() - timedelta(seconds=1))
    session.save()
    response = Client().get(BOOKMARKS, headers={"X-Session-Token": session_token})
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


def test_changing_the_password_signs_the_app_out(client, reader, session_token):
    client.force_login(reader)
    client.post(
        "/en/account/password/change/",
        {"oldpassword": PASSWORD, "password1": STRONG, "password2": STRONG},
    )
    reader.refresh_from_db()
    assert reader.check_password(STRONG)
    assert bookmarks_status(session_token) == 401


@pytest.mark.parametrize(
    "method, path, body",
    (
        ("get", "/_allauth/app/v1/config", None),
        ("get", SESSION, None),
        ("post", LOGIN, {"email": "ada@example.org", "password": PASSWORD}),
        ("post", LOGIN, "{not json"),
        ("get", "/_allauth/app/v1/no-such-endpoint", None),
        ("get", "/_allauth/browser/v1/config", None),
    ),
    ids=["config", "session", "sign in", "malformed body", "unknown path", "no browser client"],
)
def test_sign_in_answers_are_never_cached(client, reader, method, path, body):
    for _ in range(2):
        response = getattr(client, method)(path, body, content_type="application/json")
        assert "no-store" in response["Cache-Control"], response.status_code
        assert response["Content-Type"].startswith("application/json") or not response.content
        assert not response.has_header("X-Cache")
        assert response.status_code != 302  # no redirect to a language-prefixed page


def test_sign_in_paths_are_outside_the_page_cache():
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/_allauth/app/v1/config"}
    assert pagecache.lookup(environ) is None


def test_guessing_passwords_is_rate_limited(client, reader):
    codes = [
        [e["code"] for e in sign_in(client, reader.email, f"guess {n}").json()["errors"]]
        for n in range(6)
    ]
    assert codes[0] == ["email_password_mismatch"]
    assert codes[-1] == ["too_many_login_attempts"]
    # Even the right password waits now (ACCOUNT_RATE_LIMITS["login_failed"]).
    response = sign_in(client, reader.email)
    assert response.status_code == 400
    assert "session_token" not in response.json().get("meta", {})
