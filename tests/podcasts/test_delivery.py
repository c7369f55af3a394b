from datetime import timedelta

import pytest
from django.utils import timezone

from broadsheet.core.ranges import UnsatisfiableRange, parse_range

from ..factories import EpisodePageFactory


@pytest.mark.parametrize(
    "header, expected",
    [
        ("bytes=0-99", (0, 99)),
        ("bytes=100-", (100, 999)),
        ("bytes=-100", (900, 999)),
        ("bytes=-5000", (0, 999)),
        ("bytes=990-5000", (990, 999)),
        ("bytes=0-0", (0, 0)),
        ("BYTES = 5 - 9", (5, 9)),
        ("bytes=0-9, 20-29", (0, 29)),
        ("bytes=2000-2100, 10-19", (10, 19)),
    ],
    ids=[
        "first bytes",
        "open ended",
        "suffix",
        "suffix longer than file",
        "end past the file is clamped",
        "one byte",
        "spacing and case",
        "several ranges coalesce",
        "unsatisfiable part is dropped",
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, 1000) == expected


MALFORMED = [
    "bytes=abc",
    "bytes=5-1",
    "items=0-1",
    "bytes=",
    "bytes",
    "=0-1",
    "bytes=-",
    "bytes=99999999-",
    "bytes=50000000-60000000",
    "bytes=-0",
    "bytes=0-1,",
    "bytes=1-2-3",
    "bytes=0x10-20",
    "bytes=" + ",".join(["0-1"] * 17),
    "bytes=\x00-1",
    "bytes=٣-٥",
]
MALFORMED_IDS = [
    "letters",
    "last before first",
    "wrong unit",
    "no ranges",
    "no equals",
    "no unit",
    "bare dash",
    "starts at end",
    "starts past end",
    "empty suffix",
    "trailing comma",
    "three numbers",
    "hex",
    "too many ranges",
    "nul byte",
    "non-ascii digits",
]


@pytest.mark.parametrize("header", MALFORMED, ids=MALFORMED_IDS)
def test_parse_range_refuses(header):
    with pytest.raises(UnsatisfiableRange):
        parse_range(header, 1000)


def test_empty_file_has_no_satisfiable_range():
    with pytest.raises(UnsatisfiableRange):
        parse_range("bytes=0-", 0)


# The delivery view -----------------------------------------------------------------------
def _audio(episode):
    episode.audio.open("rb")
    try:
        return episode.audio.read()
    finally:
        episode.audio.close()


def test_full_download_has_type_length_and_cache_headers(client, episode):
    response = client.get(episode.audio_url)
    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert body == _audio(episode)
    assert response["Content-Type"] == "audio/mpeg"
    assert response["Content-Length"] == str(episode.audio_size) == str(len(body))
    assert response["Accept-Ranges"] == "bytes"
    assert "public" in response["Cache-Control"] and "max-age=86400" in response["Cache-Control"]
    assert response["ETag"].startswith('"')
    assert "Last-Modified" in response
    assert not response.cookies


@pytest.mark.parametrize(
    "header, first, last",
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-50", None, None)],
    ids=["start", "open ended", "suffix"],
)
def test_range_request_gets_206_with_exact_bytes(client, episode, header, first, last):
    data = _audio(episode)
    size = len(data)
    if header == "bytes=-50":
        first, last = size - 50, size - 1
    last = size - 1 if last is None else last
    response = client.get(episode.audio_url, HTTP_RANGE=header)
    body = b"".join(response.streaming_content)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {first}-{last}/{size}"
    assert response["Content-Length"] == str(last - first + 1)
    assert body == data[first : last + 1]
    assert response["Content-Type"] == "audio/mpeg"


@pytest.mark.parametrize("header", MALFORMED, ids=MALFORMED_IDS)
def test_malformed_or_unsatisfiable_range_is_416_never_500(client, episode, header):
    response = client.get(episode.audio_url, HTTP_RANGE=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{episode.audio_size}"


def test_head_answers_headers_without_body(client, episode):
    response = client.head(episode.audio_url, HTTP_RANGE="bytes=0-9")
    assert response.status_code == 206
    assert response["Content-Length"] == "10"
    assert response.content == b""


def test_if_range_with_an_old_etag_gets_the_whole_file(client, episode):
    response = client.get(episode.audio_url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"stale"')
    assert response.status_code == 200
    current = client.get(episode.audio_url)["ETag"]
    response = client.get(episode.audio_url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=current)
    assert response.status_code == 206


def test_matching_etag_is_not_modified(client, episode):
    etag = client.get(episode.audio_url)["ETag"]
    response = client.get(episode.audio_url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_post_is_not_allowed(client, episode):
    assert client.post(episode.audio_url).status_code == 405


def test_unpublished_episode_and_wrong_file_name_are_404(client, episode, django_user_model):
    url = episode.audio_url
    assert client.get(url.replace(".mp3", ".ogg")).status_code == 404
    assert client.get("/podcasts/audio/999999/x.mp3").status_code == 404
    episode.unpublish()
    assert client.get(url).status_code == 404
    editor = django_user_model.objects.create_superuser("editor", "e@example.com", "x")
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_future_episode_audio_is_not_served(client, make_episode):
    later = make_episode(published_at=timezone.now() + timedelta(days=1))
    assert client.get(later.audio_url).status_code == 404


def test_delivery_reads_through_the_storage_api_not_the_local_disk(client, show, settings):
    """Object storage (S3 and the like) has no local path: the view must only use the
    storage API. Django's in-memory storage stands in for it."""

    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    episode = EpisodePageFactory(parent=show, seconds=2.0)
    assert type(episode.audio.storage._wrapped).__name__ == "InMemoryStorage"
    assert not (settings.MEDIA_ROOT / episode.audio.name).exists()  # nothing on local disk
    data = b"".join(client.get(episode.audio_url).streaming_content)
    assert len(data) == episode.audio_size
    response = client.get(episode.audio_url, HTTP_RANGE="bytes=10-19")
    assert response.status_code == 206
    assert b"".join(response.streaming_content) == data[10:20]
    assert response["Content-Range"] == f"bytes 10-19/{episode.audio_size}"
