"""Latency of search and section fronts, in process, on whatever database is configured.

Not a test. Run against a database filled by `broadsheet generate --articles 100000`, with
static files collected (`broadsheet collectstatic --noinput`: pages name hashed files):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bs_fronts \
        .venv/bin/python bench/fronts_and_search.py --runs 200

Three scenarios:

    search                  /<lang>/search/ with words, filters, sorts and pages (never cached)
    section front, render   the whole Django stack renders the page: what a page-cache miss
                            costs, once per page after a publish purges it
    section front, served   what readers get: the WSGI application with the page cache in
                            front (broadsheet/wsgi.py), after one request stored each page

bench/page_cache.py measures the same over HTTP through granian.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

import django

django.setup()

from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from broadsheet.demo.generator import ADJECTIVES, OBJECTS, SUBJECTS, VERBS  # noqa: E402
from broadsheet.newsroom.models import ArticlePage, SectionPage  # noqa: E402

TARGETS = {"search": 150.0, "section front, render": None, "section front, served": 50.0}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(client, requests, runs):
    for url, params in requests[:5]:  # warm connections and caches
        client.get(url, params)
    timings = []
    for index in range(runs):
        url, params = requests[index % len(requests)]
        started = time.perf_counter()
        response = client.get(url, params)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, params, response.status_code)
    return timings


def wsgi_get(application, url, params):
    """One GET through the WSGI application (page cache included); (status, headers)."""
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": url.encode().decode("latin-1"),
        "QUERY_STRING": urlencode(params),
        "HTTP_HOST": "127.0.0.1",
    }
    setup_testing_defaults(environ)
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer.update(status=status, headers=dict(headers))

    body = application(environ, start_response)
    try:
        b"".join(body)
    finally:
        getattr(body, "close", lambda: None)()
    return answer["status"], answer["headers"]


def measure_served(requests, runs):
    from broadsheet.wsgi import application

    for url, params in requests:  # the first request of each page renders and stores it
        wsgi_get(application, url, params)
    timings = []
    for index in range(runs):
        url, params = requests[index % len(requests)]
        started = time.perf_counter()
        status, headers = wsgi_get(application, url, params)
        timings.append((time.perf_counter() - started) * 1000)
        assert status.startswith("200") and headers.get("X-Cache") == "hit", (url, status)
    return timings


def search_requests(rng, sections):
    words = SUBJECTS + OBJECTS + VERBS
    requests = []
    for _ in range(60):
        params = {"q": rng.choice(words)}
        roll = rng.random()
        if roll < 0.3:
            params["q"] += " " + rng.choice(ADJECTIVES)
        elif roll < 0.5:
            params["section"] = rng.choice(sections).slug
        elif roll < 0.6:
            params["sort"] = "date"
        elif roll < 0.7:
            params["page"] = str(rng.randint(2, 5))
        requests.append(("/en/search/", params))
    return requests


def section_requests(client, sections):
    requests = []
    for section in sections:
        requests.append((section.url, {}))
        html = client.get(section.url).content.decode()
        for _ in range(3):  # walk a few pages deep with the cursor links
            match = re.search(r'rel="next" href="\?after=([0-9_]+)"', html)
            if not match:
                break
            requests.append((section.url, {"after": match[1]}))
            html = client.get(section.url, {"after": match[1]}).content.decode()
    return requests


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if (
        hasattr(staticfiles_storage, "read_manifest")
        and staticfiles_storage.read_manifest() is None
    ):
        sys.exit("No static files manifest: run `broadsheet collectstatic --noinput` first.")
    rng = random.Random(args.seed)
    client = Client(HTTP_HOST="127.0.0.1")
    sections = list(SectionPage.objects.live())
    count = ArticlePage.objects.count()
    print(f"database: {connection.vendor}, articles: {count}, runs per scenario: {args.runs}")
    fronts = section_requests(client, sections)
    results = {
        "search": measure(client, search_requests(rng, sections), args.runs),
        "section front, render": measure(client, fronts, args.runs),
        "section front, served": measure_served(fronts, args.runs),
    }
    failed = False
    for name, timings in results.items():
        p50, p95 = statistics.median(timings), percentile(timings, 0.95)
        target = TARGETS[name]
        if target is None:
            verdict = "(a page-cache miss: once per page after a purge)"
        else:
            verdict = f"(target p95 <= {target:.0f} ms: {'ok' if p95 <= target else 'OVER TARGET'})"
            failed |= p95 > target
        print(
            f"{name:22} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   max {max(timings):7.1f} ms"
            f"   {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
