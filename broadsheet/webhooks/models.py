import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .signing import new_secret
from .targets import validate_webhook_url

_new_secret = new_secret  # named by migration 0001


def new_message_id():
    """A Standard Webhooks message id: the same on every try, unique across installs."""
    return f"msg_{uuid.uuid4().hex}"


class Webhook(models.Model):
    """A URL that gets a signed JSON POST when an article is published, updated or unpublished."""

    name = models.CharField(_("name"), max_length=100)
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[validate_webhook_url],
        help_text=_("http:// or https:// only, on a public address."),
    )
    # Made by the system and shown once, on creation or rotation; never in a form. Kept as
    # written because HMAC signing needs the secret itself.
    secret = models.CharField(
        _("signing secret"), max_length=100, default=new_secret, editable=False
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("is_active")]

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["name"]

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one webhook, with what happened at each try."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        RETRYING = "retrying", _("Retrying")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    webhook = models.ForeignKey(
        Webhook, verbose_name=_("webhook"), on_delete=models.CASCADE, related_name="deliveries"
    )
    message_id = models.CharField(
        _("message id"), max_length=40, unique=True, default=new_message_id, editable=False
    )
    event = models.CharField(_("event"), max_length=40)
    page_id = models.PositiveIntegerField(_("page id"))
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    response_status = models.PositiveSmallIntegerField(_("last response status"), null=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True)
    next_attempt_at = models.DateTimeField(_("next try"), null=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.event} → {self.webhook}"
