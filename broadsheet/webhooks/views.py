"""Admin views that show a webhook's signing secret: once, when it is made."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views import snippets as snippet_views

from .models import Webhook
from .signing import new_secret

ROTATE_URL_NAME = "rotate_secret"


def secret_response(request, webhook, *, rotated):
    """The only page that ever shows the secret; never cached, never put in the session."""
    response = TemplateResponse(
        request,
        "webhooks/secret_once.html",
        {
            "webhook": webhook,
            "secret": webhook.secret,
            "rotated": rotated,
            "listing_url": reverse(Webhook.snippet_viewset.get_url_name("list")),
        },
    )
    add_never_cache_headers(response)
    return response


class WebhookCreateView(snippet_views.CreateView):
    def save_action(self):
        if self.expects_json_response:
            return super().save_action()  # the JSON answer carries no secret
        return secret_response(self.request, self.object, rotated=False)


class WebhookEditView(snippet_views.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.permission_policy.user_has_permission(self.request.user, "change"):
            url = reverse(
                Webhook.snippet_viewset.get_url_name(ROTATE_URL_NAME), args=[self.object.pk]
            )
            buttons.append(Button(_("New signing secret"), url=url, icon_name="key", priority=5))
        return buttons


class RotateSecretView(View):
    """GET asks for confirmation; POST replaces the secret and shows the new one once."""

    def dispatch(self, request, pk):
        policy = ModelPermissionPolicy(Webhook)
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        self.webhook = get_object_or_404(Webhook, pk=pk)
        return super().dispatch(request, pk)

    def get(self, request, pk):
        edit_url = reverse(Webhook.snippet_viewset.get_url_name("edit"), args=[pk])
        return TemplateResponse(
            request,
            "webhooks/rotate_secret.html",
            {"webhook": self.webhook, "edit_url": edit_url},
        )

    def post(self, request, pk):
        self.webhook.secret = new_secret()
        self.webhook.save(update_fields=["secret"])
        return secret_response(request, self.webhook, rotated=True)
