"""Episode audio is reachable by URL only while the episode is live and public."""

import io
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction, Revision

from broadsheet.podcasts.models import PRIVATE_AUDIO_NAME, EpisodePage

from ..factories import EpisodePageFactory, mp3_bytes


def _restrict(page, kind):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="pw" if kind == "password" else ""
    )


def episode_in_state(state, show):
    now = timezone.now()
    if state == "draft":
        return EpisodePageFactory(parent=show, publish=False)
    if state == "scheduled":
        episode = EpisodePageFactory(parent=show, publish=False)
        episode.go_live_at = now + timedelta(days=1)
        episode.save_revision().publish()
        episode.refresh_from_db()
        assert not episode.live
        return episode
    episode = EpisodePageFactory(parent=show, published_at=now - timedelta(hours=1))
    if state in ("password", "login"):
        _restrict(episode, state)
    elif state == "show restricted to signed-in listeners":
        _restrict(show, PageViewRestriction.LOGIN)
    elif state == "unpublished again":
        episode.unpublish()
    elif state == "expired":
        EpisodePage.objects.filter(pk=episode.pk).update(expire_at=now - timedelta(minutes=1))
    return episode


STATES = [
    "live",
    "draft",
    "scheduled",
    "password",
    "login",
    "show restricted to signed-in listeners",
    "unpublished again",
    "expired",
]


@pytest.mark.parametrize("state", STATES)
def test_audio_url_answers_only_for_a_live_public_episode(client, show, state):
    episode = episode_in_state(state, show)
    response = client.get(episode.audio_url)
    assert response.status_code == (200 if state == "live" else 404)
    if state == "live":
        assert b"".join(response.streaming_content) == episode.audio.read()
    # Never as a raw media file, whatever the state.
    assert client.get("/media/" + episode.audio.name).status_code == 404


def test_the_old_audio_url_is_404_once_unpublished(client, episode):
    url = episode.audio_url
    assert client.get(url).status_code == 200
    episode.unpublish()
    assert client.get(url).status_code == 404
    episode.save_revision().publish()
    assert client.get(url).status_code == 200


def test_audio_is_stored_under_an_unguessable_name(show):
    first = EpisodePageFactory(parent=show, slug="tide-one")
    second = EpisodePageFactory(parent=show, slug="tide-two")
    for episode in (first, second):
        assert PRIVATE_AUDIO_NAME.match(episode.audio.name), episode.audio.name
        assert str(timezone.now().year) not in episode.audio.name.split("/")[2]
    assert first.audio.name.split("/")[2] != second.audio.name.split("/")[2]


def test_feed_enclosure_player_and_api_still_serve_a_live_episode(client, show, episode):
    feed = client.get(show.url + "feed/").content.decode()
    assert f'url="{settings.BASE_URL}{episode.audio_url}"' in feed
    assert episode.audio_url in client.get(episode.url).content.decode()
    api = client.get(f"/api/v1/episodes/{episode.pk}").json()
    assert client.get(api["audio_url"]).status_code == 200


@pytest.mark.parametrize(
    "server, header",
    [("x-accel-redirect", "X-Accel-Redirect"), ("x-sendfile", "X-Sendfile")],
    ids=["nginx", "apache"],
)
def test_a_front_proxy_sends_the_file_after_the_check(client, settings, episode, server, header):
    settings.PROTECTED_MEDIA_SERVER = server
    response = client.get(episode.audio_url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b""  # the proxy sends the bytes
    if server == "x-accel-redirect":
        assert response[header] == "/_protected/" + episode.audio.name
    else:
        assert Path(response[header]) == Path(settings.MEDIA_ROOT) / episode.audio.name
        assert Path(response[header]).read_bytes() == episode.audio.read()
    assert response["Content-Type"] == "audio/mpeg"
    assert "public" in response["Cache-Control"]

    episode.unpublish()
    response = client.get(episode.audio_url)
    assert response.status_code == 404 and not response.has_header(header)


def test_secure_audio_names_moves_old_guessable_files(client, show):
    episode = EpisodePageFactory(parent=show)
    new_name = episode.audio.name
    data = default_storage.open(new_name).read()
    old_name = default_storage.save("podcasts/audio/2025/05/harbour.mp3", ContentFile(data))
    default_storage.delete(new_name)
    EpisodePage.objects.filter(pk=episode.pk).update(audio=old_name)
    revisions = Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(EpisodePage), object_id=str(episode.pk)
    )
    for revision in revisions:
        revision.content["audio"] = old_name
        revision.save(update_fields=["content"])

    out = io.StringIO()
    call_command("secure_audio_names", stdout=out)

    episode.refresh_from_db()
    assert PRIVATE_AUDIO_NAME.match(episode.audio.name)
    assert episode.audio.name.endswith("/harbour.mp3")
    assert not default_storage.exists(old_name)
    assert default_storage.open(episode.audio.name).read() == data
    assert {r.content["audio"] for r in revisions.all()} == {episode.audio.name}
    assert client.get(episode.audio_url).status_code == 200
    assert "1 audio file(s) moved" in out.getvalue()

    again = io.StringIO()
    call_command("secure_audio_names", stdout=again)
    assert "0 audio file(s) moved" in again.getvalue()
    episode.refresh_from_db()
    assert default_storage.open(episode.audio.name).read() == data


def test_secure_audio_names_dry_run_changes_nothing(show):
    episode = EpisodePageFactory(parent=show)
    old_name = default_storage.save("podcasts/audio/2025/06/x.mp3", ContentFile(mp3_bytes(1.0)))
    EpisodePage.objects.filter(pk=episode.pk).update(audio=old_name)
    out = io.StringIO()
    call_command("secure_audio_names", "--dry-run", stdout=out)
    assert f"Would move {old_name}" in out.getvalue()
    episode.refresh_from_db()
    assert episode.audio.name == old_name and default_storage.exists(old_name)
