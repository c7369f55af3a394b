from django.core.management.base import BaseCommand

from ...boundaries import announce_changes


class Command(BaseCommand):
    help = (
        "Empty stored pages when a live channel's show starts or ends. Every edition's header "
        "shows LIVE while its channel is on the air; `broadsheet scheduler` runs this every round."
    )

    def handle(self, *args, verbosity, **options):
        state = announce_changes()
        if verbosity > 1:
            on_air = sum(1 for show in state.values() if show is not None)
            self.stdout.write(f"{on_air} of {len(state)} channels on the air.")
