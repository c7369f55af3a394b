"""oEmbed for Broadsheet's own video pages: good answers, and clear 4xx/501 for bad input."""

import re
from html import unescape

import pytest

from broadsheet.video.models import Video

from ..factories import translate

OEMBED = "/oembed/"


def test_oembed_for_a_video_page(client, video_page, ready_video):
    Video.objects.filter(pk=ready_video.pk).update(credit="Harbour Cam")
    response = client.get(OEMBED, {"url": video_page.full_url, "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    data = response.json()
    assert data["version"] == "1.0" and data["type"] == "video"
    assert data["title"] == "Harbour wall at high tide"
    assert data["author_name"] == "Harbour Cam"
    assert data["provider_name"] == "Broadsheet"
    assert data["provider_url"] == "https://news.example.test/"
    assert data["thumbnail_url"] == ready_video.full_poster_url
    assert (data["thumbnail_width"], data["thumbnail_height"]) == (320, 240)
    # The clip is 320x240: never scaled up, and the iframe keeps its shape.
    assert (data["width"], data["height"]) == (320, 240)
    [src] = re.findall(r'<iframe src="([^"]+)"', data["html"])
    assert src == f"https://news.example.test/video/{ready_video.pk}/embed/"
    assert 'width="320" height="240"' in data["html"] and "allowfullscreen" in data["html"]
    # The iframe's address is the player that serves.
    embed = client.get(src.removeprefix("https://news.example.test"))
    assert embed.status_code == 200 and b"data-video-player" in embed.content


def test_oembed_without_a_format_is_json(client, video_page):
    response = client.get(OEMBED, {"url": video_page.full_url})
    assert response.status_code == 200 and response.json()["type"] == "video"


@pytest.mark.parametrize(
    "params, size",
    (
        ({"maxwidth": "160"}, (160, 120)),
        ({"maxheight": "60"}, (80, 60)),
        ({"maxwidth": "200", "maxheight": "90"}, (120, 90)),
        ({"maxwidth": "5000"}, (320, 240)),
    ),
    ids=["maxwidth", "maxheight", "both: the tighter wins", "larger than the video"],
)
def test_oembed_fits_maxwidth_and_maxheight(client, video_page, params, size):
    data = client.get(OEMBED, {"url": video_page.full_url, **params}).json()
    assert (data["width"], data["height"]) == size
    assert f'width="{size[0]}" height="{size[1]}"' in data["html"]


def test_oembed_escapes_the_title_in_its_html(client, video_page):
    video_page.title = 'Wall "held" <script>'
    video_page.save_revision().publish()
    data = client.get(OEMBED, {"url": video_page.full_url}).json()
    assert "<script>" not in data["html"]
    assert unescape(re.search(r'title="([^"]*)"', data["html"]).group(1)) == 'Wall "held" <script>'


def test_oembed_xml_is_not_implemented(client, video_page):
    response = client.get(OEMBED, {"url": video_page.full_url, "format": "xml"})
    assert response.status_code == 501
    assert "json" in response.json()["detail"]


@pytest.mark.parametrize(
    "url",
    (
        "https://elsewhere.example.com/en/videos/harbour-wall/",
        "https://news.example.test.evil.com/en/videos/harbour-wall/",
        "javascript:alert(1)",
        "not a url at all",
        "https://[::1",
        "https://news.example.test/",
        "https://news.example.test/en/videos/",
        "https://news.example.test/en/videos/no-such-page/",
        "https://news.example.test/en/world/harbour-wall/",
        "",
        "https://news.example.test/" + "a/" * 1500,
    ),
    ids=[
        "foreign host",
        "look-alike host",
        "javascript",
        "garbage",
        "broken IPv6 host",
        "home page",
        "videos section",
        "unknown page",
        "right slug, wrong path",
        "empty",
        "too long",
    ],
)
def test_oembed_for_what_is_not_a_public_video_page_is_404(client, video_page, url):
    response = client.get(OEMBED, {"url": url})
    assert response.status_code == 404
    assert response.json() == {"detail": "No public video page at this address."}


def test_oembed_for_an_article_is_404(client, article):
    assert client.get(OEMBED, {"url": article.full_url}).status_code == 404


def test_oembed_for_an_unpublished_page_is_404(client, video_page):
    url = video_page.full_url
    video_page.unpublish()
    assert client.get(OEMBED, {"url": url}).status_code == 404


@pytest.mark.parametrize(
    "params, message",
    (
        ({}, "url parameter is required"),
        ({"maxwidth": "wide"}, "maxwidth must be"),
        ({"maxwidth": "0"}, "maxwidth must be"),
        ({"maxheight": "-5"}, "maxheight must be"),
        ({"maxheight": "99999999999999999999"}, "maxheight must be"),
    ),
    ids=["no url", "word", "zero", "negative", "huge"],
)
def test_oembed_bad_parameters_are_400(client, video_page, params, message):
    params = {"url": video_page.full_url, **params} if params else {}
    response = client.get(OEMBED, params)
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_oembed_answers_get_only(client, video_page):
    assert client.post(OEMBED, {"url": video_page.full_url}).status_code == 405


def test_oembed_finds_each_editions_own_page(client, video_page):
    arabic = translate(video_page, "ar", title="جدار الميناء عند المد")
    data = client.get(OEMBED, {"url": arabic.full_url}).json()
    assert data["title"] == "جدار الميناء عند المد"
    assert client.get(OEMBED, {"url": video_page.full_url}).json()["title"] == video_page.title


@pytest.mark.parametrize(
    "suffix",
    ("?utm_source=chat", "#player", ""),
    ids=["query string", "fragment", "no trailing slash"],
)
def test_oembed_accepts_the_address_as_people_paste_it(client, video_page, suffix):
    url = video_page.full_url + suffix if suffix else video_page.full_url.rstrip("/")
    assert client.get(OEMBED, {"url": url}).json()["title"] == video_page.title
