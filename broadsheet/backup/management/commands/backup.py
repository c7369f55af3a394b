from django.core.management.base import BaseCommand, CommandError

from broadsheet.backup.archive import BackupError, create_backup


class Command(BaseCommand):
    help = "Write the whole database and every media file to one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("path", help="where to write the archive, e.g. backup.tar.gz")

    def handle(self, *args, path, **options):
        try:
            summary = create_backup(path)
        except (BackupError, OSError) as exc:
            raise CommandError(f"backup failed: {exc}") from None
        self.stdout.write(
            f"Backed up {summary.objects} objects and {summary.media_files} media files to {path}"
        )
