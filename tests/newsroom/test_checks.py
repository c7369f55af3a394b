import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection

from broadsheet.newsroom.checks import database_predates_newsroom


@pytest.mark.django_db
def test_a_database_of_the_current_layout_passes():
    assert database_predates_newsroom(None, databases=["default"]) == []


@pytest.mark.django_db
def test_a_database_made_before_the_newsroom_app_stops_migrate_with_a_clear_error():
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_migrations (app, name, applied) VALUES (%s, %s, CURRENT_TIMESTAMP)",
            ["editions", "0001_initial"],
        )
    errors = database_predates_newsroom(None, databases=["default"])
    assert [error.id for error in errors] == ["newsroom.E001"]
    assert "editions" in errors[0].msg and "make run" in errors[0].hint
    with pytest.raises(SystemCheckError, match=r"newsroom\.E001"):
        call_command("migrate", "--check", verbosity=0, skip_checks=False)
