"""The transcoding job on a real (tiny) clip: what it writes, how it is served, how it fails."""

import json
import math
import re
import subprocess
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from broadsheet.video.models import OUTPUT_DIR, Video
from broadsheet.video.tasks import transcode_video
from broadsheet.video.transcode import ladder_for


def stored(media_root, video, name):
    return media_root / OUTPUT_DIR / video.output_token / name


def test_ladder_only_has_rungs_no_taller_than_the_source():
    assert [r.name for r in ladder_for(1920, 1080)] == ["360p", "540p", "720p", "1080p"]
    assert [r.name for r in ladder_for(1280, 720)] == ["360p", "540p", "720p"]
    assert [(r.width, r.height) for r in ladder_for(320, 240)] == [(320, 240)]


def test_transcode_writes_a_ladder_mp4_and_poster(ready_video, _media_root):
    video = ready_video
    assert video.status == Video.Status.READY
    assert video.progress == 100
    assert video.duration == pytest.approx(2.0, abs=0.1)
    assert [r["name"] for r in video.renditions] == ["240p"]
    master = stored(_media_root, video, "master.m3u8").read_text()
    assert master.startswith("#EXTM3U\n")
    for rendition in video.renditions:
        rung_dir = stored(_media_root, video, rendition["name"])
        playlist = (rung_dir / "index.m3u8").read_text()
        assert "#EXT-X-PLAYLIST-TYPE:VOD" in playlist and playlist.rstrip().endswith(
            "#EXT-X-ENDLIST"
        )
        assert '#EXT-X-MAP:URI="init.mp4"' in playlist
        durations = [float(d) for d in re.findall(r"#EXTINF:([0-9.]+),", playlist)]
        target = int(re.search(r"#EXT-X-TARGETDURATION:(\d+)", playlist).group(1))
        assert all(math.floor(d + 0.5) <= target for d in durations)
        segments = re.findall(r"^(seg_\d+\.m4s)$", playlist, re.MULTILINE)
        peak = max(
            math.ceil((rung_dir / name).stat().st_size * 8 / seconds)
            for name, seconds in zip(segments, durations, strict=True)
        )
        inf = re.search(
            rf"#EXT-X-STREAM-INF:BANDWIDTH=(\d+),AVERAGE-BANDWIDTH=(\d+),RESOLUTION=(\d+)x(\d+),"
            rf'CODECS="avc1\.4d40\w\w,mp4a\.40\.2"\n{rendition["name"]}/index\.m3u8',
            master,
        )
        assert inf is not None, master
        assert int(inf.group(1)) == peak
        assert int(inf.group(2)) <= peak
    # ffprobe reads every rendition, the MP4 and the poster.
    for name in ["240p/index.m3u8", "video.mp4", "poster.jpg"]:
        probe = subprocess.run(
            [
                "/usr/bin/ffprobe",
                "-v",
                "error",
                "-show_streams",
                "-of",
                "json",
                str(stored(_media_root, video, name)),
            ],
            capture_output=True,
            check=True,
        )
        codecs = {s["codec_name"] for s in json.loads(probe.stdout)["streams"]}
        assert codecs == ({"mjpeg"} if name.endswith(".jpg") else {"h264", "aac"})


def test_files_are_served_with_ranges_and_caching(client, ready_video):
    url = ready_video.mp4_url
    whole = client.get(url)
    assert whole.status_code == 200
    assert whole["Content-Type"] == "video/mp4"
    assert "max-age=86400" in whole["Cache-Control"] and "public" in whole["Cache-Control"]
    size = int(whole["Content-Length"])
    part = client.get(url, HTTP_RANGE="bytes=10-19")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 10-19/{size}"
    assert len(b"".join(part.streaming_content)) == 10
    playlist = client.get(ready_video.hls_url)
    assert playlist["Content-Type"] == "application/vnd.apple.mpegurl"
    segment = client.get(ready_video.file_url("240p/seg_0000.m4s"))
    assert segment.status_code == 200 and segment["Content-Type"] == "video/iso.segment"
    captions = client.get(ready_video.caption_tracks[0].url)
    assert captions["Content-Type"] == "text/vtt; charset=utf-8"
    assert b"".join(captions.streaming_content).decode().startswith("WEBVTT\n\n00:00:00.000 --> ")


@pytest.mark.parametrize(
    "change",
    ["withdrawn", "expired", "wrong token", "unknown name", "climbing out"],
)
def test_unpublished_or_guessed_files_are_unreachable(client, ready_video, change):
    url = ready_video.mp4_url
    if change == "withdrawn":
        Video.objects.filter(pk=ready_video.pk).update(show_to_readers=False)
    elif change == "expired":
        Video.objects.filter(pk=ready_video.pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        )
    elif change == "wrong token":
        url = url.replace(ready_video.output_token, "x" * len(ready_video.output_token))
    elif change == "unknown name":
        url = ready_video.file_url("../sources/harbour.mp4")
    else:
        url = ready_video.file_url("240p/../../../secret_key")
    assert client.get(url).status_code == 404
    assert client.get(ready_video.caption_tracks[0].url.replace("/en.", "/xx.")).status_code == 404


def test_a_video_not_yet_transcoded_is_not_served(client, make_video):
    video = make_video(transcode=False)
    assert video.status == Video.Status.PENDING
    assert not Video.objects.published().exists()


def test_a_damaged_source_fails_with_a_message_and_nothing_is_published(make_video, _media_root):
    video = make_video(transcode=False)
    video.source.storage.delete(video.source.name)
    video.source.storage.save(video.source.name, ContentFile(b"%PDF-1.4 not a video"))
    transcode_video.call(video.pk, video.source.name)  # must not raise
    video.refresh_from_db()
    assert video.status == Video.Status.FAILED
    assert "not a video file" in video.error
    assert not (_media_root / OUTPUT_DIR).exists() or not any(
        (_media_root / OUTPUT_DIR).rglob("*.*")
    )


def test_a_missing_ffmpeg_fails_cleanly_after_its_attempts(make_video, settings):
    settings.VIDEO_FFMPEG_BINARY = "/nonexistent/ffmpeg"
    video = make_video(transcode=False)
    transcode_video.call(video.pk, video.source.name)
    video.refresh_from_db()
    assert video.status == Video.Status.FAILED
    assert "No such file" in video.error
    assert not Video.objects.published().exists()


def test_a_retranscode_keeps_the_old_files_until_the_new_ones_are_ready(ready_video, _media_root):
    old_token = ready_video.output_token
    ready_video.poster_time = 0.5
    ready_video.save()
    assert ready_video.status == Video.Status.PENDING
    transcode_video.call(ready_video.pk, ready_video.source.name)
    ready_video.refresh_from_db()
    assert ready_video.status == Video.Status.READY
    assert ready_video.output_token != old_token
    assert not (_media_root / OUTPUT_DIR / old_token).exists()


def test_a_superseded_job_does_nothing(make_video):
    video = make_video(transcode=False)
    transcode_video.call(video.pk, "videos/sources/old/other.mp4")
    video.refresh_from_db()
    assert video.status == Video.Status.PENDING and video.attempts == 0
