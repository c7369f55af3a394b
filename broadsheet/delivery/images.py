"""Renditions for feeds, share cards and structured data."""

from wagtail.images import get_image_model

# 16:9 and 4:3 crops, as search engines ask of article images; wide enough for cards.
SHARE_SPECS = (
    "fill-1200x675-c100|format-jpeg",
    "fill-1200x900-c100|format-jpeg",
)
FEED_SPEC = SHARE_SPECS[0]
MIN_WIDTH = 1200
# The 1:1 crop is the largest square the original allows, up to 1200 px: a 1600x900 original
# gives 900x900 (Google asks for at least 50,000 pixels; 696 px is its smallest article width).
SQUARE_MAX = 1200
SQUARE_MIN = 696


def square_spec(image):
    """The fill spec of the largest square crop of ``image`` up to 1200 px a side."""
    side = min(SQUARE_MAX, image.width, image.height)
    return f"fill-{side}x{side}-c100|format-jpeg"


def share_renditions(image):
    """The image's 16:9, 4:3 and 1:1 share crops, in that order, leaving out crops too small
    for share cards (16:9 and 4:3 under 1200 px wide, 1:1 under 696 px)."""
    if image is None:
        return []
    square = square_spec(image)
    renditions = image.get_renditions(*SHARE_SPECS, square)
    crops = [renditions[spec] for spec in SHARE_SPECS if renditions[spec].width >= MIN_WIDTH]
    if renditions[square].width >= SQUARE_MIN:
        crops.append(renditions[square])
    return crops


def feed_rendition(image):
    if image is None:
        return None
    return image.get_rendition(FEED_SPEC)


def prefetched_images(*specs):
    return get_image_model().objects.prefetch_renditions(*specs)
