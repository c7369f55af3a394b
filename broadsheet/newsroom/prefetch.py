"""Bulk fetching that keeps article pages and listings at a fixed number of queries."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

from broadsheet.images.renditions import prefetch_specs


def prefetch_body(body):
    """Fetch what the body's blocks render (images, Read more cards) in a few bulk queries.

    StreamField already loads chosen images and pages per block type in bulk; this adds
    their renditions, whether readers may see each Read more card's story and the cards' lead
    images, so the query count does not grow with the length of the body.
    """
    images, cards = [], []
    for block in body:
        if block.block_type == "image":
            images.append(block.value["image"])
        elif block.block_type == "gallery":
            images.extend(item["image"] for item in block.value["images"])
        elif block.block_type == "read_more":
            cards.append(block.value["article"])
    images = [image for image in images if image is not None]
    cards = [card for card in cards if card is not None]
    if images:
        prefetch_related_objects(images, _renditions(*prefetch_specs("body")))
    if cards:
        # Which cards readers may see, for all of them in one query (blocks.readers_may_see).
        visible = set(
            type(cards[0])
            .objects.published()
            .filter(pk__in=[card.pk for card in cards])
            .values_list("pk", flat=True)
        )
        for card in cards:
            card.readers_may_see = card.pk in visible
        image_queryset = get_image_model().objects.prefetch_renditions(*prefetch_specs("thumb"))
        prefetch_related_objects(cards, Prefetch("lead_image", queryset=image_queryset))


def _renditions(*specs):
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        "renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=specs),
        to_attr="prefetched_renditions",
    )


def prefetch_card_images(articles):
    """Fetch the lead images and card renditions of several lists of cards at once."""
    articles = [article for article in articles if article.lead_image_id]
    if articles:
        images = get_image_model().objects.prefetch_renditions(*prefetch_specs("card", "thumb"))
        prefetch_related_objects(articles, Prefetch("lead_image", queryset=images))
