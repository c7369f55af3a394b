from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Webhook, WebhookDelivery
from .views import ROTATE_URL_NAME, RotateSecretView, WebhookCreateView, WebhookEditView


class WebhookViewSet(SnippetViewSet):
    model = Webhook
    icon = "link-external"
    menu_label = _("Webhooks")
    list_display = ["name", "url", "is_active"]
    add_view_class = WebhookCreateView
    edit_view_class = WebhookEditView
    # Copying a webhook would copy its secret and show it on the next page.
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(f"{ROTATE_URL_NAME}/<str:pk>/", RotateSecretView.as_view(), name=ROTATE_URL_NAME),
        ]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The delivery log is written by the sender only; editors may read and delete it."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [a for a in actions if a not in ("add", "change")]
        return super().users_with_any_permission(actions)


register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery))


class WebhookDeliveryViewSet(SnippetViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    menu_label = _("Delivery log")
    list_display = [
        "webhook",
        "event",
        "page_id",
        "status",
        "attempts",
        "response_status",
        "created_at",
    ]
    list_filter = ["status", "event", "webhook"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "webhook",
        "event",
        "page_id",
        "status",
        "attempts",
        "response_status",
        "last_error",
        "created_at",
        "delivered_at",
        "next_attempt_at",
        "body",
    ]


class WebhooksGroup(SnippetViewSetGroup):
    items = (WebhookViewSet, WebhookDeliveryViewSet)
    menu_icon = "link-external"
    menu_label = _("Webhooks")
    menu_name = "webhooks"
    menu_order = 900


register_snippet(WebhooksGroup)
