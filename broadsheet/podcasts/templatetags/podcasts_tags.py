from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.models import Page

from broadsheet.core.fragments import remember

from ..models import EpisodePage

register = template.Library()

RAIL_SIZE = 3


@register.simple_tag(takes_context=True)
def podcast_rail(context, size=RAIL_SIZE):
    """The Podcasts rail: the edition's latest episodes, each playable in place.

    The same on every page of an edition, so it is rendered once per change readers can see
    (``core/fragments.py``).
    """
    home = context.get("edition_home")
    request = context.get("request")
    if home is None:
        return ""

    def render():
        rail = _rail_context(home, size)
        return render_to_string("podcasts/includes/podcast_rail.html", rail, request=request)

    return mark_safe(remember(request, "podcast-rail", [home.pk, size], render))  # noqa: S308


def _rail_context(home, size):
    """The rail's episodes, their shows and the All podcasts page.

    The episodes' shows and the All podcasts page above them come in one query, so the
    rail costs the same few queries however many shows the episodes belong to.
    """
    episodes = list(EpisodePage.objects.published().in_edition(home).newest_first()[:size])
    index = None
    if episodes:
        step = Page.steplen
        show_paths = {episode.path[:-step] for episode in episodes}
        index_paths = {path[:-step] for path in show_paths}
        found = {page.path: page for page in Page.objects.filter(path__in=show_paths | index_paths)}
        for episode in episodes:
            episode.__dict__["show"] = found.get(episode.path[:-step])
        index = next((found[p] for p in sorted(index_paths) if p in found and found[p].live), None)
    return {"episodes": episodes, "podcast_index": index}
