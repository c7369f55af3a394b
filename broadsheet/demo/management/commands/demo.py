from django.conf import settings
from django.core.management.base import BaseCommand

from broadsheet.demo.builder import ADMIN_USERNAME, DemoBuilder, admin_password, ensure_admin


class Command(BaseCommand):
    help = "Build the demo newsroom (safe to run again) and print the admin login."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles", type=int, default=None, help="Build only the first N demo articles."
        )

    def handle(self, *args, articles, **options):
        builder = DemoBuilder(article_limit=articles, stdout=self.stdout).build()
        password = admin_password()
        ensure_admin(password)
        summary = f"{builder.created} new items, {len(builder.articles)} articles"
        self.stdout.write(self.style.SUCCESS(f"Demo newsroom ready ({summary})."))
        self.stdout.write(
            f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  "
            f"user: {ADMIN_USERNAME}  password: {password}"
        )
