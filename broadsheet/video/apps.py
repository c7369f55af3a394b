from django.apps import AppConfig


class VideoConfig(AppConfig):
    name = "broadsheet.video"
    label = "video"
    verbose_name = "Video"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
