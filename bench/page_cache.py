"""Latency of the full-page cache: hits, misses and no cache, through granian.

Not a test. Serves the site with granian exactly as `broadsheet serve` builds its command,
on 127.0.0.1 and a free port, against whatever DATABASE_URL and REDIS_URL are set, and
times sequential requests over one keep-alive connection (http.client):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bs_wt_pagecache \\
    REDIS_URL=redis://127.0.0.1:6379/9 .venv/bin/python bench/page_cache.py --runs 200

The database needs content (`broadsheet demo` or `broadsheet generate`) and collected
static files (`broadsheet collectstatic`). Scenarios, for a section front and an article:

    hit      page cache on, page stored: answered before Django is entered
    miss     page cache on, the page's path purged before each request: lookup, render, store
    off      a second server with PAGE_CACHE_ENABLED=0: Django alone, as before the cache

plus a static file served by WhiteNoise ahead of Django, for scale. Stops by itself: every
request has a timeout and granian is terminated in `finally`.
"""

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402

from broadsheet.core.management.commands.serve import Command as ServeCommand  # noqa: E402
from broadsheet.newsroom.models import ArticlePage, SectionPage  # noqa: E402
from broadsheet.pagecache.cache import purge_paths  # noqa: E402

REQUEST_TIMEOUT = 30
START_TIMEOUT = 60


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


class Server:
    """granian with the command `broadsheet serve` uses, stopped on exit whatever happens."""

    def __init__(self, workers, **env):
        self.port = free_port()
        self.command = ServeCommand().granian_command("127.0.0.1", self.port, workers)
        self.env = {**os.environ, **env}
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603
            self.command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            self.wait_until_serving()
        except BaseException:
            self.__exit__()
            raise
        return self

    def wait_until_serving(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"granian exited with {self.process.returncode}")
            try:
                if self.get("/health/")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"granian did not answer within {START_TIMEOUT} s")

    def __exit__(self, *exc_info):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)

    def get(self, path, connection=None):
        own = connection is None
        connection = connection or self.connect()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            return response.status, response.getheader("X-Cache")
        finally:
            if own:
                connection.close()

    def connect(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)


def measure(path, runs, scenarios):
    """Timings per scenario, taking turns request by request so that load from elsewhere
    on the machine falls on every scenario alike.

    ``scenarios``: (server, expected X-Cache, callable run before each request or None).
    """
    connections = [server.connect() for server, _, _ in scenarios]
    timings = [[] for _ in scenarios]
    try:
        for run in range(runs + 3):  # three to warm workers, connections and the cache
            for index, (server, expect_cache, before_each) in enumerate(scenarios):
                if before_each:
                    before_each()
                started = time.perf_counter()
                status, cache = server.get(path, connections[index])
                elapsed = (time.perf_counter() - started) * 1000
                if run < 3:
                    continue
                assert status == 200, (path, status)
                assert cache == expect_cache, (path, cache, expect_cache)
                timings[index].append(elapsed)
        return timings
    finally:
        for connection in connections:
            connection.close()


def pages():
    article = ArticlePage.objects.published().order_by("-published_at").first()
    if article is None:
        sys.exit("No published article: run `broadsheet demo` or `broadsheet generate` first.")
    section = SectionPage.objects.ancestor_of(article).live().last()
    return {"section front": section.url, "article": article.url}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    targets = pages()
    static = settings.STATIC_URL + staticfiles_storage.stored_name("broadsheet/css/site.css")
    rows = []
    with (
        Server(args.workers, PAGE_CACHE_ENABLED="1") as cached,
        Server(args.workers, PAGE_CACHE_ENABLED="0") as uncached,
    ):
        (timings,) = measure(static, args.runs, [(cached, None, None)])
        rows.append(("static file (WhiteNoise)", timings))
        for name, path in targets.items():
            (hit,) = measure(path, args.runs, [(cached, "hit", None)])
            miss, off = measure(
                path,
                args.runs,
                [
                    (cached, "miss", lambda path=path: purge_paths([path])),
                    (uncached, None, None),
                ],
            )
            rows += [(f"{name}: hit", hit), (f"{name}: miss", miss), (f"{name}: off", off)]

    cache = settings.CACHES[settings.PAGE_CACHE_ALIAS]["BACKEND"].rsplit(".", 1)[-1]
    database = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(
        f"\n{args.runs} sequential keep-alive requests each; {database}, page cache in {cache}, "
        f"granian --workers {args.workers}\n"
    )
    print("| scenario | p50 ms | p95 ms | max ms | mean req/s |")
    print("|---|---:|---:|---:|---:|")
    for name, timings in rows:
        print(
            f"| {name} | {statistics.median(timings):.2f} | {percentile(timings, 0.95):.2f} "
            f"| {max(timings):.2f} | {1000 / statistics.mean(timings):.0f} |"
        )
    for name, path in targets.items():
        print(f"\n{name}: {path}", end="")
    print()


if __name__ == "__main__":
    main()
