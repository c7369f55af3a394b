from django import template

from ..feeds_urls import feed_paths

register = template.Library()


@register.inclusion_tag("distribution/includes/feed_links.html", takes_context=True)
def feed_links(context):
    """<link rel="alternate"> for the feeds of the page being shown and of its edition."""
    from broadsheet.news.models import ArticlePage, SectionPage

    home = context.get("edition_home")
    page = context.get("page")
    if home is None:
        return {"groups": []}
    section = None
    if isinstance(page, SectionPage):
        section = page
    elif isinstance(page, ArticlePage):
        section = context.get("section")
    groups = feed_paths(
        home,
        section=section,
        tag=context.get("tag"),
        author=context.get("author") if not isinstance(page, ArticlePage) else None,
    )
    return {"groups": groups}
