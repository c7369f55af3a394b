from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError

from broadsheet.backup.archive import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `broadsheet backup`. Loads it into a migrated, empty database "
        "(--force replaces the content of a non-empty one), then rebuild the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the archive written by `broadsheet backup`")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace everything in a database that already holds content",
        )

    def handle(self, *args, path, force, **options):
        try:
            summary = restore_backup(path, force=force)
        except (BackupError, OSError, DeserializationError, DatabaseError, KeyError) as exc:
            raise CommandError(f"restore failed, nothing was changed: {exc}") from None
        call_command("update_index", verbosity=0)
        self.stdout.write(
            f"Restored {summary.objects} objects and {summary.media_files} media files from {path}"
        )
