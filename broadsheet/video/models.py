import os
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from . import captions, probe
from .panels import VideoStatusPanel
from .transcode import MASTER_NAME, MP4_NAME, POSTER_NAME

# videos/sources/<random token>/<file name>: an upload's name tells nothing; the files readers
# get live under videos/out/<another token>/, made anew by every transcode.
SOURCE_DIR = "videos/sources"
OUTPUT_DIR = "videos/out"


def private_source_name(instance, filename):
    """``upload_to`` of video sources: a fresh random directory for every upload."""
    return f"{SOURCE_DIR}/{secrets.token_urlsafe(16)}/{os.path.basename(filename)}"


def private_caption_name(instance, filename):
    return f"videos/captions/{secrets.token_urlsafe(16)}/{os.path.basename(filename)}"


class VideoQuerySet(models.QuerySet):
    def published(self):
        """Videos readers may get: shown to readers, transcoded, rights not expired."""
        return self.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()),
            show_to_readers=True,
            status=Video.Status.READY,
        )


class Video(index.Indexed, ClusterableModel):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be transcoded")
        PROCESSING = "processing", _("Transcoding")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    credit = models.CharField(_("credit"), max_length=255, blank=True)
    rights = models.CharField(
        _("rights"), max_length=255, blank=True, help_text=_("Who owns it and how we may use it.")
    )
    expires_at = models.DateTimeField(
        _("rights expire"),
        null=True,
        blank=True,
        help_text=_("Readers can no longer play it from this time."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    source = models.FileField(
        _("video file"),
        upload_to=private_source_name,
        max_length=255,
        help_text=_("MP4, MOV, MKV or WebM. It is transcoded for every screen after saving."),
    )
    poster_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use a frame of the video."),
    )
    poster_time = models.FloatField(
        _("poster frame at (seconds)"),
        default=1.0,
        help_text=_("Which frame becomes the poster when no image is chosen."),
    )
    show_to_readers = models.BooleanField(
        _("show to readers"),
        default=True,
        help_text=_("Untick to withdraw the video everywhere it appears."),
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    # Read from the file by ffprobe.
    duration = models.FloatField(_("duration"), null=True, editable=False)
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    has_audio = models.BooleanField(default=True, editable=False)
    source_size = models.BigIntegerField(null=True, editable=False)

    # Written by the transcoding task only.
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING, editable=False
    )
    progress = models.PositiveSmallIntegerField(_("progress"), default=0, editable=False)
    error = models.TextField(_("problem"), blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    output_token = models.CharField(max_length=32, blank=True, editable=False)
    renditions = models.JSONField(default=list, blank=True, editable=False)
    ready_at = models.DateTimeField(null=True, editable=False)

    objects = VideoQuerySet.as_manager()

    panels = [
        VideoStatusPanel(),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("source"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("credit")]),
        MultiFieldPanel(
            [FieldPanel("poster_image"), FieldPanel("poster_time")], heading=_("Poster")
        ),
        InlinePanel("captions", heading=_("Captions"), label=_("Captions")),
        MultiFieldPanel(
            [FieldPanel("rights"), FieldPanel("expires_at"), FieldPanel("show_to_readers")],
            heading=_("Rights"),
        ),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("description"),
    ]

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_source = instance.__dict__.get("source")
        instance._loaded_poster_time = instance.__dict__.get("poster_time")
        return instance

    def clean(self):
        super().clean()
        if self.source and not getattr(self.source, "_committed", True):
            try:
                info = probe.inspect_video(self.source)
            except ValidationError as error:
                raise ValidationError({"source": error}) from None
            self.duration, self.width, self.height = info.duration, info.width, info.height
            self.has_audio, self.source_size = info.has_audio, info.size
        if self.duration and self.poster_time and self.poster_time > self.duration:
            raise ValidationError(
                {
                    "poster_time": _("The video is only %(length)s long.")
                    % {"length": self.duration_display}
                }
            )

    @property
    def needs_transcode(self):
        """A new source, or a new poster frame: the readers' files must be made again."""
        if self._state.adding or not hasattr(self, "_loaded_source"):
            return True
        return str(self._loaded_source or "") != self.source.name or (
            self._loaded_poster_time != self.poster_time and not self.poster_image_id
        )

    def save(self, *args, **kwargs):
        self.transcode_requested = bool(self.source) and self.needs_transcode
        if self.transcode_requested:
            self.status, self.progress, self.error, self.attempts = self.Status.PENDING, 0, "", 0
        super().save(*args, **kwargs)
        self._loaded_source, self._loaded_poster_time = self.source.name, self.poster_time

    # What readers get.

    @property
    def is_ready(self):
        return self.status == self.Status.READY and bool(self.output_token)

    def file_url(self, name):
        return reverse(
            "video:file", kwargs={"pk": self.pk, "token": self.output_token, "name": name}
        )

    def full_file_url(self, name):
        return settings.BASE_URL.rstrip("/") + self.file_url(name)

    @property
    def hls_url(self):
        return self.file_url(MASTER_NAME)

    @property
    def mp4_url(self):
        return self.file_url(MP4_NAME)

    @property
    def full_mp4_url(self):
        return self.full_file_url(MP4_NAME)

    @cached_property
    def poster_url(self):
        if self.poster_image_id:
            return self.poster_image.get_rendition("fill-1280x720").url
        return self.file_url(POSTER_NAME)

    @property
    def full_poster_url(self):
        url = self.poster_url
        return url if url.startswith("http") else settings.BASE_URL.rstrip("/") + url

    @property
    def aspect_ratio(self):
        if self.width and self.height:
            return f"{self.width} / {self.height}"
        return "16 / 9"

    @property
    def duration_display(self):
        return probe.format_duration(self.duration)

    @property
    def iso_duration(self):
        return probe.iso_duration(self.duration)

    @cached_property
    def caption_tracks(self):
        return list(self.captions.order_by("sort_order", "pk"))

    def status_display(self):
        if self.status == self.Status.PROCESSING:
            return _("Transcoding: %(percent)s%%") % {"percent": self.progress}
        if self.status == self.Status.FAILED:
            return _("Failed: %(problem)s") % {"problem": self.error}
        if self.status == self.Status.PENDING and self.error:
            return _("Waiting to try again: %(problem)s") % {"problem": self.error}
        return self.get_status_display()

    status_display.short_description = _("status")

    def status_badge(self):
        """The status for the admin's listing, updated in place while it transcodes."""
        return render_to_string("video/admin/status.html", {"video": self})

    status_badge.short_description = _("status")

    def status_data(self):
        """What the admin's status endpoint says of this video."""
        return {
            "id": self.pk,
            "status": self.status,
            "progress": self.progress,
            "error": self.error,
            "label": str(self.status_display()),
        }


class VideoCaption(Orderable):
    video = ParentalKey(Video, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(
        _("language"), max_length=8, choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    file = models.FileField(
        _("caption file"),
        upload_to=private_caption_name,
        max_length=255,
        help_text=_("SRT or WebVTT, UTF-8. Markup is removed."),
    )
    webvtt = models.TextField(editable=False, blank=True)

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("file")])]

    class Meta(Orderable.Meta):
        verbose_name = _("captions")
        verbose_name_plural = _("captions")
        constraints = [
            models.UniqueConstraint(fields=["video", "language"], name="one_caption_per_language")
        ]

    def __str__(self):
        return self.get_language_display()

    def clean(self):
        super().clean()
        if self.file and not getattr(self.file, "_committed", True):
            self.file.seek(0)
            try:
                self.webvtt = captions.to_webvtt(self.file.read())
            except ValidationError as error:
                raise ValidationError({"file": error}) from None
            finally:
                self.file.seek(0)

    def save(self, *args, **kwargs):
        if self.file and not self.webvtt:
            self.file.open("rb")
            self.file.seek(0)
            self.webvtt = captions.to_webvtt(self.file.read())
            self.file.seek(0)
        super().save(*args, **kwargs)

    @property
    def label(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    @property
    def url(self):
        return reverse(
            "video:captions",
            kwargs={
                "pk": self.video_id,
                "token": self.video.output_token,
                "language": self.language,
            },
        )
