"""The show feed, checked against Apple's podcast RSS requirements element by element and
read back with podcastparser, the parser gPodder uses."""

import email.utils
import io
from datetime import timedelta

import podcastparser
import pytest
from defusedxml import ElementTree as ET
from django.conf import settings
from django.utils import timezone
from PIL import Image

from broadsheet.core.sites import sync_default_site
from broadsheet.podcasts.feeds import ARTWORK_SPEC, podcast_guid
from broadsheet.podcasts.models import EpisodePage

BASE = settings.BASE_URL

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"


@pytest.fixture
def feed_url(show):
    return show.url + show.reverse_subpage("feed")


@pytest.fixture
def channel(client, feed_url, episode):
    response = client.get(feed_url)
    assert response.status_code == 200
    return ET.fromstring(response.content).find("channel")


def test_feed_response_is_rss_and_publicly_cacheable(client, feed_url, episode):
    response = client.get(feed_url)
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    head = response.content[:400].decode()
    assert 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' in head
    assert 'xmlns:podcast="https://podcastindex.org/namespace/1.0"' in head


def test_channel_has_apples_required_and_recommended_tags(channel, show):
    assert channel.findtext("title") == "Harbour Hour"
    assert channel.findtext("link") == BASE + show.url
    assert channel.findtext("description") == show.description
    assert channel.findtext("language") == "en"
    image = channel.find(f"{ITUNES}image")
    assert image.get("href").startswith(BASE + "/") and image.get("href").endswith(".jpg")
    category = channel.find(f"{ITUNES}category")
    assert category.get("text") == "News"
    assert category.find(f"{ITUNES}category").get("text") == "Daily News"
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    assert channel.findtext(f"{ITUNES}author") == "The Daily Test"
    owner = channel.find(f"{ITUNES}owner")
    assert owner.findtext(f"{ITUNES}name") == "Test Podcasts"
    assert owner.findtext(f"{ITUNES}email") == "podcasts@example.com"
    assert channel.findtext("copyright") == "© 2026 Test Media"
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link.get("rel") == "self"
    assert self_link.get("href") == BASE + show.url + "feed/"
    assert channel.findtext(f"{PODCAST}guid") == podcast_guid(self_link.get("href"))


def test_artwork_in_feed_is_a_square_jpeg_of_at_least_1400px(channel, show):
    rendition = show.artwork.get_rendition(ARTWORK_SPEC)
    assert channel.find(f"{ITUNES}image").get("href") == BASE + rendition.url
    with rendition.file.open("rb") as handle, Image.open(handle) as image:
        assert image.format == "JPEG"
        assert image.width == image.height >= 1400


def test_item_has_apples_required_and_recommended_tags(channel, episode):
    item = channel.find("item")
    assert item.findtext("title") == "The night the sea wall held"
    enclosure = item.find("enclosure")
    assert enclosure.get("url") == BASE + episode.audio_url
    assert enclosure.get("length") == str(episode.audio_size)
    assert int(enclosure.get("length")) > 0
    assert enclosure.get("type") == "audio/mpeg"
    guid = item.find("guid")
    assert guid.text == str(episode.guid)
    assert guid.get("isPermaLink") == "false"
    published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
    assert abs(published - episode.published_at) < timedelta(seconds=1)
    assert item.findtext("pubDate").endswith("+0000")
    assert item.findtext("description") == episode.summary
    assert item.findtext("link") == BASE + episode.url
    assert item.findtext(f"{ITUNES}duration") == "4"
    assert item.findtext(f"{ITUNES}episode") == "7"
    assert item.findtext(f"{ITUNES}season") == "2"
    assert item.findtext(f"{ITUNES}episodeType") == "full"
    assert item.findtext(f"{ITUNES}explicit") == "false"
    transcript = item.find(f"{PODCAST}transcript")
    assert transcript.get("url") == BASE + episode.url + "transcript/"
    assert transcript.get("type") == "text/vtt"
    people = [(p.get("role"), p.text) for p in item.findall(f"{PODCAST}person")]
    assert people == [("host", "Ines Paul"), ("guest", "Omar Reyes")]


def test_transcript_url_serves_the_transcript_with_its_type(client, episode):
    response = client.get(episode.url + "transcript/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content.decode().startswith("WEBVTT")


def test_item_without_transcript_or_numbers_leaves_those_tags_out(client, feed_url, make_episode):
    make_episode(title="Bonus chat", number=None, season=None, episode_type="bonus")
    item = ET.fromstring(client.get(feed_url).content).find("channel/item")
    assert item.findtext("title") == "Bonus chat"
    assert item.find(f"{ITUNES}episode") is None
    assert item.find(f"{ITUNES}season") is None
    assert item.find(f"{PODCAST}transcript") is None
    assert item.findtext(f"{ITUNES}episodeType") == "bonus"


def test_explicit_show_says_true(client, show, feed_url, episode):
    show.explicit = True
    show.save_revision().publish()
    channel = ET.fromstring(client.get(feed_url).content).find("channel")
    assert channel.findtext(f"{ITUNES}explicit") == "true"
    assert channel.find("item").findtext(f"{ITUNES}explicit") == "true"


def test_feed_lists_only_published_episodes_newest_first(client, feed_url, make_episode):
    now = timezone.now()
    make_episode(title="Older", published_at=now - timedelta(days=2))
    make_episode(title="Newer", published_at=now - timedelta(days=1))
    make_episode(title="Tomorrow", published_at=now + timedelta(days=1))
    make_episode(title="Draft", publish=False)
    channel = ET.fromstring(client.get(feed_url).content).find("channel")
    assert [item.findtext("title") for item in channel.findall("item")] == ["Newer", "Older"]


def test_podcastparser_reads_every_episode_with_right_duration_size_and_type(
    client, show, feed_url, make_episode
):
    now = timezone.now()
    lengths = [2.0, 5.0, 9.0]
    for index, seconds in enumerate(lengths):
        make_episode(
            title=f"Part {index + 1}",
            number=index + 1,
            seconds=seconds,
            published_at=now - timedelta(days=3 - index),
        )
    response = client.get(feed_url)
    parsed = podcastparser.parse(BASE + feed_url, io.BytesIO(response.content))

    assert parsed["title"] == "Harbour Hour"
    assert parsed["itunes_categories"] == [["News", "Daily News"]]
    assert parsed["explicit"] is False
    assert parsed["itunes_owner"] == {"name": "Test Podcasts", "email": "podcasts@example.com"}
    assert parsed["cover_url"].endswith(".jpg")
    by_title = {item["title"]: item for item in parsed["episodes"]}
    assert set(by_title) == {"Part 1", "Part 2", "Part 3"}
    for index, seconds in enumerate(lengths):
        stored = EpisodePage.objects.get(title=f"Part {index + 1}")
        item = by_title[f"Part {index + 1}"]
        assert item["total_time"] == round(seconds)
        assert item["number"] == index + 1
        assert item["guid"] == str(stored.guid)
        (enclosure,) = item["enclosures"]
        assert enclosure == {
            "url": BASE + stored.audio_url,
            "file_size": stored.audio_size,
            "mime_type": "audio/mpeg",
        }
        # The size announced is the size delivered.
        assert client.head(stored.audio_url)["Content-Length"] == str(enclosure["file_size"])
    # Every URL the parser hands a podcast app is on BASE_URL and answers.
    named = [parsed.get("link"), parsed["cover_url"]]
    named += [
        url
        for item in parsed["episodes"]
        for url in (item.get("link"), item.get("episode_art_url"))
    ]
    named += [e["url"] for item in parsed["episodes"] for e in item["enclosures"]]
    for url in filter(None, named):
        assert url.startswith(BASE + "/"), url
        assert client.get(url.removeprefix(BASE)).status_code == 200, url


def test_podcast_guid_follows_the_podcasting_2_0_example():
    # The namespace's documented example: this feed URL has this guid.
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == (
        "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    )


def test_podcast_guid_is_made_once_and_survives_a_move(client, show, settings):
    feed = show.url + "feed/"
    first = ET.fromstring(client.get(feed).content).find("channel").findtext(f"{PODCAST}guid")
    assert first == podcast_guid(f"{BASE}{feed}")
    settings.BASE_URL = "http://127.0.0.1:8100"
    sync_default_site()
    channel = ET.fromstring(client.get(feed).content).find("channel")
    assert channel.findtext("link").startswith("http://127.0.0.1:8100/")
    assert channel.findtext(f"{PODCAST}guid") == first
    # A new revision of the show keeps it too.
    show.title = "Harbour Hour Weekly"
    show.save_revision().publish()
    again = ET.fromstring(client.get(feed).content).find("channel")
    assert again.findtext(f"{PODCAST}guid") == first
