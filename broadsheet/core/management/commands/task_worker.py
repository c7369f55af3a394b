import logging
import time

from django.db import DatabaseError, connections
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import TASKS_LOGGER, Worker
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from broadsheet.core.supervisor import one_line, prepare_exit

logger = logging.getLogger("broadsheet.core.serve")

RETRY_FIRST = 1.0
RETRY_MAX = 10.0
HEALTHY_AFTER = 30.0


class OutageTolerantWorker(Worker):
    """django-tasks' database worker, waiting out database outages instead of exiting."""

    def shutdown(self, signum, frame):
        prepare_exit()
        super().shutdown(signum, frame)

    def run(self):
        delay = RETRY_FIRST
        while self.running:
            started = time.monotonic()
            try:
                super().run()
                return
            except DatabaseError as exc:
                if time.monotonic() - started >= HEALTHY_AFTER:
                    delay = RETRY_FIRST
                logger.warning(
                    "task worker: database unavailable (%s); retrying in %g s", one_line(exc), delay
                )
                # A connection broken by the outage is never reused.
                connections.close_all()
                time.sleep(delay)
                delay = min(delay * 2, RETRY_MAX)
                self.startup_delay = False


class Command(DatabaseWorkerCommand):
    help = (
        "Run the background task worker. "
        "Runs django-tasks' database worker (the options of db_worker); a database outage is "
        "logged and waited out. `broadsheet serve` runs it."
    )

    def configure_logging(self, verbosity):
        """As db_worker, one step quieter: a line per task only from -v 2 (a demo build
        queues thousands); failures and outages are always logged."""
        super().configure_logging(verbosity - 1 if verbosity else 0)
        if verbosity == 1:
            for name in (TASKS_LOGGER, db_worker.logger.name):
                logging.getLogger(name).setLevel(logging.WARNING)

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        max_tasks,
        worker_id,
        exclude_queues,
        **options,
    ):
        self.configure_logging(verbosity)
        worker = OutageTolerantWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        worker.configure_signals()
        worker.run()
