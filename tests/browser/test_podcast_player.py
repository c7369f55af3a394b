from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    EpisodePageFactory,
    HomePageFactory,
    PodcastIndexPageFactory,
    SectionPageFactory,
    ShowPageFactory,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def newsroom(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Science", slug="science")
    article = ArticlePageFactory(
        parent=section, title="Tide gauges go digital", authors=[AuthorFactory()]
    )
    index = PodcastIndexPageFactory(parent=home)
    show = ShowPageFactory(parent=index, title="Harbour Hour", slug="harbour-hour")
    now = timezone.now()
    first = EpisodePageFactory(
        parent=show,
        title="The long tide",
        seconds=90,
        published_at=now - timedelta(hours=1),
        transcript="WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nThe tide came in at dawn.\n",
        transcript_format="text/vtt",
    )
    second = EpisodePageFactory(
        parent=show, title="The short tide", seconds=60, published_at=now - timedelta(hours=2)
    )
    return article, first, second


def audio_state(page, player):
    return player.locator("audio").evaluate(
        "a => ({paused: a.paused, time: a.currentTime, muted: a.muted})"
    )


def test_play_an_episode_from_the_rail_skip_forward_and_mute(live_server, page, newsroom):
    article, _first, _second = newsroom
    page.goto(live_server.url + article.url)
    rail = page.get_by_role("region", name="Podcasts")
    player = rail.get_by_role("group", name="Audio player: The long tide")
    other = rail.get_by_role("group", name="Audio player: The short tide")

    # JavaScript replaced the native controls with the accessible ones.
    assert player.locator("audio").evaluate("a => !a.controls && a.hidden")
    assert player.locator("[data-player-duration]").inner_text() == "1:30"
    assert player.locator("[data-player-elapsed]").inner_text() == "0:00"

    player.get_by_role("button", name="Play").click()
    page.wait_for_function(
        "el => !el.paused && el.currentTime > 0.2", arg=player.locator("audio").element_handle()
    )
    assert player.get_by_role("button", name="Pause").is_visible()

    player.get_by_role("button", name="Forward 30 seconds").click()
    state = audio_state(page, player)
    assert state["time"] >= 30, state
    page.wait_for_function(
        "el => el.textContent >= '0:30'",
        arg=player.locator("[data-player-elapsed]").element_handle(),
    )
    seek = player.get_by_role("slider", name="Seek")
    assert int(seek.input_value()) >= 30
    assert "of 1:30" in seek.get_attribute("aria-valuetext")

    player.get_by_role("button", name="Back 15 seconds").click()
    assert 14 <= audio_state(page, player)["time"] < 30

    mute = player.get_by_role("button", name="Mute")
    mute.click()
    assert audio_state(page, player)["muted"] is True
    # The button follows the audio's volumechange event, which arrives as a separate task.
    expect(mute).to_have_attribute("aria-pressed", "true")

    player.get_by_label("Playback speed").select_option("1.5")
    assert player.locator("audio").evaluate("a => a.playbackRate") == 1.5

    # Starting another episode pauses the first.
    other.get_by_role("button", name="Play").click()
    page.wait_for_function("el => !el.paused", arg=other.locator("audio").element_handle())
    assert audio_state(page, player)["paused"] is True
    assert player.get_by_role("button", name="Play").is_visible()


def test_player_is_keyboard_operable(live_server, page, newsroom):
    _article, first, _second = newsroom
    page.goto(live_server.url + first.url)
    player = page.get_by_role("group", name="Audio player: The long tide")
    player.get_by_role("button", name="Play").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("el => !el.paused", arg=player.locator("audio").element_handle())
    page.keyboard.press("Tab")  # back 15
    page.keyboard.press("Tab")  # seek slider
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Seek"
    page.keyboard.press("Tab")  # forward 30
    page.keyboard.press("Space")
    assert audio_state(page, player)["time"] >= 30
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")  # pause
    assert audio_state(page, player)["paused"] is True


def test_from_the_rail_to_all_podcasts_show_episode_and_transcript(live_server, page, newsroom):
    article, _first, _second = newsroom
    page.goto(live_server.url + article.url)
    page.get_by_role("region", name="Podcasts").get_by_role("link", name="All podcasts").click()
    page.wait_for_url("**/en/podcasts/")
    page.get_by_role("link", name="Harbour Hour").click()
    page.wait_for_url("**/en/podcasts/harbour-hour/")
    assert page.locator("h1").inner_text() == "Harbour Hour"
    feed = page.get_by_role("link", name="Subscribe: podcast feed (RSS)")
    assert feed.get_attribute("href") == "/en/podcasts/harbour-hour/feed/"
    page.get_by_role("link", name="The long tide").click()
    page.wait_for_url("**/en/podcasts/harbour-hour/**")
    transcript = page.get_by_role("region", name="Transcript")
    assert "0:00 The tide came in at dawn." in transcript.inner_text()
