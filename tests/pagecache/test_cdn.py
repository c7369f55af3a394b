"""Purging a CDN over HTTP (``broadsheet.pagecache.cdn``), against a local server that records
what it is sent. Varnish itself is in ``test_varnish.py``."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from broadsheet.pagecache.cache import purge_all
from broadsheet.pagecache.cdn import CDNBackend, cdn_backends
from broadsheet.settings.env import env_urls

from ..outages import free_port


class Recorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.seen.append((self.path, self.headers["Host"], self.headers.get("X-Purge")))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.seen, server.status = [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    frontends = {
        "pages": {"BACKEND": "broadsheet.pagecache.cache.PageCacheBackend"},
        "cdn-0": {"BACKEND": "broadsheet.pagecache.cdn.CDNBackend", "LOCATION": location},
    }
    with override_settings(WAGTAILFRONTENDCACHE=frontends, CDN_PURGE_URLS=[location]):
        yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "url, sent",
    (
        (
            "https://news.example.test/ar/world/جدار-الميناء/",
            "/ar/world/%D8%AC%D8%AF%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1/",
        ),
        ("https://news.example.test/sr/svet/лука/", "/sr/svet/%D0%BB%D1%83%D0%BA%D0%B0/"),
        (
            "https://news.example.test/sr/svet/%D0%BB%D1%83%D0%BA%D0%B0/",
            "/sr/svet/%D0%BB%D1%83%D0%BA%D0%B0/",
        ),
        ("https://news.example.test/en/world/?after=abc", "/en/world/"),
    ),
    ids=[
        "Arabic slug",
        "Serbian slug",
        "already encoded",
        "query string dropped: the CDN purges the path",
    ],
)
def test_purges_are_sent_percent_encoded_with_the_sites_host(cdn, url, sent):
    cdn_backends()["cdn-0"].purge(url)
    assert cdn.seen == [(sent, "news.example.test", None)]


def test_publishing_purges_reach_the_cdn_through_wagtail(cdn):
    PurgeBatch(["https://news.example.test/en/world/", "https://news.example.test/en/"]).purge()
    assert sorted(path for path, _host, _purge in cdn.seen) == ["/en/", "/en/world/"]


def test_emptying_the_page_cache_purges_every_host_of_the_site(cdn, home):
    cdn.seen.clear()
    purge_all()
    assert cdn.seen == [("/", "news.example.test", "host")]


def test_no_cdn_configured_sends_nothing(db):
    with override_settings(CDN_PURGE_URLS=[]):
        assert cdn_backends() == {}
        purge_all()  # would fail on the way to a CDN that is not there


def test_a_cdn_down_or_refusing_is_logged_not_raised(cdn, caplog):
    cdn.status = 405
    assert cdn_backends()["cdn-0"].purge("https://news.example.test/en/") is False
    dead = CDNBackend({"LOCATION": f"http://127.0.0.1:{free_port()}", "TIMEOUT": 1})
    assert dead.purge_host("https://news.example.test") is False
    assert "refused: HTTP 405" in caplog.text
    assert "CDN purge of https://news.example.test failed" in caplog.text


def test_cdn_purge_urls_are_checked(monkeypatch):
    monkeypatch.setenv("CDN_PURGE_URLS", "http://127.0.0.1:6081, https://cdn.example.test/")
    assert env_urls("CDN_PURGE_URLS") == ["http://127.0.0.1:6081", "https://cdn.example.test"]
    for bad in ("127.0.0.1:6081", "ftp://x", "http://x:port", "http://x/purge"):
        monkeypatch.setenv("CDN_PURGE_URLS", bad)
        with pytest.raises(ImproperlyConfigured, match="CDN_PURGE_URLS must list addresses"):
            env_urls("CDN_PURGE_URLS")
