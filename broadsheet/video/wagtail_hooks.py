from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import Video


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    menu_label = _("Videos")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "status_badge", "duration_display", "language", "created_at"]
    list_filter = ["status", "language", "show_to_readers"]
    search_fields = ["title", "description"]
    copy_view_enabled = False


register_snippet(VideoViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("videos/status/", views.admin_status, name="video_admin_status")]


@hooks.register("insert_global_admin_js")
def status_js():
    return format_html(
        '<script src="{}" defer></script>', static("broadsheet/video/admin-status.js")
    )
