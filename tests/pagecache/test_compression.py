"""Brotli and gzip: negotiated per request, stored with the page, never beside a secret."""

import gzip
import uuid

import brotli
import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.http import HttpResponse

from broadsheet.core.encodings import negotiate
from broadsheet.pagecache import compression

from ..factories import ReaderFactory
from .test_pagecache import wsgi


def decoded(answer):
    coding = answer.header("Content-Encoding")
    if coding == "br":
        return brotli.decompress(answer.body)
    if coding == "gzip":
        return gzip.decompress(answer.body)
    assert coding is None, coding
    return answer.body


def vary(answer):
    return {v.strip().lower() for v in (answer.header("Vary") or "").split(",")}


@pytest.mark.parametrize(
    "accept_encoding, expected",
    (
        (None, None),
        ("", None),
        ("gzip", "gzip"),
        ("gzip, deflate, br", "br"),
        ("GZIP", "gzip"),
        ("x-gzip", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("br;q=0.5, gzip;q=0.8", "gzip"),
        ("*", "br"),
        ("*, br;q=0", "gzip"),
        ("*;q=0", None),
        ("identity", None),
        ("deflate", None),
        ("br;q=abc", None),
        ("gzip;q=2", None),
        ("gzip;q=-1", None),
        ("gzip;q=0, gzip", None),
        (";;;,,,=", None),
        ("gzip;q=0.000", None),
    ),
    ids=lambda value: repr(value),
)
def test_negotiation_follows_q_values_and_refuses_what_is_odd(accept_encoding, expected):
    assert negotiate(accept_encoding) == expected


@pytest.fixture
def stored(article):
    first = wsgi(article.url)
    assert first.cache == "miss"
    return article.url, first.body


@pytest.mark.parametrize("coding", ["br", "gzip"])
def test_a_hit_sends_the_stored_copy_and_compresses_nothing(stored, coding, monkeypatch):
    url, plain = stored

    def refuse(*args, **kwargs):
        raise AssertionError("a hit compressed something")

    monkeypatch.setattr(compression, "encode", refuse)
    answer = wsgi(url, accept_encoding=f"{coding}, identity;q=0.5")
    assert (answer.status, answer.cache) == (200, "hit")
    assert answer.header("Content-Encoding") == coding
    assert answer.header("Content-Length") == str(len(answer.body))
    assert len(answer.body) < len(plain) / 3
    assert decoded(answer) == plain
    assert "accept-encoding" in vary(answer)
    assert answer.header("ETag").startswith("W/")


def test_a_client_that_does_not_ask_gets_the_plain_page_with_vary(stored):
    url, plain = stored
    answer = wsgi(url)
    assert answer.cache == "hit"
    assert answer.header("Content-Encoding") is None
    assert answer.body == plain
    assert answer.header("Content-Length") == str(len(plain))
    assert "accept-encoding" in vary(answer)


@pytest.mark.parametrize(
    "accept_encoding",
    ["identity", "br;q=0, gzip;q=0", "*;q=0", "gzip;q=nope", "compress", "b r", "\x00gzip"],
)
def test_odd_accept_encoding_values_get_the_plain_page(stored, accept_encoding):
    url, plain = stored
    answer = wsgi(url, accept_encoding=accept_encoding)
    assert (answer.status, answer.cache) == (200, "hit")
    assert answer.header("Content-Encoding") is None
    assert answer.body == plain


def test_head_and_conditional_requests_on_a_compressed_hit(stored):
    url, _ = stored
    full = wsgi(url, accept_encoding="br")
    head = wsgi(url, method="HEAD", accept_encoding="br")
    assert head.body == b""
    assert head.header("Content-Length") == str(len(full.body))
    assert head.header("Content-Encoding") == "br"
    again = wsgi(url, accept_encoding="br", if_none_match=full.header("ETag"))
    assert again.status == 304


def test_the_miss_that_stores_the_page_is_compressed_too(article):
    first = wsgi(article.url, accept_encoding="gzip")
    assert first.cache == "miss"
    assert first.header("Content-Encoding") == "gzip"
    plain = wsgi(article.url)
    assert plain.cache == "hit" and plain.header("Content-Encoding") is None
    assert decoded(first) == plain.body


def test_uncached_responses_are_compressed_by_the_middleware(article):
    answer = wsgi("/en/search/?q=harbour", accept_encoding="br")
    assert (answer.status, answer.cache) == (200, None)
    assert answer.header("Content-Encoding") == "br"
    assert b"</html>" in decoded(answer)
    assert "accept-encoding" in vary(answer)
    feed = wsgi("/en/feeds/rss.xml", accept_encoding="gzip")
    assert (feed.status, feed.header("Content-Encoding")) == (200, "gzip")
    assert article.title.encode() in decoded(feed)


def test_a_304_names_the_etag_as_the_compressed_200_did(article):
    url = f"/api/v1/articles/{article.pk}"
    first = wsgi(url, accept_encoding="gzip")
    assert first.header("Content-Encoding") == "gzip"
    etag = first.header("ETag")
    assert etag.startswith('W/"')
    again = wsgi(url, accept_encoding="gzip", if_none_match=etag)
    assert (again.status, again.header("ETag")) == (304, etag)
    # A client holding the plain 200's strong ETag gets it back as it is.
    plain = wsgi(url)
    assert plain.header("Content-Encoding") is None
    assert not plain.header("ETag").startswith("W/")
    same = wsgi(url, if_none_match=plain.header("ETag"))
    assert (same.status, same.header("ETag")) == (304, plain.header("ETag"))


def test_signed_in_readers_never_get_compressed_pages(client, article):
    client.force_login(ReaderFactory())
    session = f"sessionid={client.cookies['sessionid'].value}"
    for url in (article.url, "/en/search/?q=harbour"):
        answer = wsgi(url, cookie=session, accept_encoding="gzip, br")
        assert answer.status == 200
        assert answer.header("Content-Encoding") is None, url


@pytest.mark.parametrize(
    "header", ["x_session_token", "authorization"], ids=["app session token", "authorization"]
)
def test_api_requests_with_credentials_are_never_compressed(article, header):
    plain = wsgi("/api/v1/articles", accept_encoding="gzip")
    assert plain.header("Content-Encoding") == "gzip"  # the control
    answer = wsgi("/api/v1/articles", accept_encoding="gzip", **{header: "abc"})
    assert answer.header("Content-Encoding") is None


def test_pages_carrying_a_csrf_token_are_never_compressed(db):
    answer = wsgi("/en/account/login/", accept_encoding="gzip, br")
    assert answer.status == 200
    assert b"csrfmiddlewaretoken" in answer.body
    assert answer.header("Content-Encoding") is None


def test_random_query_strings_and_encodings_store_nothing_more(stored, monkeypatch):
    url, _ = stored
    writes = []
    pages = caches["pages"]
    monkeypatch.setattr(pages, "set", lambda *args, **kwargs: writes.append(args[0]))
    for _ in range(20):
        token = uuid.uuid4().hex
        wsgi(f"{url}?utm_source={token}", accept_encoding=f"{token[:4]}, gzip;q=0.{token[:2]}")
        assert wsgi(url, accept_encoding=token).cache == "hit"
    assert writes == []


def test_byte_range_responses_are_never_compressed(rf):
    def partial(request):
        response = HttpResponse(b"WEBVTT\n\n" * 100, content_type="text/vtt", status=206)
        response["Content-Range"] = "bytes 0-799/4000"
        return response

    request = rf.get("/captions.vtt", HTTP_ACCEPT_ENCODING="gzip, br")
    request.user = AnonymousUser()
    response = compression.CompressionMiddleware(partial)(request)
    assert response.get("Content-Encoding") is None
    assert response.content == b"WEBVTT\n\n" * 100
