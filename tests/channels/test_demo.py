import io
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from broadsheet.channels.models import LiveChannelPage
from broadsheet.core.management.commands import serve
from broadsheet.demo.channels import build_channels, load_channels

from ..factories import translate

DEMO = Path(settings.BASE_DIR) / "demo"


def test_shipped_channel_data_validates():
    data = load_channels(DEMO)
    assert data["stream"] == "demo"
    assert {"en", "ar"} <= set(data["channels"])
    assert all(channel["shows"] for channel in data["channels"].values())


@pytest.mark.django_db
def test_demo_channels_per_edition_with_a_schedule_around_now(client, home):
    arabic = translate(home, "ar", title="الصحيفة")
    data = load_channels(DEMO)
    now = timezone.now()
    assert build_channels(SimpleNamespace(now=now), data) == 2
    for edition in (home, arabic):
        channel = LiveChannelPage.objects.child_of(edition).get()
        assert channel.live and channel.stream_name == "demo"
        current, upcoming = channel.now_and_next(now)
        assert current is not None and upcoming is not None
        assert channel.shows.filter(ends_at__gt=now + timedelta(hours=5)).exists()
    ar_channel = LiveChannelPage.objects.child_of(arabic).get()
    assert ar_channel.title == data["channels"]["ar"]["title"]

    # Again: nothing new while the schedule runs; a new one once it is over.
    first_shows = set(ar_channel.shows.values_list("pk", flat=True))
    assert build_channels(SimpleNamespace(now=now), data) == 0
    assert set(ar_channel.shows.values_list("pk", flat=True)) == first_shows
    later = now + timedelta(hours=8)
    with time_machine.travel(later, tick=False):
        assert build_channels(SimpleNamespace(now=later), data) == 0
        assert LiveChannelPage.objects.child_of(arabic).get().now_and_next(later)[0] is not None


def test_demo_stream_writes_a_live_playlist_and_stops_on_ctrl_c(tmp_path):
    env = {
        **os.environ,
        "BROADSHEET_VAR_DIR": str(tmp_path),
        "CHANNELS_STREAM_ROOT": str(tmp_path / "live"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "broadsheet", "demo_stream"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    playlist = tmp_path / "live" / "demo" / "index.m3u8"
    try:
        deadline = time.monotonic() + 30
        while not (playlist.exists() and "#EXTINF" in playlist.read_text()):
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "no live playlist written"
            time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("on", [True, False], ids=["setting on", "setting off"])
def test_serve_runs_the_demo_stream_only_when_asked(monkeypatch, settings, on):
    settings.CHANNELS_DEMO_STREAM = on
    started = []

    class FakeSupervisor:
        def __init__(self, children):
            started.extend(child.name for child in children)

        def run(self):
            return signal.SIGINT

    monkeypatch.setattr(serve, "Supervisor", FakeSupervisor)
    monkeypatch.setattr(serve, "prepare_exit", lambda: None)
    monkeypatch.setattr(serve, "ensure_port_free", lambda host, port: None)
    call_command("serve", port=8629, stdout=io.StringIO())
    assert ("demo live stream" in started) is on
    assert {"web server", "task worker", "scheduler"} <= set(started)
