import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from .models import EpisodePage, ShowPage

logger = logging.getLogger("broadsheet.podcasts")


def purge_pages_listing_episode(sender, instance, **kwargs):
    """Purge what lists an episode: its show page and feed, All podcasts, the edition
    home (its Podcasts rail) and its audio URL. Wagtail's frontend cache app purges the
    episode's own URL."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return

    batch = PurgeBatch()
    ancestors = list(instance.get_ancestors().filter(depth__gt=1).specific())
    batch.add_pages(ancestors)
    for show in ancestors:
        if isinstance(show, ShowPage):
            batch.add_url(show.full_url + show.reverse_subpage("feed"))
    if instance.audio:
        # Audio is cached for a day by CDNs: unpublished audio must go from them too.
        batch.add_url(instance.get_site().root_url + instance.audio_url)
    batch.purge()
    logger.info("Purged %d URLs listing episode %s", len(batch.urls), instance.url_path)


def connect():
    page_published.connect(purge_pages_listing_episode, sender=EpisodePage)
    page_unpublished.connect(purge_pages_listing_episode, sender=EpisodePage)
