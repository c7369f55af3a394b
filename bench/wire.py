"""`make bench`: cached pages against nginx on the same HTML, in one run, one table.

Not a test. Builds a site of its own once (``var/bench/``: SQLite, the demo newsroom,
collected static files), then for each store runs ``broadsheet serve`` (granian, task worker,
scheduler) on a free port and measures with wrk (``-t2``, ``--latency``):

    nginx     nginx serving a static copy of the same article HTML (the limit)
    hit       the article from the page cache (plain, and with Accept-Encoding: br)
    miss      the article with a query string outside PAGE_CACHE_QUERY_PARAMS: rendered
    home, section, feed   as readers get them (page-cache hits)
    search, API list      rendered every time (never page-cached)

Rendered rows use fewer connections (``--render-connections``): each server process renders
one request at a time and sheds what waits too long (README, Load shedding); ``non-2xx``
counts those 503s. Then publish-to-fresh: an article is published from this process (its purge
goes through the task worker, as an editor's would) and polled until every answer is fresh.

The stores: the default install (files under var/bench/pagecache/) and Redis (``--redis
URL``, else a redis-server of its own on a spare port when the binary exists). The table and
the machine's load (``uptime``) are appended to bench/RESULTS.md unless ``--no-write``.

    make bench-deps                      # Debian's wrk and nginx-light
    .venv/bin/python bench/wire.py [--duration 5] [--no-write]
"""

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
SITE = BASE / "var" / "bench"
RESULTS = BASE / "bench" / "RESULTS.md"
START_TIMEOUT = 180
FRESH_TIMEOUT = 10

SITE_ENV = {
    "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base",
    "BROADSHEET_VAR_DIR": str(SITE),
    "DATABASE_URL": f"sqlite:///{SITE / 'broadsheet.sqlite3'}",
    "ADMIN_PASSWORD": "bench-only-password",
}
for name in ("REDIS_URL", "PAGE_CACHE_REDIS_URL"):
    os.environ.pop(name, None)
os.environ.update(SITE_ENV)
sys.path.insert(0, str(BASE))


def run(*command, env=None):
    subprocess.run(command, check=True, env={**os.environ, **(env or {})})  # noqa: S603


def build_site():
    """The site the bench serves, built on the first run and kept (idempotent steps)."""
    marker = SITE / ".built"
    if marker.exists():
        return
    SITE.mkdir(parents=True, exist_ok=True)
    broadsheet = [sys.executable, "-m", "broadsheet"]
    print("Building the bench site in var/bench/ (first run only) ...", flush=True)
    run(*broadsheet, "migrate", "--noinput", "--verbosity", "0")
    run(*broadsheet, "collectstatic", "--noinput", "--verbosity", "0")
    run(*broadsheet, "demo")
    marker.touch()


def drain_tasks():
    """Run what is queued (the demo queues thousands of tasks), so that the purges of
    publish-to-fresh do not wait behind them in the task worker."""
    run(sys.executable, "-m", "broadsheet", "task_worker", "--batch", "--no-startup-delay")


def free_port():
    """A free port on loopback; with BENCH_PORTS=8640-8649 the first free one of that range
    (on a machine shared with other benches)."""
    span = os.environ.get("BENCH_PORTS", "")
    low, _, high = span.partition("-")
    candidates = range(int(low), int(high or low) + 1) if low else [0]
    for port in candidates:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise SystemExit(f"No free port in BENCH_PORTS={span}")


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def wait_for(port, path="/health/live"):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            if get(port, path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"nothing answered on port {port} within {START_TIMEOUT} s")


class Process:
    """A server started for the bench and always stopped (its whole process group)."""

    def __init__(self, command, env=None, cwd=None):
        self.command, self.env, self.cwd = command, env, cwd
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603
            self.command,
            env={**os.environ, **(self.env or {})},
            cwd=self.cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return self

    def __exit__(self, *exc):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def serve(port, env):
    command = [sys.executable, "-m", "broadsheet", "serve", "--port", str(port), "--workers", "2"]
    base_url = {"BASE_URL": f"http://127.0.0.1:{port}"}
    return Process(command, env={**env, **base_url})


def nginx(port, html, workdir):
    www = workdir / "www"
    www.mkdir()
    (www / "article.html").write_bytes(html)
    user = "user root;" if os.getuid() == 0 else ""
    conf = workdir / "nginx.conf"
    conf.write_text(
        f"""{user}
worker_processes 2;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {www};
        location / {{ try_files /article.html =404; }}
    }}
}}
"""
    )
    return Process([shutil.which("nginx"), "-c", str(conf), "-p", str(workdir)])


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, duration, connections, headers=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    out = subprocess.run(  # noqa: S603
        [*command, url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {}
    for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M):
        latency[pct] = float(value) * UNITS[unit]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {
        "rate": rate,
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "non2xx": int(bad.group(1)) if bad else 0,
        "errors": errors.group(0) if errors else "",
    }


def site_urls():
    import django

    django.setup()
    from broadsheet.newsroom.models import ArticlePage, HomePage, SectionPage

    home = HomePage.objects.live().filter(locale__language_code="en").first()
    section = SectionPage.objects.live().descendant_of(home).first()
    article = (
        (ArticlePage.objects.live().public().exact_type(ArticlePage).descendant_of(home))
        .order_by("-pk")
        .first()
    )
    word = article.title.split()[0]
    return {
        "article": article,
        "article_url": article.url,
        "home": home.url,
        "section": section.url,
        "search": f"/en/search/?q={word}",
        "api": "/api/v1/articles",
        "feed": "/en/feeds/rss.xml",
    }


def publish_to_fresh(port, article, rounds=3):
    """Seconds from an article's publish (this process) until the server answers it fresh."""
    original = article.title
    timings = []
    try:
        for number in range(rounds):
            for _ in range(20):  # stored, and in both server processes' memory
                get(port, article.url)
            marker = f"bench-{time.time_ns()}-{number}"
            article.title = f"{original} {marker}"
            article.save_revision().publish()
            published = time.monotonic()
            fresh_in_a_row = 0
            first_fresh = None
            while fresh_in_a_row < 10:  # ten fresh answers in a row: every process has it
                if time.monotonic() - published > FRESH_TIMEOUT:
                    first_fresh = None  # reported as not fresh within FRESH_TIMEOUT
                    break
                fresh = marker.encode() in get(port, article.url)[2]
                if fresh and not fresh_in_a_row:
                    first_fresh = time.monotonic() - published
                fresh_in_a_row = fresh_in_a_row + 1 if fresh else 0
                time.sleep(0.005)
            timings.append(first_fresh)
    finally:
        article.title = original
        article.save_revision().publish()
    return timings


def row(name, result, nginx_rate, connections):
    ratio = f"{result['rate'] / nginx_rate:.2f}" if nginx_rate else "-"
    p50 = f"{result['p50']:.2f}" if result["p50"] is not None else "-"
    p99 = f"{result['p99']:.2f}" if result["p99"] is not None else "-"
    return (
        f"| {name} | {connections} | {result['rate']:,.0f} | {p50} | {p99} | {ratio} "
        f"| {result['non2xx']} |"
    )


def redis_server(workdir):
    binary = shutil.which("redis-server")
    if binary is None:
        return None, None
    port = free_port()
    process = Process(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=workdir,
    )
    return process, f"redis://127.0.0.1:{port}/0"


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()  # noqa: S607


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds per row")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--render-connections", type=int, default=4)
    parser.add_argument("--redis", help="Redis URL for the Redis rows (default: own server)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None and not Path("/usr/sbin/nginx").exists():
            raise SystemExit(f"{tool} is missing: `make bench-deps` installs Debian's")
    os.environ["PATH"] += ":/usr/sbin"

    build_site()
    drain_tasks()
    urls = site_urls()
    load_before = uptime()
    started = datetime.now(UTC)
    lines = []
    duration, conns, render_conns = args.duration, args.connections, args.render_connections

    with tempfile.TemporaryDirectory(prefix="broadsheet-bench-") as tmp:
        workdir = Path(tmp)
        nginx_rate, html_size = 0.0, 0
        fresh = {}
        own_redis, redis_url = (None, args.redis) if args.redis else redis_server(workdir)
        stores = [("default (files)", {})]
        if redis_url:
            stores.append(("Redis", {"REDIS_URL": redis_url}))
        if own_redis:
            own_redis.__enter__()
        try:
            for store, env in stores:
                port = free_port()
                with serve(port, env):
                    wait_for(port)
                    base = f"http://127.0.0.1:{port}"
                    article = urls["article_url"]
                    if not nginx_rate:
                        status, _, html = get(port, article)
                        assert status == 200, status
                        html_size = len(html)
                        nginx_port = free_port()
                        with nginx(nginx_port, html, workdir):
                            wait_for(nginx_port, "/")
                            result = wrk(f"http://127.0.0.1:{nginx_port}/", duration, conns)
                        nginx_rate = result["rate"]
                        lines.append(row("nginx, static copy of the article", result, 0, conns))
                    cached = [("article hit", article, ())]
                    cached.append(("article hit, br", article, ("Accept-Encoding: br",)))
                    rendered = []
                    if store.startswith("default"):
                        cached += [
                            ("home", urls["home"], ()),
                            ("section", urls["section"], ()),
                            ("feed", urls["feed"], ()),
                        ]
                        rendered = [
                            ("article miss (?utm_source=x)", f"{article}?utm_source=x"),
                            ("search", urls["search"]),
                            ("API list", urls["api"]),
                        ]
                    for name, path, headers in cached:
                        get(port, path)  # stored before 16 connections ask at once
                        wrk(base + path, 1, conns, headers)  # and in every process's memory
                        result = wrk(base + path, duration, conns, headers)
                        lines.append(row(f"{name} ({store})", result, nginx_rate, conns))
                    for name, path in rendered:
                        result = wrk(base + path, duration, render_conns)
                        lines.append(row(f"{name} ({store})", result, nginx_rate, render_conns))
                    fresh[store] = publish_to_fresh(port, urls["article"])
        finally:
            if own_redis:
                own_redis.__exit__()

    load_after = uptime()
    header = [
        "| what | conns | req/s | p50 ms | p99 ms | × nginx | non-2xx |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    fresh_lines = [
        f"- publish-to-fresh, {store} (until 10 answers in a row are fresh): "
        + ", ".join(
            f"{t * 1000:.0f} ms" if t is not None else f"not fresh in {FRESH_TIMEOUT} s"
            for t in timings
        )
        for store, timings in fresh.items()
    ]
    commit = subprocess.run(  # noqa: S603
        ["git", "-C", str(BASE), "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout.strip()
    report = "\n".join(
        [
            f"`make bench` at {started:%Y-%m-%d %H:%M} UTC, commit {commit}, "
            f"{os.cpu_count()} cores, wrk -t2 -d{duration}s; "
            f"article {urls['article_url']} ({html_size:,} bytes of HTML)",
            f"load before: `{load_before}`",
            f"load after: `{load_after}`",
            "",
            *header,
            *lines,
            "",
            *fresh_lines,
        ]
    )
    print()
    print(report)
    if not args.no_write:
        with RESULTS.open("a") as results:
            results.write(f"\n\n## make bench ({started:%Y-%m-%d %H:%M} UTC)\n\n{report}\n")
        print(f"\nAppended to {RESULTS.relative_to(BASE)}")


if __name__ == "__main__":
    main()
