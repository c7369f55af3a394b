import logging

from django.conf import settings
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished

from .models import ArticlePage

logger = logging.getLogger("broadsheet.newsroom")


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


def purge_translations(sender, instance, **kwargs):
    """Purge a page's live translations when it is published or unpublished.

    Each translation's language switcher and hreflang links lead to this page while it is
    live and to its edition's home otherwise, so they change with it.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    translations = list(instance.get_translations().live().specific())
    if not translations:
        return
    batch = PurgeBatch()
    batch.add_pages(translations)
    batch.purge()
    logger.info("Purged %d translations of %s", len(translations), instance.url_path)


def untranslated_parents_become_drafts(sender, source_obj, target_obj, **kwargs):
    """Parents created for a translation start as unpublished drafts, not live aliases.

    Wagtail copies a missing section or edition home as a live alias of the source, which
    would show the source language's page to the edition's readers. A draft of it, for the
    edition's editors to translate and publish, is what a newsroom expects.
    """
    ancestors = target_obj.get_ancestors().filter(depth__gt=1, locale_id=target_obj.locale_id)
    for parent in ancestors.exclude(alias_of__isnull=True).specific():
        parent.alias_of = None
        parent.live = False
        parent.has_unpublished_changes = True
        parent.save(clean=False)
        parent.save_revision(log_action=False, clean=False)
        logger.info("Created draft %s translation of %s", parent.locale, parent.url_path)


def connect():
    page_published.connect(purge_pages_listing_article, sender=ArticlePage)
    page_unpublished.connect(purge_pages_listing_article, sender=ArticlePage)
    # Every page type: the switcher is on every page.
    page_published.connect(purge_translations, dispatch_uid="newsroom-purge-translations")
    page_unpublished.connect(purge_translations, dispatch_uid="newsroom-purge-translations")
    copy_for_translation_done.connect(
        untranslated_parents_become_drafts, sender=CopyPageForTranslationAction
    )
