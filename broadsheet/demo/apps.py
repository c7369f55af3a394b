from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "broadsheet.demo"
    label = "demo"
    verbose_name = "Demo newsroom"
