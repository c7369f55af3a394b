"""Video pages in Debian's Chromium: the Arabic edition's page is right to left, its player
plays, and the Videos section and rail show its poster cards."""

from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from playwright.sync_api import expect

from broadsheet.video.models import Video
from broadsheet.video.tasks import transcode_video

from ..factories import HomePageFactory, VideoPageFactory, VideosIndexPageFactory, translate
from ..video.conftest import make_clip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def pages(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory()
    video = Video(title="Harbour wall", description="The wall at high tide.", credit="Harbour Cam")
    video.source.save("wall.mp4", ContentFile(make_clip(tmp_path / "c.mp4")), save=False)
    video.save()
    transcode_video.call(video.pk, video.source.name)
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.error
    index = VideosIndexPageFactory(parent=home)
    english = VideoPageFactory(
        parent=index,
        title="The harbour wall holds",
        video=video,
        published_at=timezone.now() - timedelta(hours=1),
    )
    arabic = translate(english, "ar", title="جدار الميناء يصمد", standfirst="كيف صمد الجدار.")
    return english, arabic


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_video_page_is_mirrored_and_plays(live_server, page, pages, tmp_path):
    english, arabic = pages
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + english.url)
    en_title, en_play = box(page, "h1"), box(page, "[data-video-toggle]")

    page.goto(live_server.url + arabic.url)
    page.screenshot(path=tmp_path / "arabic-video.png", full_page=True)
    assert page.locator("html").get_attribute("dir") == "rtl"
    ar_title, ar_play = box(page, "h1"), box(page, "[data-video-toggle]")
    middle = 1280 / 2
    assert en_title["x"] < 100 and ar_title["x"] + ar_title["width"] > 1280 - 100
    # The player's controls start on the right in Arabic (play button first).
    assert en_play["x"] < middle < ar_play["x"]
    player = page.locator("[data-video-player]")
    expect(player.locator("[data-video-controls]")).to_be_visible()
    player.locator("[data-video-toggle]").click()
    page.wait_for_function(
        "() => document.querySelector('[data-video-player] video').currentTime > 0.3"
    )
    # No sideways scrolling on a phone.
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + arabic.url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_videos_section_and_rail_show_poster_cards(live_server, page, pages, tmp_path):
    english, _arabic = pages
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + english.get_parent().url)
    page.screenshot(path=tmp_path / "videos-section.png", full_page=True)
    poster = page.locator(".video-card__poster").first
    expect(poster).to_be_visible()
    assert poster.evaluate("img => img.complete && img.naturalWidth > 0")
    page.locator(".card__title a").first.click()
    expect(page.locator("h1")).to_have_text("The harbour wall holds")
    page.goto(live_server.url + "/en/")
    page.screenshot(path=tmp_path / "front.png", full_page=True)
    rail = page.locator(".rail--videos")
    expect(rail).to_be_visible()
    expect(rail.locator(".card__title")).to_have_text(["The harbour wall holds"])
