from django.core.management.base import BaseCommand

from broadsheet.newsroom.popularity import flush_view_counts


class Command(BaseCommand):
    help = "Write the article views added up in Redis to the database (Most read)."

    def handle(self, *args, **options):
        written = flush_view_counts()
        if options["verbosity"] > 1:
            self.stdout.write(f"{written} views written")
