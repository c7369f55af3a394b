from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadersConfig(AppConfig):
    name = "broadsheet.readers"
    label = "readers"
    verbose_name = _("Readers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from allauth.account.signals import user_logged_in

        from . import checks  # noqa: F401  (registers the system checks)
        from .signal_handlers import save_pending_bookmark

        user_logged_in.connect(save_pending_bookmark, dispatch_uid="readers_pending_bookmark")
