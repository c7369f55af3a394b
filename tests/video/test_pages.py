"""Videos in articles: the player, JSON-LD VideoObject and og:video; withdrawn videos vanish."""

import json
import re
from xml.etree import ElementTree

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


def test_api_gives_renditions_captions_poster_and_duration(client, video_article, ready_video):
    data = client.get(f"/api/v1/articles/{video_article.pk}").json()
    lead = data["lead_video"]
    assert lead["duration"] == pytest.approx(2.0, abs=0.1)
    assert lead["hls"] == "https://news.example.test" + ready_video.hls_url
    assert lead["poster"].startswith("https://news.example.test/video/")
    [rendition] = lead["renditions"]
    assert (rendition["width"], rendition["height"]) == (320, 240)
    assert rendition["bandwidth"] == ready_video.renditions[0]["bandwidth"]
    assert lead["captions"] == [
        {
            "language": "en",
            "label": "English",
            "url": "https://news.example.test" + ready_video.caption_tracks[0].url,
        }
    ]
    block = next(b for b in data["body"] if b["type"] == "hosted_video")
    assert block["value"]["caption"] == "From the pier"
    Video.objects.filter(pk=ready_video.pk).update(show_to_readers=False)
    data = client.get(f"/api/v1/articles/{video_article.pk}").json()
    assert data["lead_video"] is None
    assert next(b for b in data["body"] if b["type"] == "hosted_video")["value"] is None


def test_feed_item_carries_the_video_as_media_content(client, video_article, ready_video):
    root = ElementTree.fromstring(client.get("/en/feeds/rss.xml").content)
    media = "{http://search.yahoo.com/mrss/}"
    videos = [c for c in root.iter(f"{media}content") if c.get("medium") == "video"]
    assert [(v.get("url"), v.get("type"), v.get("width"), v.get("duration")) for v in videos] == [
        (f"https://news.example.test{ready_video.mp4_url}", "video/mp4", "320", "2")
    ]
    assert videos[0].find(f"{media}thumbnail").get("url") == ready_video.full_poster_url


def test_video_sitemap_lists_articles_with_a_playable_lead_video(
    client, video_article, ready_video
):
    response = client.get("/video-sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "v": "http://www.google.com/schemas/sitemap-video/1.1",
    }
    [url] = root.findall("s:url", ns)
    assert url.findtext("s:loc", namespaces=ns) == video_article.full_url
    video = url.find("v:video", ns)
    assert video.findtext("v:content_loc", namespaces=ns) == ready_video.full_mp4_url
    assert video.findtext("v:duration", namespaces=ns) == "2"
    assert video.findtext("v:player_loc", namespaces=ns).endswith(f"/video/{ready_video.pk}/embed/")
    Video.objects.filter(pk=ready_video.pk).update(show_to_readers=False)
    root = ElementTree.fromstring(client.get("/video-sitemap.xml").content)
    assert root.findall("s:url", ns) == []
