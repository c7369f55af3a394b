import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from broadsheet.channels.models import LiveChannelPage
from broadsheet.demo.builder import ADMIN_USERNAME, DemoBuilder, admin_password, ensure_admin
from broadsheet.demo.channels import load_channels
from broadsheet.demo.data import DATA_ENV, DemoDataError, load
from broadsheet.demo.live import load_live
from broadsheet.newsroom.models import ArticlePage, HomePage, SectionPage
from broadsheet.podcasts.models import EpisodePage, ShowPage


@contextmanager
def quiet(logger_name, level=logging.WARNING):
    """Hold back a logger's routine lines (one "Purged …" per page built) for a while."""
    logger = logging.getLogger(logger_name)
    previous = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(previous)


def newsroom_summary():
    counts = {
        "editions": HomePage.objects.live().count(),
        "sections": SectionPage.objects.live().count(),
        "articles": ArticlePage.objects.live().count(),
        "podcast shows": ShowPage.objects.live().count(),
        "episodes": EpisodePage.objects.live().count(),
        "live channels": LiveChannelPage.objects.live().count(),
    }
    return ", ".join(f"{count} {name}" for name, count in counts.items())


class Command(BaseCommand):
    help = "Build the demo newsroom (safe to run again). Prints where to read and edit it."

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

    def handle(self, *args, articles, data_dir, verbosity, **options):
        # Every file is read and checked before anything is written.
        try:
            newsroom = load(data_dir)
            load_live(newsroom.directory)
            load_channels(newsroom.directory)
        except DemoDataError as error:
            raise CommandError(str(error)) from None
        with quiet("broadsheet", logging.INFO if verbosity > 1 else logging.WARNING):
            builder = DemoBuilder(article_limit=articles, stdout=self.stdout, data=newsroom).build()
        password = admin_password()
        ensure_admin(password)
        new = f"{builder.created} new items" if builder.created else "nothing new to add"
        self.stdout.write(self.style.SUCCESS(f"Demo newsroom ready: {newsroom_summary()} ({new})."))
        # BASE_URL is the address served: `make run` sets it from HOST and PORT.
        self.stdout.write(f"Site:  {settings.BASE_URL}/")
        self.stdout.write(
            f"Admin: {settings.BASE_URL}/admin/  user: {ADMIN_USERNAME}  password: {password}"
        )
