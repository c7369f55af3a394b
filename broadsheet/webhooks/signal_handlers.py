from wagtail.signals import page_published, page_unpublished

from broadsheet.newsroom.models import ArticlePage

from .events import queue_article_event


def article_published(sender, instance, **kwargs):
    first = instance.first_published_at == instance.last_published_at
    queue_article_event(instance, "article.published" if first else "article.updated")


def article_unpublished(sender, instance, **kwargs):
    queue_article_event(instance, "article.unpublished")


def connect():
    page_published.connect(article_published, sender=ArticlePage)
    page_unpublished.connect(article_unpublished, sender=ArticlePage)
