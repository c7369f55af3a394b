"""An edition's live channel: an HLS live source and the programme schedule.

The channel is *on air* while it is published, switched on, has a source and a show of its
schedule is running. The schedule is the published page's shows: drafts keep theirs in
revisions, so readers never see an unpublished show.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from broadsheet.core.cache import set_page_cache_headers
from broadsheet.newsroom.models import EditionPage

from . import streams
from .forms import LiveChannelPageForm


def validate_hls_url(value):
    """An encoder's live playlist: an http(s) address of an ``.m3u8`` file."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            _("Give the full address of the stream, starting with https:// or http://."),
            code="scheme",
        )
    if parts.username or parts.password:
        raise ValidationError(
            _("Leave the user name and password out of the address: readers would see them."),
            code="credentials",
        )
    if not parts.path.lower().endswith(".m3u8"):
        raise ValidationError(
            _("The address must be an HLS playlist, ending in .m3u8."), code="not_hls"
        )


def validate_stream_name(value):
    if not streams.STREAM_NAME_PATTERN.match(value):
        raise ValidationError(
            _(
                "Use lower-case letters, digits, - and _ (at most 64), starting with a "
                "letter or digit."
            ),
            code="stream_name",
        )


class SourceKind(models.TextChoices):
    URL = "url", _("An encoder's address (HLS playlist URL)")
    PUSHED = "pushed", _("A stream pushed to this server")


@dataclass(frozen=True)
class LiveSource:
    """What the video player needs of a live stream (it takes the place of a ``Video``)."""

    title: str
    hls_url: str
    poster_url: str = ""
    width: int = 1280
    height: int = 720
    duration: int = 0
    duration_display: str = ""
    caption_tracks: tuple = ()

    @property
    def mp4_url(self):
        # The element's own source: browsers that play HLS natively play it without script.
        return self.hls_url


class LiveChannelPage(EditionPage):
    """An edition's live channel: the player, what is on now and next, the day's schedule."""

    intro = models.TextField(_("introduction"), blank=True)
    enabled = models.BooleanField(
        _("channel switched on"),
        default=True,
        help_text=_("Switch off to take the channel off the air, whatever the schedule says."),
    )
    source_kind = models.CharField(
        _("live source"), max_length=10, choices=SourceKind.choices, blank=True
    )
    source_url = models.URLField(
        _("stream address"),
        max_length=500,
        blank=True,
        validators=[validate_hls_url],
        help_text=_(
            "The encoder's live HLS playlist, e.g. https://encoder.example/live/index.m3u8."
        ),
    )
    stream_name = models.CharField(
        _("pushed stream name"),
        max_length=64,
        blank=True,
        validators=[validate_stream_name],
        help_text=_(
            "The encoder writes index.m3u8 and its segments into this directory of the "
            "server's live stream storage."
        ),
    )
    poster = models.ForeignKey(
        "images.NewsImage",
        verbose_name=_("slate image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown before playing and while the channel is off the air."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("enabled"),
                FieldPanel("source_kind"),
                FieldPanel("source_url"),
                FieldPanel("stream_name"),
                FieldPanel("poster"),
            ],
            heading=_("Live source"),
        ),
        InlinePanel("shows", heading=_("Programme schedule"), label=_("Show")),
    ]
    base_form_class = LiveChannelPageForm
    parent_page_types = ["newsroom.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "channels/live_channel_page.html"

    class Meta:
        verbose_name = _("live channel")

    def clean(self):
        super().clean()
        if self.source_kind == SourceKind.URL and not self.source_url:
            raise ValidationError({"source_url": _("Give the stream's address.")})
        if self.source_kind == SourceKind.PUSHED and not self.stream_name:
            raise ValidationError({"stream_name": _("Name the pushed stream's directory.")})

    # The source --------------------------------------------------------------------------
    @property
    def has_source(self):
        if self.source_kind == SourceKind.URL:
            return bool(self.source_url)
        return self.source_kind == SourceKind.PUSHED and bool(self.stream_name)

    @property
    def hls_url(self):
        if self.source_kind == SourceKind.URL:
            return self.source_url
        if self.source_kind == SourceKind.PUSHED and self.stream_name:
            return streams.playlist_url(self.stream_name)
        return ""

    def stream_is_up(self):
        """False when a pushed stream's playlist is missing or stale; an encoder's address
        is not fetched here (the reader's player finds out)."""
        if self.source_kind == SourceKind.PUSHED:
            return streams.playlist_is_fresh(self.stream_name)
        return self.has_source

    # The schedule ------------------------------------------------------------------------
    def now_and_next(self, now=None):
        """(the show running at ``now`` or None, the next show to start or None). One query."""
        now = now or timezone.now()
        shows = list(self.shows.filter(ends_at__gt=now).order_by("starts_at")[:2])
        current = shows[0] if shows and shows[0].starts_at <= now else None
        upcoming = [show for show in shows if show.starts_at > now]
        return current, (upcoming[0] if upcoming else None)

    @property
    def switched_on(self):
        """Published, switched on and with a source: on air whenever a show runs."""
        return self.live and self.enabled and self.has_source

    def is_on_air(self, now=None):
        return self.switched_on and self.now_and_next(now)[0] is not None

    def day_schedule(self, now=None):
        """The shows of the local day of ``now`` (the site's time zone), in order."""
        now = timezone.localtime(now or timezone.now())
        start = timezone.make_aware(datetime.combine(now.date(), time.min), now.tzinfo)
        end = start + timedelta(days=1)
        return list(self.shows.filter(starts_at__lt=end, ends_at__gt=start).order_by("starts_at"))

    def seconds_until_schedule_change(self, now, current, upcoming):
        moments = [moment for moment in (getattr(current, "ends_at", None),) if moment]
        if upcoming is not None:
            moments.append(upcoming.starts_at)
        if not moments:
            return None
        return max(0, int((min(moments) - now).total_seconds()))

    # Serving -----------------------------------------------------------------------------
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        current, upcoming = self.now_and_next(now)
        on_air = self.switched_on and current is not None
        context.update(
            now=now,
            current_show=current,
            next_show=upcoming,
            on_air=on_air,
            stream_up=on_air and self.stream_is_up(),
            live_source=LiveSource(
                title=self.title,
                hls_url=self.hls_url,
                poster_url=self.poster_rendition_url(),
            ),
            day_schedule=self.day_schedule(now),
            stall_seconds=settings.CHANNELS_PLAYER_STALL_SECONDS,
            retry_seconds=settings.CHANNELS_PLAYER_RETRY_SECONDS,
        )
        request._channel_schedule_change = self.seconds_until_schedule_change(
            now, current, upcoming
        )
        return context

    def poster_rendition_url(self):
        if self.poster_id is None:
            return ""
        return self.poster.get_rendition("fill-1280x720").url

    def serve(self, request, *args, **kwargs):
        response = set_page_cache_headers(super().serve(request, *args, **kwargs), request)
        seconds = getattr(request, "_channel_schedule_change", None)
        if "public" in response.get("Cache-Control", "") and seconds is not None:
            # Caches must not keep "on now" past the next show's start or the current one's end
            # (patch keeps the lower max-age).
            if seconds < settings.PAGE_CACHE_MAX_AGE:
                patch_cache_control(response, max_age=seconds)
        return response


class ChannelShowQuerySet(models.QuerySet):
    def running_at(self, moment):
        return self.filter(starts_at__lte=moment, ends_at__gt=moment)


class ChannelShow(Orderable):
    """One show of a channel's programme schedule."""

    channel = ParentalKey(LiveChannelPage, on_delete=models.CASCADE, related_name="shows")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
    ]

    objects = ChannelShowQuerySet.as_manager()

    class Meta(Orderable.Meta):
        verbose_name = _("show")
        ordering = ["starts_at"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A show must end after it starts.")})
