"""How a webhook request is signed: receivers check this header against the body."""

import hashlib
import hmac

SIGNATURE_HEADER = "X-Broadsheet-Signature"


def sign(secret, body):
    """``sha256=<hex>``: HMAC-SHA256 of the exact request body with the webhook's secret."""
    digest = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"sha256={digest}"
