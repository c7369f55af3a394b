"""Cursor pagination shared by the API's lists: newest first, ``next_cursor`` passed back."""

import base64
import binascii
from datetime import datetime

from ninja.errors import HttpError

PAGE_SIZE_MAX = 50


def encode_cursor(moment, pk):
    """The cursor of the last item on a page, listed by (``moment``, ``pk``) descending."""
    raw = f"{moment.isoformat()}|{pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def decode_cursor(cursor):
    """(moment, pk) from a cursor; a 400 answer for one this API did not hand out."""
    try:
        moment, pk = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return datetime.fromisoformat(moment), int(pk)
    except (ValueError, binascii.Error, UnicodeError) as exc:
        raise HttpError(400, "Invalid cursor.") from exc
