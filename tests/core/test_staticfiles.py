"""Static files: precompressed by collectstatic, answered by WhiteNoise before Django."""

import gzip
import re

import brotli
import pytest
from django.core.management import call_command
from django.test import override_settings

from broadsheet.core.staticfiles import StaticFilesApp

from ..pagecache.test_pagecache import wsgi

CSS = b"body { margin: 0; color: #222; }\n" * 100


def not_static(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not a static file"]


@pytest.fixture
def collected(tmp_path):
    source, root = tmp_path / "source", tmp_path / "static"
    (source / "site").mkdir(parents=True)
    (source / "site" / "main.css").write_bytes(CSS)
    with override_settings(
        STATICFILES_DIRS=[source],
        STATIC_ROOT=root,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        WHITENOISE_AUTOREFRESH=False,
        WHITENOISE_USE_FINDERS=False,
    ):
        call_command("collectstatic", "--noinput", verbosity=0)
        hashed = next(p.name for p in (root / "site").glob("main.*.css"))
        yield StaticFilesApp(not_static), f"/static/site/{hashed}", root


def test_collectstatic_writes_brotli_and_gzip_copies(collected):
    _, url, root = collected
    path = root / url.removeprefix("/static/")
    assert brotli.decompress((path.parent / (path.name + ".br")).read_bytes()) == CSS
    assert gzip.decompress((path.parent / (path.name + ".gz")).read_bytes()) == CSS


@pytest.mark.parametrize(
    "accept_encoding, coding",
    (("gzip, deflate, br", "br"), ("gzip", "gzip"), (None, None), ("br;q=0", None)),
)
def test_hashed_files_are_precompressed_and_immutable(collected, accept_encoding, coding):
    app, url, _ = collected
    headers = {"accept_encoding": accept_encoding} if accept_encoding else {}
    answer = wsgi(url, app=app, **headers)
    assert answer.status == 200
    assert answer.header("Content-Encoding") == coding
    decode = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[coding]
    assert decode(answer.body) == CSS
    assert re.fullmatch(r"max-age=\d{8,}, public, immutable", answer.header("Cache-Control"))
    assert "Accept-Encoding" in answer.header("Vary")
    assert answer.header("X-Content-Type-Options") == "nosniff"


def test_unhashed_names_are_kept_briefly_and_other_paths_go_on(collected):
    app, _, _ = collected
    plain = wsgi("/static/site/main.css", app=app)
    assert plain.status == 200
    assert "immutable" not in plain.header("Cache-Control")
    assert wsgi("/static/site/missing.css", app=app).body == b"not a static file"
    assert wsgi("/en/", app=app).body == b"not a static file"


def test_the_site_application_serves_static_files(db):
    answer = wsgi("/static/broadsheet/css/site.css", accept_encoding="gzip")
    assert answer.status == 200
    assert answer.header("Content-Type").startswith("text/css")
    assert answer.cache is None  # never the page cache's
