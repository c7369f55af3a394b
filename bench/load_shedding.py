"""Cached pages under a search flood, with and without load shedding, through granian.

Not a test. Serves the site with granian as `broadsheet serve` builds its command, on
127.0.0.1 and free ports, against whatever DATABASE_URL and REDIS_URL are set:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/broadsheet_redis \\
    REDIS_URL=redis://127.0.0.1:6379/4 .venv/bin/python bench/load_shedding.py

For each server (``--limits``: MAX_CONCURRENT_RENDERS at its default, then 0: no limit) it
times cached
hits of the edition home over one keep-alive connection, first idle, then while a separate
process keeps ``--flood`` connections busy with searches (a new query each time, never
cached, each client asking again as soon as it is answered, 503 or not; with ``--patient``
after waiting for Retry-After on a 503). It prints p50/p99 of the hits and what the searches
got. Stops by itself: every request has a timeout, the flood
runs for a fixed time and granian is terminated in `finally`.
"""

import argparse
import http.client
import multiprocessing
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from django.conf import settings
from page_cache import REQUEST_TIMEOUT, Server, percentile

from broadsheet.newsroom.models import HomePage

WORDS = ["harbour", "council", "flood", "election", "market", "river", "school", "energy"]


def flood(port, connections, seconds, results, patient=False):
    """``connections`` clients searching back to back for ``seconds`` (run in a child process,
    so its threads do not compete with the timed client for one interpreter)."""
    stop = time.monotonic() + seconds
    counts = {}
    lock = threading.Lock()

    def client(number):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        n = 0
        while time.monotonic() < stop:
            n += 1
            query = f"{WORDS[(number + n) % len(WORDS)]}+{WORDS[n % len(WORDS)]}&n={number}-{n}"
            try:
                connection.request("GET", f"/en/search/?q={query}")
                response = connection.getresponse()
                response.read()
                status = response.status
                if patient and status == 503:
                    wait = float(response.getheader("Retry-After") or 1)
                    time.sleep(max(0, min(wait, stop - time.monotonic())))
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
                status = "error"
            with lock:
                counts[status] = counts.get(status, 0) + 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.update(counts)


def time_hits(server, path, runs):
    """Timings of ``runs`` requests for a stored page, and how many were not hits (a 503 or
    a render: the page cache's Redis skipped after a timeout, under load)."""
    connection = server.connect()
    timings = []
    misses = {}
    try:
        for _ in range(runs):
            started = time.perf_counter()
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            timings.append((time.perf_counter() - started) * 1000)
            if response.getheader("X-Cache") != "hit":
                outcome = f"{response.status} {response.getheader('X-Cache') or 'uncached'}"
                misses[outcome] = misses.get(outcome, 0) + 1
    finally:
        connection.close()
    return timings, misses


def run(label, server, path, args):
    server.get(path)  # store it
    server.get(path)
    idle, _ = time_hits(server, path, args.runs)
    manager = multiprocessing.Manager()
    counts = manager.dict()
    flooding = multiprocessing.Process(
        target=flood, args=(server.port, args.flood, args.seconds, counts, args.patient)
    )
    flooding.start()
    try:
        time.sleep(args.warmup)
        loaded, misses = time_hits(server, path, args.runs)
    finally:
        flooding.join(args.seconds + REQUEST_TIMEOUT + 10)
        if flooding.is_alive():
            flooding.terminate()
    searches = dict(counts)
    manager.shutdown()
    return label, idle, loaded, misses, searches


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="timed hits per phase")
    parser.add_argument("--flood", type=int, default=64, help="search connections")
    parser.add_argument("--seconds", type=float, default=25, help="length of the flood")
    parser.add_argument("--warmup", type=float, default=3, help="flood seconds before timing")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--patient",
        action="store_true",
        help="flood clients wait for Retry-After after a 503 (else they ask again at once)",
    )
    parser.add_argument(
        "--limits", default="default,0", help="MAX_CONCURRENT_RENDERS values to compare"
    )
    args = parser.parse_args()

    home = HomePage.objects.live().filter(locale__language_code="en").first()
    if home is None:
        sys.exit("No English edition: run `broadsheet demo` first.")
    path = home.url
    rows = []
    for limit in args.limits.split(","):
        if limit == "default":
            label, env = f"limit {settings.MAX_CONCURRENT_RENDERS} (default)", {}
        else:
            label = "no limit" if limit == "0" else f"limit {limit}"
            env = {"MAX_CONCURRENT_RENDERS": limit}
        with Server(args.workers, PAGE_CACHE_ENABLED="1", **env) as server:
            rows.append(run(label, server, path, args))

    print(
        f"\ncached {path}: {args.runs} sequential keep-alive hits idle, then under "
        f"{args.flood} {'patient' if args.patient else 'impatient'} search connections; "
        f"granian --workers {args.workers}\n"
    )
    print(
        "| server | idle p50 | idle p99 | flood p50 | flood p99 | p99 ratio "
        "| home not a hit | searches |"
    )
    print("|---|---:|---:|---:|---:|---:|---|---|")
    for label, idle, loaded, misses, searches in rows:
        ratio = percentile(loaded, 0.99) / percentile(idle, 0.99)
        answered = ", ".join(f"{k}: {v}" for k, v in sorted(searches.items(), key=str))
        print(
            f"| {label} | {statistics.median(idle):.2f} | {percentile(idle, 0.99):.2f} "
            f"| {statistics.median(loaded):.2f} | {percentile(loaded, 0.99):.2f} "
            f"| {ratio:.1f}x | {', '.join(f'{k}: {v}' for k, v in misses.items()) or '-'} "
            f"| {answered} |"
        )


if __name__ == "__main__":
    main()
