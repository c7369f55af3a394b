"""Video pages leave the site: the video sitemap (with articles' body videos), the edition
feed's media:content, and the app API."""

from xml.etree import ElementTree

from broadsheet.video.models import Video

from ..factories import ArticlePageFactory

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "video": "http://www.google.com/schemas/sitemap-video/1.1",
    "media": "http://search.yahoo.com/mrss/",
}


def sitemap_urls(client):
    response = client.get("/video-sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)  # well-formed XML, or this raises
    assert root.tag == f"{{{NS['s']}}}urlset"
    return {
        url.findtext("s:loc", namespaces=NS): url.findall("video:video", NS)
        for url in root.findall("s:url", NS)
    }


def test_video_sitemap_lists_video_pages_and_articles_lead_and_body_videos(
    client, section, author, video_page, ready_video, make_video
):
    second = make_video(transcode=False, title="Second clip")
    Video.objects.filter(pk=second.pk).update(
        status="ready", output_token=ready_video.output_token, width=640, height=360, duration=4
    )
    second.refresh_from_db()
    body_only = ArticlePageFactory(
        parent=section,
        authors=[author],
        slug="body-only",
        body=[
            ("paragraph", "<p>The wall held.</p>"),
            ("hosted_video", {"video": second, "caption": "From the pier"}),
        ],
    )
    both = ArticlePageFactory(
        parent=section,
        authors=[author],
        slug="both",
        lead_video=ready_video,
        body=[
            ("hosted_video", {"video": ready_video, "caption": "Again"}),
            ("hosted_video", {"video": second, "caption": "And the other"}),
        ],
    )
    plain = ArticlePageFactory(parent=section, authors=[author], slug="plain")
    urls = sitemap_urls(client)
    assert plain.full_url not in urls
    [page_video] = urls[video_page.full_url]
    assert page_video.findtext("video:title", namespaces=NS) == ready_video.title
    assert page_video.findtext("video:content_loc", namespaces=NS) == ready_video.full_mp4_url
    assert page_video.findtext("video:thumbnail_loc", namespaces=NS) == ready_video.full_poster_url
    assert page_video.findtext("video:player_loc", namespaces=NS).endswith(
        f"/video/{ready_video.pk}/embed/"
    )
    assert page_video.findtext("video:duration", namespaces=NS) == "2"
    assert page_video.findtext("video:publication_date", namespaces=NS).startswith(
        video_page.published_at.date().isoformat()
    )
    [body_video] = urls[body_only.full_url]
    assert body_video.findtext("video:title", namespaces=NS) == "Second clip"
    # Lead video first, each video once.
    assert [v.findtext("video:title", namespaces=NS) for v in urls[both.full_url]] == [
        ready_video.title,
        "Second clip",
    ]
    Video.objects.filter(pk=second.pk).update(show_to_readers=False)
    urls = sitemap_urls(client)
    assert body_only.full_url not in urls
    assert len(urls[both.full_url]) == 1


def test_video_sitemap_query_count_does_not_grow_with_pages(
    client, make_video_page, django_assert_max_num_queries
):
    make_video_page(slug="one")
    client.get("/video-sitemap.xml")
    for n in range(5):
        make_video_page(slug=f"more-{n}")
    with django_assert_max_num_queries(8):
        assert len(sitemap_urls(client)) == 6


def test_edition_feed_carries_video_pages_with_media_content(
    client, article, video_page, ready_video
):
    response = client.get("/en/feeds/rss.xml")
    assert response.status_code == 200
    channel = ElementTree.fromstring(response.content).find("channel")
    items = {item.findtext("link"): item for item in channel.findall("item")}
    item = items[video_page.full_url]
    assert item.findtext("title") == video_page.title
    assert item.findtext("description") == video_page.standfirst
    [media] = item.findall("media:content", NS)
    assert media.get("url") == ready_video.full_mp4_url
    assert media.get("medium") == "video" and media.get("type") == "video/mp4"
    assert media.find("media:thumbnail", NS).get("url") == ready_video.full_poster_url
    assert article.full_url in items
    # Atom too.
    atom = client.get("/en/feeds/atom.xml").content.decode()
    assert video_page.full_url in atom and ready_video.full_mp4_url in atom
    # Section feeds carry the section's articles only.
    assert (
        video_page.full_url not in client.get("/en/feeds/sections/world/rss.xml").content.decode()
    )


def test_api_lists_the_editions_video_pages_newest_first(client, make_video_page, ready_video):
    older = make_video_page(hours_ago=5, slug="older", title="Older")
    newer = make_video_page(hours_ago=1, slug="newer", title="Newer")
    response = client.get("/api/v1/editions/en/videos", {"limit": 1})
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and response["ETag"]
    data = response.json()
    [item] = data["items"]
    assert item["id"] == newer.pk and item["title"] == "Newer"
    assert item["url"] == newer.full_url
    assert item["standfirst"] == newer.standfirst
    video = item["video"]
    assert video["id"] == ready_video.pk
    assert video["hls"].endswith("/master.m3u8") and video["mp4"].endswith("/video.mp4")
    assert video["poster"] == ready_video.full_poster_url
    assert video["renditions"] and video["renditions"][0]["url"].startswith("https://")
    assert [c["language"] for c in video["captions"]] == ["en"]
    assert data["next_cursor"]
    rest = client.get(
        "/api/v1/editions/en/videos", {"limit": 1, "cursor": data["next_cursor"]}
    ).json()
    assert [i["id"] for i in rest["items"]] == [older.pk] and rest["next_cursor"] is None


def test_api_video_pages_bad_input(client, video_page):
    assert client.get("/api/v1/editions/xx/videos").status_code == 404
    assert client.get("/api/v1/editions/en/videos", {"cursor": "nonsense"}).status_code == 400
    assert client.get("/api/v1/editions/en/videos", {"limit": 0}).status_code == 400
    assert client.get("/api/v1/editions/en/videos", {"limit": 51}).status_code == 400


def test_api_leaves_out_pages_scheduled_later(client, make_video_page):
    make_video_page(hours_ago=-3, slug="later")
    later = client.get("/api/v1/editions/en/videos").json()["items"]
    assert later == []


def test_feeds_sitemaps_and_api_list_a_new_video_page_at_once(client, video_page, make_video_page):
    urls = (
        "/en/feeds/rss.xml",
        "/video-sitemap.xml",
        "/sitemap-en.xml",
        "/api/v1/editions/en/videos",
    )
    for url in urls:
        assert video_page.full_url in client.get(url).content.decode()
    newer = make_video_page(slug="newer")
    for url in urls:
        assert newer.full_url in client.get(url).content.decode(), url
