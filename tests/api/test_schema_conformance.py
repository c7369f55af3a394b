"""Schemathesis drives every API operation from the OpenAPI schema with generated input.

No response may be a 5xx, and every response must match the schema it documents
(status code, content type, body). Examples are bounded so the suite stays quick.
"""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from ..factories import (
    EpisodePageFactory,
    PodcastIndexPageFactory,
    ShowPageFactory,
    wide_image,
)

# Reading the schema touches no database: it is built from the code.
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())


@pytest.fixture(autouse=True)
def _keep_test_connection():
    """Calls through the WSGI app fire request_finished, which would close the database
    connection holding the test's transaction; Django's test client disconnects it too."""

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def content(_keep_test_connection, db, make_article, home, settings, tmp_path):
    settings.API_RATE_LIMIT = "100000/m"
    settings.MEDIA_ROOT = tmp_path / "media"
    make_article(title="Lighthouse keeper retires", tags=["coast"], lead_image=wide_image())
    make_article(kind="feature", body=[("paragraph", "<p>Long read.</p>")])
    show = ShowPageFactory(parent=PodcastIndexPageFactory(parent=home))
    EpisodePageFactory(parent=show, transcript="The tide came in.")


def test_schema_documents_every_operation():
    paths = set(schema.raw_schema["paths"])
    assert {
        "/api/v1/editions/{language}/most-read",
        "/api/v1/editions/{language}/podcasts",
        "/api/v1/podcasts/{show_id}/episodes",
        "/api/v1/episodes/{episode_id}",
    } <= paths


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_as_its_schema_says(case):
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ]
    )
