"""Read what a video file holds from its bytes, with ffprobe, and refuse what cannot be played.

The duration, frame size and format are never taken from the file's name or an editor's
word: a renamed PDF, an empty or truncated file, a frame too large to decode safely or a
file without a picture is refused here with a message saying so.
"""

import json
import logging
import os
import subprocess
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

logger = logging.getLogger("broadsheet.video")

# ffprobe's demuxer names of the containers editors may upload (MP4/MOV, Matroska/WebM).
CONTAINERS = {"mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"}
# Still-image "video" streams ffprobe reports for pictures and cover art.
STILL_CODECS = {"png", "mjpeg", "bmp", "gif", "webp", "tiff"}
PROBE_TIMEOUT = 120


@dataclass(frozen=True)
class VideoInfo:
    duration: float  # seconds
    width: int
    height: int
    has_audio: bool
    size: int


def ffprobe_binary():
    return settings.VIDEO_FFPROBE_BINARY


@contextmanager
def local_path(file):
    """A path on disk holding ``file``'s bytes: its own for a temporary upload or a local
    storage file, else a temporary copy (an in-memory upload, object storage)."""
    for attribute in ("temporary_file_path", "path"):
        try:
            getter = getattr(file, attribute, None)
            path = getter() if callable(getter) else getter
        except (NotImplementedError, ValueError, AttributeError):
            path = None
        if isinstance(path, str) and os.path.exists(path):
            yield path
            return
    with tempfile.NamedTemporaryFile(suffix=".video") as copy:
        file.seek(0)
        for chunk in (
            file.chunks() if hasattr(file, "chunks") else iter(lambda: file.read(65536), b"")
        ):
            copy.write(chunk)
        copy.flush()
        file.seek(0)
        yield copy.name


def inspect_video(file):
    """The VideoInfo of an uploaded or stored file, or ValidationError saying what is wrong."""
    size = file.size
    limit = settings.VIDEO_MAX_UPLOAD_SIZE
    if size > limit:
        raise ValidationError(
            _("This file is %(size)s; videos may be at most %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty")
    with local_path(file) as path:
        return probe_path(path, size)


def probe_path(path, size=None):
    """The VideoInfo of the file at ``path``, or ValidationError."""
    if size is None:
        size = os.path.getsize(path)
    if size == 0:
        raise ValidationError(_("This file is empty."), code="empty")
    try:
        result = subprocess.run(  # noqa: S603 (fixed arguments, the path is ours)
            [
                ffprobe_binary(),
                "-v",
                "error",
                "-count_packets",
                "-show_entries",
                "format=format_name,duration:stream=codec_type,codec_name,width,height,"
                "nb_frames,nb_read_packets,duration:stream_disposition=attached_pic",
                "-of",
                "json",
                path,
            ],
            capture_output=True,
            timeout=PROBE_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ValidationError(
            _("This file could not be read in time; it may be damaged."), code="timeout"
        ) from None
    try:
        data = json.loads(result.stdout or b"{}")
    except ValueError:
        data = {}
    errors = result.stderr.decode("utf-8", "replace")
    fmt = data.get("format") or {}
    streams = data.get("streams") or []
    if "moov atom not found" in errors and _looks_like_mp4(path):
        raise ValidationError(
            _("This video file is incomplete (it was cut off while copying or uploading)."),
            code="truncated",
        )
    if fmt.get("format_name") not in CONTAINERS:
        logger.info("Refused video %s: %s", path, errors.strip()[:300])
        raise ValidationError(
            _("This is not a video file. Upload an MP4, MOV, MKV or WebM video."), code="not_video"
        )
    pictures = [
        s
        for s in streams
        if s.get("codec_type") == "video"
        and s.get("codec_name") not in STILL_CODECS
        and not (s.get("disposition") or {}).get("attached_pic")
    ]
    if not pictures:
        raise ValidationError(
            _("This file has no moving picture in it. Upload an MP4, MOV, MKV or WebM video."),
            code="no_video_stream",
        )
    picture = pictures[0]
    if "partial file" in errors or _packets_missing(picture):
        raise ValidationError(
            _("This video file is incomplete (it was cut off while copying or uploading)."),
            code="truncated",
        )
    width, height = int(picture.get("width") or 0), int(picture.get("height") or 0)
    if not width or not height:
        raise ValidationError(_("This video's picture size cannot be read."), code="no_size")
    if (
        width > settings.VIDEO_MAX_DIMENSION
        or height > settings.VIDEO_MAX_DIMENSION
        or width * height > settings.VIDEO_MAX_PIXELS
    ):
        raise ValidationError(
            _(
                "This video's frames are %(width)s×%(height)s pixels; at most %(max)s pixels "
                "a side and %(pixels)s megapixels are accepted."
            )
            % {
                "width": width,
                "height": height,
                "max": settings.VIDEO_MAX_DIMENSION,
                "pixels": round(settings.VIDEO_MAX_PIXELS / 1_000_000, 1),
            },
            code="frame_too_large",
        )
    duration = _float(fmt.get("duration")) or _float(picture.get("duration"))
    if duration < 0.5:
        raise ValidationError(_("This video is too short to play."), code="no_duration")
    if duration > settings.VIDEO_MAX_DURATION:
        raise ValidationError(
            _("This video lasts %(length)s; videos may last at most %(limit)s.")
            % {
                "length": format_duration(duration),
                "limit": format_duration(settings.VIDEO_MAX_DURATION),
            },
            code="too_long",
        )
    has_audio = any(s.get("codec_type") == "audio" for s in streams)
    return VideoInfo(duration=duration, width=width, height=height, has_audio=has_audio, size=size)


def _looks_like_mp4(path):
    """Whether the file starts with an ISO media box (an MP4/MOV cut short, not a PDF)."""
    with open(path, "rb") as handle:
        head = handle.read(12)
    return head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip")


def _packets_missing(stream):
    frames, read = stream.get("nb_frames"), stream.get("nb_read_packets")
    if frames is None or read is None or not str(frames).isdigit() or not str(read).isdigit():
        return False
    return int(read) < int(frames)


def _float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def format_duration(seconds):
    """1:05 or 1:02:05: how the player and cards print a duration."""
    seconds = round(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def iso_duration(seconds):
    """PT1M5S: the ISO 8601 duration schema.org asks for."""
    seconds = round(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"
