"""A real outage: the site runs under granian against a PostgreSQL server of the test's own,
which is killed (``pg_ctl stop -m immediate``) and started again while the site keeps running.

Slow by nature (the migrations run once into the new server, about a minute here), so it is
one test walking through the outage; ``-m "not fault"`` leaves it out of a quick run.
"""

import http.client
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..outages import PostgresServer, free_port

pytestmark = pytest.mark.fault

REPO = Path(__file__).resolve().parents[2]
MAX_AGE = 3

SEED = """
import json
import django
django.setup()
from tests.factories import ArticlePageFactory, AuthorFactory, HomePageFactory
from tests.factories import SectionPageFactory, translate
home = HomePageFactory()
section = SectionPageFactory(parent=home, title="World", slug="world")
article = ArticlePageFactory(
    parent=section, title="Harbour wall holds", authors=[AuthorFactory()], tags=["floods"]
)
translate(home, "ar", title="برودشيت")
# Created on first use otherwise, which purges the page cache during that first request.
from broadsheet.core.models import SiteSettings
SiteSettings.for_site(home.get_site())
print(json.dumps({"article": article.url, "section": section.url}))
"""


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self):
        return self.body.decode()


@dataclass
class Site:
    database: PostgresServer
    server: subprocess.Popen
    port: int
    urls: dict

    def get(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            headers = {name.lower(): value for name, value in response.getheaders()}
            return Answer(response.status, headers, response.read())
        finally:
            connection.close()


def _wait_for(port, process, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"granian exited: {log.read_text()[-2000:]}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/health/")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
        finally:
            connection.close()
    pytest.fail(f"granian did not answer in 60 s: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    database = PostgresServer()
    server = None
    try:
        database.start()
        database.create_database()
        env = {
            name: value
            for name, value in os.environ.items()
            if name not in {"REDIS_URL", "PAGE_CACHE_REDIS_URL"}  # its own local-memory caches
        }
        env.update(
            DATABASE_URL=database.url,
            DJANGO_SETTINGS_MODULE="broadsheet.settings.test",
            PAGE_CACHE_MAX_AGE=str(MAX_AGE),
            PYTHONPATH=str(REPO),
        )
        manage = [sys.executable, str(REPO / "manage.py")]
        subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=REPO)
        seeded = subprocess.run(
            [sys.executable, "-c", SEED],
            env=env,
            check=True,
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        urls = json.loads(seeded.stdout.strip().splitlines()[-1])
        port = free_port()
        log = tmp_path_factory.mktemp("granian") / "server.log"
        granian = Path(sys.executable).parent / "granian"
        with log.open("w") as out:
            server = subprocess.Popen(
                [
                    str(granian),
                    "--interface=wsgi",
                    "--host=127.0.0.1",
                    f"--port={port}",
                    "--workers=1",
                    "--no-access-log",
                    "broadsheet.wsgi:application",
                ],
                env=env,
                cwd=REPO,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        _wait_for(port, server, log)
        yield Site(database, server, port, urls)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        database.remove()


def assert_unavailable(answer, content_type):
    assert answer.status == 503, (answer.status, answer.body[:300])
    assert answer.headers["retry-after"] == "30"
    assert "no-store" in answer.headers["cache-control"]
    assert answer.headers["content-type"].startswith(content_type)
    assert b"Traceback" not in answer.body


def test_outage_serves_stale_pages_and_503s_then_recovers_without_restart(site):
    article, section = site.urls["article"], site.urls["section"]
    stored = site.get(article)
    assert (stored.status, stored.headers.get("x-cache")) == (200, "miss")
    assert site.get(article).headers.get("x-cache") == "hit"
    assert site.get("/ar/").status == 200
    time.sleep(MAX_AGE + 0.5)  # the stored copy is past its max-age: no longer a hit

    site.database.stop(mode="immediate")

    stale = site.get(article)
    assert (stale.status, stale.headers.get("x-cache")) == (200, "stale")
    assert stale.body == stored.body
    assert int(stale.headers["age"]) >= MAX_AGE
    assert stale.headers["warning"].startswith("110")

    english = site.get("/en/search/?q=harbour")
    assert_unavailable(english, "text/html")
    assert '<html lang="en" dir="ltr">' in english.text
    assert "Temporarily unavailable" in english.text

    arabic = site.get("/ar/search/?q=harbour")
    assert_unavailable(arabic, "text/html")
    assert '<html lang="ar" dir="rtl">' in arabic.text
    assert "الخدمة غير متاحة مؤقتاً" in arabic.text

    assert_unavailable(site.get(section), "text/html")  # never stored, so nothing stale

    api = site.get("/api/v1/editions")
    assert_unavailable(api, "application/json")
    assert json.loads(api.body) == {"detail": "Temporarily unavailable"}
    assert api.headers["access-control-allow-origin"] == "*"

    for feed in ("/en/feeds/rss.xml", "/sitemap.xml"):
        assert_unavailable(site.get(feed), "text/plain")

    site.database.start()

    # The very next requests succeed, in the same server process.
    assert site.get("/en/search/?q=harbour").status == 200
    assert site.get("/ar/search/?q=harbour").status == 200
    assert site.get(section).status == 200
    assert site.get("/api/v1/editions").status == 200
    assert site.get("/en/feeds/rss.xml").status == 200
    fresh = site.get(article)
    assert (fresh.status, fresh.headers.get("x-cache")) == (200, "miss")
    assert site.server.poll() is None
