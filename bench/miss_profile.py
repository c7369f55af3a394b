"""Page-cache misses in-process: queries and CPU per render of an article and a section.

Not a test. Uses the bench site (``var/bench/``, built by ``make bench`` or on the first run
here: SQLite and the demo newsroom), or whatever DATABASE_URL names with ``--use-env``.
Renders the newest plain English ArticlePage and the first English section ``--renders``
times each through Django's WSGI handler, with a query string outside the page cache's list
(``?utm_source=profile-N``) so that every request renders. Prints queries per render and the
CPU time per render (``time.process_time``: robust on a shared machine) p50/p95, and with
``--profile`` the cProfile top 25 (cumulative) of the article renders.

    .venv/bin/python bench/miss_profile.py [--renders 200] [--profile]
"""

import argparse
import cProfile
import io
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
SITE = BASE / "var" / "bench"
sys.path.insert(0, str(BASE))


def use_bench_site():
    for name in ("REDIS_URL", "PAGE_CACHE_REDIS_URL"):
        os.environ.pop(name, None)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "broadsheet.settings.base",
            "BROADSHEET_VAR_DIR": str(SITE),
            "DATABASE_URL": f"sqlite:///{SITE / 'broadsheet.sqlite3'}",
            "ADMIN_PASSWORD": "bench-only-password",
        }
    )
    if not (SITE / ".built").exists():
        SITE.mkdir(parents=True, exist_ok=True)
        broadsheet = [sys.executable, "-m", "broadsheet"]
        print("Building the bench site in var/bench/ (first run only) ...", flush=True)
        for command in (["migrate", "--noinput", "--verbosity", "0"], ["demo"]):
            subprocess.run([*broadsheet, *command], check=True)  # noqa: S603
        (SITE / ".built").touch()


def pages():
    from broadsheet.newsroom.models import ArticlePage, HomePage, SectionPage

    home = HomePage.objects.live().filter(locale__language_code="en").first()
    section = SectionPage.objects.live().descendant_of(home).first()
    article = (
        ArticlePage.objects.live()
        .public()
        .exact_type(ArticlePage)
        .descendant_of(home)
        .order_by("-pk")
        .first()
    )
    return article, section


def measure(handler, path, renders, profiler=None):
    from django.db import connection, reset_queries
    from django.test import RequestFactory

    factory = RequestFactory(SERVER_NAME="localhost")
    queries, cpu = [], []
    for number in range(renders + 1):
        environ = factory.get(path, {"utm_source": f"profile-{number}"}).environ
        reset_queries()
        start = time.process_time()
        if profiler is not None and number:
            profiler.enable()
        response = handler(environ, lambda *_args: None)
        body = b"".join(response)
        if profiler is not None:
            profiler.disable()
        elapsed = time.process_time() - start
        if hasattr(response, "close"):
            response.close()
        assert b"</html>" in body, body[:500]
        if number:  # the first render warms the process: fragments, templates, connections
            cpu.append(elapsed * 1000)
            queries.append(len(connection.queries))
    return queries, cpu


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="cProfile top 25 of the article")
    parser.add_argument("--use-env", action="store_true", help="DATABASE_URL etc. as set")
    parser.add_argument("--show-queries", action="store_true", help="the SQL of one article")
    args = parser.parse_args()
    if not args.use_env:
        use_bench_site()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

    import django

    django.setup()
    from django.conf import settings
    from django.core.handlers.wsgi import WSGIHandler
    from django.db import connection
    from django.test.utils import override_settings

    article, section = pages()
    # ALLOWED_HOSTS as served; DEBUG-style query logging without DEBUG's other costs.
    connection.force_debug_cursor = True
    with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "localhost"]):
        handler = WSGIHandler()
        print(f"database: {connection.vendor}; article {article.url}; section {section.url}")
        print("| page | renders | queries/render | CPU ms p50 | CPU ms p95 |")
        print("|---|---:|---:|---:|---:|")
        profiler = cProfile.Profile() if args.profile else None
        for name, page, prof in (("article", article, profiler), ("section", section, None)):
            queries, cpu = measure(handler, page.url, args.renders, prof)
            print(
                f"| {name} | {len(cpu)} | {statistics.median(queries):.0f} "
                f"(max {max(queries)}) | {statistics.median(cpu):.1f} | "
                f"{percentile(cpu, 0.95):.1f} |"
            )
        if args.show_queries:
            measure(handler, article.url, 1)
            for query in connection.queries:
                print("-", query["sql"][:300])
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())


if __name__ == "__main__":
    main()
