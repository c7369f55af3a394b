"""Per-edition sitemaps with hreflang alternates, and the Google News sitemap."""

from collections import defaultdict
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from broadsheet.live.models import LiveStatus
from broadsheet.newsroom.models import ArticlePage
from broadsheet.videopages.models import VideoPage

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per sitemap


def not_embargoed(queryset):
    """Pages readers may see: not past their expiry time (Wagtail unpublishes them only when
    ``publish_scheduled`` next runs), articles whose publication time has come, and video
    pages that are current (``VideoPage.objects.current()``)."""
    now = timezone.now()
    hidden_video_pages = VideoPage.objects.exclude(pk__in=VideoPage.objects.current().values("pk"))
    return (
        queryset.exclude(expire_at__lte=now)
        .exclude(Q(articlepage__published_at__gt=now))
        .exclude(pk__in=hidden_video_pages.values("pk"))
    )


class EditionSitemap(Sitemap):
    """Every live public page of one edition; each lists its translations in other editions."""

    limit = 5000

    def __init__(self, home, request=None):
        super().__init__(request)
        self.home = home

    def items(self):
        pages = self.home.get_descendants(inclusive=True).live().public()
        return not_embargoed(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        siblings = (
            Page.objects.filter(translation_key__in={p.translation_key for p in items})
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for translation in not_embargoed(siblings):
            translations[translation.translation_key].append(translation)
        urls = []
        for item in items:
            alternates = [
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
                for translation in translations[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    # A page alone in its language needs no alternates.
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def news_sitemap_articles(now=None):
    """Articles published in the last 48 hours and live pages covering live now, newest
    first, at most 1,000."""
    now = now or timezone.now()
    return (
        ArticlePage.objects.published()
        .filter(Q(published_at__gte=now - NEWS_WINDOW) | Q(livepage__status=LiveStatus.LIVE))
        .select_related("locale")
        .defer_streamfields()
        .order_by("-published_at", "-pk")[:NEWS_LIMIT]
    )
