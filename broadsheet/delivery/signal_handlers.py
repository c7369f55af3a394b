import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from broadsheet.newsroom.models import ArticlePage

from .feed_urls import feed_urls_for_article

logger = logging.getLogger("broadsheet.delivery")


def purge_feeds_and_sitemaps(sender, instance, **kwargs):
    """Purge the feeds and sitemaps that list an article, so it shows in them at once."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return

    batch = PurgeBatch()
    for url in feed_urls_for_article(instance):
        batch.add_url(url)
    batch.purge()
    logger.info("Purged %d feed and sitemap URLs for %s", len(batch.urls), instance.url_path)


def connect():
    page_published.connect(purge_feeds_and_sitemaps, sender=ArticlePage)
    page_unpublished.connect(purge_feeds_and_sitemaps, sender=ArticlePage)
