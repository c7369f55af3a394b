from urllib.parse import urlencode

from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from broadsheet.core.pagination import paginate_numbered
from broadsheet.core.sites import public_url
from broadsheet.newsroom.models import EditionPage
from broadsheet.video.blocks import readers_may_play
from broadsheet.video.models import Video

VIDEOS_PER_PAGE = 12
POSTER_SPEC = "fill-1280x720"  # as ``Video.poster_url`` asks for an uploaded poster


def poster_size(video):
    """(width, height) of ``video.poster_url``: an uploaded poster is cut to 1280x720, a
    frame has the video's size."""
    if video.poster_image_id:
        return 1280, 720
    return video.width, video.height


def oembed_discovery_url(page_url):
    """The oEmbed endpoint's address for a video page (its ``<link rel="alternate">``)."""
    query = urlencode({"url": page_url, "format": "json"})
    return f"{public_url(reverse('videopages:oembed'))}?{query}"


class VideosIndexPage(EditionPage):
    """The Videos section of one edition: its video pages, newest first."""

    intro = models.TextField(_("intro"), blank=True, max_length=300)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["newsroom.HomePage"]
    subpage_types = ["videopages.VideoPage"]
    max_count_per_parent = 1
    template = "videopages/videos_index_page.html"

    class Meta:
        verbose_name = _("videos section")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        videos = VideoPage.objects.child_of(self).published().newest_first().for_cards()
        context["page_obj"] = paginate_numbered(request, videos, per_page=VIDEOS_PER_PAGE)
        return context


class VideoPageQuerySet(PageQuerySet):
    def published(self):
        """What readers may see: live, public (no restriction on it or above it), past its
        publication time, not past its expiry, and its video playable
        (``Video.objects.published()``)."""
        return self.live().public().current()

    def current(self):
        """Past their publication time, not past their expiry, their video playable."""
        now = timezone.now()
        return self.filter(published_at__lte=now, video__in=Video.objects.published()).exclude(
            expire_at__lte=now
        )

    def in_edition(self, home):
        return self.filter(locale_id=home.locale_id)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def for_cards(self):
        """With their videos and the videos' poster images, for listings."""
        images = get_image_model().objects.prefetch_renditions(POSTER_SPEC)
        return self.select_related("video").prefetch_related(
            models.Prefetch("video__poster_image", queryset=images)
        )


class VideoPage(EditionPage):
    """One hosted video on a page of its own: the player, its standfirst, credit and date."""

    video = models.ForeignKey(
        "video.Video",
        verbose_name=_("video"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Readers see the page once the video is transcoded and shown to readers."),
    )
    standfirst = models.TextField(
        _("standfirst"),
        max_length=300,
        help_text=_("One sentence under the title; also the summary in listings and shares."),
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Set when the page is first published; change it to backdate."),
    )

    objects = PageManager.from_queryset(VideoPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("video"),
        FieldPanel("standfirst"),
        FieldPanel("published_at"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.FilterField("published_at"),
        index.FilterField("expire_at"),
    ]
    parent_page_types = ["videopages.VideosIndexPage"]
    subpage_types = []
    template = "videopages/video_page.html"

    class Meta:
        verbose_name = _("video page")

    def save(self, *args, **kwargs):
        if self.live and self.published_at is None:
            self.published_at = self.go_live_at or timezone.now()
        return super().save(*args, **kwargs)

    @cached_property
    def playable_video(self):
        """The video when readers may play it now, else None."""
        return self.video if readers_may_play(self.video) else None

    def serve(self, request, *args, **kwargs):
        # A page scheduled later or expired, or whose video is withdrawn, expired or not
        # transcoded, is not there for readers (Wagtail has checked restrictions already);
        # editors' previews say what is missing instead.
        if not getattr(request, "is_preview", False):
            if not VideoPage.objects.filter(pk=self.pk).current().exists():
                raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["video"] = video = self.playable_video
        # The video's description is in the video's language: other editions show their own
        # standfirst only.
        same_language = video is not None and video.language == self.locale.language_code
        context["video_caption"] = video.description if same_language else ""
        context["oembed_url"] = oembed_discovery_url(self.get_full_url(request))
        return context
