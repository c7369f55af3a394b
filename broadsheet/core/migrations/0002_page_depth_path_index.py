"""An index on ``(depth, path)`` of Wagtail's page table.

Wagtail finds a page's children with ``depth = d AND path BETWEEN p AND p + 'ZZZZ'``. Its
own index is on ``path`` alone, so listing an edition home's sections (the header menu on
every page) walked every page under the home: 46 ms with 100,000 articles on PostgreSQL,
0.2 ms with this index (``EXPLAIN ANALYZE`` in bench/RESULTS.md). The statement is the same
on SQLite and PostgreSQL.
"""

from django.db import migrations

INDEX = "broadsheet_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("wagtailcore", "0001_initial")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
