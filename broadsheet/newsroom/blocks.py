from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from broadsheet.images.renditions import PRESETS
from broadsheet.video.blocks import HostedVideoBlock

BODY_RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


def image_api_data(image, preset="body", caption=""):
    if image is None:
        return None
    renditions = image.get_renditions(*PRESETS[preset].specs).values()
    return {
        "id": image.pk,
        "alt": image.alt_text,
        "caption": caption or image.caption,
        "credit": image.credit,
        "renditions": [{"url": r.url, "width": r.width, "height": r.height} for r in renditions],
    }


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=BODY_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "newsroom/blocks/paragraph.html"
        description = _("A paragraph of body text, with links and emphasis.")
        preview_value = "<p>The council met on Tuesday to vote on the new budget.</p>"


class SubheadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "newsroom/blocks/subheading.html"
        description = _("A subheading that breaks up a long story.")
        preview_value = "What happens next"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)
    style = blocks.ChoiceBlock(
        choices=[("pull", _("Pull quote")), ("inline", _("Inline quotation"))],
        default="pull",
        label=_("style"),
    )

    class Meta:
        icon = "openquote"
        template = "newsroom/blocks/quote.html"
        description = _("A quotation with its speaker, as a pull quote or inline.")
        preview_value = {"text": "We will not wait any longer.", "attribution": "A spokesperson"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("caption"), required=False, help_text=_("Leave empty to use the image's caption.")
    )

    class Meta:
        icon = "image"
        template = "newsroom/blocks/image.html"
        description = _("An image from the library with its caption and credit.")

    def get_api_representation(self, value, context=None):
        return image_api_data(value["image"], caption=value["caption"])


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False)
    images = blocks.ListBlock(ImageBlock(), min_num=2, label=_("images"))

    class Meta:
        icon = "image"
        template = "newsroom/blocks/gallery.html"
        description = _("A photo gallery of two or more images.")

    def get_api_representation(self, value, context=None):
        return {
            "title": value["title"],
            "images": [
                image_api_data(item["image"], caption=item["caption"]) for item in value["images"]
            ],
        }


class VideoBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("video or embed URL"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        template = "newsroom/blocks/video.html"
        description = _("A video or other embed, from its page URL.")


def readers_may_see(article):
    """Whether readers may see ``article`` now, by ``ArticlePage.objects.published()`` (the
    one rule: live, public, past its publication time, not expired).

    ``prefetch_body`` answers it for every card of a body in one query; a card rendered
    without it asks on its own.
    """
    if article is None:
        return False
    if getattr(article, "readers_may_see", None) is None:
        # The chooser's target model: ArticlePage, whose manager holds the rule.
        article.readers_may_see = type(article).objects.published().filter(pk=article.pk).exists()
    return article.readers_may_see


class ReadMoreBlock(blocks.StructBlock):
    article = blocks.PageChooserBlock(page_type="newsroom.ArticlePage", label=_("article"))

    class Meta:
        icon = "link"
        template = "newsroom/blocks/read_more.html"
        description = _("A “Read more” card pointing at another article.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # A card for a private, scheduled, unpublished or expired story renders nothing: its
        # headline and picture must not reach readers through another story's page.
        context["card"] = value["article"] if readers_may_see(value["article"]) else None
        return context

    def get_api_representation(self, value, context=None):
        article = value["article"]
        if not readers_may_see(article):
            return None
        return {
            "id": article.pk,
            "headline": article.title,
            "url": article.full_url,
            "image": image_api_data(article.lead_image, preset="card"),
        }


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    subheading = SubheadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    hosted_video = HostedVideoBlock()
    read_more = ReadMoreBlock()
