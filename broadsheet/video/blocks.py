from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from .models import Video


def readers_may_play(video):
    """Whether readers may play ``video`` now, by ``Video.objects.published()``."""
    if video is None:
        return False
    if getattr(video, "readers_may_play", None) is None:
        video.readers_may_play = Video.objects.published().filter(pk=video.pk).exists()
    return video.readers_may_play


def video_api_data(video):
    """A video as the API and feeds describe it: renditions, captions, poster, duration."""
    if not readers_may_play(video):
        return None
    return {
        "id": video.pk,
        "title": video.title,
        "description": video.description,
        "credit": video.credit,
        "language": video.language,
        "duration": round(video.duration or 0, 3),
        "poster": video.full_poster_url,
        "hls": video.full_file_url("master.m3u8"),
        "mp4": video.full_file_url("video.mp4"),
        "renditions": [
            {
                "url": video.full_file_url(f"{r['name']}/index.m3u8"),
                "width": r["width"],
                "height": r["height"],
                "bandwidth": r["bandwidth"],
            }
            for r in video.renditions
        ],
        "captions": [
            {"language": c.language, "label": c.label, "url": settings.BASE_URL.rstrip("/") + c.url}
            for c in video.caption_tracks
        ],
    }


class HostedVideoBlock(blocks.StructBlock):
    video = SnippetChooserBlock("video.Video", label=_("video"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        template = "video/blocks/hosted_video.html"
        label = _("Hosted video")
        description = _("A video from the newsroom's video library, played by our own player.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # A withdrawn, expired or not yet transcoded video renders nothing.
        context["video"] = value["video"] if readers_may_play(value["video"]) else None
        return context

    def get_api_representation(self, value, context=None):
        data = video_api_data(value["video"])
        if data is not None:
            data["caption"] = value["caption"]
        return data
