"""Webhooks reach public addresses only, are signed per Standard Webhooks, and keep secrets."""

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import socket
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from standardwebhooks.webhooks import Webhook as StandardWebhook
from standardwebhooks.webhooks import WebhookVerificationError

from broadsheet.webhooks import targets
from broadsheet.webhooks.models import Webhook, WebhookDelivery
from broadsheet.webhooks.signing import new_secret, signature_headers
from broadsheet.webhooks.tasks import deliver_webhook, requeue_stranded

from .receivers import receiver_factory

REFUSED = [
    "127.0.0.1",
    "127.8.9.10",
    "0.0.0.0",  # noqa: S104 - an address refused, not bound
    "10.1.2.3",
    "172.16.0.5",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "::7f00:1",
    "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "fec0::1",
    "ff02::1",
    "2001:db8::1",
]
PUBLIC = ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]


@pytest.mark.parametrize("address", REFUSED)
def test_non_public_addresses_are_refused(address):
    assert not targets.is_public_address(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address):
    assert targets.is_public_address(address)


def fake_dns(monkeypatch, table):
    """Answer getaddrinfo for the names in ``table``; record every name asked."""
    real = socket.getaddrinfo
    asked = []

    def getaddrinfo(host, port, *args, **kwargs):
        asked.append(host)
        if host in table:
            return [
                (
                    socket.AF_INET6 if ":" in a else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (a, port) if ":" not in a else (a, port, 0, 0),
                )
                for a in table[host]
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://[::1]:8080/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/",
        "http://localhost/hook",
        "https://internal.example.test/hook",
        "https://mixed.example.test/hook",
    ],
)
def test_saving_a_url_on_a_private_address_is_refused(url, monkeypatch, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = []
    fake_dns(
        monkeypatch,
        {"internal.example.test": ["10.0.0.7"], "mixed.example.test": ["8.8.8.8", "192.168.0.9"]},
    )
    with pytest.raises(ValidationError) as error:
        Webhook(name="x", url=url).full_clean()
    assert error.value.message_dict["url"] == ["Webhook URLs must point at a public address."]


def test_saving_public_or_allowed_urls_is_accepted(monkeypatch, settings, db):
    settings.WEBHOOKS_ALLOWED_HOSTS = ["localhost"]
    fake_dns(monkeypatch, {"hooks.example.test": ["8.8.8.8"]})
    for url in (
        "https://hooks.example.test/in",
        "http://localhost:8001/dev",
        "https://not-yet-live.invalid/hook",  # does not resolve: checked again at delivery
    ):
        Webhook(name="ok", url=url).full_clean()


def test_admin_form_shows_the_error(admin_client, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = []
    response = admin_client.post(
        reverse("wagtailsnippets_webhooks_webhook:add"),
        {"name": "Metadata", "url": "http://169.254.169.254/", "is_active": "on"},
    )
    assert response.status_code == 200
    assert "Webhook URLs must point at a public address." in response.content.decode()
    assert not Webhook.objects.exists()


@pytest.fixture
def receivers():
    yield from receiver_factory(statuses=(204,))


def make_delivery(url):
    # Stored as if saved before the rule existed, or by a name whose DNS changed since.
    hook = Webhook.objects.create(name="Target", url=url)
    return WebhookDelivery.objects.create(
        webhook=hook, event="article.published", page_id=1, body='{"event": "article.published"}'
    )


@pytest.mark.django_db
def test_delivery_to_loopback_is_refused_without_revealing_it(receivers, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = []
    target = receivers()
    delivery = make_delivery(target.url)
    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert target.requests == []
    assert (delivery.status, delivery.last_error, delivery.response_status) == (
        "failed",
        "refused: private address",
        None,
    )


@pytest.mark.django_db
def test_dns_rebinding_name_is_refused_at_delivery(receivers, monkeypatch, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = []
    target = receivers()
    fake_dns(monkeypatch, {"rebind.example.test": ["8.8.8.8"]})
    hook_url = f"http://rebind.example.test:{target.port}/hook"
    Webhook(name="Rebind", url=hook_url).full_clean()  # public when saved
    delivery = make_delivery(hook_url)
    fake_dns(monkeypatch, {"rebind.example.test": ["127.0.0.1"]})  # private when sent
    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.last_error) == ("failed", "refused: private address")
    assert target.requests == []


@pytest.mark.django_db
def test_connection_goes_to_the_vetted_address_with_the_name_as_host(
    receivers, monkeypatch, settings
):
    settings.WEBHOOKS_ALLOWED_HOSTS = ["dev.example.test"]
    target = receivers()
    asked = fake_dns(monkeypatch, {"dev.example.test": ["127.0.0.1"]})
    delivery = make_delivery(f"http://dev.example.test:{target.port}/hook?via=test")
    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.response_status) == ("delivered", 204)
    headers, _body = target.requests[0]
    assert headers["Host"] == f"dev.example.test:{target.port}"
    # Resolved once, for the check: the connection used the checked address, not a new lookup.
    assert asked.count("dev.example.test") == 1


@pytest.mark.django_db
def test_redirects_are_not_followed(receivers, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = ["127.0.0.1"]
    inside = receivers()
    bouncer = receivers(redirect_to=inside.url)
    delivery = make_delivery(bouncer.url)
    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert len(bouncer.requests) == 1
    assert inside.requests == []
    assert (delivery.status, delivery.response_status, delivery.last_error) == (
        "retrying",
        302,
        "redirect not followed (HTTP 302)",
    )


@pytest.mark.django_db
def test_unresolvable_name_is_logged_without_system_details(settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = []
    delivery = make_delivery("https://nowhere.invalid/hook")
    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.last_error) == ("retrying", "DNS lookup failed")


# Signing --------------------------------------------------------------------------------
def test_signature_follows_the_standard_webhooks_spec():
    secret = new_secret()
    assert secret.startswith("whsec_")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    assert len(key) == 32
    body = json.dumps({"event": "article.published", "headline": "Café “quotes” \u2028"})
    sent_at = datetime(2026, 3, 1, 12, 0, 5, tzinfo=UTC)
    headers = signature_headers(secret, "msg_abc", body, sent_at)
    assert headers["webhook-id"] == "msg_abc"
    assert headers["webhook-timestamp"] == str(int(sent_at.timestamp()))
    # Computed here from the spec, independently of the library the sender uses.
    signed = f"msg_abc.{headers['webhook-timestamp']}.{body}".encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    assert headers["webhook-signature"] == f"v1,{expected}"
    with time_machine.travel(sent_at + timedelta(seconds=30)):
        assert StandardWebhook(secret).verify(body, headers) == json.loads(body)
    # A non-UTC clock gives the same header: the timestamp is an instant, not a wall time.
    other_zone = sent_at.astimezone(timezone.get_fixed_timezone(180))
    assert signature_headers(secret, "msg_abc", body, other_zone) == headers


def test_replayed_or_tampered_requests_fail_verification():
    secret = new_secret()
    body = '{"event": "article.published"}'
    sent_at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    headers = signature_headers(secret, "msg_1", body, sent_at)
    with time_machine.travel(sent_at + timedelta(minutes=6)):
        with pytest.raises(WebhookVerificationError, match="too old"):
            StandardWebhook(secret).verify(body, headers)
    with time_machine.travel(sent_at):
        with pytest.raises(WebhookVerificationError):
            StandardWebhook(secret).verify(body.replace("published", "unpublished"), headers)
        with pytest.raises(WebhookVerificationError):
            StandardWebhook(new_secret()).verify(body, headers)


# Secrets in the admin -------------------------------------------------------------------
SECRET = re.compile(r"whsec_[A-Za-z0-9+/=]{40,}")


@pytest.mark.django_db
def test_secret_is_shown_once_on_creation_and_never_in_the_edit_form(admin_client, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = ["127.0.0.1"]
    response = admin_client.post(
        reverse("wagtailsnippets_webhooks_webhook:add"),
        {"name": "App", "url": "http://127.0.0.1:8001/hook", "is_active": "on"},
    )
    assert response.status_code == 200
    hook = Webhook.objects.get()
    assert SECRET.findall(response.content.decode()) == [hook.secret]
    assert "no-store" in response["Cache-Control"]
    edit_url = reverse("wagtailsnippets_webhooks_webhook:edit", args=[hook.pk])
    edit = admin_client.get(edit_url).content.decode()
    assert hook.secret not in edit and not SECRET.search(edit)
    listing = admin_client.get(reverse("wagtailsnippets_webhooks_webhook:list")).content.decode()
    assert hook.secret not in listing
    # A forged "secret" field in the edit form is ignored.
    admin_client.post(
        edit_url,
        {"name": "App", "url": "http://127.0.0.1:8001/hook", "secret": "whsec_forged"},
    )
    hook.refresh_from_db()
    assert hook.name == "App" and hook.secret.startswith("whsec_") and "forged" not in hook.secret


@pytest.mark.django_db
def test_rotating_makes_a_new_secret_and_shows_it_once(admin_client, client, django_user_model):
    hook = Webhook.objects.create(name="App", url="https://hooks.example.test/in")
    old = hook.secret
    rotate_url = reverse("wagtailsnippets_webhooks_webhook:rotate_secret", args=[hook.pk])
    edit = admin_client.get(reverse("wagtailsnippets_webhooks_webhook:edit", args=[hook.pk]))
    assert rotate_url in edit.content.decode()
    confirm = admin_client.get(rotate_url)
    assert confirm.status_code == 200
    hook.refresh_from_db()
    assert hook.secret == old  # a GET changes nothing
    response = admin_client.post(rotate_url)
    hook.refresh_from_db()
    assert hook.secret != old
    assert SECRET.findall(response.content.decode()) == [hook.secret]
    assert "no-store" in response["Cache-Control"]
    # Editors without the change permission cannot rotate.
    editor = django_user_model.objects.create_user("viewer", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.post(rotate_url).status_code in (302, 403)
    hook.refresh_from_db()
    assert SECRET.findall(response.content.decode()) == [hook.secret]


# Stranded deliveries ---------------------------------------------------------------------
@pytest.mark.django_db
def test_requeue_sends_deliveries_a_dead_worker_left_behind(receivers, settings):
    settings.WEBHOOKS_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.WEBHOOK_REQUEUE_AFTER_MINUTES = 10
    target = receivers()
    now = timezone.now()
    hook = Webhook.objects.create(name="App", url=target.url)

    def delivery(status, created_minutes_ago, due_minutes_ago=None):
        d = WebhookDelivery.objects.create(
            webhook=hook, event=status, page_id=1, body="{}", status=status
        )
        due = None if due_minutes_ago is None else now - timedelta(minutes=due_minutes_ago)
        WebhookDelivery.objects.filter(pk=d.pk).update(
            created_at=now - timedelta(minutes=created_minutes_ago), next_attempt_at=due
        )
        return d

    stranded = delivery("pending", created_minutes_ago=30)
    overdue = delivery("retrying", created_minutes_ago=60, due_minutes_ago=15)
    fresh = delivery("pending", created_minutes_ago=2)
    waiting = delivery("retrying", created_minutes_ago=60, due_minutes_ago=-20)
    done = delivery("delivered", created_minutes_ago=30)
    gave_up = delivery("failed", created_minutes_ago=30)

    call_command("requeue_webhooks", verbosity=0)

    statuses = dict(WebhookDelivery.objects.values_list("pk", "status"))
    assert statuses[stranded.pk] == statuses[overdue.pk] == "delivered"
    assert [statuses[d.pk] for d in (fresh, waiting, done, gave_up)] == [
        "pending",
        "retrying",
        "delivered",
        "failed",
    ]
    assert sorted(h["X-Broadsheet-Event"] for h, _body in target.requests) == [
        "pending",
        "retrying",
    ]


@pytest.mark.django_db
def test_requeue_claims_each_delivery_once(settings):
    # A queue that keeps tasks (nothing runs them here): a second run must not enqueue again.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    hook = Webhook.objects.create(name="App", url="https://hooks.example.test/in")
    d = WebhookDelivery.objects.create(webhook=hook, event="article.published", page_id=1, body="")
    WebhookDelivery.objects.filter(pk=d.pk).update(
        created_at=timezone.now() - timedelta(minutes=30)
    )
    assert requeue_stranded() == 1
    assert requeue_stranded() == 0
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        assert requeue_stranded() == 1  # queued again 10 minutes on, still not sent


def test_requeue_command_rejects_a_bad_interval():
    with pytest.raises(CommandError, match="at least 1 minute"):
        call_command("requeue_webhooks", older_than=0)


def test_ipaddress_helpers_reject_scoped_and_garbage():
    with pytest.raises(ValidationError):
        targets.validate_webhook_url("ftp://example.com/")
    assert targets.resolve("fe80::1", 80) == [ipaddress.ip_address("fe80::1")]
