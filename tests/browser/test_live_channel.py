"""A real live HLS stream in Debian's Chromium: ffmpeg writes a test pattern as a live
playlist into the channel's pushed-stream directory, the channel page plays it and the header
says LIVE; when ffmpeg dies, the slate takes the player's place, and when it is back, the
player comes back playing."""

import signal
import subprocess
import time

import pytest
from playwright.sync_api import expect

from broadsheet.channels.encoder import pattern_stream_command

from ..channels.conftest import LiveChannelPageFactory
from ..factories import HomePageFactory, translate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

NO_NATIVE_HLS = """
const canPlay = HTMLMediaElement.prototype.canPlayType;
HTMLMediaElement.prototype.canPlayType = function (type) {
  return /mpegurl/i.test(type) ? "" : canPlay.call(this, type);
};
"""


class Encoder:
    """ffmpeg feeding the pushed stream 'news' (1 s segments, a window of six)."""

    def __init__(self, directory):
        self.directory = directory
        self.process = None

    def start(self):
        command = pattern_stream_command(self.directory, size="320x180", rate=25, segment_seconds=1)
        self.process = subprocess.Popen(command)
        playlist = self.directory / "index.m3u8"
        started = time.time()
        deadline = time.monotonic() + 15
        while not (
            playlist.exists()
            and playlist.stat().st_mtime >= started
            and playlist.read_text().count("#EXTINF") >= 3
        ):
            assert self.process.poll() is None, "ffmpeg stopped"
            assert time.monotonic() < deadline, "ffmpeg wrote no live playlist"
            time.sleep(0.2)

    def kill(self):
        """The encoder dies: no end of stream is written."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        if self.process is not None:
            self.process.wait()


@pytest.fixture
def encoder(settings, tmp_path):
    settings.CHANNELS_STREAM_ROOT = str(tmp_path / "live")
    settings.CHANNELS_PLAYER_STALL_SECONDS = 3
    settings.CHANNELS_PLAYER_RETRY_SECONDS = 2
    directory = tmp_path / "live" / "news"
    directory.mkdir(parents=True)
    encoder = Encoder(directory)
    encoder.start()
    yield encoder
    encoder.kill()


@pytest.mark.parametrize("native_hls", [True, False], ids=["native HLS", "hls.js"])
def test_live_channel_plays_then_shows_the_slate(live_server, page, encoder, native_hls):
    home = HomePageFactory()
    channel = LiveChannelPageFactory(parent=home, shows=[("Harbour live", -5, 55)])
    if not native_hls:
        page.add_init_script(NO_NATIVE_HLS)
    page.goto(live_server.url + channel.url)

    label = page.locator("header a.site-live")
    expect(label).to_be_visible()
    assert label.get_attribute("href") == channel.url

    player = page.get_by_role("group", name="Video player: Broadsheet TV")
    expect(player.locator("input[data-video-seek]")).to_be_hidden()  # nothing to seek live
    player.get_by_role("button", name="Play").click()
    video = player.locator("video").element_handle()
    page.wait_for_function("v => !v.paused && v.currentTime > 1", arg=video, timeout=20000)
    assert player.get_attribute("data-engine") == ("native-hls" if native_hls else "hls.js")
    first = video.evaluate("v => v.currentTime")
    page.wait_for_function(f"v => v.currentTime > {first} + 1", arg=video, timeout=10000)

    encoder.kill()
    slate = page.locator("[data-channel-slate]")
    expect(slate).to_be_visible(timeout=25000)
    expect(slate).to_contain_text("The broadcast is interrupted.")
    assert page.locator("[data-channel-player] video").count() == 0

    # The encoder is back: the page notices within its retry period and plays again.
    encoder.start()
    expect(slate).to_be_hidden(timeout=20000)
    video = page.locator("[data-channel-player] video").element_handle()
    page.wait_for_function("v => !v.paused && v.currentTime > 1", arg=video, timeout=20000)


def test_live_label_keeps_the_phone_header_one_row_and_the_channel_page_mirrors(live_server, page):
    home = HomePageFactory(title="The Daily Test with a long name")
    channel = LiveChannelPageFactory(parent=home, shows=[("Harbour live", -5, 55)])
    arabic = translate(channel, "ar", title="تلفزيون الصحيفة")
    for width in (390, 320):
        page.set_viewport_size({"width": width, "height": 700})
        page.goto(live_server.url + home.url)
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= 59
        for selector in (".site-live", ".site-logo", ".site-menu summary", ".site-search-link"):
            box = page.locator(selector).first.bounding_box()
            assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + 59
        assert page.evaluate(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
    page.goto(live_server.url + arabic.url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    expect(page.locator(".site-live")).to_have_text("مباشر: Harbour live")
    # The slate (nothing is pushed here) and the schedule, right to left.
    expect(page.locator("[data-channel-slate]")).to_contain_text("انقطع البث.")
    time_box = page.locator(".schedule__time").first.bounding_box()
    title_box = page.locator(".schedule__title").first.bounding_box()
    assert time_box["x"] > title_box["x"]
