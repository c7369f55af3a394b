"""Videos in articles: the player, JSON-LD VideoObject and og:video; withdrawn videos vanish."""

import json
import re

import pytest

from broadsheet.video.models import Video

from ..factories import ArticlePageFactory


def jsonld(html):
    return [
        json.loads(m)
        for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


@pytest.fixture
def video_article(section, author, ready_video):
    return ArticlePageFactory(
        parent=section,
        authors=[author],
        lead_video=ready_video,
        body=[
            ("paragraph", "<p>The wall held.</p>"),
            ("hosted_video", {"video": ready_video, "caption": "From the pier"}),
        ],
    )


def test_article_shows_the_player_with_captions_and_mp4(client, video_article, ready_video):
    html = client.get(video_article.url).content.decode()
    assert html.count("data-video-player") == 2
    assert f'<video class="vplayer__video" src="{ready_video.mp4_url}" controls' in html
    assert f'data-hls="{ready_video.hls_url}"' in html
    assert (
        f'<track kind="captions" src="{ready_video.caption_tracks[0].url}" srclang="en" '
        'label="English" default>' in html
    )
    assert "broadsheet/video/player.js" in html and "hls.light.esm.js" in html
    assert "article__lead" not in html  # the lead video replaces the lead image


def test_video_object_and_og_video(client, video_article, ready_video):
    html = client.get(video_article.url).content.decode()
    article = next(node for node in jsonld(html) if node["@type"] == "NewsArticle")
    [video] = article["video"]
    for required in (
        "name",
        "description",
        "thumbnailUrl",
        "uploadDate",
        "duration",
        "contentUrl",
        "embedUrl",
    ):
        assert video[required], required
    assert video["duration"] == "PT2S"
    assert video["contentUrl"] == "https://news.example.test" + ready_video.mp4_url
    assert (
        f'<meta property="og:video" content="https://news.example.test{ready_video.mp4_url}">'
        in html
    )
    embed = client.get(video["embedUrl"].removeprefix("https://news.example.test"))
    assert embed.status_code == 200
    assert "data-video-player" in embed.content.decode()


def test_a_withdrawn_video_leaves_the_page(client, video_article, ready_video):
    Video.objects.filter(pk=ready_video.pk).update(show_to_readers=False)
    html = client.get(video_article.url).content.decode()
    assert "data-video-player" not in html
    assert "og:video" not in html and '"VideoObject"' not in html
    assert "article__lead" in html
    assert "player.js" not in html
