from django.apps import AppConfig


class VideoPagesConfig(AppConfig):
    name = "broadsheet.videopages"
    label = "videopages"
    verbose_name = "Video pages"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
