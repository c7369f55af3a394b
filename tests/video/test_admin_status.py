"""Editors follow a video's transcoding in the admin: the status endpoint, the badges in the
listing and edit view, and the progress the task records while ffmpeg runs."""

import re
import time

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from broadsheet.video import tasks
from broadsheet.video.models import Video

STATUS_URL = "/admin/videos/status/"


@pytest.fixture
def editor_client(client, django_user_model, home):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)
    return client


def test_the_status_url_is_under_the_admin():
    assert reverse("video_admin_status") == STATUS_URL


def test_editors_get_the_state_of_the_videos_they_ask_about(editor_client, make_video):
    waiting = make_video(transcode=False)
    working = make_video(transcode=False, title="Second clip")
    Video.objects.filter(pk=working.pk).update(status=Video.Status.PROCESSING, progress=42)
    response = editor_client.get(STATUS_URL, {"id": [working.pk, waiting.pk, "x", 999]})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response.json() == {
        "videos": [
            {
                "id": waiting.pk,
                "status": "pending",
                "progress": 0,
                "error": "",
                "label": "Waiting to be transcoded",
            },
            {
                "id": working.pk,
                "status": "processing",
                "progress": 42,
                "error": "",
                "label": "Transcoding: 42%",
            },
        ]
    }


def test_a_failure_is_reported_with_its_message(editor_client, make_video):
    video = make_video(transcode=False)
    video.source.storage.delete(video.source.name)
    video.source.storage.save(video.source.name, ContentFile(b"%PDF-1.4 not a video"))
    tasks.transcode_video.call(video.pk, video.source.name)
    [data] = editor_client.get(STATUS_URL, {"id": video.pk}).json()["videos"]
    assert data["status"] == "failed"
    assert data["error"] == "This is not a video file. Upload an MP4, MOV, MKV or WebM video."
    assert data["label"] == f"Failed: {data['error']}"
    # The listing and the edit view say the same.
    listing = editor_client.get(reverse("wagtailsnippets_video_video:list")).content.decode()
    assert f'data-video-status="{video.pk}" data-state="failed"' in listing
    assert "Failed: This is not a video file." in listing
    edit = editor_client.get(reverse("wagtailsnippets_video_video:edit", args=[video.pk]))
    assert 'data-state="failed"' in edit.content.decode()
    assert 'role="status"' in edit.content.decode()


def test_the_status_script_is_on_admin_pages(editor_client, make_video):
    video = make_video(transcode=False)
    page = editor_client.get(reverse("wagtailsnippets_video_video:edit", args=[video.pk]))
    assert "broadsheet/video/admin-status.js" in page.content.decode()
    assert f'data-video-status="{video.pk}" data-state="pending"' in page.content.decode()


def test_readers_and_other_staff_get_nothing(client, django_user_model, make_video):
    video = make_video(transcode=False)
    anonymous = client.get(STATUS_URL, {"id": video.pk})
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    reader = django_user_model.objects.create_user("reader", "reader@example.com", "pw")
    client.force_login(reader)
    assert client.get(STATUS_URL, {"id": video.pk}).status_code == 302

    # Into the admin, but not allowed to see videos.
    staff = django_user_model.objects.create_user("moderator", "mod@example.com", "pw")
    group = Group.objects.create(name="Video-blind staff")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    staff.groups.add(group)
    client.force_login(staff)
    refused = client.get(STATUS_URL, {"id": video.pk})
    assert refused.status_code == 403 and "videos" not in refused.json()
    group.permissions.add(Permission.objects.get(codename="view_video"))
    client.force_login(staff)
    assert client.get(STATUS_URL, {"id": video.pk}).json()["videos"][0]["id"] == video.pk


def _progress_writes(queries):
    return [
        int(match.group(1))
        for query in queries
        if query["sql"].startswith('UPDATE "video_video"')
        and (match := re.search(r'"progress" = (\d+)', query["sql"]))
    ]


def test_progress_is_recorded_while_ffmpeg_runs(make_video, monkeypatch):
    monkeypatch.setattr(tasks, "PROGRESS_EVERY_SECONDS", 0)
    video = make_video(transcode=False)
    with CaptureQueriesContext(connection) as queries:
        tasks.transcode_video.call(video.pk, video.source.name)
    writes = _progress_writes(queries.captured_queries)
    # Starts at 0, rises while the ladder and the MP4 are encoded, ends at 100 when ready.
    assert writes[0] == 0 and writes[-1] == 100
    during = writes[1:-1]
    assert len(set(during)) >= 2, writes
    assert during == sorted(during) and all(0 < value < 100 for value in during), writes
    video.refresh_from_db()
    assert (video.status, video.progress) == (Video.Status.READY, 100)


def test_progress_writes_are_throttled(make_video):
    video = make_video(transcode=False)
    started = time.monotonic()
    with CaptureQueriesContext(connection) as queries:
        tasks.transcode_video.call(video.pk, video.source.name)
    elapsed = time.monotonic() - started
    during = _progress_writes(queries.captured_queries)[1:-1]
    assert len(during) <= elapsed / tasks.PROGRESS_EVERY_SECONDS + 1, (during, elapsed)
