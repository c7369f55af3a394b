import json
import re

from django.conf import settings

from ..delivery.schema_org import validate

BASE = settings.BASE_URL

JSONLD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def jsonld(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {
        node["@type"]: node for node in map(json.loads, JSONLD.findall(response.content.decode()))
    }


def test_show_page_carries_podcast_series(client, show, episode):
    nodes = jsonld(client, show.url)
    assert set(nodes) == {"PodcastSeries"}
    series = nodes["PodcastSeries"]
    assert validate(series) == []
    assert series["name"] == "Harbour Hour"
    assert series["url"] == show.full_url
    assert series["webFeed"] == show.full_url + "feed/"
    assert series["description"] == show.description
    assert series["inLanguage"] == "en"
    assert series["image"].startswith(f"{BASE}/media/")
    assert series["publisher"]["@type"] == "NewsMediaOrganization"


def test_episode_page_carries_podcast_episode(client, show, episode):
    nodes = jsonld(client, episode.url)
    assert set(nodes) == {"PodcastEpisode"}
    node = nodes["PodcastEpisode"]
    assert validate(node) == []
    assert node["name"] == "The night the sea wall held"
    assert node["episodeNumber"] == 7
    assert node["partOfSeason"] == {"@type": "PodcastSeason", "seasonNumber": 2}
    assert node["partOfSeries"]["url"] == show.full_url
    assert node["datePublished"] == episode.published_at.isoformat()
    assert node["datePublished"].endswith("+00:00")
    assert node["duration"] == "PT4S"
    assert [p["name"] for p in node["actor"]] == ["Ines Paul", "Omar Reyes"]
    media = node["associatedMedia"]
    assert media["@type"] == "AudioObject"
    assert media["contentUrl"] == f"{BASE}" + episode.audio_url
    assert media["encodingFormat"] == episode.audio_type
    assert media["contentSize"] == f"{episode.audio_size} B"
    assert "Welcome aboard." in media["transcript"]


def test_episode_without_number_season_or_transcript_still_validates(client, make_episode):
    episode = make_episode(number=None, season=None, transcript="")
    node = jsonld(client, episode.url)["PodcastEpisode"]
    assert validate(node) == []
    assert "episodeNumber" not in node
    assert "partOfSeason" not in node
    assert "transcript" not in node["associatedMedia"]


def test_validator_rejects_a_bad_duration_and_unknown_property():
    node = {"@type": "PodcastEpisode", "duration": "4 seconds", "runtime": "PT4S"}
    errors = validate(node)
    assert any("duration" in e for e in errors)
    assert any("runtime" in e for e in errors)
