import logging
import shutil
import signal
import subprocess
import threading

from django.conf import settings
from django.core.management.base import BaseCommand

from ...encoder import DEMO_STREAM, pattern_stream_command
from ...streams import stream_dir

logger = logging.getLogger("broadsheet.channels")


class Command(BaseCommand):
    help = (
        "Feed the demo live channels: ffmpeg writes a test pattern and a tone as a live HLS "
        "stream into the pushed stream 'demo' until stopped. `broadsheet serve` runs it when "
        "CHANNELS_DEMO_STREAM is on (`make run` turns it on)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", default=DEMO_STREAM, help="The pushed stream's name.")

    def handle(self, *args, name, **options):
        stop = threading.Event()
        encoder = None

        def request_stop(signum, frame):
            stop.set()
            if encoder is not None and encoder.poll() is None:
                encoder.terminate()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        if shutil.which(settings.VIDEO_FFMPEG_BINARY) is None:
            # Waits instead of exiting, so that `broadsheet serve` does not restart it forever.
            logger.warning(
                "demo_stream: %s not found (make system-deps installs it); the demo channels "
                "stay off the air",
                settings.VIDEO_FFMPEG_BINARY,
            )
            stop.wait()
            return
        directory = stream_dir(name)
        directory.mkdir(parents=True, exist_ok=True)
        # What a killed ffmpeg left (it deletes only the segments it wrote itself).
        for stale in (*directory.glob("seg_*.ts"), *directory.glob("index.m3u8*")):
            stale.unlink(missing_ok=True)
        encoder = subprocess.Popen(pattern_stream_command(directory))  # noqa: S603 (our arguments)
        if stop.is_set():
            encoder.terminate()
        self.stdout.write(f"Demo live stream: writing {directory} (Ctrl-C stops it)")
        self.stdout.flush()
        returncode = encoder.wait()
        if not stop.is_set() and returncode:
            raise SystemExit(f"demo_stream: ffmpeg stopped ({returncode})")
