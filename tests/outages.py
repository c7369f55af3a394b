"""Outages for tests: a database that refuses every query (unit level), and a PostgreSQL
server of the test's own that can really be stopped and started again (fault tests)."""

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from unittest import mock

import psycopg
import pytest
from django.db import connections
from django.db.utils import OperationalError

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")


@contextlib.contextmanager
def database_down(alias="default"):
    """Every query on this thread's connection fails as a lost server's would."""
    error = OperationalError("connection to server failed: Connection refused")
    with mock.patch.object(connections[alias], "_cursor", side_effect=error) as cursor:
        yield cursor


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """A throwaway PostgreSQL cluster in a temporary directory, on a spare port.

    PostgreSQL refuses to run as root, so under root its commands run as the ``postgres``
    user (``runuser``), in a directory that user owns.
    """

    def __init__(self):
        for tool in ("initdb", "pg_ctl"):
            if not (POSTGRES_BIN / tool).exists():
                pytest.fail(f"{POSTGRES_BIN / tool} is missing: install postgresql-15")
        self.as_user = []
        self.directory = Path(tempfile.mkdtemp(prefix="broadsheet-fault-pg-"))
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                pytest.fail("running as root needs runuser to start PostgreSQL as postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.directory, user="postgres")
        self.data = self.directory / "data"
        self.port = free_port()
        self._run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "--no-sync")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/broadsheet"

    def _run(self, tool, *args):
        command = [*self.as_user, str(POSTGRES_BIN / tool), *map(str, args)]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self):
        # Durability is not under test: no fsync keeps migrations quick.
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        log = self.directory / "server.log"
        self._run("pg_ctl", "start", "-w", "-D", self.data, "-l", log, "-o", options)

    def stop(self, mode="immediate"):
        """``immediate``: the server dies without closing its clients' connections cleanly."""
        self._run("pg_ctl", "stop", "-w", "-m", mode, "-D", self.data)

    def create_database(self):
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute("CREATE DATABASE broadsheet")

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)
