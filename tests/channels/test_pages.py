import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from broadsheet.channels.models import LiveChannelPage

from ..factories import SectionPageFactory, translate
from .conftest import write_stream

pytestmark = pytest.mark.django_db


def jsonld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def live_label(html):
    match = re.search(r'<a class="site-live" href="([^"]+)"', html)
    return match.group(1) if match else None


def test_on_air_channel_shows_the_player_now_next_and_the_day(client, make_channel, stream_root):
    write_stream(stream_root)
    channel = make_channel(shows=[("Morning news", -30, 30), ("Harbour hour", 30, 90)])
    response = client.get(channel.url)
    html = response.content.decode()
    assert response.status_code == 200
    # The video app's player, as a live player, playing the pushed stream's playlist.
    assert 'data-video-player data-live data-hls="/channels/news/index.m3u8"' in html
    assert html.count("data-video-player") == 2  # the player and its copy for after the slate
    assert 'class="channel-slate"' in html and 'data-channel-slate role="status" hidden' in html
    now = html[html.index("channel__now") :]
    assert (
        now.index("On now")
        < now.index("Morning news")
        < now.index("Next")
        < now.index("Harbour hour")
    )
    schedule = html[html.index('id="channel-schedule-heading"') :]
    assert schedule.index("Morning news") < schedule.index("Harbour hour")
    assert 'aria-current="true"' in schedule


def test_off_air_channel_shows_the_slate_with_the_next_show(client, make_channel, stream_root):
    write_stream(stream_root)
    channel = make_channel(shows=[("Harbour hour", 30, 90)])
    next_start = timezone.localtime(channel.shows.get().starts_at).strftime("%H:%M")
    html = client.get(channel.url).content.decode()
    assert "data-video-player" not in html
    assert "We are off air." in html
    assert f"Next: Harbour hour at {next_start}" in html
    assert jsonld(html) == []  # no BroadcastEvent while nothing is broadcast


def test_channel_without_a_source_shows_the_slate(client, make_channel, stream_root):
    channel = make_channel(shows=[("Morning news", -30, 30)])
    LiveChannelPage.objects.filter(pk=channel.pk).update(source_kind="")
    html = client.get(channel.url).content.decode()
    assert "data-video-player" not in html and "We are off air." in html


def test_stopped_encoder_shows_the_interrupted_slate_and_keeps_the_player_for_later(
    client, make_channel, stream_root
):
    channel = make_channel(shows=[("Morning news", -30, 30)])  # on the air, nothing pushed
    html = client.get(channel.url).content.decode()
    slate = html[html.index('class="channel-slate"') :]
    assert slate.index("The broadcast is interrupted.") < slate.index("</div>\n</div>")
    assert 'data-channel-slate role="status">' in html  # shown
    assert "data-channel-player hidden></div>" in html  # no live player yet
    assert "<template data-channel-player-template>" in html  # channel.js brings it back


def test_broadcast_event_jsonld_of_the_current_show(client, make_channel, stream_root):
    write_stream(stream_root)
    channel = make_channel(shows=[("Morning news", -30, 30)], intro="News all day.")
    show = channel.shows.get()
    (video,) = jsonld(client.get(channel.url).content.decode())
    assert video["@type"] == "VideoObject"
    assert video["name"] == "Broadsheet TV: Morning news"
    for required in ("description", "thumbnailUrl", "uploadDate", "contentUrl", "embedUrl"):
        assert video[required]
    assert video["contentUrl"] == "https://news.example.test/channels/news/index.m3u8"
    event = video["publication"]
    assert event["@type"] == "BroadcastEvent"
    assert event["isLiveBroadcast"] is True
    assert event["name"] == "Morning news"
    assert event["startDate"] == show.starts_at.replace(microsecond=0).isoformat()
    assert event["endDate"] == show.ends_at.replace(microsecond=0).isoformat()
    assert event["videoFormat"] == "HD"
    assert event["publishedOn"]["@type"] == "BroadcastService"
    assert event["publishedOn"]["name"] == "Broadsheet TV"


def test_external_encoder_address_is_the_players_source(client, make_channel):
    url = "https://encoder.example/live/index.m3u8"
    channel = make_channel(source_kind="url", source_url=url, shows=[("Morning news", -5, 5)])
    html = client.get(channel.url).content.decode()
    assert f'data-hls="{url}"' in html and f'src="{url}"' in html
    assert jsonld(html)[0]["contentUrl"] == url


def test_channel_page_is_not_kept_past_the_next_schedule_change(client, make_channel, stream_root):
    channel = make_channel(shows=[("Morning news", -30, 2)])
    response = client.get(channel.url)
    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert "public" in response["Cache-Control"]
    assert 110 <= max_age <= 120


def test_header_live_label_appears_and_disappears_with_the_show(client, home, make_channel):
    section = SectionPageFactory(parent=home, title="World", slug="world")
    channel = make_channel(shows=[("Morning news", 10, 70)])
    show = channel.shows.get()
    assert live_label(client.get(section.url).content.decode()) is None
    with time_machine.travel(show.starts_at, tick=False):
        html = client.get(section.url).content.decode()
        assert live_label(html) == channel.url
        assert '<span class="visually-hidden">: Morning news</span>' in html
        # On the edition home too (the label is in every page's header).
        assert live_label(client.get(home.url).content.decode()) == channel.url
    with time_machine.travel(show.ends_at, tick=False):
        assert live_label(client.get(section.url).content.decode()) is None


def test_header_label_is_off_when_the_channel_is_switched_off(client, home, make_channel):
    channel = make_channel(shows=[("Morning news", -10, 70)])
    assert live_label(client.get(home.url).content.decode()) == channel.url
    channel.enabled = False
    channel.save_revision().publish()
    assert live_label(client.get(home.url).content.decode()) is None


def test_header_label_is_per_edition(client, home, make_channel):
    make_channel(shows=[("Morning news", -10, 70)])
    arabic = translate(home, "ar", title="الصحيفة")
    assert live_label(client.get(home.url).content.decode()) is not None
    assert live_label(client.get(arabic.url).content.decode()) is None


def test_arabic_channel_page_is_right_to_left_and_translated(client, home, make_channel):
    channel = make_channel(shows=[("Morning news", 30, 90)])
    arabic = translate(channel, "ar", title="قناة الصحيفة")
    html = client.get(arabic.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "جدول اليوم" in html  # Today's schedule


def test_channel_page_query_count_does_not_grow_with_the_schedule(
    client, make_channel, stream_root, django_assert_max_num_queries
):
    write_stream(stream_root)
    channel = make_channel(shows=[(f"Show {n}", -30 + n * 10, -20 + n * 10) for n in range(3)])
    client.get(channel.url)  # warm: renditions, settings, fragments
    with django_assert_max_num_queries(20) as small:
        client.get(channel.url)
    count = len(small)
    for n in range(3, 30):
        channel.shows.create(
            title=f"Show {n}",
            starts_at=timezone.now() + timedelta(minutes=-30 + n * 10),
            ends_at=timezone.now() + timedelta(minutes=-20 + n * 10),
        )
    client.get(channel.url)
    with django_assert_max_num_queries(count):
        client.get(channel.url)


def test_not_found_pages_keep_the_label_and_editionless_ones_do_not_fail(client, make_channel):
    channel = make_channel(shows=[("Morning news", -10, 70)])
    missing = client.get("/en/no-such-page/")
    assert missing.status_code == 404
    assert live_label(missing.content.decode()) == channel.url
    assert client.get("/de/no-such-page/").status_code == 404  # no German edition
