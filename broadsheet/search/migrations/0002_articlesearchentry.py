"""The reader search index of articles; its GIN index exists on PostgreSQL only.

On SQLite the table is created but stays empty: search there uses Wagtail's database backend.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


GIN_INDEX = "search_entry_document_gin"


def create_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {GIN_INDEX} ON search_articlesearchentry USING GIN (document)"
        )


def drop_gin_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX}")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('newsroom', '0001_initial'),
        ('search', '0001_index_entry_title_body_gin'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='ArticleSearchEntry',
            fields=[
                ('article', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='+', serialize=False, to='newsroom.articlepage', verbose_name='article')),
                ('path', models.CharField(max_length=255)),
                ('kind', models.CharField(max_length=16)),
                ('published_at', models.DateTimeField()),
                ('indexed_at', models.DateTimeField()),
                ('document', django.contrib.postgres.search.SearchVectorField()),
                ('locale', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.locale')),
            ],
            options={
                'verbose_name': 'article search entry',
                'indexes': [models.Index(fields=['locale', '-published_at'], name='search_entry_locale_newest'), models.Index(fields=['-published_at'], name='search_entry_newest')],
            },
        ),
        migrations.RunPython(create_gin_index, drop_gin_index),
    ]
