"""`broadsheet serve` as operators run it: a real subprocess on a spare port.

The slow parts (starting Django in four processes) are shared: one served site on SQLite for
the kill and stop tests, one on a PostgreSQL instance of the test's own for the outage test.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

from broadsheet.core.supervisor import Child, PortInUse, Supervisor, ensure_port_free

PG_BIN = Path("/usr/lib/postgresql/15/bin")
# Starting Django in every child takes long on a busy two-core machine; stopping must not.
START_TIMEOUT = 180
STOP_LIMIT = 10


# Helpers


def spare_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def processes():
    """{pid: (ppid, sid, state, command line)} of every live process (Linux /proc)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, ppid, sid = fields[0], int(fields[1]), int(fields[3])
        if state != "Z":
            found[int(entry)] = (ppid, sid, state, cmdline)
    return found


def children_of(pid):
    return {child: info[3] for child, info in processes().items() if info[0] == pid}


def family(pid):
    """serve and every process in the sessions of its children (granian's workers included)."""
    table = processes()
    sessions = {child for child, info in table.items() if info[0] == pid}
    return {pid} | {other for other, info in table.items() if info[1] in sessions}


def child_running(serve, word):
    matches = [pid for pid, command in children_of(serve.pid).items() if word in command]
    return matches[0] if matches else None


def wait_for(condition, timeout, message):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.25)
    raise AssertionError(message)


def status_of(url):
    try:
        return requests.get(url, timeout=5).status_code
    except requests.RequestException:
        return None


def broadsheet(*args, env, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "broadsheet", *args], env=env, check=False, **kwargs
    )


class Served:
    """A running `broadsheet serve` and its log."""

    def __init__(self, env, workdir):
        self.port = spare_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / f"serve-{self.port}.log"
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "broadsheet",
                "serve",
                "--port",
                str(self.port),
                "--workers",
                "1",
                "--schedule-interval",
                "1",
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.pid = self.process.pid

    def log(self):
        return self.log_path.read_text(errors="replace")

    def wait_until_answering(self, path="/health/", status=200):
        wait_for(
            lambda: status_of(self.url + path) == status,
            START_TIMEOUT,
            f"{path} never answered {status}:\n{self.log()}",
        )

    def wait_for_children(self):
        for word in ("granian", "task_worker", "scheduler"):
            wait_for(
                lambda word=word: child_running(self, word),
                START_TIMEOUT,
                f"no {word} child:\n{self.log()}",
            )

    def stop(self):
        """SIGTERM serve; returns the seconds until serve and every process it ran were gone."""
        everyone = family(self.pid)
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        wait_for(lambda: not (everyone & set(processes())), 30, "processes left behind")
        return time.monotonic() - started

    def kill_everything(self):
        for pid in family(self.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait(timeout=10)


def serve_env(workdir, database_url):
    env = {key: value for key, value in os.environ.items() if not key.startswith("PAGE_CACHE")}
    env.update(
        DJANGO_SETTINGS_MODULE="broadsheet.settings.base",
        BROADSHEET_VAR_DIR=str(workdir),
        DATABASE_URL=database_url,
        PYTHONUNBUFFERED="1",
    )
    # Local-memory cache and files: these tests are about processes, not Redis.
    env.pop("REDIS_URL", None)
    return env


def migrate_task_tables(env):
    """Only django-tasks' tables: what the worker needs, in seconds rather than a minute."""
    result = broadsheet(
        "migrate", "django_tasks_database", "--noinput", env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("serve")
    env = serve_env(workdir, f"sqlite:///{workdir / 'broadsheet.sqlite3'}")
    migrate_task_tables(env)
    site = Served(env, workdir)
    yield site
    if site.process.poll() is None:
        site.kill_everything()


# The supervisor itself, with short-lived commands


def exit_at_once(code):
    return [sys.executable, "-c", f"raise SystemExit({code})"]


def wait_exited(supervisor, child):
    wait_for(lambda: supervisor._has_exited(child.process), 10, "child did not exit")


def test_restart_delay_doubles_up_to_the_cap_and_starts_over_after_a_healthy_run():
    child = Child("flaky", exit_at_once(3))
    supervisor = Supervisor([child], backoff_first=1, backoff_max=4, healthy_after=30)
    delays = []
    now = 1000.0
    for _ in range(4):
        supervisor.start(child)
        child.started_at = now
        wait_exited(supervisor, child)
        supervisor.tick(now=now)
        delays.append(child.start_at - now)
    assert delays == [1, 2, 4, 4]

    supervisor.start(child)
    child.started_at = now - 31
    wait_exited(supervisor, child)
    supervisor.tick(now=now)
    assert child.start_at - now == 1


def test_a_child_is_started_again_once_its_delay_has_passed():
    child = Child("flaky", exit_at_once(0))
    supervisor = Supervisor([child], backoff_first=5)
    supervisor.start(child)
    first = child.process.pid
    wait_exited(supervisor, child)
    supervisor.tick(now=child.started_at + 0.1)
    assert child.process is None
    supervisor.tick(now=child.start_at)
    assert child.process is not None and child.process.pid != first
    supervisor.stop_all()


def test_exit_reasons_are_logged_with_code_or_signal(caplog):
    killed = Child("sleeper", ["sleep", "30"])
    failed = Child("failing", exit_at_once(7))
    supervisor = Supervisor([killed, failed])
    for child in (killed, failed):
        supervisor.start(child)
    os.kill(killed.process.pid, signal.SIGKILL)
    for child in (killed, failed):
        wait_exited(supervisor, child)
    supervisor.tick()
    assert "sleeper killed by signal 9 (SIGKILL)" in caplog.text
    assert "failing exited with code 7" in caplog.text
    assert "restarting in 1 s" in caplog.text
    supervisor.stop_all()


def test_stopping_reaches_the_grandchildren_of_a_child():
    # A shell that starts a sleeper, as granian starts its workers.
    child = Child("parent", ["sh", "-c", "sleep 60 & sleep 60 & wait"])
    supervisor = Supervisor([child], stop_grace=2)
    supervisor.start(child)
    session = child.process.pid
    wait_for(
        lambda: len([p for p, info in processes().items() if info[1] == session]) == 3,
        10,
        "sleepers never started",
    )
    supervisor.stop_all()
    assert not [p for p, info in processes().items() if info[1] == session]


def test_children_get_sigterm_when_the_supervisor_itself_is_killed(tmp_path):
    script = (
        "import sys; from broadsheet.core.supervisor import Child, Supervisor; "
        "Supervisor([Child('sleeper', ['sleep', '60'])]).run()"
    )
    supervisor = subprocess.Popen([sys.executable, "-c", script])
    try:
        sleeper = wait_for(
            lambda: next(iter(children_of(supervisor.pid)), None), 30, "no child started"
        )
        supervisor.kill()
        wait_for(lambda: sleeper not in processes(), 10, "the child outlived its supervisor")
    finally:
        supervisor.kill()
        supervisor.wait()


@pytest.mark.parametrize("reuse_port", [False, True], ids=["plain listener", "SO_REUSEPORT"])
def test_a_port_with_a_listener_is_refused(reuse_port):
    with socket.socket() as holder:
        if reuse_port:
            holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        with pytest.raises(PortInUse, match=f"port {port} on 127.0.0.1 is already in use"):
            ensure_port_free("127.0.0.1", port)
    ensure_port_free("127.0.0.1", port)


# The real command


@pytest.mark.fault
def test_serve_on_a_port_in_use_exits_with_one_line_and_starts_nothing(tmp_path):
    env = serve_env(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with socket.socket() as holder:
        # How granian listens: a second granian would otherwise share the port.
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = broadsheet(
            "serve", "--port", str(port), env=env, capture_output=True, text=True, timeout=120
        )
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in lines[0]


@pytest.mark.fault
def test_a_killed_task_worker_comes_back_and_the_site_keeps_answering(served):
    served.wait_for_children()
    served.wait_until_answering()
    worker = child_running(served, "task_worker")

    os.kill(worker, signal.SIGKILL)
    assert status_of(served.url + "/health/") == 200
    replacement = wait_for(
        lambda: (pid := child_running(served, "task_worker")) != worker and pid,
        START_TIMEOUT,
        f"the task worker was not restarted:\n{served.log()}",
    )
    assert replacement
    assert "task worker killed by signal 9 (SIGKILL)" in served.log()
    assert status_of(served.url + "/health/") == 200


@pytest.mark.fault
def test_a_killed_web_server_is_replaced_without_leftover_workers(served):
    served.wait_for_children()
    served.wait_until_answering()
    web = child_running(served, "granian")
    old_workers = {pid for pid, info in processes().items() if info[1] == web}
    assert len(old_workers) >= 2  # granian's main process and its worker

    os.kill(web, signal.SIGKILL)
    wait_for(
        lambda: not (old_workers & set(processes())),
        10,
        "granian's workers outlived their main process",
    )
    wait_for(
        lambda: child_running(served, "granian") not in (None, web),
        START_TIMEOUT,
        "the web server was not restarted",
    )
    served.wait_until_answering()
    assert "web server killed by signal 9 (SIGKILL)" in served.log()


def keep_alive_request(port, timeout):
    """A connection that has had one answer and stays open, as a live page's reader between
    two polls."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    sock.sendall(b"GET /health/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(4096)
        assert chunk, "the server closed the connection without answering"
        answer += chunk
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    return sock


@pytest.mark.fault
def test_hundreds_of_idle_keep_alive_readers_do_not_hold_up_the_next_one(served):
    """granian counts open connections against its backpressure: at 64 a worker, the 65th
    reader of a live page waited until an idle one timed out (seconds)."""
    served.wait_for_children()
    served.wait_until_answering()
    idle = []
    try:
        for _ in range(300):
            idle.append(keep_alive_request(served.port, timeout=5))
        started = time.monotonic()
        keep_alive_request(served.port, timeout=5).close()
        assert time.monotonic() - started < 2
    finally:
        for sock in idle:
            sock.close()


@pytest.mark.fault
def test_sigterm_stops_every_process_within_ten_seconds_and_frees_the_port(served):
    served.wait_for_children()
    served.wait_until_answering()
    assert len(family(served.pid)) >= 5  # serve, granian and its worker, task worker, scheduler

    took = served.stop()

    assert took < STOP_LIMIT, served.log()
    assert served.process.returncode == 0
    ensure_port_free("127.0.0.1", served.port)


# A database outage, on a PostgreSQL instance of this test's own


class OwnPostgres:
    """A throwaway PostgreSQL cluster on a spare port (initdb into a temporary directory)."""

    def __init__(self, root):
        for binary in ("initdb", "pg_ctl"):
            if not (PG_BIN / binary).exists():
                pytest.fail(f"{PG_BIN / binary} is missing: install postgresql-15")
        self.root = root
        self.data = root / "data"
        self.port = spare_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        # PostgreSQL refuses to run as root; the cluster then belongs to the postgres user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(root, "postgres")
        self.run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "--no-sync")

    def run(self, binary, *args):
        result = subprocess.run(
            [*self.as_user, str(PG_BIN / binary), *map(str, args)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stdout + result.stderr

    def start(self):
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self.run("pg_ctl", "-D", self.data, "-o", options, "-l", self.root / "log", "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def running(self):
        return (self.data / "postmaster.pid").exists()


@pytest.fixture
def postgres():
    root = Path(tempfile.mkdtemp(prefix="broadsheet-pg-"))
    root.chmod(0o755)
    cluster = OwnPostgres(root)
    yield cluster
    if cluster.running():
        subprocess.run(
            [
                *cluster.as_user,
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(cluster.data),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.fault
def test_serve_rides_out_a_database_that_is_down_at_start_and_restarts_later(postgres, tmp_path):
    postgres.start()
    env = serve_env(tmp_path, postgres.url)
    migrate_task_tables(env)
    postgres.stop()

    site = Served(env, tmp_path)
    try:
        # Down at start-up: the web server starts anyway and says so; the helpers keep trying.
        site.wait_until_answering(status=503)
        wait_for(
            lambda: "task worker: database unavailable" in site.log(),
            START_TIMEOUT,
            f"no one-line report of the outage:\n{site.log()}",
        )
        postgres.start()
        site.wait_until_answering()
        site.wait_for_children()
        before = children_of(site.pid)

        postgres.stop()
        time.sleep(3)
        assert status_of(site.url + "/health/") == 503
        postgres.start()
        site.wait_until_answering()
        time.sleep(3)  # a round of the scheduler and of the worker against the returned database

        assert children_of(site.pid) == before, site.log()
        log = site.log()
        assert "restarting in" not in log
        assert "Traceback" not in log
        assert "scheduler: publish_scheduled failed (OperationalError" in log
        assert site.stop() < STOP_LIMIT
    finally:
        if site.process.poll() is None:
            site.kill_everything()


# The helpers' own error handling, in process


def test_the_task_worker_waits_out_database_errors_with_growing_delays(monkeypatch, caplog):
    from django.db import OperationalError
    from django_tasks_db.management.commands.db_worker import Worker

    from broadsheet.core.management.commands import task_worker

    outcomes = [OperationalError("connection refused\nIs the server running?")] * 3 + [None]

    def run_once(self):
        outcome = outcomes.pop(0)
        if outcome:
            raise outcome

    slept = []
    monkeypatch.setattr(Worker, "run", run_once)
    monkeypatch.setattr(task_worker.time, "sleep", slept.append)
    worker = task_worker.OutageTolerantWorker(
        queue_names=["default"],
        interval=1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    worker.run()

    assert slept == [1, 2, 4]
    assert outcomes == []
    assert (
        "task worker: database unavailable (OperationalError: connection refused); "
        "retrying in 1 s" in caplog.messages
    )


def test_a_scheduler_job_that_fails_is_logged_and_the_loop_goes_on(monkeypatch, caplog):
    from django.db import OperationalError

    from broadsheet.core.management.commands import scheduler

    failures = {
        "publish_scheduled": OperationalError("server closed the connection unexpectedly"),
        "flush_view_counts": ValueError("a bug"),
    }

    def call_command(name, **options):
        raise failures[name]

    # No database here: the connection handling around each job is left out.
    closed = []
    monkeypatch.setattr(scheduler, "close_old_connections", lambda: None)
    monkeypatch.setattr(scheduler.connections, "close_all", lambda: closed.append(True))
    monkeypatch.setattr(scheduler, "call_command", call_command)
    assert scheduler.run_job("publish_scheduled") is False
    assert scheduler.run_job("flush_view_counts") is False
    outage, bug = caplog.records
    assert outage.getMessage() == (
        "scheduler: publish_scheduled failed (OperationalError: server closed the connection "
        "unexpectedly); next round retries"
    )
    assert outage.exc_info is None
    assert bug.exc_info is not None  # an unexpected error keeps its traceback
    assert closed == [True, True]  # after each failure the next round opens new connections

    monkeypatch.setattr(scheduler, "call_command", lambda name, **options: None)
    assert scheduler.run_job("publish_scheduled") is True


def test_the_task_worker_logs_a_line_per_task_only_when_asked():
    import logging

    from broadsheet.core.management.commands.task_worker import Command

    task_loggers = [logging.getLogger("django_tasks"), logging.getLogger("django_tasks_db")]
    levels = [log.level for log in task_loggers]
    try:
        Command().configure_logging(1)  # as serve runs it: failures and outages only
        assert [log.level for log in task_loggers] == [logging.WARNING, logging.WARNING]
        Command().configure_logging(2)
        assert [log.level for log in task_loggers] == [logging.INFO, logging.INFO]
    finally:
        for log, level in zip(task_loggers, levels, strict=True):
            log.setLevel(level)
