from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from . import views
from .models import LivePage


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("live/<int:page_id>/", views.composer, name="live_composer"),
        path("live/<int:page_id>/posts/<int:post_id>/", views.edit_post, name="live_edit_post"),
        path(
            "live/<int:page_id>/posts/<int:post_id>/delete/",
            views.remove_post,
            name="live_delete_post",
        ),
    ]


def _composer_button(page, user):
    is_live_page = issubclass(page.specific_class or object, LivePage)
    if is_live_page and page.permissions_for_user(user).can_edit():
        yield ListingButton(_("Live posts"), reverse("live_composer", args=[page.pk]), priority=5)


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name=None, next_url=None):
    yield from _composer_button(page, user)


@hooks.register("register_page_listing_buttons")
def page_listing_buttons(page, user, next_url=None):
    yield from _composer_button(page, user)
