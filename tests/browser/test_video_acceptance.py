"""Issue 20's acceptance in Debian's Chromium: hls.js moves to a lower rung when the network
slows, and the Arabic edition's player is mirrored, labelled in Arabic, shows Arabic captions
and works by keyboard and in full screen."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

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


def state(page):
    return page.evaluate(
        "() => { const root = document.querySelector('[data-video-player]');"
        " const v = root.querySelector('video');"
        " return {paused: v.paused, time: v.currentTime, muted: v.muted,"
        " fullscreen: document.fullscreenElement === root,"
        " captions: Object.fromEntries(Array.from(v.textTracks).map(t => [t.language, t.mode])),"
        " cue: Array.from(v.textTracks).filter(t => t.mode === 'showing')"
        "   .map(t => t.activeCues && t.activeCues[0] && t.activeCues[0].text)[0] || null}; }"
    )


def test_the_arabic_player_is_mirrored_arabic_and_keyboard_operable(
    live_server, wide_tab, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VIDEO_X264_PRESET = "ultrafast"
    video = transcoded(
        tmp_path, size="320x240", seconds=16, captions=[("en", ENGLISH), ("ar", ARABIC)]
    )
    english = article_with(video)
    arabic = translate(english, "ar", title="عودة العبّارات")
    assert arabic.lead_video_id == video.pk
    page = wide_tab

    def positions():
        """Each control's start: its distance from the player's left edge in English, from
        its right edge in Arabic (so a mirrored layout gives the same numbers)."""
        rtl = page.locator("html").get_attribute("dir") == "rtl"
        frame = page.locator("[data-video-controls]").bounding_box()
        result = {}
        for name in ("toggle", "seek", "mute", "fullscreen"):
            box = page.locator(f"[data-video-{name}]").bounding_box()
            if rtl:
                result[name] = frame["x"] + frame["width"] - (box["x"] + box["width"])
            else:
                result[name] = box["x"] - frame["x"]
        return result

    page.goto(live_server.url + english.url)
    en = positions()
    assert en["toggle"] < en["seek"] < en["mute"] < en["fullscreen"], en
    assert page.locator("select[data-video-captions]").input_value() == "en"

    page.goto(live_server.url + arabic.url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    # Labelled in Arabic, for sight and for assistive technology.
    player = page.get_by_role("group", name="مشغّل الفيديو: Ferry at dawn")
    toggle = player.get_by_role("button", name="تشغيل")
    for role, name in [
        ("slider", "موضع التشغيل"),
        ("button", "كتم الصوت"),
        ("slider", "مستوى الصوت"),
        ("combobox", "الترجمة"),
        ("combobox", "سرعة التشغيل"),
        ("button", "ملء الشاشة"),
    ]:
        assert player.get_by_role(role, name=name).count() == 1, name
    assert player.locator("[data-video-captions] option:checked").inner_text() == "العربية"
    # Mirrored: each control sits as far from the right edge as it does from the left in
    # English (play first, full screen last), and the seek bar runs right to left.
    ar = positions()
    assert ar["toggle"] < ar["seek"] < ar["mute"] < ar["fullscreen"], ar
    for name in ("toggle", "seek", "fullscreen"):  # the time between them is set in Arabic
        assert ar[name] == pytest.approx(en[name], abs=2), (name, ar, en)
    assert player.locator("[data-video-seek]").evaluate("e => getComputedStyle(e).direction") == (
        "rtl"
    )
    # The Arabic track is the default one and shows Arabic text while it plays.
    assert state(page)["captions"] == {"en": "disabled", "ar": "showing"}
    toggle.focus()
    page.keyboard.press(" ")  # the focused button's own key
    page.wait_for_function(
        "() => { const t = Array.from(document.querySelector('[data-video-player] video')"
        ".textTracks).find(t => t.language === 'ar');"
        " return t.activeCues && t.activeCues.length > 0; }",
        timeout=15000,
    )
    assert state(page)["cue"] == "تغادر العبّارة الميناء."
    assert not state(page)["paused"]

    page.keyboard.press("k")
    page.wait_for_function("() => document.querySelector('[data-video-player] video').paused")
    expect(player.get_by_role("button", name="تشغيل")).to_have_count(1)
    # In right-to-left the left arrow moves forward (towards the end of the mirrored bar).
    before = state(page)["time"]
    page.keyboard.press("ArrowLeft")
    assert state(page)["time"] == pytest.approx(before + 5, abs=0.5)
    page.keyboard.press("ArrowRight")
    assert state(page)["time"] == pytest.approx(before, abs=0.5)
    page.keyboard.press("m")
    assert state(page)["muted"] is True
    expect(player.get_by_role("button", name="كتم الصوت")).to_have_attribute("aria-pressed", "true")
    # "c" hides the captions and brings back the Arabic ones, not the first in the list.
    page.keyboard.press("c")
    assert state(page)["captions"] == {"en": "disabled", "ar": "disabled"}
    page.keyboard.press("c")
    assert state(page)["captions"] == {"en": "disabled", "ar": "showing"}
    page.keyboard.press("f")
    page.wait_for_function("() => document.fullscreenElement !== null")
    assert state(page)["fullscreen"] is True
    exit_button = player.get_by_role("button", name="الخروج من ملء الشاشة")
    expect(exit_button).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("f")
    page.wait_for_function("() => document.fullscreenElement === null")
    expect(player.get_by_role("button", name="ملء الشاشة")).to_have_attribute(
        "aria-pressed", "false"
    )


def test_the_admin_shows_transcoding_progress_without_a_reload(
    live_server, chromium, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    HomePageFactory()
    video = Video(title="Ferry at dawn")
    video.source.save("ferry.mp4", ContentFile(make_clip(tmp_path / "c.mp4")), save=False)
    Video.objects.bulk_create([video])  # saved without queueing its transcode
    editor = get_user_model().objects.create_superuser("editor", "editor@example.test", "pw")
    client = Client()
    client.force_login(editor)
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    tab = context.new_page()
    requests = []
    tab.on("request", lambda request: "/admin/videos/status/" in request.url and requests.append(1))
    for url in (
        reverse("wagtailsnippets_video_video:list"),
        reverse("wagtailsnippets_video_video:edit", args=[video.pk]),
    ):
        Video.objects.filter(pk=video.pk).update(status=Video.Status.PENDING, error="")
        tab.goto(live_server.url + url)
        badge = tab.locator(f'[data-video-status="{video.pk}"]')
        expect(badge).to_have_text("Waiting to be transcoded")
        Video.objects.filter(pk=video.pk).update(status=Video.Status.PROCESSING, progress=37)
        expect(badge).to_have_text("Transcoding: 37%", timeout=10000)
        Video.objects.filter(pk=video.pk).update(
            status=Video.Status.FAILED, error="ffmpeg ran out of disk space"
        )
        expect(badge).to_have_text("Failed: ffmpeg ran out of disk space", timeout=10000)
        expect(badge).to_have_attribute("data-state", "failed")
        # Finished: no more polling.
        asked = len(requests)
        tab.wait_for_timeout(4500)
        assert len(requests) == asked
    context.close()
