from django.apps import AppConfig
from django.conf import settings


class SearchConfig(AppConfig):
    # wagtail.search's label is "wagtailsearch", so "search" is free.
    name = "broadsheet.search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        if "articles" in settings.WAGTAILSEARCH_BACKENDS:
            from . import signal_handlers

            signal_handlers.connect()
