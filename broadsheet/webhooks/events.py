"""Webhook events: build the payload, sign it, and hand delivery to a background task."""

import json
import logging

from django.db import transaction
from django.utils import timezone

from .models import Webhook, WebhookDelivery
from .tasks import deliver_webhook

logger = logging.getLogger("broadsheet.webhooks")


def article_payload(article, event):
    return {
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "article": {
            "id": article.pk,
            "headline": article.title,
            "url": article.full_url,
            "edition": article.locale.language_code,
            "published_at": article.published_at.isoformat() if article.published_at else None,
            "updated_at": article.updated_at.isoformat() if article.show_updated else None,
            "live": article.live,
        },
    }


def live_post_payload(post, event):
    page = post.page
    return {
        "event": event,
        "occurred_at": timezone.now().isoformat(),
        "live_post": {
            "id": post.pk,
            "page_id": page.pk,
            "page_url": page.full_url,
            "url": post.full_permalink(),
            "edition": page.locale.language_code,
            "title": post.title,
            "published_at": post.published_at.isoformat(),
            "updated_at": post.updated_at.isoformat() if post.updated_at else None,
            "key_event": post.key_event,
            "pinned": post.pinned,
            "version": post.version,
            "deleted": post.deleted_at is not None,
        },
    }


def queue_article_event(article, event):
    """Record a delivery per active webhook and enqueue them after the transaction commits.

    Only database rows are written here: publishing never waits for a receiver.
    """
    return queue_event(article_payload(article, event), event, article.pk)


def queue_live_post_event(post, event):
    """As ``queue_article_event``, for a live page's post (``live_post.*``)."""
    return queue_event(live_post_payload(post, event), event, post.page_id)


def queue_event(payload, event, page_id):
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    deliveries = [
        WebhookDelivery.objects.create(webhook=webhook, event=event, page_id=page_id, body=body)
        for webhook in Webhook.objects.filter(is_active=True)
    ]
    for delivery in deliveries:
        transaction.on_commit(lambda pk=delivery.pk: _enqueue(deliver_webhook, pk))
    return deliveries


def _enqueue(task, pk):
    try:
        task.enqueue(pk)
    except Exception:  # a broken queue must not break publishing
        logger.exception("Could not enqueue webhook delivery %s", pk)
