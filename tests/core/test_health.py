import threading

import pytest
from django.db.backends.utils import CursorWrapper

from broadsheet.core import health

from ..pagecache.test_pagecache import wsgi


@pytest.mark.parametrize("url", ["/health/", "/health/ready", "/health/ready/"])
def test_ready_reports_the_database(client, db, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["checks"]["database"] == "ok"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("url", ["/health/live", "/health/live/"])
def test_live_needs_no_database(client, url):
    # No db fixture: any query would raise.
    response = client.get(url)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {}}
    assert "no-store" in response["Cache-Control"]


def test_health_is_never_looked_up_in_the_page_cache(db):
    assert wsgi("/health/ready").cache is None
    assert wsgi("/health/live").cache is None
    assert wsgi("/health/ready").cache is None


def test_a_hanging_database_fails_ready_within_the_deadline(client, db, settings, monkeypatch):
    settings.HEALTH_TIMEOUT_MS = 200
    release = threading.Event()
    real_execute = CursorWrapper.execute

    def hang(self, sql, params=None):
        if threading.current_thread().name == "health-database":
            release.wait(10)
        return real_execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", hang)
    try:
        first = client.get("/health/ready")
        assert first.status_code == 503
        assert first.json()["status"] == "unavailable"
        assert first.json()["checks"]["database"] == "timeout"
        # The check still waiting is not joined by another one.
        assert client.get("/health/ready").json()["checks"]["database"] == "timeout"
        assert threading.active_count() < 20
    finally:
        release.set()
        health._database_check.join(5)
    assert client.get("/health/ready").status_code == 200
