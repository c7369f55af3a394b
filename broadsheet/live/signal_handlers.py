import logging

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from .models import LivePage, LivePost
from .signals import post_changed

logger = logging.getLogger("broadsheet.live")


def live_urls(page, posts=()):
    """The URLs that show a live page's posts: the page, its poll endpoint and the
    permalinks of ``posts``."""
    base = page.full_url
    urls = [base, base + page.url_path_for("updates")]
    urls += [base + page.url_path_for("post", post.pk) for post in posts]
    return urls


def purge_post(sender, post, action, **kwargs):
    """A post changed: readers' polls, the page and the post's permalink get it at once."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    page = post.page
    PurgeBatch(live_urls(page, [post])).purge()
    logger.info("Live post %s %s; purged page %s", post.pk, action, page.pk)


def purge_live_page(sender, instance, **kwargs):
    """Publishing the page (a new status, key points) changes what every poll and permalink
    says; Wagtail's frontend cache app purges the page's own URL."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    PurgeBatch(live_urls(instance, instance.posts.visible().only("pk"))).purge()


def connect():
    post_changed.connect(purge_post, sender=LivePost, dispatch_uid="live-purge-post")
    page_published.connect(purge_live_page, sender=LivePage, dispatch_uid="live-purge-page")
    page_unpublished.connect(purge_live_page, sender=LivePage, dispatch_uid="live-purge-page")
