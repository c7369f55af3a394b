from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from broadsheet.newsroom.models import ArticleViewCount
from broadsheet.newsroom.popularity import hour_of
from broadsheet.podcasts.models import CreditRole

from ..factories import (
    AuthorFactory,
    EpisodePageFactory,
    PodcastIndexPageFactory,
    ShowPageFactory,
)
from .test_endpoints import get_json

BASE = settings.BASE_URL


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def show(home):
    index = PodcastIndexPageFactory(parent=home)
    return ShowPageFactory(parent=index, title="Harbour Hour", slug="harbour-hour")


def episode(show, hours_ago, **kwargs):
    return EpisodePageFactory(
        parent=show, published_at=timezone.now() - timedelta(hours=hours_ago), **kwargs
    )


def read(article, views):
    ArticleViewCount.objects.create(article=article, hour=hour_of(timezone.now()), views=views)


def test_most_read_follows_view_counts(client, make_article):
    quiet = make_article(title="Quiet story")
    busy = make_article(title="Busy story")
    make_article(title="Unread story")
    read(quiet, 3)
    read(busy, 40)
    response = get_json(client, "/api/v1/editions/en/most-read")
    assert "public" in response["Cache-Control"]
    assert response["ETag"]
    assert [a["headline"] for a in response.json()] == ["Busy story", "Quiet story"]
    assert response.json()[0]["url"] == busy.full_url
    assert [a["id"] for a in get_json(client, "/api/v1/editions/en/most-read?limit=1").json()] == [
        busy.pk
    ]


def test_most_read_bad_input_is_json(client, home):
    assert get_json(client, "/api/v1/editions/en/most-read?limit=0", 400).json()["detail"]
    assert get_json(client, "/api/v1/editions/en/most-read?limit=x", 400).json()["detail"]
    assert get_json(client, "/api/v1/editions/xx/most-read", 404).json()["detail"]
    assert get_json(client, "/api/v1/editions/en/most-read").json() == []


def test_podcasts_lists_the_editions_shows(client, show):
    data = get_json(client, "/api/v1/editions/en/podcasts").json()
    assert len(data) == 1
    assert data[0]["id"] == show.pk
    assert data[0]["title"] == "Harbour Hour"
    assert data[0]["url"] == show.full_url
    assert data[0]["feed_url"] == show.full_url + "feed/"
    assert data[0]["language"] == "en"
    assert data[0]["category"] == "News > Daily News"
    assert data[0]["artwork_url"].startswith(f"{BASE}/media/")
    assert get_json(client, "/api/v1/editions/xx/podcasts", 404).json()["detail"]


def test_episodes_page_newest_first_with_cursor(client, show):
    old = episode(show, 30, title="Old tide")
    mid = episode(show, 20, title="Middle tide")
    new = episode(show, 10, title="New tide")
    draft = episode(show, 5, title="Draft tide", publish=False)
    first = get_json(client, f"/api/v1/podcasts/{show.pk}/episodes?limit=2").json()
    assert [e["id"] for e in first["items"]] == [new.pk, mid.pk]
    second = get_json(
        client, f"/api/v1/podcasts/{show.pk}/episodes?limit=2&cursor={first['next_cursor']}"
    ).json()
    assert [e["id"] for e in second["items"]] == [old.pk]
    assert second["next_cursor"] is None
    assert draft.pk not in {e["id"] for e in first["items"] + second["items"]}
    item = first["items"][0]
    assert item["show_id"] == show.pk
    assert item["audio_url"] == f"{BASE}" + new.audio_url
    assert item["audio_type"] == "audio/mpeg"
    assert item["audio_size"] == new.audio_size > 0
    assert item["duration"] == new.duration


def test_episodes_bad_input_is_json(client, show):
    assert get_json(client, f"/api/v1/podcasts/{show.pk}/episodes?cursor=%%%", 400).json()
    assert get_json(client, f"/api/v1/podcasts/{show.pk}/episodes?limit=51", 400).json()
    assert get_json(client, "/api/v1/podcasts/999999/episodes", 404).json()["detail"]
    assert get_json(client, "/api/v1/podcasts/0/episodes", 400).json()["detail"]


def test_episode_detail_has_audio_transcript_and_people(client, show):
    host = AuthorFactory(name="Ines Paul", slug="ines-paul")
    guest = AuthorFactory(name="Omar Reyes", slug="omar-reyes")
    ep = episode(
        show,
        1,
        seconds=4.0,
        season=2,
        number=7,
        transcript="WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nWelcome aboard.\n",
        transcript_format="text/vtt",
        credits=[(host, CreditRole.HOST), (guest, CreditRole.GUEST)],
    )
    response = get_json(client, f"/api/v1/episodes/{ep.pk}")
    data = response.json()
    assert data["title"] == ep.title
    assert data["duration"] == 4
    assert data["audio_size"] == ep.audio_size
    assert data["audio_type"] == "audio/mpeg"
    assert data["season"] == 2 and data["number"] == 7
    assert data["transcript_url"] == ep.full_url + "transcript/"
    assert data["transcript_type"].startswith("text/vtt")
    assert data["show_notes"] == "<p>With the harbour master.</p>"
    assert [h["slug"] for h in data["hosts"]] == ["ines-paul"]
    assert [g["slug"] for g in data["guests"]] == ["omar-reyes"]
    # The URLs it hands out work.
    assert client.get(data["audio_url"]).status_code == 200
    assert b"Welcome aboard." in client.get(data["transcript_url"]).content
    etag = response["ETag"]
    assert client.get(f"/api/v1/episodes/{ep.pk}", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_episode_detail_hides_unpublished_and_unknown(client, show):
    draft = episode(show, 1, publish=False)
    future = episode(show, -5)
    bare = episode(show, 1, transcript="")
    assert get_json(client, f"/api/v1/episodes/{draft.pk}", 404).json()["detail"]
    assert get_json(client, f"/api/v1/episodes/{future.pk}", 404).json()["detail"]
    assert get_json(client, "/api/v1/episodes/999999", 404).json()["detail"]
    assert get_json(client, "/api/v1/episodes/abc", 400).json()["detail"]
    data = get_json(client, f"/api/v1/episodes/{bare.pk}").json()
    assert data["transcript_url"] is None and data["transcript_type"] is None
