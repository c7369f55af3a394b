"""Admin sign-in: editors only, with a verified address, rate limited, two-factor."""

import base64
import hashlib
import hmac
import struct
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

from broadsheet.demo.builder import ensure_admin

from ..factories import ReaderFactory

ADMIN_LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"
WRONG = "Your username and password didn&#x27;t match"
TOO_MANY = "Too many failed login attempts"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def totp(secret, at=None):
    """RFC 6238 with SHA-1, 30-second steps and 6 digits, as an authenticator app does."""
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def from_ip(ip):
    return Client(REMOTE_ADDR=ip)


def admin_sign_in(client, username, password=PASSWORD, **extra):
    return client.post(ADMIN_LOGIN, {"username": username, "password": password}, **extra)


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def superuser(db):
    """An operator's account from ``createsuperuser``: no allauth address at all."""
    return get_user_model().objects.create_superuser("chief", "chief@example.com", PASSWORD)


@pytest.fixture
def editor(db):
    """A newsroom editor: Wagtail admin access through a group, a confirmed address."""
    user = get_user_model().objects.create_user("editor", "editor@example.com", PASSWORD)
    group = Group.objects.create(name="Desk")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_an_editor_signs_in(client, editor):
    response = admin_sign_in(client, "editor")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert signed_in(client)
    assert client.get("/admin/").status_code == 200


def test_an_operators_superuser_signs_in(client, superuser):
    assert admin_sign_in(client, "chief")["Location"] == "/admin/"


def test_the_demo_editor_has_a_verified_address_and_signs_in(client, db):
    ensure_admin(PASSWORD)
    ensure_admin("another password")  # a second build changes nothing
    admin = get_user_model().objects.get(username="admin")
    assert EmailAddress.objects.get(user=admin).verified
    assert admin_sign_in(client, "admin")["Location"] == "/admin/"


def test_a_reader_is_told_only_that_the_credentials_did_not_match(client, db):
    reader = ReaderFactory(email="ada@example.org", username="ada")
    reader.set_password(PASSWORD)
    reader.save()
    right = admin_sign_in(client, "ada")
    wrong = admin_sign_in(client, "ada", password="wrong guess")
    unknown = admin_sign_in(client, "nobody")
    for response in (right, wrong, unknown):
        assert response.status_code == 200
        assert WRONG in response.content.decode()
    assert not signed_in(client)


def test_an_editor_with_an_unconfirmed_address_is_refused(client, editor):
    EmailAddress.objects.filter(user=editor).update(verified=False)
    response = admin_sign_in(client, "editor")
    assert WRONG in response.content.decode()
    assert not signed_in(client)


def test_an_unconfirmed_reader_sign_up_is_refused(client, home):
    client.post(
        "/en/account/signup/",
        {
            "email": "new@example.org",
            "password1": "Kettle-harbour-41-lanterns",
            "password2": "Kettle-harbour-41-lanterns",
        },
    )
    user = get_user_model().objects.get(email="new@example.org")
    other = Client()
    response = admin_sign_in(other, user.username, password="Kettle-harbour-41-lanterns")
    assert WRONG in response.content.decode()
    assert not signed_in(other)


def test_guesses_from_one_client_are_limited_and_others_still_sign_in(editor, superuser):
    attacker = from_ip("198.51.100.66")
    answers = [
        admin_sign_in(attacker, f"user{n}", password="guess").content.decode() for n in range(11)
    ]
    assert all(WRONG in answer for answer in answers[:10])
    assert TOO_MANY in answers[10]
    # Even the right password is refused from that client for now, without a password check.
    assert TOO_MANY in admin_sign_in(attacker, "chief").content.decode()
    assert not signed_in(attacker)
    colleague = from_ip("203.0.113.5")
    assert admin_sign_in(colleague, "editor")["Location"] == "/admin/"


def test_guesses_from_many_clients_against_one_account_are_limited(editor):
    usual = from_ip("203.0.113.5")
    assert admin_sign_in(usual, "editor")["Location"] == "/admin/"
    usual.post("/admin/logout/")
    for n in range(5):
        answer = admin_sign_in(from_ip(f"198.51.100.{n}"), "editor", password="guess")
        assert WRONG in answer.content.decode()
    stranger = from_ip("192.0.2.200")
    assert TOO_MANY in admin_sign_in(stranger, "editor").content.decode()
    # The editor, from where they signed in before, is not locked out by the attack.
    assert admin_sign_in(usual, "editor")["Location"] == "/admin/"


def test_behind_the_proxy_readers_are_told_apart_by_forwarded_address(settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    attacker = from_ip(proxy)
    for n in range(11):
        admin_sign_in(
            attacker, f"user{n}", password="guess", HTTP_X_FORWARDED_FOR=f"1.2.3.{n}, 198.51.100.6"
        )
    colleague = from_ip(proxy)
    response = admin_sign_in(colleague, "editor", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert response["Location"] == "/admin/"


def test_an_editor_with_an_authenticator_app_is_asked_for_a_code(client, editor):
    TOTP.activate(editor, SECRET)
    response = admin_sign_in(client, "editor")
    assert response.status_code == 302
    assert response["Location"].endswith("/account/2fa/authenticate/")
    assert not signed_in(client)
    assert client.get("/admin/")["Location"].startswith(ADMIN_LOGIN)

    refused = client.post(response["Location"], {"code": "000000"})
    assert refused.status_code == 200
    assert not signed_in(client)

    done = client.post(response["Location"], {"code": totp(SECRET)})
    assert done.status_code == 302
    assert done["Location"] == "/admin/"
    assert signed_in(client)
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(
    "required, with_authenticator, expected",
    (
        (False, False, 200),
        (True, False, "/account/2fa/totp/activate/?next=%2Fadmin%2F"),
        (True, True, 200),
    ),
    ids=["not required", "required: sent to set it up", "required and set up"],
)
def test_admin_may_require_two_factor(
    client, settings, editor, required, with_authenticator, expected
):
    settings.BROADSHEET_ADMIN_REQUIRE_MFA = required
    if with_authenticator:
        TOTP.activate(editor, SECRET)
    client.force_login(editor)
    response = client.get("/admin/")
    if expected == 200:
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].endswith(expected)


def test_an_editor_sets_up_two_factor_from_the_account_pages(client, settings, editor, home):
    settings.BROADSHEET_ADMIN_REQUIRE_MFA = True
    assert admin_sign_in(client, "editor")["Location"] == "/admin/"
    account = client.get("/en/account/").content.decode()
    assert 'href="/en/account/2fa/"' in account
    activate = client.get("/admin/")["Location"]
    # allauth asks for the password again before changing how the account signs in.
    reauthenticate = client.get(activate)["Location"]
    assert reauthenticate.startswith("/en/account/reauthenticate/")
    assert client.post(reauthenticate, {"password": PASSWORD})["Location"] == activate
    page = client.get(activate)
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post(activate, {"code": totp(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/").status_code == 200
