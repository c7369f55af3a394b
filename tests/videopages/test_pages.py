"""Video pages, the Videos section and the Videos rail, as readers get them."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from broadsheet.video.models import Video
from broadsheet.videopages.models import VIDEOS_PER_PAGE, VideoPage

from .. import budgets
from ..factories import translate


def jsonld(html):
    return [
        json.loads(m)
        for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', html)


def rail_of(html):
    start = html.index('class="rail rail--videos"')
    return html[start : html.index("</section>", start)]


def test_video_page_shows_the_player_and_what_the_page_says(client, video_page, ready_video):
    response = client.get(video_page.url)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("public")
    html = response.content.decode()
    assert '<h1 class="article__headline">Harbour wall at high tide</h1>' in html
    assert "How the wall held through the spring tide." in html
    assert html.count("data-video-player") == 1
    assert f'<video class="vplayer__video" src="{ready_video.mp4_url}" controls' in html
    assert f'data-hls="{ready_video.hls_url}"' in html
    assert 'srclang="en"' in html  # the video's captions
    assert "The sea wall during the spring tide." in html  # the video's description
    assert f'<time datetime="{video_page.published_at.isoformat(timespec="seconds")}' in html
    assert 'class="share__link share__link--facebook"' in html
    assert "broadsheet/video/player.js" in html


def test_video_page_credit_is_printed(client, video_page, ready_video):
    Video.objects.filter(pk=ready_video.pk).update(credit="Harbour Cam")
    html = client.get(video_page.url).content.decode()
    assert '<span class="video-figure__credit">Video: Harbour Cam</span>' in html


def test_video_page_has_video_object_og_video_and_oembed_discovery(client, video_page, ready_video):
    html = client.get(video_page.url).content.decode()
    [video, breadcrumbs] = jsonld(html)
    assert video["@type"] == "VideoObject" and video["@context"] == "https://schema.org"
    for required in ("name", "description", "thumbnailUrl", "uploadDate", "contentUrl"):
        assert video[required], required
    assert video["name"] == "Harbour wall at high tide"
    assert video["description"] == "How the wall held through the spring tide."
    assert video["url"] == video_page.full_url
    assert video["embedUrl"] == f"https://news.example.test/video/{ready_video.pk}/embed/"
    assert video["duration"] == "PT2S"
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == [
        "The Daily Test",
        "Videos",
        "Harbour wall at high tide",
    ]
    assert '<meta property="og:type" content="video.other">' in html
    assert f'<meta property="og:video" content="{ready_video.full_mp4_url}">' in html
    assert f'<meta property="og:image" content="{ready_video.full_poster_url}">' in html
    [oembed] = re.findall(
        r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', html
    )
    assert oembed == (
        "https://news.example.test/oembed/?url=https%3A%2F%2Fnews.example.test%2Fen%2Fvideos"
        "%2Fharbour-wall%2F&amp;format=json"
    )
    response = client.get(oembed.replace("&amp;", "&").removeprefix("https://news.example.test"))
    assert response.status_code == 200 and response.json()["title"] == video_page.title


@pytest.mark.parametrize(
    "hide",
    (
        lambda page, video: page.unpublish(),
        lambda page, video: PageViewRestriction.objects.create(
            page=page, restriction_type="password", password="s3cret"
        ),
        lambda page, video: PageViewRestriction.objects.create(
            page=page.get_parent(), restriction_type="login"
        ),
        lambda page, video: VideoPage.objects.filter(pk=page.pk).update(
            published_at=timezone.now() + timedelta(hours=2)
        ),
        lambda page, video: VideoPage.objects.filter(pk=page.pk).update(
            expire_at=timezone.now() - timedelta(minutes=1)
        ),
        lambda page, video: Video.objects.filter(pk=video.pk).update(show_to_readers=False),
        lambda page, video: Video.objects.filter(pk=video.pk).update(
            expires_at=timezone.now() - timedelta(minutes=1)
        ),
        lambda page, video: Video.objects.filter(pk=video.pk).update(status="processing"),
    ),
    ids=[
        "unpublished",
        "password",
        "section needs sign-in",
        "scheduled later",
        "expired page",
        "withdrawn video",
        "video rights expired",
        "video being transcoded",
    ],
)
def test_hidden_video_pages_are_absent_everywhere(
    client, home, videos_index, video_page, ready_video, hide
):
    url, full_url = video_page.url, video_page.full_url
    hide(video_page, ready_video)
    page = client.get(url)
    if page.status_code == 302:
        assert "/login/" in page["Location"]
    else:
        assert page.status_code in (200, 401, 404)  # 200: the password form
        assert "data-video-player" not in page.content.decode()
    assert "rail--videos" not in client.get(home.url).content.decode()
    assert "Harbour wall at high tide" not in client.get(videos_index.url).content.decode()
    assert full_url not in client.get("/video-sitemap.xml").content.decode()
    assert full_url not in client.get("/sitemap-en.xml").content.decode()
    assert full_url not in client.get("/en/feeds/rss.xml").content.decode()
    assert client.get("/api/v1/editions/en/videos").json()["items"] == []
    assert client.get("/oembed/", {"url": full_url}).status_code == 404


def test_a_page_whose_video_is_gone_is_404_for_readers(client, video_page, ready_video):
    Video.objects.filter(pk=ready_video.pk).update(show_to_readers=False)
    assert client.get(video_page.url).status_code == 404


def test_index_lists_newest_first_and_paginates(client, videos_index, make_video_page):
    for hours in range(VIDEOS_PER_PAGE + 2):
        make_video_page(hours_ago=hours + 1, title=f"Clip {hours:02d}", slug=f"clip-{hours}")
    first = client.get(videos_index.url)
    assert first.status_code == 200
    html = first.content.decode()
    assert card_titles(html) == [f"Clip {n:02d}" for n in range(VIDEOS_PER_PAGE)]
    assert html.count('class="video-card__poster"') == VIDEOS_PER_PAGE
    assert "Page 1 of 2" in html and 'rel="next" href="?page=2"' in html
    second = client.get(videos_index.url, {"page": 2}).content.decode()
    assert card_titles(second) == ["Clip 12", "Clip 13"]
    assert 'rel="prev" href="?page=1"' in second
    # A page number past the end (or garbage) gives a real page, never an error.
    assert client.get(videos_index.url, {"page": "x"}).status_code == 200
    assert card_titles(client.get(videos_index.url, {"page": 99}).content.decode()) == [
        "Clip 12",
        "Clip 13",
    ]


def test_empty_index_says_so(client, videos_index):
    html = client.get(videos_index.url).content.decode()
    assert "No videos here yet." in html


def test_rail_on_front_and_article_is_refreshed_when_a_video_page_is_published(
    client, home, article, videos_index, make_video_page
):
    make_video_page(hours_ago=3, title="Older clip", slug="older")
    for url in (home.url, article.url):
        rail = rail_of(client.get(url).content.decode())
        assert card_titles(rail) == ["Older clip"]
        assert f'<a href="{videos_index.url}">All videos' in rail
    make_video_page(hours_ago=1, title="Newest clip", slug="newest")
    for url in (home.url, article.url):
        assert card_titles(rail_of(client.get(url).content.decode())) == [
            "Newest clip",
            "Older clip",
        ]


def test_rail_holds_the_three_newest_and_leaves_out_the_page_shown(client, home, make_video_page):
    pages = [make_video_page(hours_ago=n + 1, title=f"Clip {n}", slug=f"c{n}") for n in range(4)]
    assert card_titles(rail_of(client.get(home.url).content.decode())) == [
        "Clip 0",
        "Clip 1",
        "Clip 2",
    ]
    rail = rail_of(client.get(pages[0].url).content.decode())
    assert card_titles(rail) == ["Clip 1", "Clip 2", "Clip 3"]


def test_no_rail_without_video_pages(client, home, article):
    assert "rail--videos" not in client.get(home.url).content.decode()
    assert "rail--videos" not in client.get(article.url).content.decode()


def test_video_pages_query_budget_does_not_grow(client, videos_index, make_video_page):
    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    page = make_video_page(slug="first")
    assert queries(page.url) <= budgets.VIDEO_PAGE
    one = queries(videos_index.url)
    assert one <= budgets.VIDEO_PAGE
    for n in range(4):
        make_video_page(slug=f"more-{n}")
    assert queries(videos_index.url) == one


def test_arabic_edition_video_page_is_right_to_left_and_translated(
    client, home, video_page, videos_index
):
    arabic = translate(
        video_page, "ar", title="جدار الميناء عند المد", standfirst="كيف صمد الجدار."
    )
    assert arabic.url.startswith("/ar/")
    html = client.get(arabic.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 class="article__headline">جدار الميناء عند المد</h1>' in html
    assert "مشغّل الفيديو" in html  # the player's label, from the Arabic catalogue
    # The (English) video's description is left to the English page.
    assert "The sea wall during the spring tide." not in html
    index_html = client.get(arabic.get_parent().url).content.decode()
    assert card_titles(index_html) == ["جدار الميناء عند المد"]
    # Each edition lists its own video pages only.
    assert card_titles(client.get(videos_index.url).content.decode()) == [video_page.title]


def test_a_video_page_lives_only_in_a_videos_section(home, videos_index):
    assert VideoPage.can_exist_under(videos_index)
    assert not VideoPage.can_exist_under(home)
