import re
from datetime import timedelta
from html import unescape
from urllib.parse import unquote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .. import budgets
from ..factories import EpisodePageFactory, ShowPageFactory


def _no_inline_script_or_style(html):
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all("src=" in tag or "application/ld+json" in tag for tag in scripts), scripts
    assert not re.search(r"\son[a-z]+=", html)
    assert " style=" not in html


def test_all_podcasts_lists_the_editions_shows(client, podcast_index, show, episode):
    response = client.get(podcast_index.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>All podcasts</h1>" in html
    assert f'<a href="{show.url}">Harbour Hour</a>' in html
    assert "public" in response["Cache-Control"] and not response.cookies
    _no_inline_script_or_style(html)


def test_show_page_lists_episodes_with_players_and_feed_link(client, show, episode):
    response = client.get(show.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Harbour Hour</h1>" in html
    assert f'<a href="{episode.url}">The night the sea wall held</a>' in html
    assert "Season 2, Episode 7" in html
    assert f'<source src="{episode.audio_url}" type="audio/mpeg">' in html
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Harbour Hour" '
        f'href="{show.url}feed/">' in html
    )
    assert "public" in response["Cache-Control"] and not response.cookies
    _no_inline_script_or_style(html)


def test_show_page_paginates_episodes(client, show, make_episode):
    now = timezone.now()
    for index in range(14):
        make_episode(title=f"Instalment {index:02d}", published_at=now - timedelta(hours=index))
    first = client.get(show.url).content.decode()
    assert "Instalment 00" in first and "Instalment 11" in first
    assert "Instalment 12" not in first
    # Keyset pages (broadsheet.news.listing.paginate): follow the "Older" link.
    older = re.search(r'rel="next" href="\?after=([^"]+)"', first)
    assert older
    second = client.get(show.url, {"after": unquote(unescape(older[1]))}).content.decode()
    assert "Instalment 13" in second and "Instalment 00" not in second
    assert client.get(show.url, {"after": "x"}).status_code == 200


def test_episode_page_has_player_notes_people_and_transcript(client, show, episode):
    response = client.get(episode.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="episode__title">The night the sea wall held</h1>' in html
    player = html[html.index('class="player"') :]
    assert '<audio class="player__native" controls' in player  # works without JavaScript
    assert "data-player-controls hidden" in player
    assert 'aria-label="Audio player: The night the sea wall held"' in html
    for label in ("Play", "Back 15 seconds", "Forward 30 seconds", "Mute", "Playback speed"):
        assert label in player
    assert 'aria-label="Seek"' in player
    assert "0:00</span>" in player and "<span data-player-duration>0:04</span>" in player
    assert f'href="{episode.audio_url}" download' in player
    assert "With the harbour master." in html
    assert 'href="/en/authors/ines-paul/">Ines Paul</a>' in html
    assert "Omar Reyes" in html
    transcript = html[html.index('id="transcript-title"') :]
    assert '<span class="transcript__time">0:00</span> Ines Paul: Welcome aboard.' in transcript
    assert '<span class="transcript__time">0:02</span> The wall held all night.' in transcript
    assert f'<a href="{show.url}">Harbour Hour</a>' in html  # breadcrumb
    assert 'src="/static/broadsheet/podcasts/player.js"' in html
    assert "public" in response["Cache-Control"] and not response.cookies
    _no_inline_script_or_style(html)


def test_plain_text_transcript_is_shown_as_paragraphs(client, make_episode):
    episode = make_episode(transcript="First line.\n\nSecond line.", transcript_format="text/plain")
    html = client.get(episode.url).content.decode()
    assert "<p>First line.</p>" in html and "<p>Second line.</p>" in html
    response = client.get(episode.url + "transcript/")
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_episode_without_transcript_has_no_transcript_url(client, make_episode):
    episode = make_episode(transcript="")
    assert client.get(episode.url + "transcript/").status_code == 404


def test_rail_on_home_and_article_shows_the_editions_latest_episodes(
    client, home, article, podcast_index, show, make_episode
):
    now = timezone.now()
    other = ShowPageFactory(parent=podcast_index, title="Second Show", slug="second-show")
    for index in range(4):
        make_episode(
            title=f"Latest {index}",
            parent=show if index % 2 else other,
            published_at=now - timedelta(hours=index + 1),
        )
    make_episode(title="Not yet", published_at=now + timedelta(hours=1))
    for url in (home.url, article.url):
        html = client.get(url).content.decode()
        rail = html[html.index('class="rail rail--podcasts"') :]
        rail = rail[: rail.index("</section>")]
        assert "<h2" in rail and "Podcasts</h2>" in rail
        titles = re.findall(r'class="podcast-rail__title"><a href="[^"]+">([^<]+)</a>', rail)
        assert titles == ["Latest 0", "Latest 1", "Latest 2"]
        assert '<p class="podcast-rail__show">Second Show</p>' in rail
        assert '<p class="podcast-rail__show">Harbour Hour</p>' in rail
        assert f'<a href="{podcast_index.url}">All podcasts' in rail
        assert rail.count("<audio") == 3
        _no_inline_script_or_style(html)


def test_no_rail_when_the_edition_has_no_episodes(client, article):
    html = client.get(article.url).content.decode()
    assert "rail--podcasts" not in html
    assert "player.js" not in html


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_article_page_with_podcast_rail_stays_in_budget(
    client, article, show, make_episode, django_assert_max_num_queries
):
    for _index in range(3):
        make_episode()
    client.get(article.url)
    with django_assert_max_num_queries(budgets.ARTICLE_PAGE):
        client.get(article.url)


def test_rail_queries_do_not_grow_with_episodes_or_shows(client, article, podcast_index, show):
    EpisodePageFactory(parent=show)
    one = _queries(client, article.url)
    for index in range(3):
        other = ShowPageFactory(parent=podcast_index, slug=f"other-{index}")
        EpisodePageFactory(parent=other)
    assert _queries(client, article.url) == one


@pytest.mark.parametrize("page_fixture", ["podcast_index", "show", "episode"])
def test_podcast_pages_query_budget(client, request, episode, page_fixture):
    page = request.getfixturevalue(page_fixture)
    assert _queries(client, page.url) <= budgets.PODCAST_PAGE
