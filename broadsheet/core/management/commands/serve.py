import logging
import os
import signal
import subprocess
import sys
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

logger = logging.getLogger("broadsheet.core")


class Command(BaseCommand):
    help = (
        "Serve the site with granian (WSGI), run the background task worker, and publish "
        "scheduled pages and flush Most read view counts every minute. Stops all three on "
        "Ctrl-C or SIGTERM."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2")))
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=60.0,
            help="Seconds between runs of publish_scheduled.",
        )

    def handle(self, *args, host, port, workers, schedule_interval, **options):
        stop = threading.Event()
        web = subprocess.Popen(self.granian_command(host, port, workers))  # noqa: S603
        worker = subprocess.Popen([sys.executable, "-m", "broadsheet", "db_worker"])
        children = [web, worker]

        def shutdown(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, shutdown)
        signal.signal(signal.SIGINT, shutdown)
        self.stdout.write(f"Broadsheet is serving on http://{host}:{port}/ (Ctrl-C stops it)")
        try:
            while not stop.is_set():
                self.publish_scheduled()
                self.flush_view_counts()
                if any(child.poll() is not None for child in children):
                    self.stderr.write("A server process exited; stopping.")
                    break
                stop.wait(schedule_interval)
        finally:
            for child in children:
                if child.poll() is None:
                    child.terminate()
            for child in children:
                try:
                    child.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    child.kill()

    def granian_command(self, host, port, workers):
        command = [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            host,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--workers-kill-timeout",
            "30",
            "--respawn-failed-workers",
            # Django is synchronous: a few threads per worker keep the database busy
            # without queueing hundreds of requests inside one interpreter.
            "--blocking-threads",
            "8",
            "--backpressure",
            "64",
            # A client that has not sent its request headers within 10 s is dropped (slowloris).
            "--http1-header-read-timeout",
            "10000",
            "--static-path-route",
            settings.STATIC_URL.rstrip("/"),
            "--static-path-mount",
            str(settings.STATIC_ROOT),
            "--static-path-expires",
            "31536000",
        ]
        return [*command, "broadsheet.wsgi:application"]

    def publish_scheduled(self):
        try:
            call_command("publish_scheduled", verbosity=0)
        except Exception:  # keep serving; the next round retries
            logger.exception("publish_scheduled failed")

    def flush_view_counts(self):
        try:
            call_command("flush_view_counts", verbosity=0)
        except Exception:  # counts stay in Redis; the next round retries
            logger.exception("flush_view_counts failed")
