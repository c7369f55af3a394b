"""Pushed streams served to players: content types, caching, and who may fetch them."""

import os
import time
from pathlib import Path

import pytest

from broadsheet.channels.models import LiveChannelPage

from .conftest import write_stream

pytestmark = pytest.mark.django_db


@pytest.fixture
def channel(make_channel, stream_root):
    write_stream(stream_root)
    return make_channel(shows=[("Morning news", -5, 55)])


def body(response):
    return b"".join(response.streaming_content)


def test_playlist_is_fresh_for_a_second(client, channel):
    response = client.get("/channels/news/index.m3u8")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.apple.mpegurl"
    assert response["Cache-Control"] == "public, max-age=1"
    assert body(response).startswith(b"#EXTM3U")
    assert response.get("X-Cache") is None  # never kept by the page cache


def test_playlist_etag_follows_its_content_not_its_size(client, channel, stream_root):
    first = client.get("/channels/news/index.m3u8")["ETag"]
    playlist = stream_root / "news" / "index.m3u8"
    playlist.write_text(playlist.read_text().replace("seg_100", "seg_102"))  # same size
    assert client.get("/channels/news/index.m3u8")["ETag"] != first


def test_segment_is_kept_long_with_byte_ranges(client, channel):
    response = client.get("/channels/news/seg_100.ts")
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp2t"
    assert "max-age=86400" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert len(body(response)) == 1880
    partial = client.get("/channels/news/seg_100.ts", HTTP_RANGE="bytes=0-187")
    assert partial.status_code == 206 and len(body(partial)) == 188


def test_stale_playlist_means_the_stream_is_down(client, channel, stream_root, settings):
    playlist = stream_root / "news" / "index.m3u8"
    old = time.time() - settings.CHANNELS_STREAM_STALE_AFTER - 5
    os.utime(playlist, (old, old))
    assert client.get("/channels/news/index.m3u8").status_code == 404


@pytest.mark.parametrize(
    "path",
    (
        "/channels/news/../../secret.ts",
        "/channels/news/notes.txt",
        "/channels/news/seg_999.ts",
        "/channels/other/index.m3u8",
        "/channels/News/index.m3u8",
    ),
    ids=["traversal", "not a media file", "missing segment", "unknown stream", "bad name"],
)
def test_other_files_are_not_found(client, channel, stream_root, path):
    (stream_root / "other").mkdir()
    (stream_root / "news" / "notes.txt").write_text("private")
    write_stream(stream_root, "other")
    assert client.get(path).status_code == 404


def test_streams_of_switched_off_or_draft_channels_are_private(
    client, admin_client, channel, make_channel
):
    LiveChannelPage.objects.filter(pk=channel.pk).update(enabled=False)
    assert client.get("/channels/news/index.m3u8").status_code == 404
    previewed = admin_client.get("/channels/news/index.m3u8")
    assert previewed.status_code == 200  # editors may check the feed before switching on
    assert "no-store" in previewed["Cache-Control"] and "private" in previewed["Cache-Control"]


def test_a_front_proxy_sends_segments_from_under_media_root(client, settings, make_channel):
    settings.CHANNELS_STREAM_ROOT = ""  # the default: MEDIA_ROOT/live
    settings.PROTECTED_MEDIA_SERVER = "x-accel-redirect"
    settings.PROTECTED_MEDIA_PREFIX = "/_protected/"
    write_stream(Path(settings.MEDIA_ROOT) / "live")
    make_channel(shows=[("Morning news", -5, 55)])
    response = client.get("/channels/news/seg_101.ts")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/_protected/live/news/seg_101.ts"
    assert response["Content-Type"] == "video/mp2t"
