from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .editions import live_editions
from .sitemaps import EditionSitemap, news_sitemap_articles


def public_cache(response, max_age=None):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE if max_age is None else max_age,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR,
    )
    return response


def _edition_sitemaps(request):
    return {home.locale.language_code: EditionSitemap(home, request) for home in live_editions()}


@require_GET
def sitemap_index(request):
    response = sitemap_views.index(
        request, _edition_sitemaps(request), sitemap_url_name="distribution:sitemap"
    )
    response.render()
    return public_cache(response)


@require_GET
def sitemap(request, section):
    sitemaps = _edition_sitemaps(request)
    if section not in sitemaps:
        raise Http404
    response = sitemap_views.sitemap(request, {section: sitemaps[section]}, section=section)
    response.render()
    return public_cache(response)


@require_GET
def news_sitemap(request):
    site_settings = _site_settings(request)
    response = render(
        request,
        "distribution/news_sitemap.xml",
        {
            "articles": news_sitemap_articles(),
            "publication_name": site_settings.site_name,
            "request": request,
        },
        content_type="application/xml; charset=utf-8",
    )
    return public_cache(response, max_age=60)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('distribution:sitemap_index'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('distribution:news_sitemap'))}",
        "",
    ]
    return public_cache(HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8"))


def _site_settings(request):
    from broadsheet.core.models import SiteSettings

    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return SiteSettings.for_site(site)


@require_GET
def corrections(request):
    """Every correction published in the edition, newest first."""
    from django.core.paginator import Paginator

    from broadsheet.news.listing import PAGE_SIZE

    from .editions import current_edition
    from .models import Correction

    home = current_edition()
    queryset = (
        Correction.objects.published()
        .filter(article__locale_id=home.locale_id)
        .select_related("article")
    )
    response = render(
        request,
        "distribution/corrections_page.html",
        {
            "edition_home": home,
            # Corrections are ordered by their own date, not an article's publication time,
            # so they page by number (a bad ?page= gives the first or last page).
            "page_obj": Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page")),
        },
    )
    return public_cache(response)
