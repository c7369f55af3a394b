"""Most read: anonymous per-article, per-hour view counts.

A view is counted from a beacon the article page's script sends, so counting works
behind the page cache. Nothing about the reader is stored: no cookie, no IP, no user
agent; obvious robots are dropped by user agent. With Redis, views are added up in a
Redis hash and written to the database in one batch by ``flush_view_counts`` (run by
``broadsheet serve`` every minute); without Redis each view is one database update.
"""

import logging
import re
from datetime import UTC, datetime, timedelta
from functools import cache

import redis
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import ArticlePage, ArticleViewCount, hour_of

logger = logging.getLogger("broadsheet.newsroom")

KEEP_DAYS = 8
BOT_RE = re.compile(
    r"bot|crawl|spider|slurp|scrap|fetch|preview|headless|lighthouse|pingdom|uptime|monitor|"
    r"facebookexternalhit|embedly|python|curl|wget|httpclient|go-http|java/|libwww|"
    r"phantomjs|selenium|node-fetch|axios",
    re.IGNORECASE,
)


def is_bot(user_agent):
    """Whether a user agent is empty or names a crawler, preview fetcher or script."""
    return not user_agent or bool(BOT_RE.search(user_agent))


@cache
def _redis(url):
    return redis.Redis.from_url(url)


def pending_key():
    return f"{getattr(settings, 'CACHE_KEY_PREFIX', None) or 'broadsheet'}:views:pending"


def redis_client():
    url = getattr(settings, "REDIS_URL", "")
    return _redis(url) if url else None


def record_view(article_id, now=None):
    """Count one view of an article in the current hour."""
    hour = hour_of(now or timezone.now())
    client = redis_client()
    if client is not None:
        client.hincrby(pending_key(), f"{int(hour.timestamp())}:{article_id}", 1)
        return
    _add_views({(article_id, hour): 1})


def flush_view_counts():
    """Move the views added up in Redis into the database; returns how many were written."""
    client = redis_client()
    if client is None:
        return 0
    key = pending_key()
    batch_key = f"{key}:flushing"

    try:
        client.rename(key, batch_key)  # atomic: new views go to a fresh hash meanwhile
    except redis.ResponseError:  # nothing pending
        return 0
    raw = client.hgetall(batch_key)
    counts = {}
    for field, value in raw.items():
        try:
            stamp, article_id = field.decode().split(":")
            hour = datetime.fromtimestamp(int(stamp), tz=UTC)
            counts[(int(article_id), hour)] = counts.get((int(article_id), hour), 0) + int(value)
        except (ValueError, OverflowError, OSError):
            continue
    written = _add_views(counts)
    client.delete(batch_key)
    return written


def _add_views(counts):
    """Add ``{(article_id, hour): views}`` to the database, ignoring unknown articles."""
    if not counts:
        return 0
    known = set(
        ArticlePage.objects.filter(pk__in={aid for aid, _ in counts}).values_list("pk", flat=True)
    )
    written = 0
    with transaction.atomic():
        for (article_id, hour), views in counts.items():
            if article_id not in known:
                continue
            rows = ArticleViewCount.objects.filter(article_id=article_id, hour=hour)
            if not rows.update(views=F("views") + views):
                try:
                    with transaction.atomic():
                        ArticleViewCount.objects.create(
                            article_id=article_id, hour=hour, views=views
                        )
                except IntegrityError:  # another worker created the row first
                    rows.update(views=F("views") + views)
            written += views
        cutoff = hour_of(timezone.now()) - timedelta(days=KEEP_DAYS)
        ArticleViewCount.objects.filter(hour__lt=cutoff).delete()
    return written
