from django.core.management.base import BaseCommand, CommandError

from broadsheet.webhooks.tasks import requeue_stranded


class Command(BaseCommand):
    help = "Re-queue webhook deliveries a stopped worker left pending or overdue."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=None,
            metavar="MINUTES",
            help="How long a delivery must have waited (default WEBHOOK_REQUEUE_AFTER_MINUTES).",
        )

    def handle(self, *args, older_than=None, **options):
        if older_than is not None and older_than < 1:
            raise CommandError("--older-than must be at least 1 minute.")
        count = requeue_stranded(older_than)
        if options["verbosity"]:
            self.stdout.write(f"Requeued {count} webhook deliveries.")
