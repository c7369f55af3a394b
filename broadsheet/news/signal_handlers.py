import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger("broadsheet.news")


def purge_pages_listing_article(sender, instance, **kwargs):
    """Purge the fronts that list an article: its sections, edition home and tag pages.

    Wagtail's frontend cache app already purges the article's own URL.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    ancestors = list(instance.get_ancestors().filter(depth__gt=1).specific())
    batch.add_pages(ancestors)
    home = ancestors[0] if ancestors else None
    if home is not None:
        for slug in instance.tags.values_list("slug", flat=True):
            batch.add_url(home.full_url + home.reverse_subpage("tag", args=[slug]))
    batch.purge()
    logger.info("Purged %d URLs listing %s", len(batch.urls), instance.url_path)


def connect():
    from .models import ArticlePage

    page_published.connect(purge_pages_listing_article, sender=ArticlePage)
    page_unpublished.connect(purge_pages_listing_article, sender=ArticlePage)
