"""Articles carry their lead image's caption themselves, so translations can translate it."""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def copy_image_captions(apps, schema_editor):
    ArticlePage = apps.get_model("newsroom", "ArticlePage")
    NewsImage = apps.get_model("images", "NewsImage")
    ArticlePage.objects.filter(lead_caption="", lead_image__isnull=False).exclude(
        lead_image__caption=""
    ).update(
        lead_caption=Subquery(
            NewsImage.objects.filter(pk=OuterRef("lead_image_id")).values("caption")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_edition_locales"),
        ("images", "0001_initial"),
    ]

    operations = [migrations.RunPython(copy_image_captions, migrations.RunPython.noop)]
