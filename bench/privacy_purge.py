"""How long a privacy change takes to reach readers through the page cache.

Not a test. For the newest published, public article of the database (`broadsheet demo`
first), in process, through broadsheet.wsgi.application with the page cache in front:

    store    the article, its section and edition home are stored in the page cache;
    change   a password restriction is added to the article in a transaction;
    measure  from the commit to the moment the section and home answer without the story and
             its own URL is no stored copy (the purge runs in the commit's on_commit
             callback, so this includes it).

The restriction is removed again afterwards (the same measurement, the other way). Run
against whatever DATABASE_URL and REDIS_URL are set:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/broadsheet_media \\
    REDIS_URL=redis://127.0.0.1:6379/7 .venv/bin/python bench/privacy_purge.py --runs 5
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path
from wsgiref.util import setup_testing_defaults

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

import django

django.setup()

from django.db import transaction  # noqa: E402
from wagtail.models import PageViewRestriction  # noqa: E402

from broadsheet.newsroom.models import ArticlePage  # noqa: E402
from broadsheet.wsgi import application  # noqa: E402


def get(path):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "HTTP_HOST": "localhost"}
    environ["wsgi.input"] = io.BytesIO()
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, headers, exc_info=None):
        started["status"] = int(status.split()[0])
        started["headers"] = dict(headers)

    body = b"".join(application(environ, start_response))
    return started["status"], started["headers"].get("X-Cache"), body


def shows(path, article):
    _status, _cache, body = get(path)
    return article.title.encode() in body or article.url.encode() in body


def fresh(url, article, want_shown, own_url):
    """The story's own page is no stored copy (Wagtail's password form names the story); the
    fronts list it, or not, as wanted."""
    if url == own_url:
        return get(url)[1] != "hit"
    return shows(url, article) == want_shown


def timed(article, urls, change, want_shown):
    for url in urls:
        get(url)
        get(url)
    start = time.perf_counter()
    with transaction.atomic():
        change()
    committed = time.perf_counter() - start  # the purge ran in the commit's callbacks
    answers = [fresh(url, article, want_shown, urls[0]) for url in urls]  # every page, timed
    first_try = all(answers)
    return committed, time.perf_counter() - start, first_try


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    article = ArticlePage.objects.published().order_by("-published_at").first()
    if article is None:
        raise SystemExit("No published article: run `broadsheet demo` first.")
    section, home = article.get_parent(), article.get_ancestors().filter(depth=2).first()
    urls = [article.url, section.url, home.url]
    if not all(shows(url, article) for url in urls):
        raise SystemExit(f"{urls} do not all show {article.title!r}; pick another database.")
    restrict, lift = [], []
    for _ in range(args.runs):
        holder = {}

        def add(holder=holder):
            holder["r"] = PageViewRestriction.objects.create(
                page=article,
                restriction_type="password",
                password="bench",  # noqa: S106
            )

        def remove(holder=holder):
            holder["r"].delete()

        restrict.append(timed(article, urls, add, False))
        lift.append(timed(article, urls, remove, True))
    for name, runs in (("restrict", restrict), ("lift", lift)):
        commits = [run[0] * 1000 for run in runs]
        totals = [run[1] * 1000 for run in runs]
        print(
            f"{name:9} change + commit + purge: median {statistics.median(commits):.1f} ms, "
            f"max {max(commits):.1f} ms; to all three pages answered: median "
            f"{statistics.median(totals):.1f} ms, max {max(totals):.1f} ms; first request "
            f"after the commit already fresh: {sum(run[2] for run in runs)}/{len(runs)}"
        )


if __name__ == "__main__":
    main()
