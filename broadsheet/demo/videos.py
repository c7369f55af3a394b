"""Demo videos: short test cards with a tone, made by ffmpeg when the demo is built (nothing
binary is committed), one with English captions and one as an article's lead video."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile

from broadsheet.video.models import Video, VideoCaption

CLIPS = (
    {
        "title": "Test card: the harbour tone",
        "description": "Broadsheet's colour bars with a 440 Hz tone, for checking the player.",
        "frequency": 440,
        "captions": None,
    },
    {
        "title": "Test card with captions",
        "description": "A moving test pattern with a lower tone and English captions.",
        "frequency": 330,
        "captions": (
            "1\n00:00:00,200 --> 00:00:02,500\nThis is Broadsheet's test card.\n\n"
            "2\n00:00:02,500 --> 00:00:05,800\nThe captions follow the tone.\n"
        ),
    },
)
SECONDS = 6


def clip(frequency, seconds=SECONDS):
    """MP4 bytes of a 640x360 test pattern with a sine tone, made by ffmpeg."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clip.mp4"
        subprocess.run(  # noqa: S603 (fixed arguments)
            [
                settings.VIDEO_FFMPEG_BINARY,
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"testsrc2=size=640x360:rate=25:duration={seconds}",
                "-f",
                "lavfi",
                "-i",
                f"sine=frequency={frequency}:duration={seconds}",
                "-c:v",
                "libx264",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-shortest",
                str(path),
            ],
            check=True,
            capture_output=True,
        )
        return path.read_bytes()


def build_videos(builder):
    """The demo videos (made once); the captioned one leads the first article."""
    if shutil.which(settings.VIDEO_FFMPEG_BINARY) is None:
        builder.log("Demo videos skipped: ffmpeg is not installed (make media-deps).")
        return []
    videos = []
    for spec in CLIPS:
        video = Video.objects.filter(title=spec["title"]).first()
        if video is None:
            video = Video(title=spec["title"], description=spec["description"], credit="Broadsheet")
            video.source.save("test-card.mp4", ContentFile(clip(spec["frequency"])), save=False)
            video.save()  # the task worker transcodes it
            if spec["captions"]:
                caption = VideoCaption(video=video, language="en")
                caption.file.save("en.srt", ContentFile(spec["captions"].encode()), save=False)
                caption.save()
        videos.append(video)
    if builder.articles:
        article = builder.articles[0]
        if article.lead_video_id is None:
            article.lead_video = videos[1]
            article.save_revision().publish()
    return videos
