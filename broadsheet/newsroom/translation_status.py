"""Which translations have fallen behind their source, for editors.

wagtail-localize records when a translation's source content was last extracted
(``TranslationSource.last_updated_at``); a source page published after that has changes the
translation has not taken in yet.
"""

from django.db.models import F, OuterRef, Subquery
from wagtail.models import Page
from wagtail_localize.models import Translation


def with_source_page_times(translations):
    source_pages = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale=OuterRef("source__locale")
    )
    return translations.annotate(
        source_published_at=Subquery(source_pages.values("last_published_at")[:1]),
        source_page_id=Subquery(source_pages.values("pk")[:1]),
    )


def out_of_date_translations():
    """Enabled page translations whose source page was published after their last sync."""
    translations = Translation.objects.filter(enabled=True).select_related(
        "source", "source__locale", "target_locale"
    )
    return (
        with_source_page_times(translations)
        .filter(source_published_at__gt=F("source__last_updated_at"))
        .order_by("-source_published_at")
    )
