from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "broadsheet.core"
    label = "core"
    verbose_name = "Broadsheet core"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
