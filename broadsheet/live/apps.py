from django.apps import AppConfig


class LiveConfig(AppConfig):
    name = "broadsheet.live"
    label = "live"
    verbose_name = "Live coverage"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
