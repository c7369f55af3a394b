import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis

from broadsheet.core import resilience
from broadsheet.core.cache_backends import ResilientRedisCache


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """A redis-server of the test's own on a spare port, to kill, pause and bring back."""

    def __init__(self, directory):
        self.binary = shutil.which("redis-server")
        if not self.binary:
            pytest.fail("redis-server is missing: install Debian's redis-server (CI has it)")
        self.directory = directory
        self.port = _free_port()
        self.process = None
        self.paused = False

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        probe = redis.Redis(port=self.port, socket_timeout=0.2, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                probe.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    pytest.fail(f"redis-server did not start on port {self.port}")
                time.sleep(0.02)
            finally:
                probe.close()

    def kill(self):
        self.resume()
        self.process.kill()
        self.process.wait()

    def pause(self):
        os.kill(self.process.pid, signal.SIGSTOP)
        self.paused = True

    def resume(self):
        if self.paused:
            os.kill(self.process.pid, signal.SIGCONT)
            self.paused = False


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


COOLDOWN = 1


@pytest.fixture
def redis_site(redis_server, settings):
    """The site's caches, sessions and view counts on ``redis_server``, as in production."""
    resilience.reset_breakers()
    settings.REDIS_URL = redis_server.url(0)
    settings.REDIS_BREAKER_COOLDOWN = COOLDOWN
    backend = f"{ResilientRedisCache.__module__}.{ResilientRedisCache.__name__}"
    settings.CACHES = {
        "default": {"BACKEND": backend, "LOCATION": redis_server.url(0), "KEY_PREFIX": "t"},
        "pages": {"BACKEND": backend, "LOCATION": redis_server.url(1), "KEY_PREFIX": "p"},
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield redis_server
    resilience.reset_breakers()
