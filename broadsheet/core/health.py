"""Health endpoints for load balancers and orchestrators.

``/health/live``: the process answers (no database, no cache). ``/health/ready``: the
database and every Redis cache answer within ``HEALTH_TIMEOUT_MS``; 503 otherwise, with
the status of each check. ``/health/`` is ``ready``. Never cached, never shed.
"""

import threading

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from .cache_backends import ResilientRedisCache

OK = "ok"
UNREACHABLE = "unreachable"
TIMEOUT = "timeout"

# A database check still waiting (the database hangs): the next probes report a timeout
# rather than starting another thread behind it.
_database_check = None
_database_check_lock = threading.Lock()


class _DatabaseCheck(threading.Thread):
    def __init__(self):
        super().__init__(name="health-database", daemon=True)
        self.result = TIMEOUT

    def run(self):
        connection = connections["default"]
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            self.result = OK
        except DatabaseError:
            self.result = UNREACHABLE
        finally:
            connection.close()  # this thread's own connection


def check_database(timeout):
    """OK, UNREACHABLE, or TIMEOUT when the database did not answer in time."""
    global _database_check
    with _database_check_lock:
        if _database_check is not None and _database_check.is_alive():
            return TIMEOUT
        _database_check = check = _DatabaseCheck()
        check.start()
    check.join(timeout)
    return TIMEOUT if check.is_alive() else check.result


def check_caches():
    """The Redis caches' status by alias; local caches always answer."""
    results = {}
    for alias in settings.CACHES:
        backend = caches[alias]
        if isinstance(backend, ResilientRedisCache):
            results[f"cache:{alias}"] = OK if backend.ping() else UNREACHABLE
    return results


def _answer(checks):
    healthy = all(status == OK for status in checks.values())
    body = {"status": OK if healthy else "unavailable", "checks": checks}
    return JsonResponse(body, status=200 if healthy else 503)


@never_cache
def live(request):
    """The process is up and serving requests."""
    return _answer({})


@never_cache
def ready(request):
    """The database and the caches answer; what a load balancer should route by."""
    checks = {"database": check_database(settings.HEALTH_TIMEOUT_MS / 1000)}
    checks.update(check_caches())
    return _answer(checks)
