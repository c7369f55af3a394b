from django.apps import AppConfig


class BackupConfig(AppConfig):
    name = "broadsheet.backup"
    label = "backup"
    verbose_name = "Backup and restore"
