"""The transcoding job: a video's source becomes the files readers get, all or nothing.

Readers only ever see a video whose status is ready, and that status is set, with the new
files' directory, in one update once every file is in storage. A failed or interrupted job
leaves the previous files (or none) in place. Nothing a source holds may crash the worker:
every error ends as a message on the video.
"""

import logging
import os
import secrets
import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db.models import F
from django.utils import timezone
from django_tasks import default_task_backend, task

from . import probe
from .models import OUTPUT_DIR, Video
from .storage import delete_tree
from .transcode import TranscodeError, transcode

logger = logging.getLogger("broadsheet.video")
PROGRESS_EVERY_SECONDS = 1.0


def retry_delay(attempts):
    """1 min, 4 min, 16 min… before try ``attempts + 1``."""
    return timedelta(minutes=4 ** (attempts - 1))


@task()
def transcode_video(video_id, source_name):
    """Transcode one video's source; a newer upload supersedes this job."""
    try:
        _transcode(video_id, source_name)
    except Exception as exc:
        logger.exception("Transcoding video %s failed", video_id)
        _fail(video_id, source_name, _("Transcoding failed: %(error)s") % {"error": exc})


def _(text):
    # Messages are stored on the video and shown in the admin in the editor's language
    # through the admin's status column; here they are kept in English.
    return text


def _current(video_id, source_name):
    return Video.objects.filter(pk=video_id, source=source_name)


def _fail(video_id, source_name, message):
    _current(video_id, source_name).update(status=Video.Status.FAILED, error=message[:1000])


def _transcode(video_id, source_name):
    video = _current(video_id, source_name).first()
    if video is None:
        return  # deleted, or replaced by a newer upload whose own job is queued
    _current(video_id, source_name).update(
        status=Video.Status.PROCESSING, progress=0, attempts=F("attempts") + 1
    )
    attempts = video.attempts + 1
    last_report = [0.0]

    def report(fraction):
        now = timezone.now().timestamp()
        if now - last_report[0] >= PROGRESS_EVERY_SECONDS:
            last_report[0] = now
            _current(video_id, source_name).update(progress=min(int(fraction * 100), 99))

    try:
        with tempfile.TemporaryDirectory(prefix="broadsheet-video-") as work:
            with probe.local_path(video.source) as source:
                info = probe.probe_path(source)
                out_dir = os.path.join(work, "out")
                os.makedirs(out_dir)
                rungs = transcode(
                    source,
                    out_dir,
                    duration=info.duration,
                    width=info.width,
                    height=info.height,
                    has_audio=info.has_audio,
                    poster_time=video.poster_time,
                    on_progress=report,
                )
            token = secrets.token_urlsafe(16)
            stored = _store(out_dir, f"{OUTPUT_DIR}/{token}")
    except (ValidationError, TranscodeError) as exc:
        message = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        logger.info("Video %s cannot be transcoded: %s", video_id, message)
        _fail(video_id, source_name, message)
        return
    except (OSError, TimeoutError) as exc:
        _retry_or_fail(video_id, source_name, attempts, str(exc))
        return

    renditions = [
        {
            "name": rung.name,
            "width": rung.width,
            "height": rung.height,
            "bandwidth": rung.bandwidth,
            "average_bandwidth": rung.average_bandwidth,
        }
        for rung in rungs
    ]
    updated = _current(video_id, source_name).update(
        status=Video.Status.READY,
        progress=100,
        error="",
        output_token=token,
        renditions=renditions,
        duration=info.duration,
        width=info.width,
        height=info.height,
        has_audio=info.has_audio,
        source_size=info.size,
        ready_at=timezone.now(),
    )
    storage = Video._meta.get_field("source").storage
    if not updated:  # a newer source arrived meanwhile: these files are nobody's
        for name in stored:
            storage.delete(name)
        return
    if video.output_token and video.output_token != token:
        delete_tree(storage, f"{OUTPUT_DIR}/{video.output_token}")


def _store(out_dir, prefix):
    """Copy every file under ``out_dir`` into storage under ``prefix``; all or none."""
    storage = Video._meta.get_field("source").storage
    stored = []
    try:
        for folder, _dirs, files in os.walk(out_dir):
            for filename in sorted(files):
                path = os.path.join(folder, filename)
                name = f"{prefix}/{os.path.relpath(path, out_dir)}"
                with open(path, "rb") as handle:
                    saved = storage.save(name, File(handle))
                stored.append(saved)
                if saved != name:
                    raise OSError(f"storage saved {name} as {saved}")
    except Exception:
        for name in stored:
            storage.delete(name)
        raise
    return stored


def _retry_or_fail(video_id, source_name, attempts, error):
    if attempts >= settings.VIDEO_TRANSCODE_ATTEMPTS or not default_task_backend.supports_defer:
        _fail(video_id, source_name, f"Transcoding failed after {attempts} attempts: {error}")
        return
    _current(video_id, source_name).update(status=Video.Status.PENDING, error=error[:1000])
    transcode_video.using(run_after=timezone.now() + retry_delay(attempts)).enqueue(
        video_id, source_name
    )
