"""Signals of live coverage, for the apps above (webhooks) that act on posts."""

from django.dispatch import Signal

# Sent after a post is created, edited or deleted, once the change is committed:
# ``post`` (the LivePost) and ``action`` ("created", "updated" or "deleted").
post_changed = Signal()
