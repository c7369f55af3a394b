"""Renditions carry pixels and colour, nothing else about the photograph.

Cameras and phones write the GPS position, the camera's serial number and the
photographer's name into EXIF, XMP and IPTC; editors' tools add comments. Willow copies
EXIF (and Pillow XMP) from the original into every rendition, so a published JPEG would
still say where it was taken. ``PublicRenditionFilter`` runs Wagtail's filter as usual
(Wagtail applies the EXIF orientation to the pixels first) and then drops every metadata
block except the ICC colour profile before the rendition is encoded.
"""

from wagtail.images.image_operations import FilterOperation
from wagtail.images.models import Filter

# What a rendition may keep from Pillow's ``info``: the colour profile, and facts about the
# encoding itself (not the picture) that Pillow needs to write some formats.
KEPT_INFO = frozenset({"icc_profile", "transparency", "duration", "loop", "background"})


class StripMetadataOperation(FilterOperation):
    """Drop EXIF, XMP, IPTC, comments and text chunks; keep the ICC profile."""

    def construct(self):
        pass

    def run(self, willow, image, env):
        pillow = willow.get_pillow_image()
        pillow.info = {key: value for key, value in pillow.info.items() if key in KEPT_INFO}
        return willow


class PublicRenditionFilter(Filter):
    """Wagtail's ``Filter`` with ``StripMetadataOperation`` after every other operation."""

    @property
    def filter_operations(self):
        return [*super().filter_operations, StripMetadataOperation("strip")]
