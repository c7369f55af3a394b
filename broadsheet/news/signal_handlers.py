import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from broadsheet.core.pagecache import purge_all_on_commit

logger = logging.getLogger("broadsheet.news")


def purge_pages_listing_article(sender, instance, **kwargs):
    """Purge the fronts that list an article: its sections, edition home, tag and author pages.

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
        for slug in instance.article_authors.values_list("author__slug", flat=True):
            batch.add_url(home.full_url + home.reverse_subpage("author", args=[slug]))
    batch.purge()
    logger.info("Purged %d URLs listing %s", len(batch.urls), instance.url_path)


def connect():
    from .models import ArticlePage, Author, SectionPage

    page_published.connect(purge_pages_listing_article, sender=ArticlePage)
    page_unpublished.connect(purge_pages_listing_article, sender=ArticlePage)
    # Bylines are on every front and article; section titles are in every page's menu and
    # in the breadcrumbs of their articles. Both change rarely, so everything is purged.
    post_save.connect(purge_all_on_commit, sender=Author, dispatch_uid="pagecache-author")
    post_delete.connect(purge_all_on_commit, sender=Author, dispatch_uid="pagecache-author")
    page_published.connect(purge_all_on_commit, sender=SectionPage, dispatch_uid="pagecache-sec")
    page_unpublished.connect(purge_all_on_commit, sender=SectionPage, dispatch_uid="pagecache-sec")
