from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from broadsheet.core.fragments import remember

from ..models import VideoPage, VideosIndexPage

register = template.Library()

RAIL_SIZE = 3


@register.simple_tag(takes_context=True)
def video_rail(context, size=RAIL_SIZE, exclude=0):
    """The Videos rail: the edition's newest video pages (leaving out ``exclude``, the page
    being shown), with a link to its Videos section.

    The same on every page of an edition, so it is rendered once per change readers can see
    (``core/fragments.py``).
    """
    home = context.get("edition_home")
    request = context.get("request")
    if home is None:
        return ""

    def render():
        pages = VideoPage.objects.published().in_edition(home).exclude(pk=exclude)
        rail = {
            "video_pages": list(pages.newest_first().for_cards()[:size]),
            "videos_index": VideosIndexPage.objects.child_of(home).live().public().first(),
        }
        return render_to_string("videopages/includes/video_rail.html", rail, request=request)

    html = remember(request, "video-rail", [home.pk, size, exclude or 0], render)
    return mark_safe(html)  # noqa: S308 - our own template's output
