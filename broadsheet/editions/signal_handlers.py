import logging

from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished

from broadsheet.core.pagecache import purge_all_on_commit

logger = logging.getLogger("broadsheet.editions")


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
    from .models import HomePage

    # An edition's breaking-news banner and Top stories are on every page of it, and its
    # home is in every page's language switcher.
    page_published.connect(purge_all_on_commit, sender=HomePage, dispatch_uid="pagecache-home")
    page_unpublished.connect(purge_all_on_commit, sender=HomePage, dispatch_uid="pagecache-home")
    copy_for_translation_done.connect(
        untranslated_parents_become_drafts, sender=CopyPageForTranslationAction
    )
