from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.http import require_GET
from wagtail.models import Site

from broadsheet.core.cache import set_public_cache_headers
from broadsheet.core.models import SiteSettings
from broadsheet.core.pagination import paginate_numbered
from broadsheet.core.sites import public_url
from broadsheet.newsroom.models import ArticlePage, Correction, HomePage
from broadsheet.video.models import Video
from broadsheet.video.structured_data import embed_url
from broadsheet.videopages.models import VideoPage

from .sitemaps import EditionSitemap, news_sitemap_articles
from .structured_data import article_videos


def _edition_sitemaps(request):
    return {
        home.locale.language_code: EditionSitemap(home, request)
        for home in HomePage.objects.editions()
    }


@require_GET
def sitemap_index(request):
    """As Django's sitemap index, with each sitemap on the public address, not the Host."""
    items = []
    for section, edition_sitemap in _edition_sitemaps(request).items():
        url = public_url(reverse("delivery:sitemap", kwargs={"section": section}))
        lastmod = edition_sitemap.get_latest_lastmod()
        items.append(SitemapIndexItem(url, lastmod))
        pages = range(2, edition_sitemap.paginator.num_pages + 1)
        items.extend(SitemapIndexItem(f"{url}?p={number}", lastmod) for number in pages)
    response = TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
    lastmods = [item.last_mod for item in items]
    if lastmods and None not in lastmods:
        response.headers["Last-Modified"] = http_date(max(lastmods).timestamp())
    response.render()
    return set_public_cache_headers(response)


@require_GET
def sitemap(request, section):
    sitemaps = _edition_sitemaps(request)
    if section not in sitemaps:
        raise Http404
    response = sitemap_views.sitemap(request, {section: sitemaps[section]}, section=section)
    response.render()
    return set_public_cache_headers(response)


@require_GET
def news_sitemap(request):
    site_settings = _site_settings(request)
    response = render(
        request,
        "delivery/news_sitemap.xml",
        {
            "articles": news_sitemap_articles(),
            "publication_name": site_settings.site_name,
            "request": request,
        },
        content_type="application/xml; charset=utf-8",
    )
    return set_public_cache_headers(response, max_age=60)


VIDEO_SITEMAP_SIZE = 1000


def _mark_playable(videos, playable_ids):
    # Answers ``readers_may_play`` for these videos without a query each.
    for video in videos:
        if video is not None:
            video.readers_may_play = video.pk in playable_ids


def video_sitemap_entries(limit=VIDEO_SITEMAP_SIZE):
    """(page URL, publication time, videos) of the newest pages with a video readers may play:
    video pages, and articles with a lead video or ``hosted_video`` body blocks."""
    playable = Video.objects.published()
    playable_ids = set(playable.values_list("pk", flat=True))
    # Body blocks are found in the stored JSON first (portable across SQLite and PostgreSQL),
    # then read properly; an article whose blocks' videos are all withdrawn drops out there.
    articles = (
        ArticlePage.objects.published()
        .annotate(body_text=Cast("body", TextField()))
        .filter(Q(lead_video__in=playable) | Q(body_text__contains='"hosted_video"'))
        .select_related("lead_video", "locale")
        .order_by("-published_at", "-pk")[:limit]
    )
    entries = []
    for article in articles:
        _mark_playable(
            [article.lead_video]
            + [b.value["video"] for b in article.body if b.block_type == "hosted_video"],
            playable_ids,
        )
        videos = article_videos(article)
        if videos:
            entries.append((article.full_url, article.published_at, videos))
    pages = (
        VideoPage.objects.published()
        .select_related("video", "locale")
        .order_by("-published_at", "-pk")[:limit]
    )
    entries.extend((page.full_url, page.published_at, [page.video]) for page in pages)
    entries.sort(key=lambda entry: entry[1], reverse=True)
    return entries[:limit]


@require_GET
def video_sitemap(request):
    """Google's video sitemap: the newest pages with a video readers may play."""
    entries = [
        {
            "loc": url,
            "published_at": published_at,
            "videos": [{"video": video, "player": embed_url(video)} for video in videos],
        }
        for url, published_at, videos in video_sitemap_entries()
    ]
    response = render(
        request,
        "delivery/video_sitemap.xml",
        {"entries": entries},
        content_type="application/xml; charset=utf-8",
    )
    return set_public_cache_headers(response, max_age=300)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {public_url(reverse('delivery:sitemap_index'))}",
        f"Sitemap: {public_url(reverse('delivery:news_sitemap'))}",
        f"Sitemap: {public_url(reverse('delivery:video_sitemap'))}",
        "",
    ]
    return set_public_cache_headers(
        HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    )


def _site_settings(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return SiteSettings.for_site(site)


@require_GET
def corrections(request):
    """Every correction published in the edition, newest first."""
    home = HomePage.objects.for_language_or_404()
    queryset = (
        Correction.objects.published()
        .filter(article__locale_id=home.locale_id)
        .select_related("article")
    )
    response = render(
        request,
        "delivery/corrections_page.html",
        {"edition_home": home, "page_obj": paginate_numbered(request, queryset)},
    )
    return set_public_cache_headers(response)
