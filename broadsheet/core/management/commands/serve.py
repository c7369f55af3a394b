import signal
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from broadsheet.core.supervisor import (
    Child,
    PortInUse,
    Supervisor,
    ensure_port_free,
    prepare_exit,
)

# granian's own grace for its workers when it stops; below the supervisor's, so that granian
# normally finishes its shutdown before anything is killed.
WEB_WORKERS_KILL_TIMEOUT = 5
# Seconds the task worker waits before looking at an empty queue again. Publishing purges the
# page cache through a task, so this is most of the time from publish to fresh pages (the
# default, 1 s, made it 1-1.5 s); a look is one indexed query.
TASK_POLL_INTERVAL = 0.2


class Command(BaseCommand):
    help = (
        "Serve the site: web server, task worker and scheduler. Runs granian (WSGI), the "
        "background task worker and the every-minute scheduler; restarts whichever of them "
        "dies; stops all of them on Ctrl-C or SIGTERM."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default=settings.SERVE_HOST)
        parser.add_argument("--port", type=int, default=settings.SERVE_PORT)
        parser.add_argument("--workers", type=int, default=settings.WEB_WORKERS)
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=60.0,
            help="Seconds between runs of publish_scheduled and flush_view_counts.",
        )

    def handle(self, *args, host, port, workers, schedule_interval, **options):
        try:
            ensure_port_free(host, port)
        except PortInUse as exc:
            raise CommandError(str(exc)) from None
        broadsheet = [sys.executable, "-m", "broadsheet"]
        children = [
            Child("web server", self.granian_command(host, port, workers)),
            Child(
                "task worker",
                [*broadsheet, "task_worker", "--interval", str(TASK_POLL_INTERVAL)],
            ),
            Child("scheduler", [*broadsheet, "scheduler", "--interval", str(schedule_interval)]),
        ]
        if settings.CHANNELS_DEMO_STREAM:
            # ffmpeg feeding the demo live channels (the channels app's demo_stream).
            children.append(Child("demo live stream", [*broadsheet, "demo_stream"]))
        supervisor = Supervisor(children)
        self.stdout.write(f"Broadsheet is serving on http://{host}:{port}/ (Ctrl-C stops it)")
        self.stdout.flush()
        stopped_by = supervisor.run()
        prepare_exit()
        self.stdout.write(f"Stopped ({signal.Signals(stopped_by).name}).")

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
            str(WEB_WORKERS_KILL_TIMEOUT),
            "--respawn-failed-workers",
            # Django is synchronous: a few threads per worker keep the database busy
            # without queueing hundreds of requests inside one interpreter.
            "--blocking-threads",
            "8",
            # granian's backpressure caps the connections a worker holds open, not the requests
            # it runs: an idle keep-alive connection (a live page's reader between polls, a
            # proxy's pool) spends a slot too. At 64 a worker, 2,000 live readers queued behind
            # 128 open connections for seconds (bench/live_poll.py). Requests in flight are
            # bounded by the threads above and by load shedding (broadsheet/core/shedding.py).
            "--backpressure",
            str(settings.WEB_CONNECTIONS_PER_WORKER),
            "--backlog",
            str(settings.WEB_BACKLOG),
            # A client that has not sent its request headers within 10 s is dropped (slowloris).
            "--http1-header-read-timeout",
            "10000",
            # Static files are WhiteNoise's (broadsheet/core/staticfiles.py): granian's own
            # static serving sends no compressed copies.
        ]
        return [*command, "broadsheet.wsgi:application"]
