from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Video


class VideoViewSet(SnippetViewSet):
    model = Video
    icon = "media"
    menu_label = _("Videos")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "status_display", "duration_display", "language", "created_at"]
    list_filter = ["status", "language", "show_to_readers"]
    search_fields = ["title", "description"]
    copy_view_enabled = False


register_snippet(VideoViewSet)
