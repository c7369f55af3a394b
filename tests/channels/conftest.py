from datetime import timedelta

import pytest
from django.utils import timezone

from broadsheet.channels.models import ChannelShow, LiveChannelPage

from ..factories import PageFactory


class LiveChannelPageFactory(PageFactory):
    """A channel under ``parent``; ``shows``: (title, minutes from now to start, to end)."""

    class Meta:
        model = LiveChannelPage

    title = "Broadsheet TV"
    slug = "tv"
    source_kind = "pushed"
    stream_name = "news"
    _relation_names = ("shows",)

    @classmethod
    def add_relations(cls, page, shows=()):
        now = timezone.now()
        for order, (title, start, end) in enumerate(shows):
            page.shows.add(
                ChannelShow(
                    title=title,
                    description=f"About {title}.",
                    starts_at=now + timedelta(minutes=start),
                    ends_at=now + timedelta(minutes=end),
                    sort_order=order,
                )
            )


@pytest.fixture
def make_channel(home):
    def make(**kwargs):
        kwargs.setdefault("parent", home)
        return LiveChannelPageFactory(**kwargs)

    return make


@pytest.fixture
def stream_root(settings, tmp_path):
    settings.CHANNELS_STREAM_ROOT = str(tmp_path / "live")
    return tmp_path / "live"


def write_stream(root, name="news", segments=("seg_100.ts", "seg_101.ts")):
    """A pushed stream as an encoder leaves it: a live playlist and its segments."""
    directory = root / name
    directory.mkdir(parents=True, exist_ok=True)
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:2", "#EXT-X-MEDIA-SEQUENCE:100"]
    for segment in segments:
        (directory / segment).write_bytes(b"\x47" * 188 * 10)
        lines += ["#EXTINF:2.000000,", segment]
    (directory / "index.m3u8").write_text("\n".join(lines) + "\n")
    return directory
