import subprocess

import pytest
from django.core.files.base import ContentFile

from broadsheet.video.models import Video, VideoCaption
from broadsheet.video.tasks import transcode_video

CAPTIONS_SRT = (
    "1\n00:00:00,000 --> 00:00:01,000\nThe tide is rising.\n\n"
    "2\n00:00:01,000 --> 00:00:02,000\nThe wall holds.\n"
)


def make_clip(path, *, size="320x240", seconds=2, audio=True, codec="libx264", extra=()):
    """A tiny test-pattern clip (with a tone) made by ffmpeg."""
    command = [
        "ffmpeg",
        "-v",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        f"testsrc2=size={size}:rate=25:duration={seconds}",
    ]
    if audio:
        command += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}", "-c:a", "aac"]
    command += ["-c:v", codec, "-pix_fmt", "yuv420p", *extra, "-shortest", str(path)]
    subprocess.run(command, check=True)
    return path.read_bytes()


@pytest.fixture(scope="session")
def clip_bytes(tmp_path_factory):
    return make_clip(tmp_path_factory.mktemp("clips") / "clip.mp4")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def make_video(db, clip_bytes):
    def make(transcode=True, captions=None, **kwargs):
        kwargs.setdefault("title", "Harbour wall at high tide")
        kwargs.setdefault("description", "The sea wall during the spring tide.")
        video = Video(**kwargs)
        video.source.save("harbour.mp4", ContentFile(clip_bytes), save=False)
        video.save()
        for language, text in (captions or {}).items():
            caption = VideoCaption(video=video, language=language)
            caption.file.save(f"{language}.srt", ContentFile(text.encode()), save=False)
            caption.save()
        if transcode:
            transcode_video.call(video.pk, video.source.name)
            video.refresh_from_db()
        return video

    return make


@pytest.fixture
def ready_video(make_video):
    return make_video(captions={"en": CAPTIONS_SRT})
