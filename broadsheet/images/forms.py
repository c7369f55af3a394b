"""The image library's upload and edit form (``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

ALT_TEXT_HELP = _(
    "Required. Say what the image shows for readers who cannot see it, e.g. “Fishing boats "
    "moored in the harbour at dawn”. Articles are published only with alt text on their "
    "lead image."
)


class NewsImageForm(BaseImageForm):
    """Asks for alt text when an image is uploaded or edited, not when an article using it
    is published. Images saved before this rule load as they are; saving one again asks
    for its alt text."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        alt = self.fields.get("description")
        if alt is None:
            return
        alt.help_text = ALT_TEXT_HELP
        # The multiple uploader first sends the file alone (creating the image), then shows
        # this form for each image, with the alt text field: that second form requires it.
        file_only = self.is_bound and self.add_prefix("description") not in self.data
        alt.required = not (file_only and self.instance.pk is None)
