"""Live coverage under its readers: many pollers on the cached updates endpoint while an
editor posts, through `broadsheet serve`.

Not a test. Builds a site of its own (a SQLite file in a temporary directory and the file page
cache, or with ``--redis URL`` the page cache and cache in that Redis database under a key
prefix of this run), with the demo's live page (``demo/live/live.toml``), starts
``broadsheet serve`` (granian, the task worker that runs the purges, the scheduler) on a free
port of 127.0.0.1, then for ``--duration`` seconds:

    pollers  ``--pollers`` simulated readers' pages, each on its own keep-alive connection,
             each polling ``<live page>updates/?since=<cursor>`` every ``--interval`` seconds
             (phases spread over the first interval) with If-None-Match, as live.js does,
             and moving its cursor on when an answer brings posts
    editor   a separate process posting to the live page every ``--post-every`` seconds
             through ``broadsheet.live.models.create_post`` (what the composer calls), until
             ``--interval`` + 5 s before the end, and printing each post's commit time

It reports the latency of every poll (sent to last byte read; p50/p99/max), the answers
(304, 200, errors), the bytes of a "nothing new" answer, and publish-to-visible: for every
(poller, post) pair, the time from the post's commit to the first answer that brought it to
that poller (p50/p99/max; pairs never seen are counted as errors). The client shares the
machine with the server, so its figures include the client's own CPU time. Exits 1 when a
target is missed (p99 > 20 ms, publish-to-visible > 15 s) or on any error.

    .venv/bin/python bench/live_poll.py                   # 2,000 pollers, 45 s of load
    .venv/bin/python bench/live_poll.py --redis redis://127.0.0.1:6379/6
"""

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from soak import Serve  # bench/soak.py: broadsheet serve started and stopped

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 180
P99_TARGET_MS = 20
VISIBLE_TARGET_S = 15


def log(message):
    print(f"[live_poll {time.strftime('%H:%M:%S')}] {message}", flush=True)


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def machine():
    loads = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"load average {loads} on {os.cpu_count()} CPUs (shared machine)"


# The site -----------------------------------------------------------------------------------
def environment(args, workdir):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "REDIS_", "PAGE_CACHE_", "CACHE_"))
    }
    env.update(
        BROADSHEET_VAR_DIR=str(workdir),
        SECRET_KEY="live-poll-" + "x" * 50,
        DJANGO_SETTINGS_MODULE="broadsheet.settings.base",
        DATABASE_URL=f"sqlite:///{workdir / 'live.sqlite3'}",
    )
    if args.redis:
        run = f"livepoll{int(time.time())}"
        env.update(REDIS_URL=args.redis, CACHE_KEY_PREFIX=run, PAGE_CACHE_KEY_PREFIX=f"{run}-pages")
    return env


def run_broadsheet(env, *arguments):
    subprocess.run(  # noqa: S603
        [sys.executable, "-m", "broadsheet", *arguments], env=env, cwd=ROOT, check=True, timeout=900
    )


def build_site():
    """In a child process with the bench's environment: an edition, its sections and authors
    and the demo's live page; prints the page's path and id."""
    import django

    django.setup()
    from wagtail.models import Locale

    from broadsheet.demo.builder import DemoBuilder
    from broadsheet.demo.live import build_live, load_live

    builder = DemoBuilder(article_limit=0)
    builder.locale = Locale.get_default()
    builder.home = builder.build_home()
    builder.authors = builder.build_authors()
    builder.sections = builder.build_sections()
    page = build_live(builder, load_live(builder.data.directory))
    print(json.dumps({"path": page.url, "id": page.pk}), flush=True)


def editor(page_id, every, load_seconds):
    """In a child process: says it is ready, then posts every ``every`` seconds for
    ``load_seconds``."""
    import django

    django.setup()
    from broadsheet.live.forms import paragraphs_body
    from broadsheet.live.models import LivePage, create_post

    page = LivePage.objects.get(pk=page_id)
    print(json.dumps({"ready": True}), flush=True)
    until = time.time() + load_seconds
    number = 0
    while time.time() + every < until:
        time.sleep(every)
        number += 1
        post = create_post(page, body=paragraphs_body(f"Bench update number {number}."))
        print(json.dumps({"id": post.pk, "committed": time.time()}), flush=True)


# The pollers -------------------------------------------------------------------------------
async def read_response(reader):
    """(status, headers, body) of one HTTP/1.1 response (Content-Length or chunked)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = b""
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
    return status, headers, body


class Results:
    def __init__(self):
        self.latencies = []
        self.statuses = {}
        self.errors = []
        self.cache = {}  # X-Cache: hit, miss (rendered and stored), rendered (not stored)
        self.shed = 0  # 503 with Retry-After (load shedding), retried as told
        self.empty_sizes = set()
        self.seen = {}  # (poller, post id) -> wall time first received


async def poller(number, port, path, cursor, args, deadline, results):
    await asyncio.sleep(random.random() * args.interval)
    connection = None
    etag = None
    while time.monotonic() < deadline:
        started = time.monotonic()
        wait = args.interval
        request = (
            f"GET {path}updates/?since={cursor} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Accept: application/json\r\n" + (f"If-None-Match: {etag}\r\n" if etag else "") + "\r\n"
        )
        try:
            for attempt in (1, 2):
                reused = connection is not None
                if connection is None:
                    connection = await asyncio.wait_for(
                        asyncio.open_connection("127.0.0.1", port), 10
                    )
                reader, writer = connection
                try:
                    writer.write(request.encode())
                    status, headers, body = await asyncio.wait_for(read_response(reader), 10)
                    break
                except (OSError, asyncio.IncompleteReadError):
                    # The server closed an idle keep-alive connection (granian drops one that
                    # sends nothing for 10 s): browsers send again on a new one, once.
                    writer.close()
                    connection = None
                    if not reused or attempt == 2:
                        raise
        except (TimeoutError, OSError, asyncio.IncompleteReadError) as error:
            # As live.js: a failed poll is tried again at the next interval, on a new connection.
            results.errors.append(f"poller {number}: {type(error).__name__}")
            if connection is not None:
                connection[1].close()
            connection = None
        else:
            received = time.time()
            results.latencies.append((time.monotonic() - started) * 1000)
            results.statuses[status] = results.statuses.get(status, 0) + 1
            cached = headers.get("x-cache", "rendered")
            results.cache[cached] = results.cache.get(cached, 0) + 1
            if status == 200:
                etag = headers.get("etag")
                data = json.loads(body)
                if not data.get("posts") and not data.get("deleted"):
                    results.empty_sizes.add(len(body))
                for post in data.get("posts", []):
                    results.seen.setdefault((number, post["id"]), received)
                cursor = data["cursor"]
            elif status in (429, 503) and headers.get("retry-after", "").isdigit():
                results.shed += 1  # as live.js: back off as told, then poll again
                wait = min(args.interval, int(headers["retry-after"]))
            elif status != 304:
                results.errors.append(f"poller {number}: HTTP {status}")
        await asyncio.sleep(max(0.0, wait - (time.monotonic() - started)))
    if connection is not None:
        connection[1].close()


async def drive(port, path, cursor, args, results):
    deadline = time.monotonic() + args.duration
    await asyncio.gather(
        *(poller(n, port, path, cursor, args, deadline, results) for n in range(args.pollers))
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pollers", type=int, default=2000)
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between polls")
    parser.add_argument("--post-every", type=float, default=5.0, help="seconds between posts")
    parser.add_argument("--duration", type=float, default=45.0, help="seconds of load")
    parser.add_argument("--workers", type=int, default=2, help="broadsheet serve --workers")
    parser.add_argument("--redis", default="", help="a Redis URL for the caches (else files)")
    parser.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--editor", nargs=3, type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        return build_site()
    if args.editor:
        return editor(int(args.editor[0]), args.editor[1], args.editor[2])

    workdir = Path(tempfile.mkdtemp(prefix="broadsheet-live-poll-"))
    try:
        env = environment(args, workdir)
        started = time.monotonic()
        run_broadsheet(env, "migrate", "--noinput", "-v", "0")
        built = subprocess.run(  # noqa: S603
            [sys.executable, __file__, "--build"],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            timeout=900,
        )
        site = json.loads(built.stdout.strip().splitlines()[-1])
        log(f"site built in {time.monotonic() - started:.0f} s; live page {site['path']}")
        with Serve(env, args.workers, start_timeout=START_TIMEOUT) as server:
            log(f"broadsheet serve --workers {args.workers} on 127.0.0.1:{server.port}")
            log(f"before: {machine()}")
            results = Results()
            posting = args.duration - args.interval - 5  # every post has time to be seen
            posts = []
            editor_process = subprocess.Popen(  # noqa: S603
                [
                    *(sys.executable, __file__, "--editor", str(site["id"])),
                    *(str(args.post_every), str(posting)),
                ],
                env=env,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            editor_process.stdout.readline()  # ready: Django is set up
            reading = threading.Thread(
                target=lambda: posts.extend(json.loads(line) for line in editor_process.stdout)
            )
            reading.start()
            # The pollers start from the page's cursor, as a reader's page does.
            asyncio.run(drive(server.port, site["path"], 30, args, results))
            load_after = machine()
            editor_process.wait(timeout=60)
            reading.join(timeout=10)
        report(results, posts, args, load_after)
        return 0 if ok(results, posts, args) else 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def visible_times(results, posts, args):
    times, missing = [], 0
    for post in posts:
        for number in range(args.pollers):
            seen = results.seen.get((number, post["id"]))
            if seen is None:
                missing += 1
            else:
                times.append(seen - post["committed"])
    return times, missing


def ok(results, posts, args):
    times, missing = visible_times(results, posts, args)
    return (
        not results.errors
        and not missing
        and results.latencies
        and percentile(results.latencies, 0.99) <= P99_TARGET_MS
        and times
        and max(times) <= VISIBLE_TARGET_S
    )


def report(results, posts, args, load_after):
    latencies = results.latencies
    times, missing = visible_times(results, posts, args)
    print()
    print(
        f"{args.pollers} pollers every {args.interval:g} s for {args.duration:g} s, "
        f"a post every {args.post_every:g} s ({len(posts)} posts), "
        f"{'Redis ' + args.redis if args.redis else 'SQLite + file page cache'}"
    )
    print(f"after: {load_after}")
    if latencies:
        print(
            f"polls: {len(latencies)} ({len(latencies) / args.duration:.0f}/s), "
            f"answers {dict(sorted(results.statuses.items()))}, "
            f"latency p50 {percentile(latencies, 0.5):.1f} ms, "
            f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms "
            f"(target p99 <= {P99_TARGET_MS} ms)"
        )
    print(f"page cache: {dict(sorted(results.cache.items()))}")
    print(f"'nothing new' answer: {sorted(results.empty_sizes)} bytes")
    if times:
        print(
            f"publish-to-visible over {len(times)} (poller, post) pairs: "
            f"p50 {percentile(times, 0.5):.1f} s, p99 {percentile(times, 0.99):.1f} s, "
            f"max {max(times):.1f} s (target <= {VISIBLE_TARGET_S} s); never seen: {missing}"
        )
    print(f"shed (503 + Retry-After, retried): {results.shed}")
    print(f"errors: {len(results.errors)} {results.errors[:5]}")


if __name__ == "__main__":
    sys.exit(main())
