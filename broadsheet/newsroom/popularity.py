"""Most read: anonymous per-article, per-hour view counts.

A view is counted from a beacon the article page's script sends, so counting works
behind the page cache. Obvious robots are dropped by user agent, and one client (its
address from ``core.clients`` and its user agent) counts at most once per article in
``MOST_READ_VIEW_WINDOW`` seconds and sends at most ``MOST_READ_BEACON_RATE`` beacons a
minute. Nothing about the reader is stored: no cookie, and the client is known only as a
keyed hash under a key derived from SECRET_KEY and the day (so yesterday's hashes cannot be
linked to today's), kept in the cache until the window ends. With Redis, views are added up in a
Redis hash and written to the database in one batch by ``flush_view_counts`` (run by
``broadsheet serve`` every minute); without Redis each view is one database update.

A batch leaves Redis only once the database has it: a flush that fails leaves its batch,
and the next one adds the views counted since to it and writes them all. One flush runs at
a time however many servers run one, so no batch is written twice.
"""

import hashlib
import hmac
import logging
import re
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.cache import cache as default_cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from broadsheet.core import resilience
from broadsheet.core.clients import client_key

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


def reader_token(request, now=None):
    """A keyed hash of the client and its user agent, unlinkable across days."""
    day = (now or timezone.now()).astimezone(UTC).date().isoformat()
    day_key = hmac.new(
        settings.SECRET_KEY.encode(), f"broadsheet.most-read:{day}".encode(), hashlib.sha256
    ).digest()
    client = f"{client_key(request)}\n{request.headers.get('User-Agent', '')}"
    return hmac.new(day_key, client.encode(), hashlib.sha256).hexdigest()[:32]


def _beacons_allowed(token, now):
    """Count a beacon against the client's budget for this minute; False once it is spent."""
    minute = int(now.timestamp()) // 60
    key = f"most-read:beacons:{token}:{minute}"
    default_cache.add(key, 0, timeout=120)
    try:
        sent = default_cache.incr(key)
    except ValueError:  # evicted between add and incr
        sent = 1
    return sent <= settings.MOST_READ_BEACON_RATE


class BeaconRefused(Exception):
    """The client sent more beacons than ``MOST_READ_BEACON_RATE`` this minute."""


def count_view(request, article_id, now=None):
    """Count a reader's view of an article from its beacon; returns whether it counted.

    Robots, and a client that read the article within the window, are not counted; a
    client over its beacon budget raises ``BeaconRefused``.
    """
    if is_bot(request.headers.get("User-Agent", "")):
        return False
    now = now or timezone.now()
    token = reader_token(request, now)
    if not _beacons_allowed(token, now):
        raise BeaconRefused
    first = default_cache.add(
        f"most-read:seen:{token}:{article_id}", 1, timeout=settings.MOST_READ_VIEW_WINDOW
    )
    if first:
        record_view(article_id, now=now)
    return first


# Adds the pending views into the batch, which may hold the views of a flush whose database
# write failed, and empties the pending hash: one atomic step, so that a view counted
# meanwhile lands in a fresh pending hash and a leftover batch is added to, never replaced.
MOVE_PENDING_TO_BATCH = """
local pending = redis.call('HGETALL', KEYS[1])
for i = 1, #pending, 2 do
    redis.call('HINCRBY', KEYS[2], pending[i], pending[i + 1])
end
redis.call('DEL', KEYS[1])
"""
# Longer than any flush takes; a flush that dies holding the lock frees it after this.
FLUSH_LOCK_SECONDS = 300


def pending_key():
    return f"{getattr(settings, 'CACHE_KEY_PREFIX', None) or 'broadsheet'}:views:pending"


def redis_client():
    url = getattr(settings, "REDIS_URL", "")
    return resilience.redis_client(url) if url else None


def record_view(article_id, now=None):
    """Count one view of an article in the current hour.

    With Redis, a view that Redis cannot take at once (down, hanging, or skipped by the
    circuit breaker) is dropped: a lost count is better than a slow or failed page.
    """
    hour = hour_of(now or timezone.now())
    client = redis_client()
    if client is not None:
        field = f"{int(hour.timestamp())}:{article_id}"
        breaker = resilience.breaker_for([settings.REDIS_URL or ""])
        try:
            resilience.guarded(breaker, client.hincrby, pending_key(), field, 1)
        except resilience.RedisUnavailable:
            logger.debug("View of article %s dropped: Redis unreachable", article_id)
        return
    _add_views({(article_id, hour): 1})


def flush_view_counts():
    """Move the views added up in Redis into the database; returns how many were written."""
    client = redis_client()
    if client is None:
        return 0
    key = pending_key()
    batch_key = f"{key}:flushing"
    # Two flushes at once (two servers) would both read, and write, the same batch.
    lock = client.lock(
        f"{key}:flush-lock",
        timeout=FLUSH_LOCK_SECONDS,
        blocking=False,
        raise_on_release_error=False,
    )
    if not lock.acquire():
        return 0
    try:
        client.register_script(MOVE_PENDING_TO_BATCH)(keys=[key, batch_key])
        counts = _batch_counts(client.hgetall(batch_key))
        written = _add_views(counts)  # if this fails, the batch waits for the next flush
        client.delete(batch_key)
        return written
    finally:
        lock.release()


def _batch_counts(raw):
    """``{(article_id, hour): views}`` from a batch's fields ("<hour's timestamp>:<article id>")."""
    counts = {}
    for field, value in raw.items():
        try:
            stamp, article_id = field.decode().split(":")
            key = (int(article_id), datetime.fromtimestamp(int(stamp), tz=UTC))
            counts[key] = counts.get(key, 0) + int(value)
        except (ValueError, OverflowError, OSError):
            continue
    return counts


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
