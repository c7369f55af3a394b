from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class VideoStatusPanel(Panel):
    """The transcoding state of a saved video, kept up to date by ``admin-status.js``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Transcoding"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "video/admin/status_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["video"] = self.instance
            return context
