import os
import re
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager
from wagtail.models.pages import PageQuerySet
from wagtail.search import index

from broadsheet.core.cache import set_page_cache_headers
from broadsheet.core.pagination import paginate_numbered
from broadsheet.images.renditions import prefetch_specs
from broadsheet.newsroom.models import EditionPage

from . import categories
from .audio import ACCEPTED_EXTENSIONS, format_duration, inspect_audio, validate_audio_file
from .feeds import ShowFeed, podcast_guid
from .transcripts import TranscriptFormat, parse_webvtt

MIN_ARTWORK_SIZE = 1400
AUDIO_DIR = "podcasts/audio"
# podcasts/audio/<22-character random token>/<file name>: nothing in it can be guessed from
# the episode, its date or its slug, so a misconfigured front proxy serving MEDIA_ROOT still
# cannot hand out audio that is not public yet. Readers get audio only from the audio view.
PRIVATE_AUDIO_NAME = re.compile(rf"^{AUDIO_DIR}/[A-Za-z0-9_-]{{22}}/[^/]+$")
MAX_ARTWORK_SIZE = 3000
EPISODES_PER_PAGE = 12


class PodcastIndexPage(EditionPage):
    """ "All podcasts" of one edition: the shows, newest episode first."""

    intro = models.TextField(_("intro"), blank=True, max_length=300)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["newsroom.HomePage"]
    subpage_types = ["podcasts.ShowPage"]
    max_count_per_parent = 1
    template = "podcasts/podcast_index_page.html"

    class Meta:
        verbose_name = _("all podcasts page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["shows"] = ShowPage.objects.child_of(self).live().public().with_artwork()
        return context


class ShowPageQuerySet(PageQuerySet):
    def with_artwork(self):
        images = get_image_model().objects.prefetch_renditions(*prefetch_specs("square"))
        return self.select_related("artwork").prefetch_related(
            models.Prefetch("artwork", queryset=images)
        )


class ShowPage(RoutablePageMixin, EditionPage):
    """A podcast show: the page listing its episodes, and its feed at ``feed/``."""

    description = models.TextField(
        _("description"),
        max_length=4000,
        help_text=_("What the show is about; up to 4000 characters."),
    )
    artwork = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("artwork"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Square JPEG or PNG, at least 1400×1400 pixels (3000×3000 is best)."),
    )
    language = models.CharField(
        _("language"),
        max_length=16,
        blank=True,
        help_text=_("Language code of the episodes, e.g. “en”; empty means the edition's."),
    )
    apple_category = models.CharField(
        _("Apple Podcasts category"), max_length=80, choices=categories.CHOICES, default="News"
    )
    explicit = models.BooleanField(
        _("explicit"), default=False, help_text=_("Contains explicit language or content.")
    )
    owner_name = models.CharField(_("owner name"), max_length=120)
    owner_email = models.EmailField(
        _("owner email"), help_text=_("Podcast directories write here; it is printed in the feed.")
    )
    author = models.CharField(
        _("author"), max_length=200, help_text=_("Who makes the show, as podcast apps print it.")
    )
    copyright = models.CharField(_("copyright"), max_length=200, blank=True)

    objects = PageManager.from_queryset(ShowPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldPanel("artwork"),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldPanel("copyright"),
                FieldRowPanel(
                    [FieldPanel("language"), FieldPanel("apple_category"), FieldPanel("explicit")]
                ),
            ],
            heading=_("For podcast apps"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("description")]
    parent_page_types = ["podcasts.PodcastIndexPage"]
    subpage_types = ["podcasts.EpisodePage"]
    template = "podcasts/show_page.html"

    class Meta:
        verbose_name = _("podcast show")

    def clean(self):
        super().clean()
        if self.artwork_id is None:
            raise ValidationError({"artwork": _("A show needs square artwork.")})
        image = self.artwork
        if image.width != image.height:
            raise ValidationError(
                {
                    "artwork": _("Artwork must be square; this image is %(w)d×%(h)d.")
                    % {"w": image.width, "h": image.height}
                }
            )
        if image.width < MIN_ARTWORK_SIZE:
            raise ValidationError(
                {
                    "artwork": _("Artwork must be at least %(min)d×%(min)d; this is %(w)d×%(h)d.")
                    % {"min": MIN_ARTWORK_SIZE, "w": image.width, "h": image.height}
                }
            )
        if image.file.name and os.path.splitext(image.file.name)[1].lower() not in (
            ".jpg",
            ".jpeg",
            ".png",
        ):
            raise ValidationError({"artwork": _("Artwork must be a JPEG or PNG image.")})

    @property
    def feed_language(self):
        return self.language or self.locale.language_code

    @property
    def category_parts(self):
        return categories.split(self.apple_category)

    def episodes(self):
        return EpisodePage.objects.child_of(self).published().newest_first()

    def serve(self, request, view=None, args=None, kwargs=None):
        return set_page_cache_headers(super().serve(request, view, args, kwargs), request)

    @path("", name="episodes")
    def episodes_view(self, request):
        return self.render(
            request,
            context_overrides={
                "page_obj": paginate_numbered(request, self.episodes(), per_page=EPISODES_PER_PAGE)
            },
        )

    def podcast_guid(self):
        """The show's podcast:guid: a UUIDv5 of its feed address when first asked for, then
        kept, so that directories know the show again after the site moves."""
        identity, _created = ShowFeedIdentity.objects.get_or_create(
            show=self,
            defaults={"guid": podcast_guid(self.full_url + self.reverse_subpage("feed"))},
        )
        return str(identity.guid)

    @path("feed/", name="feed")
    def feed_view(self, request):
        return ShowFeed()(request, show=self)


def private_audio_name(instance, filename):
    """``upload_to`` of episode audio: a fresh random directory for every upload."""
    return f"{AUDIO_DIR}/{secrets.token_urlsafe(16)}/{os.path.basename(filename)}"


class EpisodeType(models.TextChoices):
    FULL = "full", _("Full episode")
    TRAILER = "trailer", _("Trailer")
    BONUS = "bonus", _("Bonus")


class EpisodePageQuerySet(PageQuerySet):
    def published(self):
        """Live, public (no view restriction, password or login, on it or above it), with
        audio, past their publication time and not past their expiry: what readers may get."""
        now = timezone.now()
        return (
            self.live()
            .public()
            .exclude(audio="")
            .filter(published_at__lte=now)
            .exclude(expire_at__lte=now)
        )

    def in_edition(self, home):
        return self.filter(locale_id=home.locale_id)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class EpisodePage(RoutablePageMixin, EditionPage):
    """One episode: its audio, show notes and transcript. Duration, size and type are
    read from the audio file itself whenever a new file is uploaded."""

    guid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One or two sentences for listings and podcast apps."),
    )
    show_notes = RichTextField(
        _("show notes"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    audio = models.FileField(
        _("audio file"),
        upload_to=private_audio_name,
        max_length=255,
        validators=[validate_audio_file],
        help_text=_("MP3 (best for podcast apps), M4A or Ogg. Duration and size are read from it."),
    )
    duration = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    audio_size = models.PositiveBigIntegerField(_("file size (bytes)"), null=True, blank=True)
    audio_type = models.CharField(_("audio type"), max_length=40, blank=True)
    season = models.PositiveSmallIntegerField(_("season"), null=True, blank=True)
    number = models.PositiveSmallIntegerField(_("episode number"), null=True, blank=True)
    episode_type = models.CharField(
        _("episode type"), max_length=8, choices=EpisodeType.choices, default=EpisodeType.FULL
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Set when the episode is first published; change it to backdate."),
    )
    transcript = models.TextField(
        _("transcript"), blank=True, help_text=_("Plain text, or WebVTT starting with “WEBVTT”.")
    )
    transcript_format = models.CharField(
        _("transcript format"),
        max_length=16,
        choices=TranscriptFormat.choices,
        default=TranscriptFormat.TEXT,
    )

    objects = PageManager.from_queryset(EpisodePageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audio"),
        FieldRowPanel(
            [
                FieldPanel("duration", read_only=True),
                FieldPanel("audio_size", read_only=True),
                FieldPanel("audio_type", read_only=True),
            ],
            heading=_("Read from the audio file"),
        ),
        FieldPanel("show_notes"),
        InlinePanel("credits", heading=_("Hosts and guests"), label=_("Person")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("season"), FieldPanel("number"), FieldPanel("episode_type")]
                ),
                FieldPanel("published_at"),
            ],
            heading=_("Details"),
        ),
        MultiFieldPanel(
            [FieldPanel("transcript_format"), FieldPanel("transcript")],
            heading=_("Transcript"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("show_notes"),
        index.SearchField("transcript"),
        index.FilterField("published_at"),
        index.FilterField("expire_at"),
    ]
    exclude_fields_in_copy = ["guid"]
    parent_page_types = ["podcasts.ShowPage"]
    subpage_types = []
    template = "podcasts/episode_page.html"

    class Meta:
        verbose_name = _("podcast episode")

    def clean(self):
        super().clean()
        if self.transcript_format == TranscriptFormat.WEBVTT and self.transcript.strip():
            try:
                parse_webvtt(self.transcript)
            except ValueError as exc:
                raise ValidationError({"transcript": str(exc)}) from None
        self.read_audio_metadata()

    def save(self, *args, **kwargs):
        self.read_audio_metadata()
        if self.live and self.published_at is None:
            self.published_at = self.go_live_at or timezone.now()
        return super().save(*args, **kwargs)

    def read_audio_metadata(self):
        """Fill duration, size and type from a newly attached audio file."""
        if not self.audio:
            self.duration = self.audio_size = None
            self.audio_type = ""
            return
        if getattr(self.audio, "_committed", True) and self.audio_size is not None:
            return
        info = inspect_audio(self.audio)
        self.duration, self.audio_size, self.audio_type = info.duration, info.size, info.mime_type

    @cached_property
    def show(self):
        return ShowPage.objects.parent_of(self).first()

    @property
    def duration_display(self):
        return format_duration(self.duration)

    @property
    def audio_extension(self):
        extension = os.path.splitext(self.audio.name)[1].lower().lstrip(".")
        return extension if extension in ACCEPTED_EXTENSIONS else "bin"

    @property
    def audio_url(self):
        """The delivery URL; it names the stored file so a new upload gets a new URL."""
        return reverse("podcasts:audio", args=[self.pk, os.path.basename(self.audio.name)])

    @cached_property
    def people(self):
        return list(self.credits.select_related("author"))

    @property
    def hosts(self):
        return [c.author for c in self.people if c.role == CreditRole.HOST]

    @property
    def guests(self):
        return [c.author for c in self.people if c.role == CreditRole.GUEST]

    @property
    def transcript_content_type(self):
        return TranscriptFormat(self.transcript_format).content_type

    @cached_property
    def transcript_cues(self):
        if self.transcript_format == TranscriptFormat.WEBVTT and self.transcript.strip():
            try:
                return parse_webvtt(self.transcript)
            except ValueError:
                return []
        return []

    @property
    def transcript_paragraphs(self):
        return [p.strip() for p in self.transcript.split("\n\n") if p.strip()]

    def serve(self, request, view=None, args=None, kwargs=None):
        return set_page_cache_headers(super().serve(request, view, args, kwargs), request)

    @path("", name="episode")
    def episode_view(self, request):
        return self.render(request)

    @path("transcript/", name="transcript")
    def transcript_view(self, request):
        if not self.transcript.strip():
            raise Http404
        return HttpResponse(self.transcript, content_type=self.transcript_content_type)


class CreditRole(models.TextChoices):
    HOST = "host", _("Host")
    GUEST = "guest", _("Guest")


class EpisodeCredit(Orderable):
    """A host or guest of an episode, taken from the authors."""

    episode = ParentalKey(EpisodePage, on_delete=models.CASCADE, related_name="credits")
    author = models.ForeignKey(
        "newsroom.Author", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role"), max_length=8, choices=CreditRole.choices, default=CreditRole.HOST
    )

    panels = [FieldRowPanel([FieldPanel("author"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        ordering = ["sort_order", "pk"]  # credits added in code: in the order they were added
        verbose_name = _("host or guest")
        constraints = [
            models.UniqueConstraint(fields=["episode", "author"], name="unique_person_per_episode")
        ]


class ShowFeedIdentity(models.Model):
    """A show's podcast:guid, outside the page so that revisions and translations of the
    page never carry it: each show (each edition's copy too) gets its own, once."""

    show = models.OneToOneField(
        ShowPage, on_delete=models.CASCADE, primary_key=True, related_name="feed_identity"
    )
    guid = models.UUIDField(unique=True)
