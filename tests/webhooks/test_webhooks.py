import json
import time
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from standardwebhooks.webhooks import Webhook as StandardWebhook

from broadsheet.webhooks.models import Webhook, WebhookDelivery
from broadsheet.webhooks.tasks import backoff, deliver_webhook

from .receivers import receiver_factory


@pytest.fixture
def receiver(settings):
    # Local receivers listen on loopback, which webhooks may reach only when allowed by name.
    settings.WEBHOOKS_ALLOWED_HOSTS = ["127.0.0.1"]
    yield from receiver_factory()


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()


def test_publish_update_unpublish_send_signed_posts(
    receiver, make_article, django_capture_on_commit_callbacks
):
    target = receiver()
    hook = Webhook.objects.create(name="App backend", url=target.url)
    Webhook.objects.create(name="Switched off", url=target.url, is_active=False)
    article = make_article(title="Storm closes port", publish=False)

    publish(article, django_capture_on_commit_callbacks)
    article.standfirst = "Ferries are cancelled until Friday."
    publish(article, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()

    events = [json.loads(body)["event"] for _headers, body in target.requests]
    assert events == ["article.published", "article.updated", "article.unpublished"]
    headers, body = target.requests[0]
    payload = StandardWebhook(hook.secret).verify(body, headers)
    assert headers["Content-Type"] == "application/json"
    assert len({h["webhook-id"] for h, _body in target.requests}) == 3
    assert payload["article"]["id"] == article.pk
    assert payload["article"]["headline"] == "Storm closes port"
    assert payload["article"]["url"] == article.full_url
    assert list(WebhookDelivery.objects.values_list("status", flat=True)) == ["delivered"] * 3


def test_down_receiver_never_breaks_publishing_and_is_retried_with_backoff(
    receiver, make_article, django_capture_on_commit_callbacks, settings, monkeypatch
):
    # The worker drops stale connections between tasks; here that would close the
    # connection holding the test's transaction (PostgreSQL), so it is left open.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    target = receiver(statuses=(503, 500, 200))
    Webhook.objects.create(name="Flaky", url=target.url)
    article = make_article(publish=False)

    started = time.monotonic()
    publish(article, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 5
    assert article.live
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending"
    assert target.requests == []  # nothing is sent while publishing

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("retrying", 1, 503)
    first_due = delivery.next_attempt_at
    assert timedelta(seconds=29) < first_due - timezone.now() <= timedelta(seconds=30)

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    assert len(target.requests) == 1  # not due yet

    with time_machine.travel(first_due + timedelta(seconds=1)):
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("retrying", 2)
    assert delivery.next_attempt_at - first_due > timedelta(seconds=59)  # backoff doubled

    with time_machine.travel(delivery.next_attempt_at + timedelta(seconds=1)):
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 3, 200)
    assert len(target.requests) == 3
    # Every try is the same message: receivers drop repeats by webhook-id.
    assert {h["webhook-id"] for h, _body in target.requests} == {delivery.message_id}


def test_unreachable_and_slow_receivers_fail_after_max_attempts(receiver, make_article, settings):
    settings.WEBHOOK_TIMEOUT = 1
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    slow = receiver(delay=2)
    errors = {}
    dead = Webhook.objects.create(name="Dead", url="http://127.0.0.1:9/hook")
    sleepy = Webhook.objects.create(name="Slow", url=slow.url)
    article = make_article()
    for hook in (dead, sleepy):
        delivery = WebhookDelivery.objects.create(
            webhook=hook, event="article.published", page_id=article.pk, body="{}"
        )
        deliver_webhook.call(delivery.pk)
        delivery.refresh_from_db()
        assert delivery.status == "retrying"
        errors[hook.name] = delivery.last_error
        deliver_webhook.call(delivery.pk)
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts) == ("failed", 2)
        assert delivery.next_attempt_at is None
    assert errors == {"Dead": "connection failed", "Slow": "timed out"}


def test_backoff_doubles_and_is_capped(settings):
    settings.WEBHOOK_RETRY_BASE_SECONDS = 30
    assert [backoff(n) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(20) == 3600


def test_delivery_log_is_read_only_in_admin(admin_client, make_article):
    hook = Webhook.objects.create(name="App backend", url="https://example.test/hook")
    delivery = WebhookDelivery.objects.create(
        webhook=hook, event="article.published", page_id=1, body='{"event": "x"}'
    )
    listing = admin_client.get(reverse("wagtailsnippets_webhooks_webhookdelivery:list"))
    assert listing.status_code == 200
    assert "article.published" in listing.content.decode()
    inspect = admin_client.get(
        reverse("wagtailsnippets_webhooks_webhookdelivery:inspect", args=[delivery.pk])
    )
    assert inspect.status_code == 200
    add = admin_client.get(reverse("wagtailsnippets_webhooks_webhookdelivery:add"))
    assert add.status_code in (302, 403)
    assert admin_client.get(reverse("wagtailsnippets_webhooks_webhook:add")).status_code == 200
