import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from broadsheet.settings.env import base_url, database_from_url, env_bool


def run_cli(env_overrides, *args):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "BASE_URL")
        and k != "DJANGO_ALLOW_ASYNC_UNSAFE"  # set for the browser tests only
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "broadsheet", *(args or ("check",))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = "broadsheet.settings.production"
COMPLETE = {
    "DJANGO_SETTINGS_MODULE": PRODUCTION,
    "SECRET_KEY": "k3y-" + "".join(chr(97 + i % 26) for i in range(7, 60)),
    "ALLOWED_HOSTS": "news.example.com",
    "DATABASE_URL": "sqlite:////tmp/broadsheet-settings-test.sqlite3",
    "BASE_URL": "https://news.example.com",
}


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "BASE_URL"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in COMPLETE.items() if k != missing}
    result = run_cli(env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert missing in result.stderr
    assert "Traceback" not in result.stderr


def test_production_starts_when_configured():
    result = run_cli(COMPLETE, "check", "--deploy", "--fail-level", "ERROR")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "postgres://user@host:notaport/db",
        "mysql://root@localhost/news",
        "nonsense",
        "postgres://localhost",
    ],
    ids=["bad port", "unsupported engine", "no scheme", "no database name"],
)
def test_malformed_database_url_is_one_line_naming_the_variable(url):
    result = run_cli({"DJANGO_SETTINGS_MODULE": "broadsheet.settings.base", "DATABASE_URL": url})
    assert result.returncode == 2
    assert result.stderr.startswith("broadsheet: configuration error: DATABASE_URL")
    assert result.stderr.count("\n") == 1


def test_database_url_sets_persistent_connections_for_postgres():
    config = database_from_url("postgres://postgres@127.0.0.1:5432/news")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["CONN_MAX_AGE"] == 600
    assert config["CONN_HEALTH_CHECKS"] is True


def test_booleans_are_strict(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG")
    monkeypatch.setenv("DEBUG", "on")
    assert env_bool("DEBUG") is True


def _page_cache_location(**env_overrides):
    env = {k: v for k, v in os.environ.items() if "REDIS_URL" not in k}
    env.update(DJANGO_SETTINGS_MODULE="broadsheet.settings.base", **env_overrides)
    code = "from django.conf import settings; print(settings.CACHES['pages']['LOCATION'])"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_page_cache_can_have_its_own_redis_database():
    sessions = "redis://127.0.0.1:6379/0"
    assert _page_cache_location(REDIS_URL=sessions) == sessions
    own = "redis://127.0.0.1:6379/1"
    assert _page_cache_location(REDIS_URL=sessions, PAGE_CACHE_REDIS_URL=own) == own
    assert _page_cache_location().endswith("pagecache")  # files without Redis


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://news.example.com/", "https://news.example.com"),
        ("https://News.Example.com:443", "https://news.example.com"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://example.org:80/", "http://example.org"),
        ("http://[::1]:8100", "http://[::1]:8100"),
    ],
)
def test_base_url_is_normalised(value, expected):
    assert base_url(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "news.example.com",
        "ftp://news.example.com",
        "https://news.example.com/news/",
        "https://news.example.com:8443",
        "http://news.example.com:443",
        "http://127.0.0.1:port",
        "https://user@news.example.com",
    ],
)
def test_base_url_refuses_what_a_site_cannot_hold(value):
    with pytest.raises(ImproperlyConfigured, match="BASE_URL"):
        base_url(value)
