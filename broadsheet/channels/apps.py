from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "broadsheet.channels"
    label = "channels"
    verbose_name = "Live channels"
