from django import template
from wagtail.models import Page

from ..models import EpisodePage

register = template.Library()

RAIL_SIZE = 3


@register.inclusion_tag("podcasts/includes/podcast_rail.html", takes_context=True)
def podcast_rail(context, size=RAIL_SIZE):
    """The Podcasts rail: the edition's latest episodes, each playable in place.

    The episodes' shows and the All podcasts page above them come in one query, so the
    rail costs the same few queries however many shows the episodes belong to.
    """
    home = context.get("edition_home")
    if home is None:
        return {"episodes": []}
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
    return {"episodes": episodes, "podcast_index": index, "request": context.get("request")}
