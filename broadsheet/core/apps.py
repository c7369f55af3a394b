from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "broadsheet.core"
    label = "core"
    verbose_name = "Broadsheet core"

    def ready(self):
        from . import visibility
        from .fragments import connect_signals
        from .sites import sync_after_migrate

        connect_signals()
        visibility.connect_signals()

        post_migrate.connect(sync_after_migrate, sender=self, dispatch_uid="core-sync-site")
