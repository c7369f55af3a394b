import logging
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import default_task_backend, task

from .models import WebhookDelivery
from .signing import SIGNATURE_HEADER, sign

logger = logging.getLogger("broadsheet.delivery")


def backoff(attempts):
    """Seconds to wait before try ``attempts + 1``: 30 s, 1 min, 2 min, 4 min… capped at 1 h."""
    return min(settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (attempts - 1), 3600)


@task()
def deliver_webhook(delivery_id):
    """POST one delivery; on failure, enqueue the next try with exponential backoff."""
    delivery = WebhookDelivery.objects.select_related("webhook").filter(pk=delivery_id).first()
    if delivery is None or delivery.status == WebhookDelivery.Status.DELIVERED:
        return
    delivery.attempts += 1
    webhook = delivery.webhook
    request = urllib.request.Request(  # noqa: S310 - the URL field only accepts http(s)
        webhook.url,
        data=delivery.body.encode(),
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "Broadsheet-Webhooks/1",
            "X-Broadsheet-Event": delivery.event,
            "X-Broadsheet-Delivery": str(delivery.pk),
            SIGNATURE_HEADER: sign(webhook.secret, delivery.body),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.WEBHOOK_TIMEOUT) as response:  # noqa: S310
            delivery.response_status = response.status
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.last_error = ""
        delivery.next_attempt_at = None
    except urllib.error.HTTPError as exc:
        delivery.response_status = exc.code
        _failed(delivery, f"HTTP {exc.code}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        delivery.response_status = None
        _failed(delivery, str(getattr(exc, "reason", exc))[:500])
    delivery.save()
    if delivery.status == WebhookDelivery.Status.RETRYING:
        _schedule_retry(delivery)


def _failed(delivery, error):
    delivery.last_error = error
    if delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
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
