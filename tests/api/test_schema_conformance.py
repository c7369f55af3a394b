"""Schemathesis drives every API operation from the OpenAPI schema with generated input.

No response may be a 5xx, and every response must match the schema it documents
(status code, content type, body). Examples are bounded so the suite stays quick. Every call
carries a signed-in reader's session token, so the bookmarks operations answer too.
"""

from unittest.mock import ANY

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
from werkzeug.test import Client as WSGIClient

from ..factories import (
    BookmarkFactory,
    EpisodePageFactory,
    PodcastIndexPageFactory,
    ShowPageFactory,
    wide_image,
)
from .conftest import LOGIN, PASSWORD

# Reading the schema touches no database: it is built from the code.
APP = get_wsgi_application()
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", APP)


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


@pytest.fixture
def signed_in(content, reader, make_article):
    """Headers of the news app signed in as a reader with a bookmark.

    Signed in through the same WSGI app as the calls: Django's test client would connect
    ``close_old_connections`` again after its request."""
    BookmarkFactory(user=reader, page=make_article(title="Saved for later"))
    response = WSGIClient(APP).post(
        LOGIN,
        json={"email": reader.email, "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "127.0.0.1"},  # allauth refuses a client without one
    )
    assert response.status_code == 200, response.text
    return {"X-Session-Token": response.json["meta"]["session_token"]}


def test_schema_documents_every_operation():
    paths = set(schema.raw_schema["paths"])
    assert {
        "/api/v1/editions/{language}/most-read",
        "/api/v1/editions/{language}/podcasts",
        "/api/v1/podcasts/{show_id}/episodes",
        "/api/v1/episodes/{episode_id}",
        "/api/v1/bookmarks/",
        "/api/v1/bookmarks/{page_id}/",
    } <= paths
    bookmarks = schema.raw_schema["paths"]["/api/v1/bookmarks/"]
    assert set(bookmarks) == {"get", "post"}
    assert all(op["security"] == [{"SessionToken": []}] for op in bookmarks.values())
    assert "401" in bookmarks["get"]["responses"]
    assert schema.raw_schema["components"]["securitySchemes"]["SessionToken"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-Session-Token",
        "description": ANY,
    }


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_as_its_schema_says(case, signed_in):
    case.call_and_validate(
        headers=signed_in,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )
