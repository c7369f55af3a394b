import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BookmarkQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(user=user)

    def newest_first(self):
        return self.order_by("-created_at", "-pk")


class Bookmark(models.Model):
    """A page a reader saved to read later. Goes with the page and with the reader."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        on_delete=models.CASCADE,
        related_name="bookmarks",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True, db_index=True)

    objects = BookmarkQuerySet.as_manager()

    class Meta:
        verbose_name = _("bookmark")
        constraints = [
            models.UniqueConstraint(fields=["user", "page"], name="unique_bookmark_per_reader")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.page_id}"


class ConsentChoice(models.TextChoices):
    NECESSARY = "necessary", _("Only necessary")
    ALL = "all", _("Accept all")


class ConsentRecord(models.Model):
    """Proof of a cookie choice: what was chosen, when, under which policy version.

    ``consent_id`` is the random id kept in the reader's consent cookie, so a choice made
    before signing in can be found again; ``user`` is set when a signed-in reader chose.
    """

    consent_id = models.UUIDField(_("consent id"), default=uuid.uuid4, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reader"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="consent_records",
    )
    choice = models.CharField(_("choice"), max_length=16, choices=ConsentChoice.choices)
    policy_version = models.CharField(_("policy version"), max_length=32)
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("consent record")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.choice} (policy {self.policy_version}, {self.created_at:%Y-%m-%d %H:%M})"
