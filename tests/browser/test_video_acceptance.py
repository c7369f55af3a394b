"""Issue 20's acceptance in Debian's Chromium: hls.js moves to a lower rung when the network
slows, and the Arabic edition's player is mirrored, labelled in Arabic, shows Arabic captions
and works by keyboard and in full screen."""

import pytest
from django.core.files.base import ContentFile

from broadsheet.video.models import Video, VideoCaption
from broadsheet.video.tasks import transcode_video

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    HomePageFactory,
    SectionPageFactory,
    translate,
)
from ..video.conftest import make_clip
from .test_video_player import NO_NATIVE_HLS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ENGLISH = "1\n00:00:00,000 --> 00:00:30,000\nThe ferry leaves the harbour.\n"
ARABIC = "1\n00:00:00,000 --> 00:00:30,000\nتغادر العبّارة الميناء.\n"


def transcoded(tmp_path, *, size, seconds, captions=()):
    video = Video(title="Ferry at dawn", description="The first crossing.")
    clip = make_clip(
        tmp_path / "clip.mp4", size=size, seconds=seconds, extra=["-preset", "ultrafast"]
    )
    video.source.save("ferry.mp4", ContentFile(clip), save=False)
    video.save()
    for language, text in captions:
        caption = VideoCaption(video=video, language=language)
        caption.file.save(f"{language}.srt", ContentFile(text.encode()), save=False)
        caption.save()
    transcode_video.call(video.pk, video.source.name)
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.error
    return video


def article_with(video):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Science", slug="science")
    return ArticlePageFactory(
        parent=section, title="Ferries return", authors=[AuthorFactory()], lead_video=video
    )


@pytest.fixture
def wide_tab(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_hls_js_moves_to_a_lower_rung_on_a_throttled_network(
    live_server, wide_tab, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VIDEO_X264_PRESET = "ultrafast"
    video = transcoded(tmp_path, size="960x540", seconds=24)
    assert [r["name"] for r in video.renditions] == ["360p", "540p"]
    article = article_with(video)
    page = wide_tab
    page.add_init_script(NO_NATIVE_HLS)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")

    def throttle(bits_per_second):
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": 20 if bits_per_second > 0 else 0,
                "downloadThroughput": bits_per_second / 8 if bits_per_second > 0 else -1,
                "uploadThroughput": -1,
            },
        )

    page.goto(live_server.url + article.url)
    player = page.locator("[data-video-player]")
    bandwidths = sorted(r["bandwidth"] for r in video.renditions)
    # Fast enough for the top rung, slow enough that the clip is not all fetched at once.
    throttle(bandwidths[1] * 3)
    player.get_by_role("button", name="Play").click()
    # Start on the top rung, and keep a short forward buffer (hls.js keeps 30 s) so that the
    # short clip is still loading when the network slows down.
    page.wait_for_function(
        "() => { const hls = document.querySelector('[data-video-player]').hls;"
        " if (hls) { hls.config.maxBufferLength = 6; hls.config.maxMaxBufferLength = 6;"
        "   hls.config.startLevel = 1; }"
        " return hls && hls.levels.length; }",
        polling="raf",
    )
    page.evaluate(
        "() => { const hls = document.querySelector('[data-video-player]').hls;"
        " window.fragLevels = [];"
        " hls.on('hlsFragLoaded', (_e, data) => window.fragLevels.push(data.frag.level)); }"
    )
    hls = "document.querySelector('[data-video-player]').hls"
    assert page.evaluate(f"() => {hls}.levels.map(l => l.height)") == [360, 540]
    assert page.evaluate(f"() => {hls}.levels.map(l => l.bitrate)") == [
        r["bandwidth"] for r in video.renditions
    ]
    page.wait_for_function(f"() => {hls}.currentLevel === 1", timeout=20000)
    assert player.get_attribute("data-engine") == "hls.js"

    # Enough for the lower rung only: hls.js loads the lower rung, and plays it.
    assert bandwidths[1] > bandwidths[0] * 1.6
    throttle(bandwidths[0] * 1.25)
    page.wait_for_function(f"() => {hls}.loadLevel === 0", timeout=20000)
    # Jump past what was buffered at the top rung: what plays now came at the lower one.
    page.evaluate(
        "() => { const v = document.querySelector('[data-video-player] video');"
        " v.currentTime = Math.min(v.buffered.end(v.buffered.length - 1) + 1, v.duration - 3); }"
    )
    page.wait_for_function(f"() => {hls}.currentLevel === 0", timeout=20000)
    levels = page.evaluate("() => window.fragLevels")
    assert levels[0] == 1 and levels[-1] == 0, levels

    throttle(0)  # back to full speed: playback goes on
    page.wait_for_function(
        "() => { const v = document.querySelector('[data-video-player] video');"
        " return !v.paused && v.readyState >= 3; }",
        timeout=20000,
    )
    assert player.get_attribute("data-engine") == "hls.js"  # never fell back to the MP4
