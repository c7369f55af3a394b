from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleSearchEntry(models.Model):
    """One published, public article in the reader search index (PostgreSQL only).

    A narrow row per article: the weighted full-text document (headline A; standfirst, tags
    and authors B; body C, stemmed in the edition's language) next to the columns the search
    page filters and sorts on, so a search reads this one table. Kept up to date by the
    ``articles`` search backend (``broadsheet.search.backend``) through Wagtail's indexing
    signals and ``update_index``; unpublished and view-restricted articles have no row.
    """

    article = models.OneToOneField(
        "newsroom.ArticlePage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name=_("article"),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    path = models.CharField(max_length=255)
    kind = models.CharField(max_length=16)
    published_at = models.DateTimeField()
    indexed_at = models.DateTimeField()
    document = SearchVectorField()

    class Meta:
        verbose_name = _("article search entry")
        indexes = [
            models.Index(fields=["locale", "-published_at"], name="search_entry_locale_newest"),
            models.Index(fields=["-published_at"], name="search_entry_newest"),
        ]

    def __str__(self):
        return f"{self.article_id} @ {self.published_at:%Y-%m-%d %H:%M}"
