"""Signing per the Standard Webhooks specification (https://www.standardwebhooks.com/).

Each request carries ``webhook-id``, ``webhook-timestamp`` (Unix seconds) and
``webhook-signature`` (``v1,`` + base64 HMAC-SHA256 of ``id.timestamp.body``, keyed with the
base64-decoded part of the ``whsec_`` secret). Receivers reject old timestamps, so a captured
request cannot be replayed later.
"""

import base64
import secrets
from datetime import UTC, datetime

from standardwebhooks.webhooks import Webhook as StandardWebhook

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret
SECRET_BYTES = 32


def new_secret():
    """A fresh signing secret: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def signature_headers(secret, message_id, body, timestamp):
    """The three Standard Webhooks headers for one try of one message."""
    signature = StandardWebhook(secret).sign(message_id, _as_datetime(timestamp), body)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signature,
    }


def _as_datetime(value: datetime):
    # The library replaces the time zone with UTC rather than converting to it.
    return value.astimezone(UTC)
