from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "broadsheet.news"
    label = "news"
    verbose_name = "News"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
