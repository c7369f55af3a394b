"""The video player in Debian's Chromium (which plays H.264/AAC): adaptive stream, captions,
controls and keys. Chromium reports native HLS; the second test hides it to play through the
vendored hls.js."""

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from broadsheet.video.models import Video, VideoCaption
from broadsheet.video.tasks import transcode_video

from ..factories import ArticlePageFactory, AuthorFactory, HomePageFactory, SectionPageFactory
from ..video.conftest import make_clip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CAPTIONS = "1\n00:00:00,000 --> 00:00:04,000\nThe ferry leaves the harbour.\n"
NO_NATIVE_HLS = """
const canPlay = HTMLMediaElement.prototype.canPlayType;
HTMLMediaElement.prototype.canPlayType = function (type) {
  return /mpegurl/i.test(type) ? "" : canPlay.call(this, type);
};
"""


@pytest.fixture
def video_article(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Science", slug="science")
    video = Video(title="Ferry at dawn", description="The first crossing.")
    video.source.save(
        "ferry.mp4", ContentFile(make_clip(tmp_path / "c.mp4", seconds=4)), save=False
    )
    video.save()
    caption = VideoCaption(video=video, language="en")
    caption.file.save("en.srt", ContentFile(CAPTIONS.encode()), save=False)
    caption.save()
    transcode_video.call(video.pk, video.source.name)
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.error
    return ArticlePageFactory(
        parent=section, title="Ferries return", authors=[AuthorFactory()], lead_video=video
    )


def state(player):
    return player.locator("video").evaluate(
        "v => ({paused: v.paused, time: v.currentTime, muted: v.muted, controls: v.controls,"
        " engine: v.closest('[data-video-player]').dataset.engine,"
        " captions: Array.from(v.textTracks).map(t => t.mode)})"
    )


@pytest.mark.parametrize("native_hls", [True, False], ids=["native HLS", "hls.js"])
def test_video_plays_with_captions_and_keys(live_server, page, video_article, native_hls):
    if not native_hls:
        page.add_init_script(NO_NATIVE_HLS)
    page.goto(live_server.url + video_article.url)
    player = page.get_by_role("group", name="Video player: Ferry at dawn")
    assert state(player)["controls"] is False  # the accessible controls replaced the native ones

    player.get_by_role("button", name="Play").click()
    video = player.locator("video").element_handle()
    page.wait_for_function("v => !v.paused && v.currentTime > 0.3", arg=video, timeout=15000)
    assert state(player)["engine"] == ("native-hls" if native_hls else "hls.js")
    # The English captions show while it plays.
    page.wait_for_function(
        "v => v.textTracks[0].mode === 'showing' && v.textTracks[0].activeCues"
        " && v.textTracks[0].activeCues.length > 0"
        " && v.textTracks[0].activeCues[0].text === 'The ferry leaves the harbour.'",
        arg=video,
    )

    pause = player.get_by_role("button", name="Pause")
    pause.focus()
    page.keyboard.press("k")
    page.wait_for_function("v => v.paused", arg=video)
    expect(player.get_by_role("button", name="Play")).to_be_visible()
    page.keyboard.press("m")
    expect(player.get_by_role("button", name="Mute")).to_have_attribute("aria-pressed", "true")
    before = state(player)["time"]
    page.keyboard.press("ArrowLeft")
    assert state(player)["time"] <= max(before - 0.3, 0.01)

    player.locator("select[data-video-captions]").select_option("")
    assert state(player)["captions"] == ["disabled"]
    player.get_by_label("Playback speed").select_option("1.5")
    assert player.locator("video").evaluate("v => v.playbackRate") == 1.5

    # Every control is reachable with Tab, in order, and named for assistive technology.
    player.get_by_role("button", name="Play").focus()
    names = []
    for _ in range(6):
        page.keyboard.press("Tab")
        names.append(
            page.evaluate(
                "() => { const e = document.activeElement;"
                " return e.getAttribute('aria-label')"
                " || (e.labels && e.labels[0] && e.labels[0].querySelector('.visually-hidden')"
                "     && e.labels[0].querySelector('.visually-hidden').textContent)"
                " || e.textContent.trim(); }"
            )
        )
    assert names == ["Seek", "Mute", "Volume", "Captions", "Playback speed", "Full screen"]
