from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from broadsheet.core.fragments import remember
from broadsheet.core.sites import public_url
from broadsheet.newsroom.models import ArticlePage, HomePage, SectionPage
from broadsheet.podcasts.models import EpisodePage, ShowPage

from .. import structured_data
from ..feed_urls import feed_paths
from ..images import share_renditions
from ..share import share_links

register = template.Library()


def _section(context, page):
    if isinstance(page, SectionPage):
        return page
    if isinstance(page, ArticlePage):
        return page.section
    return None


@register.simple_tag(takes_context=True)
def delivery_head(context):
    """Feed links, Open Graph and Twitter card tags, and JSON-LD for the page being shown.

    A story's are the same for every reader, so they are kept as a fragment until the next
    change readers can see (``core/fragments.py``); previews of a draft are never kept.
    """
    request = context.get("request")
    page = context.get("page")

    def render():
        return render_to_string("delivery/includes/head.html", _head(context))

    if (
        isinstance(page, ArticlePage)
        and request is not None
        and not getattr(request, "is_preview", False)
    ):
        parts = [page.pk, get_language(), request.get_host()]
        return mark_safe(remember(request, "story-head", parts, render))  # noqa: S308
    return mark_safe(render())  # noqa: S308


def _head(context):
    request = context.get("request")
    home = context.get("edition_home")
    page = context.get("page")
    if home is None or page is None or request is None:
        return {}
    is_article = isinstance(page, ArticlePage)
    site_settings = context["settings"]["core"]["SiteSettings"]
    # Wagtail serves each edition under its own language prefix, so the active language
    # is the page's; asking it saves a locale query per page.
    language = get_language()
    groups = feed_paths(
        home,
        section=_section(context, page),
        tag=context.get("tag"),
        author=None if is_article else context.get("author"),
        language=language,
    )
    graph = []
    if is_article:
        graph = structured_data.article_graph(
            page,
            home=home,
            breadcrumbs=page.breadcrumbs,
            site_settings=site_settings,
            request=request,
            language=language,
        )
    elif isinstance(page, ShowPage | EpisodePage) and not context.get("tag"):
        build = (
            structured_data.podcast_series
            if isinstance(page, ShowPage)
            else structured_data.podcast_episode
        )
        graph = [
            build(page, home=home, site_settings=site_settings, request=request, language=language)
        ]
    elif isinstance(page, HomePage) and not context.get("tag") and not context.get("author"):
        graph = [structured_data.website(home, site_settings, request, language)]
    image = getattr(page, "social_image", None) or getattr(page, "lead_image", None)
    renditions = share_renditions(image)
    videos = structured_data.article_videos(page) if is_article else []
    return {
        "groups": groups,
        "jsonld": [mark_safe(structured_data.to_script_json(node)) for node in graph],  # noqa: S308
        "og": {
            "type": "article" if is_article else "website",
            "title": page.seo_title or page.title,
            "description": page.search_description
            or getattr(page, "standfirst", "")
            or getattr(page, "intro", ""),
            "url": public_url(request.path)
            if context.get("tag") or context.get("author")
            else page.get_full_url(request),
            "site_name": site_settings.site_name,
            "locale": language,
            "image": public_url(renditions[0].url) if renditions else "",
            "image_width": renditions[0].width if renditions else None,
            "image_height": renditions[0].height if renditions else None,
            "image_alt": image.alt_text if renditions else "",
            "video": videos[0] if videos else None,
        },
        "article": page if is_article else None,
        "section": _section(context, page) if is_article else None,
    }


@register.inclusion_tag("delivery/includes/share.html", takes_context=True)
def share_buttons(context, page):
    url = page.get_full_url(context.get("request"))
    return {"links": share_links(url, page.title), "url": url, "title": page.title}
