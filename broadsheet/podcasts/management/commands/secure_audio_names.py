"""Move episode audio saved under guessable names (podcasts/audio/YYYY/MM/<file>) to
private random names, and point the episodes and their revisions at the new names."""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Revision

from broadsheet.podcasts.models import PRIVATE_AUDIO_NAME, EpisodePage, private_audio_name


class Command(BaseCommand):
    help = (
        "Move episode audio stored under guessable names to private random names "
        "(safe to run again: files already moved are left alone)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would move; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        storage = EpisodePage._meta.get_field("audio").storage
        revisions = Revision.objects.filter(
            content_type=ContentType.objects.get_for_model(EpisodePage)
        )
        names = set(EpisodePage.objects.exclude(audio="").values_list("audio", flat=True))
        names.update(filter(None, revisions.values_list("content__audio", flat=True)))
        moved = missing = 0
        for old in sorted(name for name in names if not PRIVATE_AUDIO_NAME.match(name)):
            if not storage.exists(old):
                missing += 1
                self.stderr.write(f"Missing from storage, left as it is: {old}")
                continue
            if dry_run:
                self.stdout.write(f"Would move {old}")
                continue
            with storage.open(old, "rb") as handle:
                new = storage.save(private_audio_name(None, old), handle)
            with transaction.atomic():
                EpisodePage.objects.filter(audio=old).update(audio=new)
                for revision in revisions.filter(content__audio=old):
                    revision.content["audio"] = new
                    revision.save(update_fields=["content"])
            storage.delete(old)
            moved += 1
            self.stdout.write(f"Moved {old} -> {new}", self.style.SUCCESS)
        if not dry_run:
            self.stdout.write(f"{moved} audio file(s) moved, {missing} missing.")
