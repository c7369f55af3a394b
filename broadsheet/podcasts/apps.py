from django.apps import AppConfig


class PodcastsConfig(AppConfig):
    name = "broadsheet.podcasts"
    label = "podcasts"
    verbose_name = "Podcasts"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
