import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from .models import VideoPage

logger = logging.getLogger("broadsheet.videopages")


def purge_pages_listing_video(sender, instance, **kwargs):
    """Purge what lists a video page: its Videos section and the edition home (its Videos
    rail). Wagtail's frontend cache app purges the page's own URL."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(instance.get_ancestors().filter(depth__gt=1).specific())
    batch.purge()
    logger.info("Purged %d URLs listing video page %s", len(batch.urls), instance.url_path)


def connect():
    page_published.connect(purge_pages_listing_video, sender=VideoPage)
    page_unpublished.connect(purge_pages_listing_video, sender=VideoPage)
