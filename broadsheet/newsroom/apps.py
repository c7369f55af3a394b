from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "broadsheet.newsroom"
    label = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from . import checks, signal_handlers  # noqa: F401  (checks register themselves)

        signal_handlers.connect()
