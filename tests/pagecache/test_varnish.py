"""Debian's Varnish with ``deploy/varnish.vcl`` on loopback, in front of the site under granian.

An editor process of its own (``cdn_editor.py``) publishes, unpublishes and restricts pages
on the served site's database with ``CDN_PURGE_URLS`` pointing at Varnish, so the purges go
through Wagtail's frontend cache and ``broadsheet.pagecache.cdn.CDNBackend``, as in
production (where the task worker sends them). Varnish must serve the change within a second
of it, and keep serving stored pages, marked stale, while the app is down.

The database is a copy of the test run's migrated SQLite database (no second migration run).
"""

import http.client
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import connection

from ..outages import free_port

# django_db: so that the run sets up the test database this module copies.
pytestmark = [pytest.mark.fault, pytest.mark.django_db]

REPO = Path(__file__).resolve().parents[2]
VCL = REPO / "deploy" / "varnish.vcl"
VARNISHD = "/usr/sbin/varnishd"
HOST = "news.example.test"  # BASE_URL's host in the test settings, the Site's hostname
FRESH_WITHIN = 1.0


@dataclass
class Answer:
    status: int
    headers: dict
    text: str


def get(port, path, *, method="GET", headers=None, source=None):
    conn = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=10, source_address=(source, 0) if source else None
    )
    try:
        conn.putrequest(method, _encoded(path), skip_host=True)
        for name, value in {"Host": HOST, **(headers or {})}.items():
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        return Answer(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            response.read().decode(errors="replace"),
        )
    finally:
        conn.close()


def _encoded(path):
    # As a browser sends an Arabic slug: UTF-8, percent-encoded.
    return "".join(c if c.isascii() else "".join(f"%{b:02X}" for b in c.encode()) for c in path)


def wait_for(condition, timeout, message):
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(0.05)


def copy_test_database(target):
    """The session's migrated test database, written to ``target`` (SQLite's backup API)."""
    if connection.vendor != "sqlite":
        pytest.fail("test_varnish copies the SQLite test database: run it without DATABASE_URL")
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()


class App:
    """granian serving the site on a spare port."""

    def __init__(self, env, log, port=None):
        self.port = port or free_port()
        self.log = log
        granian = Path(sys.executable).parent / "granian"
        with log.open("a") as out:
            self.process = subprocess.Popen(
                [
                    str(granian),
                    "--interface=wsgi",
                    "--host=127.0.0.1",
                    f"--port={self.port}",
                    "--workers=1",
                    "--no-access-log",
                    "broadsheet.wsgi:application",
                ],
                env=env,
                cwd=REPO,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait(self):
        def up():
            if self.process.poll() is not None:
                pytest.fail(f"granian exited: {self.log.read_text()[-2000:]}")
            try:
                return get(self.port, "/health/live").status == 200
            except OSError:
                return False

        wait_for(up, 60, f"granian did not answer: {self.log.read_text()[-2000:]}")

    def kill(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


class Varnish:
    def __init__(self, workdir, backend_port):
        if not os.path.exists(VARNISHD):
            pytest.fail(f"{VARNISHD} is missing: `make system-deps` installs Debian's varnish")
        self.port = free_port()
        self.workdir = workdir
        self.vcl = workdir / "broadsheet.vcl"
        self.set_backend(backend_port)
        self.process = subprocess.Popen(
            [
                VARNISHD,
                "-F",
                # No privilege separation: the test's files are its own, not Varnish's users'.
                "-j",
                "none",
                "-n",
                str(workdir / "varnish"),
                "-a",
                f"127.0.0.1:{self.port}",
                "-T",
                "127.0.0.1:0",
                "-f",
                str(self.vcl),
                "-s",
                "malloc,32m",
            ],
            stdout=(workdir / "varnish.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        wait_for(self._answers, 30, f"varnishd did not start: {self._log()}")

    def wait_for_backend(self):
        """Until Varnish's health probe has seen the app up."""
        wait_for(lambda: self.get("/health/live").status == 200, 10, "backend never healthy")

    def set_backend(self, port):
        text = VCL.read_text()
        assert '.port = "8000";' in text
        self.vcl.write_text(text.replace('.port = "8000";', f'.port = "{port}";'))

    def _log(self):
        return (self.workdir / "varnish.log").read_text()[-2000:]

    def _answers(self):
        if self.process.poll() is not None:
            pytest.fail(f"varnishd exited: {self._log()}")
        try:
            get(self.port, "/health/live")
            return True
        except OSError:
            return False

    def get(self, path, **kwargs):
        return get(self.port, path, **kwargs)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


class Editor:
    def __init__(self, env, log):
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("cdn_editor.py"))],
            env=env,
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("a"),
            text=True,
        )

    def __call__(self, op, **kwargs):
        self.process.stdin.write(json.dumps({"op": op, **kwargs}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            pytest.fail(f"editor exited: {self.log.read_text()[-3000:]}")
        return json.loads(line)["result"]

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def site(tmp_path_factory, django_db_setup, django_db_blocker):
    workdir = tmp_path_factory.mktemp("varnish")
    with django_db_blocker.unblock():
        copy_test_database(workdir / "site.sqlite3")
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "REDIS_URL", "PAGE_CACHE_REDIS_URL", "CDN_PURGE_URLS"}
    }
    env.update(
        DATABASE_URL=f"sqlite:///{workdir / 'site.sqlite3'}",
        DJANGO_SETTINGS_MODULE="tests.pagecache.cdn_settings",
        BROADSHEET_VAR_DIR=str(workdir),
        PYTHONPATH=str(REPO),
    )
    log = workdir / "app.log"
    app = App(env, log)
    varnish = editor = None
    try:
        varnish = Varnish(workdir, app.port)
        editor = Editor({**env, "CDN_PURGE_URLS": f"http://127.0.0.1:{varnish.port}"}, log)
        urls = editor("seed")
        app.wait()
        varnish.wait_for_backend()
        yield varnish, app, editor, urls, env
    finally:
        for running in (editor, varnish):
            if running is not None:
                running.stop()
        app.kill()
        shutil.rmtree(workdir / "varnish", ignore_errors=True)


def cached(varnish, path, contains):
    """Fetch ``path`` through Varnish until it is stored; return the hit."""
    first = varnish.get(path)
    assert first.status == 200, (first.status, first.text[:300])
    assert contains in first.text
    hit = varnish.get(path)
    assert hit.headers["x-cache"] == "hit", hit.headers
    assert contains in hit.text
    return hit


def seconds_until(varnish, path, condition):
    started = time.monotonic()
    wait_for(lambda: condition(varnish.get(path)), 5, f"{path} never changed in Varnish")
    return time.monotonic() - started


def test_varnish_serves_changes_within_a_second_and_stale_while_the_app_is_down(site):
    varnish, app, editor, urls, env = site
    story, section = urls["story"], urls["section"]

    # Publishing an update: the story (an Arabic slug) and its section front.
    cached(varnish, story, "Harbour wall holds")
    cached(varnish, section, "Harbour wall holds")
    editor("retitle", page_id=urls["story_id"], title="Harbour wall breached")
    assert seconds_until(varnish, story, lambda a: "Harbour wall breached" in a.text) < FRESH_WITHIN
    front = varnish.get(section)
    assert "Harbour wall breached" in front.text and "Harbour wall holds" not in front.text

    # Unpublishing: gone from the story's URL and from the front.
    cached(varnish, story, "Harbour wall breached")
    editor("unpublish", page_id=urls["story_id"])
    assert seconds_until(varnish, story, lambda a: a.status == 404) < FRESH_WITHIN
    assert "Harbour wall breached" not in varnish.get(section).text

    # A view restriction on a public story: readers get the password form, never the story.
    editor("publish", page_id=urls["story_id"])
    cached(varnish, story, "Harbour wall breached")
    editor("restrict", page_id=urls["story_id"])
    assert (
        seconds_until(varnish, story, lambda a: "Harbour wall breached" not in a.text)
        < FRESH_WITHIN
    )
    restricted = varnish.get(story)
    assert "password" in restricted.text.lower()
    assert varnish.get(story).headers["x-cache"] != "hit"

    # A byline is on every page: renaming the author empties the host in Varnish.
    cached(varnish, urls["other"], "Mira Okafor")
    editor("rename_author", author_id=urls["author_id"], name="Mira Okafor-Lind")
    assert (
        seconds_until(varnish, urls["other"], lambda a: "Mira Okafor-Lind" in a.text) < FRESH_WITHIN
    )

    # Purges only from the ACL: 127.0.0.2 is loopback, but not listed.
    refused = varnish.get(urls["other"], method="PURGE", source="127.0.0.2")
    assert refused.status == 405
    assert varnish.get(urls["other"]).headers["x-cache"] == "hit"

    # The app down: what Varnish holds is served past its max-age, marked stale; what it
    # does not hold gets a 503 at once.
    app.kill()
    short = App(
        {**env, "PAGE_CACHE_MAX_AGE": "1", "PAGE_CACHE_STALE_WHILE_REVALIDATE": "0"},
        app.log,
        port=app.port,
    )
    try:
        short.wait()
        varnish.wait_for_backend()
        home = cached(varnish, urls["home"], "Ferry timetable changes")
        assert "max-age=1," in home.headers["cache-control"]
    finally:
        short.kill()
    time.sleep(1.5)
    stale = varnish.get(urls["home"])
    assert stale.status == 200
    assert stale.headers["x-cache"] == "stale", stale.headers
    assert stale.headers["warning"] == '110 - "Response is Stale"'
    assert "Ferry timetable changes" in stale.text
    started = time.monotonic()
    missing = varnish.get(section + "?after=nothing-stored")
    assert missing.status == 503
    assert time.monotonic() - started < 5
