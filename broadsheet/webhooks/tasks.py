import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import default_task_backend, task

from . import transport
from .models import WebhookDelivery
from .signing import signature_headers

logger = logging.getLogger("broadsheet.webhooks")


def backoff(attempts):
    """Seconds to wait before try ``attempts + 1``: 30 s, 1 min, 2 min, 4 min… capped at 1 h."""
    return min(settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (attempts - 1), 3600)


@task()
def deliver_webhook(delivery_id):
    """POST one delivery; on failure, enqueue the next try with exponential backoff."""
    delivery = WebhookDelivery.objects.select_related("webhook").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (
        WebhookDelivery.Status.DELIVERED,
        WebhookDelivery.Status.FAILED,
    ):
        return
    delivery.attempts += 1
    webhook = delivery.webhook
    headers = {
        "Content-Type": "application/json",
        "X-Broadsheet-Event": delivery.event,
        **signature_headers(webhook.secret, delivery.message_id, delivery.body, timezone.now()),
    }
    outcome = transport.post(webhook.url, delivery.body.encode(), headers)
    delivery.response_status = outcome.status
    if outcome.delivered:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.last_error = ""
        delivery.next_attempt_at = None
    else:
        _failed(delivery, outcome.error, retry=outcome.retry)
    delivery.save()
    if delivery.status == WebhookDelivery.Status.RETRYING:
        _schedule_retry(delivery)


def _failed(delivery, error, retry=True):
    delivery.last_error = error
    if not retry or delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
        logger.warning("Webhook delivery %s failed for good: %s", delivery.pk, error)
    else:
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = timezone.now() + timedelta(seconds=backoff(delivery.attempts))


def _schedule_retry(delivery):
    if default_task_backend.supports_defer:
        deliver_webhook.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
    else:
        # A backend that cannot defer (the immediate one, in tests) cannot wait: the
        # delivery stays "retrying" in the log with its due time.
        logger.info("Webhook delivery %s due again at %s", delivery.pk, delivery.next_attempt_at)


def requeue_stranded(older_than_minutes=None):
    """Enqueue again the deliveries a dead worker left behind; return how many.

    Stranded: pending for longer than ``older_than_minutes`` (default
    WEBHOOK_REQUEUE_AFTER_MINUTES) since it was created or last queued, or retrying and that
    long past its due time. Each is claimed with a conditional update first, so two
    processes running this at once do not both enqueue it. A delivery that was only slow,
    not lost, may then be sent twice with the same ``webhook-id``, which receivers drop.
    """
    if older_than_minutes is None:
        older_than_minutes = settings.WEBHOOK_REQUEUE_AFTER_MINUTES
    now = timezone.now()
    cutoff = now - timedelta(minutes=older_than_minutes)
    Status = WebhookDelivery.Status
    stranded = Q(status=Status.PENDING, next_attempt_at__isnull=True, created_at__lt=cutoff) | Q(
        status__in=(Status.PENDING, Status.RETRYING), next_attempt_at__lt=cutoff
    )
    requeued = 0
    for pk in WebhookDelivery.objects.filter(stranded).values_list("pk", flat=True):
        if WebhookDelivery.objects.filter(stranded, pk=pk).update(next_attempt_at=now):
            try:
                deliver_webhook.enqueue(pk)
            except Exception:  # one bad enqueue must not strand the rest
                logger.exception("Could not requeue webhook delivery %s", pk)
                continue
            requeued += 1
    if requeued:
        logger.info("Requeued %s stranded webhook deliveries", requeued)
    return requeued
