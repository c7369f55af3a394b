from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "broadsheet.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import privacy, signal_handlers

        signal_handlers.connect()
        privacy.connect()
