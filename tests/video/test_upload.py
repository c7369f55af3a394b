"""Editors' uploads in the admin: good files are saved and queued, bad ones refused whole."""

import subprocess

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from broadsheet.video.models import OUTPUT_DIR, Video
from broadsheet.video.tasks import transcode_video

from .conftest import CAPTIONS_SRT, make_clip


@pytest.fixture
def editor_client(client, django_user_model, home):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)
    return client


ADD_URL = "/admin/snippets/video/video/add/"


def video_form(source, captions=()):
    data = nested_form_data(
        {
            "title": "Ferry leaves at dawn",
            "description": "The first crossing of the season.",
            "language": "en",
            "credit": "Broadsheet",
            "poster_time": "1",
            "rights": "Ours",
            "show_to_readers": "on",
            "captions": inline_formset([{"language": lang} for lang, _f in captions]),
        }
    )
    data["source"] = source
    for index, (_lang, upload) in enumerate(captions):
        data[f"captions-{index}-file"] = upload
    return data


def stored_files(media_root):
    folder = media_root / "videos"
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_good_upload_is_probed_and_transcoded(
    editor_client, clip_bytes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            ADD_URL,
            video_form(
                SimpleUploadedFile("ferry.mov", clip_bytes, "video/quicktime"),
                captions=[("en", SimpleUploadedFile("en.srt", CAPTIONS_SRT.encode()))],
            ),
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    video = Video.objects.get()
    assert (video.width, video.height, video.has_audio) == (320, 240, True)
    assert video.status == Video.Status.READY
    assert video.captions.get().webvtt.startswith("WEBVTT")
    listing = editor_client.get(reverse("wagtailsnippets_video_video:list"))
    assert "Ready" in listing.content.decode()


def still_clip(path, size, seconds):
    """A real video of one colour, kept cheap to make: one frame a minute."""
    subprocess.run(
        [
            settings.VIDEO_FFMPEG_BINARY,
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"color=c=navy:size={size}:rate=1/60:duration={seconds}",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-preset",
            "ultrafast",
            str(path),
        ],
        check=True,
    )
    return path.read_bytes()


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    clip = make_clip(folder / "c.mp4")
    wide = make_clip(folder / "wide.mp4", size="8400x16", seconds=1, audio=False)
    wider = make_clip(folder / "wider.mp4", size="12000x16", seconds=1, audio=False)
    huge = still_clip(folder / "huge.mp4", "8000x4500", seconds=1)
    return {
        "renamed PDF": ("report.mp4", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n" * 50),
        "zero bytes": ("empty.mp4", b""),
        "truncated MP4": ("cut.mp4", clip[: len(clip) // 2]),
        "huge frame width": ("wide.mp4", wide),
        "12000 pixels wide": ("wider.mp4", wider),
        "36 megapixel frame": ("huge.mp4", huge),
        "four hours": ("long.mp4", still_clip(folder / "long.mp4", "32x32", seconds=4 * 3600)),
        "a still image": ("still.mp4", bytes.fromhex("89504e470d0a1a0a") + b"\0" * 64),
    }


@pytest.mark.parametrize(
    "case, message",
    [
        ("renamed PDF", "This is not a video file"),
        ("zero bytes", "The submitted file is empty"),
        ("truncated MP4", "This video file is incomplete"),
        ("huge frame width", "frames are 8400×16 pixels"),
        ("12000 pixels wide", "frames are 12000×16 pixels; at most 8192 pixels a side"),
        ("36 megapixel frame", "frames are 8000×4500 pixels; at most 8192 pixels a side and 35.4"),
        ("four hours", "This video lasts 4:00:00; videos may last at most 3:00:00."),
        ("a still image", "This is not a video file"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_saved(
    editor_client, bad_files, _media_root, case, message
):
    name, data = bad_files[case]
    response = editor_client.post(ADD_URL, video_form(SimpleUploadedFile(name, data)))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Video.objects.exists()
    assert stored_files(_media_root) == []


def test_a_file_over_the_cap_is_refused(editor_client, clip_bytes, settings, _media_root):
    settings.VIDEO_MAX_UPLOAD_SIZE = 1024
    response = editor_client.post(ADD_URL, video_form(SimpleUploadedFile("big.mp4", clip_bytes)))
    assert response.status_code == 200
    assert "videos may be at most 1.0\xa0KB" in response.content.decode()
    assert not Video.objects.exists()
    assert stored_files(_media_root) == []


def test_the_upload_is_stopped_while_it_streams(editor_client, clip_bytes, settings, _media_root):
    # The body cap of the video admin path: a file past it stops the upload with a 413.
    settings.UPLOAD_MAX_SIZES = [("/admin/snippets/video/", 4096)]
    response = editor_client.post(ADD_URL, video_form(SimpleUploadedFile("big.mp4", clip_bytes)))
    assert response.status_code == 413
    assert not Video.objects.exists()
    assert stored_files(_media_root) == []


@pytest.mark.parametrize(
    "captions, message",
    [
        ("1\n00:00:02,000 --> 00:00:01,000\nBackwards.\n", "ends before it starts"),
        ("1\n00:00:01,000 -> 00:00:02,000\nNo arrow.\n", "has no timing"),
        ("1\n00:00:xx,000 --> 00:00:02,000\nBad.\n", "cannot be read"),
        ("\x89PNG\r\n\x1a\n\xff\xfe", "not UTF-8"),
    ],
    ids=["end before start", "no arrow", "unreadable time", "binary"],
)
def test_broken_captions_are_refused_with_a_message(
    editor_client, clip_bytes, _media_root, captions, message
):
    upload = SimpleUploadedFile("en.srt", captions.encode("latin-1"))
    response = editor_client.post(
        ADD_URL, video_form(SimpleUploadedFile("ok.mp4", clip_bytes), captions=[("en", upload)])
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Video.objects.exists()
    assert stored_files(_media_root) == []


@pytest.mark.parametrize(
    "case, message",
    [
        ("renamed PDF", "This is not a video file"),
        ("zero bytes", "This file is empty."),
        ("truncated MP4", "This video file is incomplete"),
        ("12000 pixels wide", "frames are 12000×16 pixels"),
        ("four hours", "This video lasts 4:00:00"),
    ],
)
def test_the_worker_fails_bad_sources_with_a_message(db, bad_files, _media_root, case, message):
    # A source that reached storage some other way (an import, a cap lowered since) is refused
    # by the task itself: a message on the video, no files for readers, no exception.
    name, data = bad_files[case]
    video = Video(title="Imported clip")
    video.source.save(name, ContentFile(data), save=False)
    video.save()
    transcode_video.call(video.pk, video.source.name)
    video.refresh_from_db()
    assert video.status == Video.Status.FAILED
    assert message in video.error
    assert str(video.status_display()) == f"Failed: {video.error}"
    assert not video.output_token and not Video.objects.published().exists()
    assert not (_media_root / OUTPUT_DIR).exists()


def test_scripts_in_captions_are_removed_before_saving(editor_client, clip_bytes):
    captions = (
        "WEBVTT\n\n00:00.000 --> 00:01.500\n<script>alert('x')</script>"
        '<b onclick="steal()">The tide</b> is rising.\n'
    )
    upload = SimpleUploadedFile("en.vtt", captions.encode())
    response = editor_client.post(
        ADD_URL, video_form(SimpleUploadedFile("ok.mp4", clip_bytes), captions=[("en", upload)])
    )
    assert response.status_code == 302
    caption = Video.objects.get().captions.get()
    assert caption.webvtt == "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nThe tide is rising.\n"
