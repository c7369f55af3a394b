import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from wagtail.models import Locale

from broadsheet.demo.generator import ArticleGenerator
from broadsheet.newsroom.models import HomePage


class Command(BaseCommand):
    help = (
        "Generate many articles for scale and benchmark work. Publishes them in bulk "
        "(e.g. `broadsheet generate --articles 100000`), then update the search index."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=None)
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument(
            "--no-index", action="store_true", help="Skip `update_index` afterwards."
        )

    def handle(self, *args, articles, seed, batch_size, no_index, **options):
        if articles < 1 or articles > 5_000_000:
            raise CommandError("--articles must be between 1 and 5,000,000.")
        if batch_size < 1:
            raise CommandError("--batch-size must be positive.")
        home = HomePage.objects.filter(locale=Locale.get_default()).first()
        if home is None:
            raise CommandError("There is no edition home yet: run `broadsheet demo` first.")
        started = time.monotonic()
        generator = ArticleGenerator(home, seed=seed, stdout=self.stdout, batch_size=batch_size)
        created = generator.generate(articles)
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {created} articles in {time.monotonic() - started:.0f}s."
            )
        )
        if connection.vendor == "postgresql":
            # Fresh statistics: with the old ones the planner expects a handful of rows per
            # section and picks a plan 6x slower for section fronts (bench/RESULTS.md).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if not no_index:
            call_command("update_index", verbosity=options["verbosity"], stdout=self.stdout)
