import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger("broadsheet.distribution")


def purge_feeds_and_sitemaps(sender, instance, **kwargs):
    """Purge the feeds and sitemaps that list an article, so it shows in them at once."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from .feeds_urls import feed_urls_for_article

    batch = PurgeBatch()
    for url in feed_urls_for_article(instance):
        batch.add_url(url)
    batch.purge()
    logger.info("Purged %d feed and sitemap URLs for %s", len(batch.urls), instance.url_path)


def article_published(sender, instance, **kwargs):
    from .webhooks import queue_article_event

    first = instance.first_published_at == instance.last_published_at
    queue_article_event(instance, "article.published" if first else "article.updated")


def article_unpublished(sender, instance, **kwargs):
    from .webhooks import queue_article_event

    queue_article_event(instance, "article.unpublished")


def connect():
    from broadsheet.news.models import ArticlePage

    page_published.connect(purge_feeds_and_sitemaps, sender=ArticlePage)
    page_unpublished.connect(purge_feeds_and_sitemaps, sender=ArticlePage)
    page_published.connect(article_published, sender=ArticlePage)
    page_unpublished.connect(article_unpublished, sender=ArticlePage)
