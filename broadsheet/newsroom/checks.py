"""System checks of the newsroom's database."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections

# Apps of the layout before the newsroom app (until 0.1): their tables hold content that
# this version does not read.
OLD_APPS = ("editions", "news", "distribution")


@register(Tags.database)
def database_predates_newsroom(app_configs, databases=None, **kwargs):
    """A database made by Broadsheet before the newsroom app cannot be migrated in place."""
    errors = []
    for alias in databases or ():
        connection = connections[alias]
        try:
            if "django_migrations" not in connection.introspection.table_names():
                continue
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT DISTINCT app FROM django_migrations WHERE app IN (%s, %s, %s)",
                    OLD_APPS,
                )
                old = sorted(row[0] for row in cursor.fetchall())
        except DatabaseError:
            continue
        if old:
            errors.append(
                Error(
                    f"Database {alias!r} was made by Broadsheet 0.1 (apps {', '.join(old)}), "
                    "whose content tables this version does not read.",
                    hint="Build a new database: move var/ aside (or point DATABASE_URL at an "
                    "empty database) and run `make run`.",
                    id="newsroom.E001",
                )
            )
    return errors
