"""The process supervisor behind ``broadsheet serve``.

Each child (web server, task worker, scheduler) runs in its own session, so that stopping or
replacing it reaches everything it started (granian's workers included). A child that dies is
started again after a delay that doubles up to a cap, and starts over from the first delay
once it has run for a healthy period; the others are left alone.
"""

import ctypes
import errno
import gc
import logging
import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass

logger = logging.getLogger("broadsheet.core.serve")

BACKOFF_FIRST = 1.0
BACKOFF_MAX = 30.0
HEALTHY_AFTER = 30.0
# SIGTERM to SIGKILL: what a child gets to finish its requests or its task when serve stops.
STOP_GRACE = 6.0
POLL_INTERVAL = 0.5

_PR_SET_PDEATHSIG = 1


class PortInUse(Exception):
    """The address serve was asked to listen on cannot be bound."""


def ensure_port_free(host, port):
    """Bind host:port once without SO_REUSEPORT, or raise PortInUse with a one-line reason.

    granian binds with SO_REUSEPORT, so a second server would otherwise share the port
    silently; a probe socket without it fails while anything at all listens there.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise PortInUse(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # Lets a restart bind over connections still in TIME_WAIT, never over a listener.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise PortInUse(
                    f"port {port} on {host} is already in use (another server is listening "
                    "there); stop it or choose another --port"
                ) from None
            raise PortInUse(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def describe_exit(returncode):
    """'exited with code 1' or 'killed by signal 9 (SIGKILL)'."""
    if returncode is not None and returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = "unknown"
        return f"killed by signal {-returncode} ({name})"
    return f"exited with code {returncode}"


def _die_with_parent():
    # Runs in the child between fork and exec: if serve itself is killed (kill -9, OOM), the
    # child gets SIGTERM instead of living on unsupervised and holding the port.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


@dataclass
class Child:
    """One supervised command and its restart state."""

    name: str
    argv: list
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    failures: int = 0
    start_at: float = 0.0


class Supervisor:
    """Start the children, restart those that die, stop them all on SIGINT or SIGTERM."""

    def __init__(
        self,
        children,
        *,
        backoff_first=BACKOFF_FIRST,
        backoff_max=BACKOFF_MAX,
        healthy_after=HEALTHY_AFTER,
        stop_grace=STOP_GRACE,
    ):
        self.children = list(children)
        self.backoff_first = backoff_first
        self.backoff_max = backoff_max
        self.healthy_after = healthy_after
        self.stop_grace = stop_grace
        self.stop_signal = None

    # Running

    def run(self):
        """Supervise until SIGINT or SIGTERM, then stop every child; returns the signal."""
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        os.set_blocking(write_end, False)
        previous = {
            signum: signal.signal(signum, self._on_signal)
            for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGCHLD)
        }
        previous_wakeup = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        selector = selectors.DefaultSelector()
        selector.register(read_end, selectors.EVENT_READ)
        try:
            for child in self.children:
                self.start(child)
            while self.stop_signal is None:
                selector.select(POLL_INTERVAL)
                self._drain(read_end)
                if self.stop_signal is None:
                    self.tick()
        finally:
            self.stop_all()
            signal.set_wakeup_fd(previous_wakeup)
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            selector.close()
            os.close(read_end)
            os.close(write_end)
        return self.stop_signal

    def _on_signal(self, signum, frame):
        if signum in (signal.SIGINT, signal.SIGTERM):
            if self.stop_signal is not None:
                # A second Ctrl-C while stopping: no more grace.
                self.stop_grace = 0
            self.stop_signal = signum

    @staticmethod
    def _drain(fd):
        try:
            while os.read(fd, 512):
                pass
        except BlockingIOError:
            pass

    def tick(self, now=None):
        """Notice children that exited, and start those whose restart delay has passed."""
        now = time.monotonic() if now is None else now
        for child in self.children:
            if child.process is not None and self._has_exited(child.process):
                self._reap(child, now)
            if child.process is None and now >= child.start_at:
                self.start(child)

    def start(self, child):
        """Start a child in a session of its own."""
        try:
            child.process = subprocess.Popen(  # noqa: S603 - our own argv, no shell
                child.argv,
                start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform == "linux" else None,
            )
        except OSError as exc:
            child.process = None
            self._schedule_restart(child, time.monotonic(), f"could not start: {exc.strerror}")
            return
        child.started_at = time.monotonic()
        logger.info("serve: started %s (pid %s)", child.name, child.process.pid)

    @staticmethod
    def _has_exited(process):
        # WNOWAIT leaves the exited child a zombie, so its pid (the group id of what it
        # started) cannot be reused before the group is cleaned up.
        try:
            return (
                os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
            )
        except ChildProcessError:
            return True

    def _reap(self, child, now):
        process = child.process
        # What the child left behind (granian workers whose main process died would keep
        # answering on the port) goes with it.
        _signal_group(process.pid, signal.SIGKILL)
        returncode = process.wait()
        child.process = None
        ran = now - child.started_at
        if ran >= self.healthy_after:
            child.failures = 0
        self._schedule_restart(child, now, f"{describe_exit(returncode)} after {ran:.1f} s")

    def _schedule_restart(self, child, now, reason):
        child.failures += 1
        delay = min(self.backoff_first * 2 ** (child.failures - 1), self.backoff_max)
        child.start_at = now + delay
        logger.warning("serve: %s %s; restarting in %g s", child.name, reason, delay)

    # Stopping

    def stop_all(self):
        """SIGTERM every child's process group, then SIGKILL what is left after the grace."""
        running = [child for child in self.children if child.process is not None]
        for child in running:
            _signal_group(child.process.pid, signal.SIGTERM)
        started = time.monotonic()
        pending = {child.process.pid: child for child in running}
        # stop_grace is read on every turn: a second Ctrl-C sets it to 0.
        while pending and time.monotonic() < started + self.stop_grace:
            for pid, child in list(pending.items()):
                child.process.poll()
                if child.process.returncode is not None and not _group_alive(pid):
                    del pending[pid]
                    logger.info(
                        "serve: %s stopped in %.1f s", child.name, time.monotonic() - started
                    )
            if pending:
                time.sleep(0.05)
        for pid, child in pending.items():
            logger.warning(
                "serve: %s did not stop in %g s; killing it", child.name, self.stop_grace
            )
            _signal_group(pid, signal.SIGKILL)
        for child in running:
            try:
                child.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                logger.error(
                    "serve: %s (pid %s) could not be killed", child.name, child.process.pid
                )
            child.process = None


def _signal_group(pgid, signum):
    try:
        os.killpg(pgid, signum)
    except (ProcessLookupError, PermissionError):
        pass


def _group_alive(pgid):
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def prepare_exit():
    """Make the interpreter's exit fast: its final garbage collections skip what exists now.

    Tearing down a process that has loaded Django and Wagtail spends seconds collecting
    objects that die with the process anyway; serve must stop everything within 10 s.
    """
    gc.freeze()


def one_line(exc):
    """An exception as one log line: its type and the first line of its message."""
    message = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {message[0]}" if message else type(exc).__name__
