"""schema.org JSON-LD for reader pages: NewsArticle, BreadcrumbList and WebSite."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator

from broadsheet.core.sites import public_url
from broadsheet.live.models import LivePage
from broadsheet.podcasts.feeds import ARTWORK_SPEC
from broadsheet.video.blocks import readers_may_play
from broadsheet.video.structured_data import video_object

from .images import share_renditions

HEADLINE_MAX = 110  # search engines cut NewsArticle headlines longer than this

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_script_json(data):
    """JSON safe to put inside <script type="application/ld+json">."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)


def headline(page):
    return Truncator(page.seo_title or page.title).chars(HEADLINE_MAX)


def publisher(home, site_settings, request):
    return {
        "@type": "NewsMediaOrganization",
        "name": site_settings.site_name,
        "url": home.get_full_url(request) if home else public_url("/"),
        "logo": {
            "@type": "ImageObject",
            "url": public_url(static("broadsheet/favicon.svg")),
        },
    }


def author_url(home, author, request):
    return home.get_full_url(request) + home.reverse_subpage("author", args=[author.slug])


def article_graph(page, *, home, breadcrumbs, site_settings, request, language):
    """NewsArticle and BreadcrumbList for an article page."""
    url = page.get_full_url(request)
    image = page.social_image or page.lead_image
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline(page),
        "description": page.search_description or page.standfirst,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "url": url},
        "datePublished": page.published_at.isoformat() if page.published_at else None,
        "dateModified": (page.updated_at if page.show_updated else page.published_at).isoformat()
        if page.published_at
        else None,
        "inLanguage": language,
        "author": [
            {"@type": "Person", "name": author.name, "url": author_url(home, author, request)}
            if home
            else {"@type": "Person", "name": author.name}
            for author in page.bylines
        ],
        "publisher": publisher(home, site_settings, request),
    }
    if breadcrumbs:
        article["articleSection"] = breadcrumbs[-1].title
    renditions = share_renditions(image)
    if renditions:
        # The lead image's caption is the article's own, in the article's language.
        caption = page.lead_caption if image.pk == page.lead_image_id else ""
        article["image"] = [
            {
                "@type": "ImageObject",
                "url": public_url(rendition.url),
                "caption": caption or image.caption or image.alt_text,
                "creditText": image.credit,
            }
            for rendition in renditions
        ]

    if isinstance(page, LivePage):
        article.update(live_blog_posting(page, request))
    videos = article_videos(page)
    if videos:
        article["video"] = [video_object(video) for video in videos]

    corrections = page.published_corrections
    if corrections:
        article["correction"] = [
            {"@type": "CorrectionComment", "text": c.text, "datePublished": c.date.isoformat()}
            for c in corrections
        ]
    article = {key: value for key, value in article.items() if value not in (None, "", [])}
    return [article, breadcrumb_list(page, home, breadcrumbs, request)]


def live_blog_posting(page, request):
    """What makes a live page's NewsArticle a LiveBlogPosting: coverage times and the newest
    posts (``LIVE_JSON_LD_UPDATES``)."""
    posts = page.posts.visible()[: settings.LIVE_JSON_LD_UPDATES]
    base = page.get_full_url(request)
    data = {
        "@type": "LiveBlogPosting",
        "coverageStartTime": page.coverage_start.isoformat() if page.coverage_start else None,
        "coverageEndTime": page.coverage_end.isoformat() if page.coverage_end else None,
        "liveBlogUpdate": [_blog_posting(page, post, base) for post in posts],
    }
    return {key: value for key, value in data.items() if value is not None}


def _blog_posting(page, post, base):
    text = " ".join(strip_tags(post.body.render_as_block()).split())
    return {
        "@type": "BlogPosting",
        "headline": Truncator(post.title or text).chars(HEADLINE_MAX),
        "datePublished": post.published_at.isoformat(),
        "dateModified": post.updated_at.isoformat(),
        "url": f"{base}{page.url_path_for('post', post.pk)}#{post.anchor}",
        "articleBody": text,
    }


def article_videos(page):
    """The videos readers may play in an article: its lead video, then its body's."""
    videos = [page.playable_lead_video] if page.playable_lead_video else []
    for block in page.body:
        if block.block_type == "hosted_video" and readers_may_play(block.value["video"]):
            if block.value["video"] not in videos:
                videos.append(block.value["video"])
    return videos


def video_page_graph(page, *, home, site_settings, request):
    """VideoObject (the video the page plays, with the page's title, standfirst and date)
    and BreadcrumbList for a video page."""
    url = page.get_full_url(request)
    video = video_object(page.playable_video)
    video.update(
        {
            "@context": "https://schema.org",
            "name": headline(page),
            "description": page.search_description or page.standfirst or video["description"],
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url, "url": url},
            "publisher": publisher(home, site_settings, request),
        }
    )
    if page.published_at:
        video["datePublished"] = page.published_at.isoformat()
    parent = page.get_parent()
    return [video, breadcrumb_list(page, home, [parent] if parent else [], request)]


def breadcrumb_list(page, home, breadcrumbs, request):
    trail = ([home] if home else []) + list(breadcrumbs) + [page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.title,
                "item": {
                    "@type": "WebPage",
                    "@id": crumb.get_full_url(request),
                    "url": crumb.get_full_url(request),
                    "name": crumb.title,
                },
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def website(home, site_settings, request, language):
    """WebSite with a SearchAction, for edition home pages."""
    url = home.get_full_url(request)
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site_settings.site_name,
        "url": url,
        "inLanguage": language,
        "publisher": publisher(home, site_settings, request),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{url}search/?q={{query}}"},
            "query-input": "required name=query",
        },
    }


def iso_duration(seconds):
    """schema.org's Duration: ISO 8601, e.g. PT1H2M3S."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"


def _square_image(image, request):
    """The show's artwork as podcast apps get it in the feed."""
    if image is None:
        return None
    return public_url(image.get_rendition(ARTWORK_SPEC).url)


def _people(authors, home, request):
    return [
        {"@type": "Person", "name": a.name, "url": author_url(home, a, request)}
        if home
        else {"@type": "Person", "name": a.name}
        for a in authors
    ]


def podcast_series(show, *, home, site_settings, request, language):
    """PodcastSeries for a show page, pointing at its RSS feed."""
    url = show.get_full_url(request)
    series = {
        "@context": "https://schema.org",
        "@type": "PodcastSeries",
        "name": show.title,
        "description": show.search_description or show.description,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "url": url},
        "webFeed": url + show.reverse_subpage("feed"),
        "inLanguage": show.language or language,
        "author": {"@type": "Person", "name": show.author},
        "publisher": publisher(home, site_settings, request),
        "image": _square_image(show.artwork, request),
        "copyrightNotice": show.copyright,
    }
    return {key: value for key, value in series.items() if value not in (None, "", [])}


def podcast_episode(episode, *, home, site_settings, request, language):
    """PodcastEpisode for an episode page: its audio, show, season, hosts and guests."""
    url = episode.get_full_url(request)
    show = episode.show
    audio = {
        "@type": "AudioObject",
        "contentUrl": public_url(episode.audio_url) if episode.audio else None,
        "encodingFormat": episode.audio_type,
        "duration": iso_duration(episode.duration) if episode.duration else None,
        "contentSize": f"{episode.audio_size} B" if episode.audio_size else None,
    }
    if episode.transcript.strip():
        audio["transcript"] = episode.transcript
    node = {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": episode.title,
        "description": episode.search_description or episode.summary,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "url": url},
        "datePublished": episode.published_at.isoformat() if episode.published_at else None,
        "inLanguage": (show.language if show else "") or language,
        "episodeNumber": episode.number,
        "duration": iso_duration(episode.duration) if episode.duration else None,
        "actor": _people(episode.hosts + episode.guests, home, request),
        "publisher": publisher(home, site_settings, request),
        "associatedMedia": {k: v for k, v in audio.items() if v not in (None, "")},
    }
    if show:
        node["partOfSeries"] = {
            "@type": "PodcastSeries",
            "name": show.title,
            "url": show.get_full_url(request),
        }
        if show.artwork_id:
            node["image"] = _square_image(show.artwork, request)
    if episode.season:
        node["partOfSeason"] = {"@type": "PodcastSeason", "seasonNumber": episode.season}
    return {key: value for key, value in node.items() if value not in (None, "", [])}
