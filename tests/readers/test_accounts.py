import re

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from broadsheet.settings.env import social_providers_from_env

from .conftest import PASSWORD

SIGNUP = "/en/account/signup/"
LOGIN = "/en/account/login/"
STRONG = "Kettle-harbour-41-lanterns"


def sign_up(client, email="new.reader@example.org", password=STRONG, password2=None):
    return client.post(
        SIGNUP, {"email": email, "password1": password, "password2": password2 or password}
    )


def confirmation_link(message):
    match = re.search(r"https?://[^/\s]+(/en/account/confirm-email/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_account_pages_live_under_the_language_prefix(client, home):
    for url in (LOGIN, SIGNUP, "/en/account/password/reset/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert '<html lang="en"' in html
        assert "The Daily Test" in html or "Broadsheet" in html  # the site's own frame
        assert "<script>" not in html and "style=" not in html
    # Without a prefix, LocaleMiddleware sends the reader to their language's page.
    assert client.get("/account/login/")["Location"] == LOGIN


def test_account_pages_are_never_cached(client, home):
    response = client.get(LOGIN)
    assert "no-store" in response["Cache-Control"]


def test_sign_up_requires_email_verification_before_sign_in(client, home):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/en/account/confirm-email/"
    user = get_user_model().objects.get(email="new.reader@example.org")
    assert not user.is_staff and not user.is_superuser
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    link = confirmation_link(mail.outbox[0])

    # Signing in before confirming only sends the reader back to the verification page.
    other = Client()
    refused = other.post(LOGIN, {"login": "new.reader@example.org", "password": STRONG})
    assert refused["Location"] == "/en/account/confirm-email/"
    assert "_auth_user_id" not in other.session

    assert client.get(link).status_code == 200
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(email="new.reader@example.org").verified
    assert int(client.session["_auth_user_id"]) == user.pk


def test_replayed_verification_link_is_refused(client, home):
    sign_up(client)
    link = confirmation_link(mail.outbox[0])
    client.post(link)
    replay = Client().get(link)
    assert replay.status_code == 200
    assert "expired or is invalid" in replay.content.decode()
    Client().post(link)
    assert EmailAddress.objects.filter(email="new.reader@example.org").count() == 1


def test_expired_verification_link_is_refused(client, home):
    with time_machine.travel("2026-03-01 09:00Z", tick=False):
        sign_up(client)
        link = confirmation_link(mail.outbox[0])
    with time_machine.travel("2026-03-05 09:00Z", tick=False):
        response = client.get(link)
        assert "expired or is invalid" in response.content.decode()
        client.post(link)
    assert not EmailAddress.objects.get(email="new.reader@example.org").verified


def test_duplicate_email_creates_no_second_account_and_tells_the_owner(client, reader, home):
    response = sign_up(client, email="ADA@example.org")
    # The page looks like any sign-up, so it does not reveal who reads the site...
    assert response.status_code == 302
    assert get_user_model().objects.filter(email__iexact="ada@example.org").count() == 1
    # ...and the address's owner is told someone tried to sign up with it.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ada@example.org"]
    assert "already" in mail.outbox[0].body.lower()


@pytest.mark.parametrize(
    "password, password2, message",
    (
        ("short1", None, "This password is too short"),
        ("password123", None, "This password is too common"),
        ("48213975603", None, "This password is entirely numeric"),
        (STRONG, STRONG + "x", "You must type the same password each time"),
    ),
    ids=["too short", "common", "numeric", "mismatch"],
)
def test_weak_password_is_refused_with_a_message(client, home, password, password2, message):
    response = sign_up(client, password=password, password2=password2)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_user_model().objects.filter(email="new.reader@example.org").exists()
    assert not mail.outbox


def test_sign_up_without_csrf_token_is_refused(home):
    response = sign_up(Client(enforce_csrf_checks=True))
    assert response.status_code == 403
    assert not get_user_model().objects.exists()


def test_failed_sign_ins_are_rate_limited(client, reader, home):
    for _ in range(5):
        response = client.post(LOGIN, {"login": "ada@example.org", "password": "wrong guess"})
        assert response.status_code == 200
    blocked = client.post(
        LOGIN, {"login": "ada@example.org", "password": "correct horse battery staple"}
    )
    assert "Too many failed login attempts" in blocked.content.decode()
    assert "_auth_user_id" not in client.session


def test_readers_get_no_admin_access(client, reader):
    client.force_login(reader)
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/login/")
    assert not reader.has_perm("wagtailadmin.access_admin")


def test_sign_in_and_out(client, reader, home):
    response = client.post(
        LOGIN, {"login": "ada@example.org", "password": "correct horse battery staple"}
    )
    assert response["Location"] == "/en/account/"
    account = client.get("/en/account/")
    assert "Signed in as ada@example.org." in account.content.decode()
    client.post("/en/account/logout/")
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link(client, reader, home):
    client.post("/en/account/password/reset/", {"email": "ada@example.org"})
    assert len(mail.outbox) == 1
    assert "/en/account/password/reset/key/" in mail.outbox[0].body


def test_social_sign_in_is_off_by_default(client, home, settings):
    assert settings.SOCIALACCOUNT_ENABLED is False
    assert not [app for app in settings.INSTALLED_APPS if ".providers." in app]
    assert "/account/google/" not in client.get(LOGIN).content.decode()


def test_social_providers_switch_on_from_the_environment(monkeypatch):
    monkeypatch.setenv("SOCIAL_PROVIDERS", "google, x")
    monkeypatch.setenv("SOCIAL_GOOGLE_CLIENT_ID", "g-id")
    monkeypatch.setenv("SOCIAL_GOOGLE_SECRET", "g-secret")
    monkeypatch.setenv("SOCIAL_X_CLIENT_ID", "x-id")
    monkeypatch.setenv("SOCIAL_X_SECRET", "x-secret")
    apps, providers = social_providers_from_env()
    assert apps == [
        "allauth.socialaccount.providers.google",
        "allauth.socialaccount.providers.twitter_oauth2",
    ]
    assert providers["google"]["APPS"][0]["client_id"] == "g-id"
    assert providers["twitter_oauth2"]["APPS"][0]["secret"] == "x-secret"


@pytest.mark.parametrize(
    "env, message",
    (
        ({"SOCIAL_PROVIDERS": "myspace"}, "unknown provider 'myspace'"),
        ({"SOCIAL_PROVIDERS": "vk"}, "SOCIAL_VK_CLIENT_ID must be set"),
    ),
    ids=["unknown provider", "provider without credentials"],
)
def test_social_provider_misconfiguration_is_loud(monkeypatch, env, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=message):
        social_providers_from_env()


@pytest.mark.parametrize(
    "url, text",
    (
        ("/en/account/email/", "Email Addresses"),
        ("/en/account/password/change/", "Change Password"),
        ("/en/account/", "Your account"),
        ("/en/account/cookies/", "Cookie settings"),
        ("/en/account/delete/", "Delete my account"),
    ),
    ids=["change email", "change password", "overview", "cookies", "delete"],
)
def test_signed_in_account_pages_render_privately(client, reader, home, url, text):
    client.force_login(reader)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert text in html
    assert "private" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert not re.search(r"<script>|\son[a-z]+=|\sstyle=", html)


def test_account_page_says_how_the_app_signs_in(client, reader, home):
    client.force_login(reader)
    html = client.get("/en/account/").content.decode()
    assert "sign in to the app with this account" in html
    assert "app-token" not in html
    # The token page of the REST framework days is gone.
    assert client.get("/en/account/app-token/").status_code == 404


def test_changing_the_password_needs_the_old_one(client, reader, home):
    client.force_login(reader)
    response = client.post(
        "/en/account/password/change/",
        {"oldpassword": "wrong", "password1": STRONG, "password2": STRONG},
    )
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.check_password("correct horse battery staple")
    client.post(
        "/en/account/password/change/",
        {"oldpassword": "correct horse battery staple", "password1": STRONG, "password2": STRONG},
    )
    reader.refresh_from_db()
    assert reader.check_password(STRONG)


@pytest.mark.parametrize(
    "language, direction, sign_in",
    (("ar", "rtl", "تسجيل الدخول"), ("ru", "ltr", "Войти"), ("de", "ltr", "Anmelden")),
    ids=["arabic", "russian", "german"],
)
def test_account_pages_follow_the_edition_language(client, home, language, direction, sign_in):
    response = client.get(f"/{language}/account/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert sign_in in html
    assert f'action="/{language}/account/login/"' in html


def sign_in_from(ip, login, password, **extra):
    client = Client(REMOTE_ADDR=ip)
    response = client.post(LOGIN, {"login": login, "password": password}, **extra)
    return client, response


def test_one_clients_failures_do_not_lock_out_other_readers(reader, other_reader, home):
    for n in range(11):
        _client, response = sign_in_from("198.51.100.66", f"guess{n}@example.org", "wrong guess")
    assert "Too many failed login attempts" in response.content.decode()
    client, response = sign_in_from("203.0.113.5", "ada@example.org", PASSWORD)
    assert response["Location"] == "/en/account/"
    assert "_auth_user_id" in client.session


def test_behind_the_proxy_each_reader_is_a_client_of_their_own(reader, home, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(11):
        sign_in_from(
            "10.0.0.2", f"guess{n}@example.org", "wrong", HTTP_X_FORWARDED_FOR="198.51.100.66"
        )
    _client, response = sign_in_from(
        "10.0.0.2", "ada@example.org", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert response["Location"] == "/en/account/"


def test_guesses_at_one_account_from_many_clients_are_limited_but_not_for_its_owner(reader, home):
    _owner, response = sign_in_from("203.0.113.5", "ada@example.org", PASSWORD)
    assert response["Location"] == "/en/account/"
    for n in range(5):
        sign_in_from(f"198.51.100.{n}", "ada@example.org", "wrong guess")
    _stranger, refused = sign_in_from("192.0.2.9", "ada@example.org", PASSWORD)
    assert "Too many failed login attempts" in refused.content.decode()
    again, response = sign_in_from("203.0.113.5", "ada@example.org", PASSWORD)
    assert response["Location"] == "/en/account/"
    assert "_auth_user_id" in again.session
