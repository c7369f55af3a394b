"""Renditions for feeds, share cards and structured data."""

from wagtail.images import get_image_model

# 16:9, 4:3 and 1:1 crops, as search engines ask of article images; wide enough for cards.
SHARE_SPECS = (
    "fill-1200x675-c100|format-jpeg",
    "fill-1200x900-c100|format-jpeg",
    "fill-1200x1200-c100|format-jpeg",
)
FEED_SPEC = SHARE_SPECS[0]
MIN_WIDTH = 1200


def share_renditions(image):
    """The image's share crops that are at least 1200 px wide (small originals give none)."""
    if image is None:
        return []
    renditions = image.get_renditions(*SHARE_SPECS)
    return [renditions[spec] for spec in SHARE_SPECS if renditions[spec].width >= MIN_WIDTH]


def feed_rendition(image):
    if image is None:
        return None
    return image.get_rendition(FEED_SPEC)


def prefetched_images(*specs):
    return get_image_model().objects.prefetch_renditions(*specs)
