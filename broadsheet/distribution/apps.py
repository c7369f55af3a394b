from django.apps import AppConfig


class DistributionConfig(AppConfig):
    name = "broadsheet.distribution"
    label = "distribution"
    verbose_name = "Distribution"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
