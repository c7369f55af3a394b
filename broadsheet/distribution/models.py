from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class CorrectionQuerySet(models.QuerySet):
    def published(self):
        """Corrections on articles that readers can see, newest first."""
        from broadsheet.news.models import ArticlePage

        return self.filter(
            article__in=ArticlePage.objects.published(), date__lte=timezone.now()
        ).order_by("-date", "-pk")


class Correction(Orderable):
    """A correction an editor adds to an article; shown at its foot and on the corrections page.

    It is part of the article's revision, so it goes live when the article is published.
    """

    article = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="corrections")
    date = models.DateTimeField(_("date"), default=timezone.now)
    text = models.TextField(_("text"), max_length=1000)

    objects = CorrectionQuerySet.as_manager()

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self):
        return self.text[:60]
