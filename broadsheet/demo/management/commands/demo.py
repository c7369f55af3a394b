from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from broadsheet.demo.builder import ADMIN_USERNAME, DemoBuilder, admin_password, ensure_admin
from broadsheet.demo.data import DATA_ENV, DemoDataError, load


class Command(BaseCommand):
    help = "Build the demo newsroom (safe to run again) and print the admin login."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, default=None, help="Build only the first N demo articles."
        )
        parser.add_argument(
            "--data",
            dest="data_dir",
            default=None,
            metavar="DIR",
            help=f"The demo data directory (default: ${DATA_ENV}, else demo/ in the repository).",
        )

    def handle(self, *args, articles, data_dir, **options):
        # Every file is read and checked before anything is written.
        try:
            newsroom = load(data_dir)
        except DemoDataError as error:
            raise CommandError(str(error)) from None
        builder = DemoBuilder(article_limit=articles, stdout=self.stdout, data=newsroom).build()
        password = admin_password()
        ensure_admin(password)
        summary = f"{builder.created} new items, {len(builder.articles)} articles"
        self.stdout.write(self.style.SUCCESS(f"Demo newsroom ready ({summary})."))
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
            f"user: {ADMIN_USERNAME}  password: {password}"
        )
