import os

from django.conf import settings
from django.core.cache import cache
from django.db import connection


def test_database_is_the_one_the_environment_names(db):
    expected = (
        "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    )
    assert connection.vendor == expected


def test_cache_is_redis_when_redis_url_is_set():
    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("REDIS_URL"):
        assert backend == "broadsheet.core.cache_backends.ResilientRedisCache"
        assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    else:
        assert backend == "django.core.cache.backends.locmem.LocMemCache"
    cache.set("broadsheet-probe", {"ok": 1}, 30)
    assert cache.get("broadsheet-probe") == {"ok": 1}
