import logging
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections, connections
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from broadsheet.core.supervisor import one_line, prepare_exit

logger = logging.getLogger("broadsheet.core.serve")

# Run in this order every round; each failure is logged and retried the next round.
# requeue_webhooks sends again deliveries a stopped task worker left pending.
# channel_boundaries empties stored pages when a live channel goes on or off the air.
JOBS = ("publish_scheduled", "flush_view_counts", "requeue_webhooks", "channel_boundaries")
OUTAGES = (DatabaseError, RedisConnectionError, RedisTimeoutError, OSError)


class Command(BaseCommand):
    help = (
        "Publish scheduled pages and flush Most read, every minute. "
        "Every --interval seconds, publish pages whose scheduled time has come, write the "
        "Most read view counts to the database and re-queue stranded webhook deliveries. "
        "`broadsheet serve` runs it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=60.0, help="Seconds between rounds (default 60)."
        )

    def handle(self, *args, interval, **options):
        stop = threading.Event()

        def request_stop(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        while not stop.is_set():
            for job in JOBS:
                run_job(job)
            stop.wait(interval)
        prepare_exit()


def run_job(name):
    """Run one management command; an error is logged and leaves no broken connection."""
    close_old_connections()
    try:
        call_command(name, verbosity=0)
    except OUTAGES as exc:
        logger.warning("scheduler: %s failed (%s); next round retries", name, one_line(exc))
    except Exception:  # keep the loop alive; the next round retries
        logger.exception("scheduler: %s failed; next round retries", name)
    else:
        return True
    # After an error Django may keep a connection that is broken or inside a failed
    # transaction; the next round opens a fresh one.
    connections.close_all()
    return False
