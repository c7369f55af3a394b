from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.images.models import Image as WagtailImage

from .metadata import PublicRenditionFilter


class NewsImage(AbstractImage):
    """An image library entry that carries what a news page prints beside it.

    Wagtail's own ``description`` field is the alt text.
    """

    description = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("As printed, e.g. “© Jane Doe; Northlight Agency”."),
    )
    source = models.URLField(_("source"), blank=True, help_text=_("Where the image came from."))

    admin_form_fields = (*WagtailImage.admin_form_fields, "caption", "credit", "source")

    @property
    def alt_text(self):
        return self.description

    def generate_rendition_file(self, filter, *, source=None):
        # Every rendition is public: it leaves without the original's EXIF/XMP/IPTC.
        return super().generate_rendition_file(PublicRenditionFilter(filter.spec), source=source)


class NewsRendition(AbstractRendition):
    image = models.ForeignKey(NewsImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
