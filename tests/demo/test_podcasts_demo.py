import io

import podcastparser
from django.conf import settings
from django.core.management import call_command

from broadsheet.demo import data
from broadsheet.podcasts.audio import inspect_audio
from broadsheet.podcasts.models import EpisodePage, PodcastIndexPage, ShowPage
from broadsheet.podcasts.transcripts import parse_webvtt

BASE = settings.BASE_URL


def test_demo_builds_two_shows_of_six_playable_episodes(
    db, client, settings, tmp_path, monkeypatch
):
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setenv("ADMIN_PASSWORD", "demo-pass-123")
    call_command("demo", "--articles", "2")
    call_command("demo", "--articles", "2")  # a second run adds nothing

    assert PodcastIndexPage.objects.live().count() == 1
    shows = list(ShowPage.objects.live().order_by("path"))
    assert [s.title for s in shows] == [s["title"] for s in data.load().podcasts["shows"]]
    for show in shows:
        assert show.artwork.width == show.artwork.height >= 1400
        episodes = list(show.episodes())
        assert len(episodes) == 6
        for episode in episodes:
            info = inspect_audio(episode.audio)
            assert 5 <= episode.duration == info.duration <= 60
            assert episode.audio_size == info.size and episode.audio_type == "audio/mpeg"
            assert episode.transcript.strip()
            if episode.transcript_format == "text/vtt":
                assert len(parse_webvtt(episode.transcript)) >= 3
            assert episode.credits.filter(role="host").exists()

        feed_url = show.url + show.reverse_subpage("feed")
        parsed = podcastparser.parse(f"{BASE}" + feed_url, io.BytesIO(client.get(feed_url).content))
        assert len(parsed["episodes"]) == 6
        durations = {item["title"]: item["total_time"] for item in parsed["episodes"]}
        assert durations == {e.title: e.duration for e in episodes}
        assert {item["type"] for item in parsed["episodes"]} >= {"full"}

    assert EpisodePage.objects.count() == 12
    episode = EpisodePage.objects.published().newest_first().first()
    assert client.get(episode.url).status_code == 200
    assert client.get(episode.audio_url, HTTP_RANGE="bytes=0-1").status_code == 206
