from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from broadsheet.live.models import LivePage, LivePost
from broadsheet.live.signals import post_changed
from broadsheet.newsroom.models import ArticlePage

from .events import queue_article_event, queue_live_post_event


def article_published(sender, instance, **kwargs):
    first = instance.first_published_at == instance.last_published_at
    queue_article_event(instance, "article.published" if first else "article.updated")


def article_unpublished(sender, instance, **kwargs):
    queue_article_event(instance, "article.unpublished")


def live_post_changed(sender, post, action, **kwargs):
    # Sent once the post is committed; the deliveries are rows of their own transaction.
    with transaction.atomic():
        queue_live_post_event(post, f"live_post.{action}")


def connect():
    # Wagtail sends page signals with the page's own class: live pages are articles too.
    for model in (ArticlePage, LivePage):
        page_published.connect(article_published, sender=model)
        page_unpublished.connect(article_unpublished, sender=model)
    post_changed.connect(live_post_changed, sender=LivePost, dispatch_uid="webhooks-live-post")
