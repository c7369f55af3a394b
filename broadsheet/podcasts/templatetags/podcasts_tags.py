from django import template
from wagtail.models import Page

from ..models import EpisodePage, PodcastIndexPage, ShowPage

register = template.Library()

RAIL_SIZE = 3


def attach_shows(episodes):
    """Give each episode its show (the parent page) with one query for all of them."""
    parent_paths = {episode.path[: -Page.steplen] for episode in episodes}
    if not parent_paths:
        return episodes
    shows = {show.path: show for show in ShowPage.objects.filter(path__in=parent_paths)}
    for episode in episodes:
        episode.__dict__["show"] = shows.get(episode.path[: -Page.steplen])
    return episodes


@register.inclusion_tag("podcasts/includes/podcast_rail.html", takes_context=True)
def podcast_rail(context, size=RAIL_SIZE):
    """The Podcasts rail: the edition's latest episodes, each playable in place."""
    home = context.get("edition_home")
    if home is None:
        return {"episodes": []}
    episodes = list(EpisodePage.objects.published().in_edition(home).newest_first()[:size])
    index = None
    if episodes:
        attach_shows(episodes)
        index = PodcastIndexPage.objects.child_of(home).live().first()
    return {"episodes": episodes, "podcast_index": index, "request": context.get("request")}
