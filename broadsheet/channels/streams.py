"""Pushed streams: an encoder on the server writes a live HLS playlist and its segments into
a directory of the stream storage (``CHANNELS_STREAM_ROOT``, by default ``live/`` under
``MEDIA_ROOT``); the app serves them, the playlist for a second, segments for long.

Segments must have names never reused while caches may keep them (ffmpeg:
``-hls_start_number_source epoch``): a restarted encoder would otherwise write new video
under a name browsers still hold.
"""

import re
import time
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse

PLAYLIST = "index.m3u8"
STREAM_NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SEGMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,100}\.(?:ts|m4s|mp4|aac)$")
CONTENT_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".ts": "video/mp2t",
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".aac": "audio/aac",
}


def stream_root():
    """Where pushed streams live: ``CHANNELS_STREAM_ROOT`` or ``MEDIA_ROOT/live``."""
    configured = settings.CHANNELS_STREAM_ROOT
    return Path(configured) if configured else Path(settings.MEDIA_ROOT) / "live"


def stream_dir(name):
    return stream_root() / name


def segment_location(name, filename):
    """(storage, stored name) of a segment. Under ``MEDIA_ROOT`` the name is relative to it, so
    that a front proxy's ``X-Accel-Redirect`` location (aliased to ``MEDIA_ROOT``) finds it."""
    root = stream_root().resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if root.is_relative_to(media):
        return FileSystemStorage(location=media), f"{root.relative_to(media)}/{name}/{filename}"
    return FileSystemStorage(location=root), f"{name}/{filename}"


def playlist_url(name):
    return reverse("channels:stream", args=[name, PLAYLIST])


def playlist_age(name, now=None):
    """Seconds since the encoder last wrote the stream's playlist; None when there is none."""
    try:
        modified = (stream_dir(name) / PLAYLIST).stat().st_mtime
    except OSError:
        return None
    return max(0.0, (now or time.time()) - modified)


def playlist_is_fresh(name, now=None):
    """The encoder is writing: the playlist exists and was rewritten lately. A live
    playlist is rewritten every segment, so an older one is left by a stopped encoder."""
    age = playlist_age(name, now)
    return age is not None and age <= settings.CHANNELS_STREAM_STALE_AFTER
