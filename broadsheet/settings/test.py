"""Settings for the test suite: fast hashing, local-memory cache, tasks run at once.

DATABASE_URL and REDIS_URL still apply, so the same suite runs on PostgreSQL + Redis.
"""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .env import database_from_url

DEBUG = False
SECRET_KEY = "tests-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["*"]
if not os.environ.get("DATABASE_URL"):
    DATABASES = {"default": database_from_url("sqlite:///:memory:")}
    DATABASES["default"]["OPTIONS"] = {}
if not os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = Path(tempfile.gettempdir()) / "broadsheet-test-media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Not the test client's host (testserver), so that tests show public URLs come from BASE_URL.
BASE_URL = WAGTAILADMIN_BASE_URL = "https://news.example.test"
# A request that finds the render slots full waits this long in the queue before its 503, so
# tests that fill the slots do not wait the production default.
LOAD_SHED_QUEUE_TIMEOUT_MS = 100
