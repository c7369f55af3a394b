"""The demo's live channels: ``demo/channels/channels.toml`` read and checked, then a channel
page under each edition home with a schedule around now, all playing the pushed stream that
``broadsheet demo_stream`` writes. Safe to run again: a schedule is laid again once it is over."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from broadsheet.channels.models import ChannelShow, LiveChannelPage, SourceKind
from broadsheet.channels.streams import STREAM_NAME_PATTERN
from broadsheet.newsroom.models import HomePage

from .data import CHANNELS_DIR, Fields, read_toml

CHANNELS_FILE = (CHANNELS_DIR, "channels.toml")
SLUG = "tv"
# The schedule starts on the half hour before the build and runs this long.
SLOT = timedelta(minutes=30)
SPAN = timedelta(hours=6)


def load_channels(directory):
    """{language code: channel data} and the stream name; None when there are no channels."""
    path = directory.joinpath(*CHANNELS_FILE)
    if not path.exists():
        return None
    table = read_toml(path)
    fields = Fields(path, table)
    stream = fields.text("stream")
    if not STREAM_NAME_PATTERN.match(stream):
        raise fields.error("stream", "use lower-case letters, digits, - and _")
    channels = {}
    for code, channel in table.items():
        if code == "stream":
            continue
        if not isinstance(channel, dict):
            raise fields.error(code, "must be a table of one edition's channel")
        channel_fields = Fields(path, channel, prefix=f"{code}.")
        shows = channel.get("shows")
        if not isinstance(shows, list) or not shows:
            raise channel_fields.error("shows", "give at least one show")
        checked = []
        for number, show in enumerate(shows, 1):
            show_fields = Fields(path, show, prefix=f"{code}.shows[{number}].")
            minutes = show.get("minutes")
            if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
                raise show_fields.error("minutes", "must be a whole number of minutes above 0")
            checked.append(
                {
                    "title": show_fields.text("title"),
                    "description": show_fields.text("description", required=False),
                    "length": timedelta(minutes=minutes),
                }
            )
        channels[code] = {
            "title": channel_fields.text("title"),
            "intro": channel_fields.text("intro", required=False),
            "shows": checked,
        }
    return {"stream": stream, "channels": channels}


def schedule(shows, now):
    """The shows end to end, round and round, from the half hour before ``now`` for SPAN."""
    start = now.replace(minute=0, second=0, microsecond=0)
    start += SLOT * ((now - start) // SLOT) - SLOT
    end, laid = start + SPAN, []
    while start < end:
        for show in shows:
            laid.append((show, start, start + show["length"]))
            start += show["length"]
    return laid


@transaction.atomic
def build_channels(builder, data):
    """A live channel under every edition home the data has one for; the number made."""
    if data is None:
        return 0
    made = 0
    for home in HomePage.objects.select_related("locale"):
        channel_data = data["channels"].get(home.locale.language_code)
        if channel_data is None:
            continue
        channel = LiveChannelPage.objects.child_of(home).first()
        if channel is None:
            channel = LiveChannelPage(
                title=channel_data["title"],
                slug=SLUG,
                intro=channel_data["intro"],
                source_kind=SourceKind.PUSHED,
                stream_name=data["stream"],
                locale=home.locale,
                live=False,
            )
            home.add_child(instance=channel)
            made += 1
        elif channel.shows.filter(ends_at__gt=builder.now + timedelta(hours=1)).exists():
            continue  # its schedule still runs
        channel.shows = [
            ChannelShow(
                title=show["title"],
                description=show["description"],
                starts_at=start,
                ends_at=end,
                sort_order=order,
            )
            for order, (show, start, end) in enumerate(
                schedule(channel_data["shows"], timezone.localtime(builder.now))
            )
        ]
        channel.save_revision().publish()
    return made
