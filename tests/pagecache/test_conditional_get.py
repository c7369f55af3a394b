"""Conditional GET: feed readers and crawlers poll with If-None-Match / If-Modified-Since and
get 304 without a body, from rendered pages and page-cache hits alike."""

import pytest

from .test_pagecache import wsgi


def test_page_cache_hit_answers_if_none_match_with_304(article):
    first = wsgi(article.url)
    assert first.status == 200 and first.cache == "miss"
    etag = first.header("ETag")
    assert etag
    again = wsgi(article.url, if_none_match=etag)
    assert again.status == 304 and again.cache == "hit"
    assert again.body == b""
    assert again.header("ETag") == etag
    assert again.header("Cache-Control") == first.header("Cache-Control")
    assert again.header("Content-Type") is None
    weak = wsgi(article.url, if_none_match=f'"other", W/{etag}')
    assert weak.status == 304
    changed = wsgi(article.url, if_none_match='"something-else"')
    assert changed.status == 200 and changed.body == first.body


def test_page_cache_hit_answers_if_modified_since(article):
    # Pages carry no Last-Modified (their rails change without them); feeds do.
    first = wsgi("/en/feeds/rss.xml")
    assert first.cache == "miss"
    last_modified = first.header("Last-Modified")
    assert last_modified
    assert wsgi("/en/feeds/rss.xml", if_modified_since=last_modified).status == 304
    older = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert wsgi("/en/feeds/rss.xml", if_modified_since=older).status == 200
    assert wsgi("/en/feeds/rss.xml", if_modified_since="not a date").status == 200
    # If-None-Match decides when both are sent.
    both = wsgi("/en/feeds/rss.xml", if_modified_since=last_modified, if_none_match='"stale"')
    assert both.status == 200 and both.cache == "hit"


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/feeds/rss.xml",
        "/en/feeds/atom.xml?full=1",
        "/en/feeds/rss.xml",
        "/sitemap-en.xml",
        "/news-sitemap.xml",
        "/robots.txt",
        "/api/v1/editions",
        "/api/v1/articles?edition=en",
    ],
)
def test_rendered_responses_answer_conditional_get(client, article, path):
    first = client.get(path)
    assert first.status_code == 200
    etag = first["ETag"]
    second = client.get(path, headers={"if-none-match": etag})
    assert second.status_code == 304
    assert second.content == b""
    assert client.get(path, headers={"if-none-match": '"nope"'}).status_code == 200
