from django.apps import AppConfig


class SearchConfig(AppConfig):
    # wagtail.search's label is "wagtailsearch", so "search" is free.
    name = "broadsheet.search"
    label = "search"
    verbose_name = "Search"
