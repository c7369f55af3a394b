from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from broadsheet.channels.models import LiveChannelPage, validate_hls_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    (
        "ftp://encoder.example/live/index.m3u8",
        "javascript:alert(1)//x.m3u8",
        "https:///index.m3u8",
        "https://encoder.example/live/index.mp4",
        "https://encoder.example/live/",
        "https://user:secret@encoder.example/live/index.m3u8",
        "/live/index.m3u8",
    ),
    ids=["ftp", "javascript", "no host", "not a playlist", "a directory", "credentials", "path"],
)
def test_bad_stream_addresses_are_refused(url):
    with pytest.raises(ValidationError):
        validate_hls_url(url)


@pytest.mark.parametrize(
    "url",
    ("https://encoder.example/live/index.m3u8", "http://10.0.0.5:8080/ch1/Master.M3U8?token=a"),
    ids=["https", "http with port and query"],
)
def test_hls_addresses_are_accepted(url):
    validate_hls_url(url)


def test_a_source_kind_needs_its_address_or_stream_name(make_channel):
    channel = make_channel()
    channel.source_kind, channel.source_url = "url", ""
    with pytest.raises(ValidationError) as error:
        channel.full_clean()
    assert "source_url" in error.value.message_dict
    channel.source_kind, channel.stream_name = "pushed", ""
    with pytest.raises(ValidationError) as error:
        channel.full_clean()
    assert "stream_name" in error.value.message_dict
    channel.stream_name = "../etc"
    with pytest.raises(ValidationError) as error:
        channel.full_clean()
    assert "stream_name" in error.value.message_dict


def test_a_show_must_end_after_it_starts(make_channel):
    channel = make_channel(shows=[("Morning", 0, 60)])
    show = channel.shows.get()
    show.ends_at = show.starts_at
    with pytest.raises(ValidationError) as error:
        show.full_clean()
    assert "ends_at" in error.value.message_dict


def test_on_air_at_the_boundaries_of_a_show(make_channel):
    channel = make_channel(shows=[("Morning", 10, 70), ("Noon", 70, 130)])
    morning, noon = channel.shows.order_by("starts_at")
    with time_machine.travel(morning.starts_at - timedelta(microseconds=1), tick=False):
        assert not channel.is_on_air()
        assert channel.now_and_next() == (None, morning)
    with time_machine.travel(morning.starts_at, tick=False):
        assert channel.is_on_air()
        assert channel.now_and_next() == (morning, noon)
    # Back to back: at the end of one the next is on the air.
    with time_machine.travel(morning.ends_at, tick=False):
        assert channel.now_and_next() == (noon, None)
    with time_machine.travel(noon.ends_at - timedelta(microseconds=1), tick=False):
        assert channel.is_on_air()
    with time_machine.travel(noon.ends_at, tick=False):
        assert not channel.is_on_air()
        assert channel.now_and_next() == (None, None)


@pytest.mark.parametrize(
    "fields",
    ({"enabled": False}, {"source_kind": ""}, {"source_kind": "url", "source_url": ""}),
    ids=["switched off", "no source", "url source without an address"],
)
def test_a_running_show_is_not_on_air_without_a_switched_on_source(make_channel, fields):
    channel = make_channel(shows=[("Morning", -5, 55)])
    assert channel.is_on_air()
    LiveChannelPage.objects.filter(pk=channel.pk).update(**fields)
    channel.refresh_from_db()
    assert not channel.is_on_air()


def test_an_unpublished_channel_is_never_on_air(make_channel):
    channel = make_channel(shows=[("Morning", -5, 55)], publish=False)
    assert not channel.is_on_air()


def test_day_schedule_is_the_local_day(make_channel):
    channel = make_channel(shows=[])
    dubai = ZoneInfo("Asia/Dubai")  # UTC+4
    day = datetime(2026, 3, 10, 12, 0, tzinfo=dubai)
    for title, start, end in (
        ("Before", -14, -12.5),
        ("Late", -13, -11),
        ("Early", -11.5, -10),
        ("Tomorrow", 12, 13),
    ):
        channel.shows.create(
            title=title, starts_at=day + timedelta(hours=start), ends_at=day + timedelta(hours=end)
        )
    with timezone.override(dubai):
        titles = [show.title for show in channel.day_schedule(day)]
    # In Dubai: 22:00-23:30 the day before is not in it, 23:00-01:00 overlaps it, 00:30-02:00
    # is in it, and tomorrow's first show (from 00:00) is not.
    assert titles == ["Late", "Early"]
