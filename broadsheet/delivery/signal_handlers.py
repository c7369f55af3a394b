import logging

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from broadsheet.live.models import LivePage, LivePost
from broadsheet.live.signals import post_changed
from broadsheet.newsroom.models import ArticlePage
from broadsheet.videopages.models import VideoPage

from .feed_urls import feed_urls_for_article, feed_urls_for_video_page

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


def purge_video_page_feeds(sender, instance, **kwargs):
    """A video page was published or unpublished: its edition's feeds and the sitemaps."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        PurgeBatch(feed_urls_for_video_page(instance)).purge()


def live_feed_urls(page):
    root = page.get_site().root_url
    with translation.override(page.locale.language_code):
        return [
            root + reverse(f"edition_delivery:live_{fmt}", kwargs={"page_id": page.pk})
            for fmt in ("rss", "atom")
        ]


def purge_live_feeds(sender, post, **kwargs):
    """A post changed: the live page's feeds of posts list it at once."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        PurgeBatch(live_feed_urls(post.page)).purge()


def purge_live_page_feeds(sender, instance, **kwargs):
    purge_feeds_and_sitemaps(sender, instance, **kwargs)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        PurgeBatch(live_feed_urls(instance)).purge()


def connect():
    page_published.connect(purge_feeds_and_sitemaps, sender=ArticlePage)
    page_unpublished.connect(purge_feeds_and_sitemaps, sender=ArticlePage)
    # Wagtail sends page signals with the page's own class: live pages are articles too.
    page_published.connect(purge_live_page_feeds, sender=LivePage)
    page_unpublished.connect(purge_live_page_feeds, sender=LivePage)
    page_published.connect(purge_video_page_feeds, sender=VideoPage)
    page_unpublished.connect(purge_video_page_feeds, sender=VideoPage)
    post_changed.connect(purge_live_feeds, sender=LivePost, dispatch_uid="delivery-live-feeds")
