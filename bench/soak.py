"""Soak: `broadsheet serve` under a steady mixed load, with 0 errors and 0 lost view counts.

Not a test. Builds a site of its own (a SQLite file in a temporary directory, or with
``--postgres`` the database ``broadsheet_soak`` and Redis db 12), migrates it, builds the demo
(``broadsheet demo --articles N``), starts ``broadsheet serve`` on a free port of 127.0.0.1
with ``TRUSTED_PROXY_COUNT=1`` and drives ``--connections`` keep-alive connections for
``--duration`` seconds over a weighted mix:

    page    cached pages: edition home, section fronts, articles (page-cache hits)
    read    a reader opening an article (cached) and sending its view beacon, as
            view-beacon.js does: an empty POST to /beacon/views/<id>/ (beacon)
    miss    home or section with a query parameter outside PAGE_CACHE_QUERY_PARAMS
    search  /<lang>/search/?q=...
    feed    edition, section and Atom feeds
    api     /api/v1/: article lists, an article, top stories, most read, search

Every request comes from a simulated reader (its own X-Forwarded-For address and a browser
user agent), so per-client budgets (API_RATE_LIMIT, MOST_READ_BEACON_RATE) are not what is
measured; now and then a reader reads an article again, whose beacon must not count twice.
A connection answered 503 with Retry-After (load shedding) waits that long, as a real client
backs off, and such answers are reported apart.

ERRORS: connection errors, timeouts, any 5xx except shedding's 503 + Retry-After, any 4xx.
LOST VIEW COUNTS: after the load, the server is stopped and ``broadsheet flush_view_counts``
run; the views in the database (sum of ArticleViewCount.views) must equal the distinct
(reader, article) pairs whose beacon was answered 204 (the beacon does not say whether it
counted; the window, MOST_READ_VIEW_WINDOW, is an hour, longer than a run). Exits 1 on any
error or any difference. Stops by itself: every request has a timeout, load processes are
joined with a deadline and terminated after it, the server is stopped in ``finally``.

    .venv/bin/python bench/soak.py                       # 5 minutes on SQLite
    .venv/bin/python bench/soak.py --postgres            # PostgreSQL + Redis db 12
    .venv/bin/python bench/soak.py --duration 5          # a smoke run
"""

import argparse
import collections
import http.client
import json
import multiprocessing
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUEST_TIMEOUT = 30
START_TIMEOUT = 120
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/broadsheet_soak"
REDIS_URL = "redis://127.0.0.1:6379/12"
WEIGHTS = {"page": 60, "read": 10, "miss": 6, "search": 4, "feed": 10, "api": 10}
# How often a reader reads an article it has read before (a reload: its beacon must not count).
REREAD = 0.1
# Beacons one simulated reader sends at most before the next reader takes the connection,
# far below MOST_READ_BEACON_RATE (30 a minute).
READS_PER_READER = 4
USER_AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
WORDS = ["harbour", "council", "flood", "election", "market", "river", "school", "energy"]
SITE_QUERY = """
import json
from broadsheet.newsroom.models import ArticlePage, HomePage, SectionPage
home = HomePage.objects.live().filter(locale__language_code="en").first()
sections = [s.url for s in SectionPage.objects.live().public().descendant_of(home)]
articles = [(a.pk, a.url) for a in ArticlePage.objects.published().descendant_of(home)]
print(json.dumps({"home": home.url, "sections": sections, "articles": articles}))
"""
VIEWS_QUERY = """
from django.db.models import Sum
from broadsheet.newsroom.models import ArticleViewCount
print(ArticleViewCount.objects.aggregate(n=Sum("views"))["n"] or 0)
"""


def free_port():
    # page_cache.py has the same helpers, but importing it sets Django up in this process,
    # which must not read the caller's DATABASE_URL: the site here is the soak's own.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


def broadsheet(env, *args, capture=False):
    """Run a ``broadsheet`` command with the soak's environment; its last line if captured."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "broadsheet", *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=capture,
        text=True,
        timeout=900,
    )
    return result.stdout.strip().splitlines()[-1] if capture else None


def prepare(args, workdir):
    """The server's environment, after migrating and building the demo into a fresh site."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "REDIS_", "PAGE_CACHE_", "CACHE_"))
    }
    env.update(
        BROADSHEET_VAR_DIR=str(workdir),
        SECRET_KEY="soak-" + "x" * 50,
        TRUSTED_PROXY_COUNT="1",
        DJANGO_SETTINGS_MODULE="broadsheet.settings.base",
    )
    if args.postgres:
        import psycopg  # the project's own driver

        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
            c.execute("DROP DATABASE IF EXISTS broadsheet_soak WITH (FORCE)")
            c.execute("CREATE DATABASE broadsheet_soak")
        # Our own key prefixes in our own Redis db: nothing of an earlier run is read, and
        # nothing is flushed.
        run = f"soak{int(time.time())}"
        env.update(
            DATABASE_URL=POSTGRES_URL,
            REDIS_URL=REDIS_URL,
            CACHE_KEY_PREFIX=run,
            PAGE_CACHE_KEY_PREFIX=f"{run}-pages",
        )
    else:
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'soak.sqlite3'}"
    started = time.monotonic()
    broadsheet(env, "migrate", "--noinput", "-v", "0")
    broadsheet(env, "demo", "--articles", str(args.articles))
    broadsheet(env, "collectstatic", "--noinput", "-v", "0")
    log(f"site built in {time.monotonic() - started:.0f} s")
    return env


class Serve:
    """``broadsheet serve`` in its own process group, stopped (SIGTERM, then SIGKILL) on exit.
    Also live_poll.py's server."""

    def __init__(self, env, workers, start_timeout=START_TIMEOUT):
        self.port = free_port()
        self.env = env
        self.start_timeout = start_timeout
        self.command = [
            *(sys.executable, "-m", "broadsheet", "serve"),
            *("--host", "127.0.0.1", "--port", str(self.port), "--workers", str(workers)),
        ]
        self.process = None

    def __enter__(self):
        self.log = open(Path(self.env["BROADSHEET_VAR_DIR"]) / "serve.log", "wb")
        self.process = subprocess.Popen(  # noqa: S603
            self.command,
            env=self.env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"broadsheet serve exited with {self.process.returncode}")
            try:
                if self.get("/health/ready")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.5)
        self.stop()
        raise TimeoutError(f"broadsheet serve did not answer within {self.start_timeout} s")

    def get(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        try:
            connection.request("GET", path, headers={"User-Agent": USER_AGENTS[0]})
            response = connection.getresponse()
            response.read()
            return response.status, response.getheader("X-Cache")
        finally:
            connection.close()

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=30)
        self.log.close()

    def __exit__(self, *exc_info):
        self.stop()


def targets(site):
    """URLs of each kind of request, from the demo site's pages."""
    home, sections, articles = site["home"], site["sections"], site["articles"]
    lang = home.strip("/").split("/")[0]
    section_paths = [url[len(home) :].strip("/") for url in sections]
    return {
        "page": [home, *sections, *(url for _, url in articles)],
        "feed": [
            f"/{lang}/feeds/rss.xml",
            f"/{lang}/feeds/atom.xml",
            *(f"/{lang}/feeds/sections/{path}/rss.xml" for path in section_paths),
        ],
        "api": [
            f"/api/v1/articles?edition={lang}",
            f"/api/v1/articles?edition={lang}&limit=5",
            f"/api/v1/editions/{lang}/top-stories",
            f"/api/v1/editions/{lang}/most-read",
            *(f"/api/v1/articles/{pk}" for pk, _ in articles),
        ],
        "articles": articles,
        "fronts": [home, *sections],
        "lang": lang,
    }


class Reader:
    """One simulated client: an address (sent as X-Forwarded-For) and a user agent."""

    def __init__(self, number, slot, rng):
        # 10.x.y.z: 6 bits of connection, 18 bits of reader, unique in a run.
        value = (slot & 63) << 18 | (number & 0x3FFFF)
        self.address = f"10.{value >> 16}.{value >> 8 & 255}.{value & 255}"
        self.agent = rng.choice(USER_AGENTS)
        self.read = []
        self.beacons = 0

    def headers(self):
        return {"X-Forwarded-For": self.address, "User-Agent": self.agent}


def load(port, slots, targets, deadline, pause, seed, results):
    """The connections of one load process, each a thread; puts its results on ``results``."""
    lock = threading.Lock()
    stats = collections.defaultdict(
        lambda: {"latency": [], "status": collections.Counter(), "cache": collections.Counter()}
    )
    errors = collections.Counter()
    beacons = []  # (reader address, agent, article id, status)

    def connection_loop(slot):
        rng = random.Random(seed * 1000 + slot)
        kinds, weights = zip(*WEIGHTS.items(), strict=True)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        number = 0
        reader = Reader(number, slot, rng)
        sequence = 0

        def request(kind, method, path, headers):
            nonlocal connection
            started = time.perf_counter()
            try:
                connection.request(method, path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as exc:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
                with lock:
                    stats[kind]["status"]["error"] += 1
                    errors[f"{kind} {method} {path}: {type(exc).__name__} {exc}"[:200]] += 1
                return None
            elapsed = (time.perf_counter() - started) * 1000
            status = response.status
            retry_after = response.getheader("Retry-After")
            label = str(status)
            if status == 503 and retry_after:
                label = "503 shed"
            with lock:
                stats[kind]["latency"].append(elapsed)
                stats[kind]["status"][label] += 1
                stats[kind]["cache"][response.getheader("X-Cache") or "-"] += 1
                if status >= 400 and label != "503 shed":
                    errors[f"{kind} {method} {path}: {status}"] += 1
            if label == "503 shed":  # a real client backs off for as long as it is told
                try:
                    wait = float(retry_after)
                except ValueError:
                    wait = 1.0
                time.sleep(max(0.0, min(wait, deadline - time.monotonic())))
            return status

        while time.monotonic() < deadline:
            sequence += 1
            kind = rng.choices(kinds, weights)[0]
            if kind == "read":
                if reader.beacons >= READS_PER_READER:
                    number += 1
                    reader = Reader(number, slot, rng)
                if reader.read and rng.random() < REREAD:
                    article_id, url = rng.choice(reader.read)
                else:
                    article_id, url = rng.choice(targets["articles"])
                if request("page", "GET", url, reader.headers()) == 200:
                    reader.beacons += 1
                    reader.read.append((article_id, url))
                    status = request(
                        "beacon",
                        "POST",
                        f"/beacon/views/{article_id}/",
                        {**reader.headers(), "Content-Length": "0"},
                    )
                    with lock:
                        beacons.append((reader.address, reader.agent, article_id, status))
            else:
                if kind == "page":
                    path = rng.choice(targets["page"])
                elif kind == "miss":
                    path = f"{rng.choice(targets['fronts'])}?ref=soak-{slot}-{sequence}"
                elif kind == "search":
                    words = rng.sample(WORDS, rng.choice((1, 2)))
                    path = f"/{targets['lang']}/search/?q={'+'.join(words)}"
                else:
                    path = rng.choice(targets[kind])
                    if kind == "api" and rng.random() < 0.25:
                        path = f"/api/v1/search?q={rng.choice(WORDS)}&edition={targets['lang']}"
                # Every other request from a passer-by of its own: per-client budgets (the
                # API's) are not what is measured.
                number += 1
                request(kind, "GET", path, Reader(number, slot, rng).headers())
            if pause:
                time.sleep(rng.uniform(0, 2 * pause))
        connection.close()

    threads = [threading.Thread(target=connection_loop, args=(slot,)) for slot in slots]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(
        {
            "stats": {
                kind: {k: dict(v) if k != "latency" else v for k, v in value.items()}
                for kind, value in stats.items()
            },
            "errors": dict(errors),
            "beacons": beacons,
        }
    )


def drive(server, urls, args):
    """Run the load processes; their merged results."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    deadline_wall = time.time() + args.duration
    slots = list(range(args.connections))
    processes = [
        context.Process(
            target=load_in_child,
            args=(server.port, slots[i :: args.processes], urls, deadline_wall, args, i, results),
        )
        for i in range(args.processes)
    ]
    for process in processes:
        process.start()
    merged = {"stats": {}, "errors": collections.Counter(), "beacons": []}
    for _ in processes:
        part = results.get(timeout=args.duration + REQUEST_TIMEOUT + 120)
        for kind, value in part["stats"].items():
            into = merged["stats"].setdefault(
                kind,
                {"latency": [], "status": collections.Counter(), "cache": collections.Counter()},
            )
            into["latency"] += value["latency"]
            into["status"].update(value["status"])
            into["cache"].update(value["cache"])
        merged["errors"].update(part["errors"])
        merged["beacons"] += part["beacons"]
    for process in processes:
        process.join(30)
        if process.is_alive():
            process.terminate()
    return merged


def load_in_child(port, slots, urls, deadline_wall, args, index, results):
    # monotonic clocks are per boot, not per process, but pass wall time to be safe.
    deadline = time.monotonic() + max(0.0, deadline_wall - time.time())
    load(port, slots, urls, deadline, args.pause / 1000, args.seed + index, results)


def machine():
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    calibration = time.perf_counter() - started
    loads = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"load average {loads}, calibration {calibration:.2f} s"


def report(merged, args, duration, views_expected, views_counted, pairs_204):
    print(
        f"\n{args.connections} connections for {duration:.0f} s, "
        f"{'PostgreSQL + Redis' if args.postgres else 'SQLite, no Redis'}, "
        f"broadsheet serve --workers {args.workers}, {args.articles} demo articles\n"
    )
    print("| kind | requests | req/s | statuses | X-Cache | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---|---|---:|---:|---:|")
    total = 0
    for kind in ("page", "miss", "search", "feed", "api", "beacon"):
        value = merged["stats"].get(kind)
        if not value:
            continue
        latency = value["latency"]
        requests = sum(value["status"].values())
        total += requests
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(value["status"].items()))
        cache = ", ".join(f"{k}: {v}" for k, v in sorted(value["cache"].items()))
        timing = (
            f"{percentile(latency, 0.5):.1f} | {percentile(latency, 0.99):.1f} | {max(latency):.0f}"
            if latency
            else "- | - | -"
        )
        print(
            f"| {kind} | {requests} | {requests / duration:.1f} | {statuses} | {cache} | {timing} |"
        )
    shed = sum(v["status"].get("503 shed", 0) for v in merged["stats"].values())
    errors = sum(merged["errors"].values())
    print(f"\ntotal requests: {total} ({total / duration:.0f}/s); shed (503 + Retry-After): {shed}")
    print(f"ERRORS: {errors}")
    for message, count in sorted(merged["errors"].items(), key=lambda item: -item[1])[:20]:
        print(f"  {count} × {message}")
    beacons = merged["beacons"]
    answered = collections.Counter(str(status) for *_, status in beacons)
    answers = ", ".join(f"{k}: {v}" for k, v in sorted(answered.items()))
    print(
        f"beacons sent: {len(beacons)} ({answers})"
        f"; answered 204 for a (reader, article) already counted: {pairs_204 - views_expected}"
    )
    lost = views_expected - views_counted
    print(f"views expected (distinct reader-article pairs answered 204): {views_expected}")
    print(f"views in the database after flush_view_counts: {views_counted}")
    print(f"LOST VIEW COUNTS: {lost}" + (" (negative: counted twice)" if lost < 0 else ""))
    return errors, lost


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=300, help="seconds of load")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--processes", type=int, default=2, help="load generator processes")
    parser.add_argument("--workers", type=int, default=2, help="broadsheet serve --workers")
    parser.add_argument("--articles", type=int, default=20, help="demo articles to build")
    parser.add_argument(
        "--pause",
        type=float,
        default=1000,
        help="mean ms a connection waits between requests (a reader reading; 0: none)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", action="store_true", help=f"{POSTGRES_URL}, {REDIS_URL}")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="broadsheet-soak-"))
    try:
        log(f"before: {machine()}; site in {workdir}")
        env = prepare(args, workdir)
        site = json.loads(broadsheet(env, "shell", "-c", SITE_QUERY, capture=True))
        urls = targets(site)
        with Serve(env, args.workers) as server:
            log(f"broadsheet serve on 127.0.0.1:{server.port}")
            for kind in ("page", "feed", "api"):  # every URL answers, and pages are stored
                for path in urls[kind]:
                    status, _ = server.get(path)
                    if status != 200:
                        sys.exit(f"{path} answered {status} before the load: wrong URL list")
            log(f"load: {args.connections} connections for {args.duration:.0f} s")
            started = time.monotonic()
            merged = drive(server, urls, args)
            duration = time.monotonic() - started
            log(f"load done; stopping the server ({machine()})")
        broadsheet(env, "flush_view_counts")
        views_counted = int(broadsheet(env, "shell", "-c", VIEWS_QUERY, capture=True))
        answered = [(a, ua, pk) for a, ua, pk, status in merged["beacons"] if status == 204]
        errors, lost = report(
            merged, args, duration, len(set(answered)), views_counted, len(answered)
        )
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(1 if errors or lost else 0)


if __name__ == "__main__":
    main()
