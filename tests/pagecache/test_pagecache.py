"""The full-page cache, through the real WSGI application (broadsheet.wsgi.application).

Django's test client does not go through PageCacheApp, so requests here are plain WSGI
calls; the client is used only where the storing side alone is meant.
"""

import io
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import quote, unquote_to_bytes
from wsgiref.util import setup_testing_defaults

import pytest
import time_machine
from django.conf.urls.i18n import i18n_patterns
from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import HttpResponse, StreamingHttpResponse
from django.test import override_settings
from django.urls import path
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from wagtail.models import Site

from broadsheet.core.cache import set_public_cache_headers
from broadsheet.core.models import SiteSettings
from broadsheet.core.pagination import encode_cursor
from broadsheet.newsroom.models import ArticlePage, TopStory
from broadsheet.pagecache import cache as pagecache
from broadsheet.urls import urlpatterns as site_urlpatterns
from broadsheet.wsgi import application

from ..factories import ArticlePageFactory, ReaderFactory, SectionPageFactory


@dataclass
class Answer:
    status: int
    headers: list
    body: bytes

    def header(self, name):
        values = [v for k, v in self.headers if k.lower() == name.lower()]
        return values[0] if values else None

    @property
    def cache(self):
        """X-Cache: "hit", "miss" (rendered and stored) or None (rendered, not stored)."""
        return self.header("X-Cache")

    @property
    def text(self):
        return self.body.decode()


def wsgi(url, *, method="GET", host="news.example.com", app=application, **headers):
    """One request through broadsheet.wsgi.application (or ``app``), as a WSGI server would.

    ``url`` is what a browser sends (percent-encoded); the server decodes the path into
    PATH_INFO's latin-1 text. Django's request signals would close the test's database
    connection, so they are held off around the call, as Django's test client does.
    """
    path_part, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": unquote_to_bytes(path_part).decode("latin-1"),
        "QUERY_STRING": query,
        "HTTP_HOST": host,
        "wsgi.input": io.BytesIO(),
    }
    for name, value in headers.items():
        environ["HTTP_" + name.upper()] = value
    setup_testing_defaults(environ)
    started = {}

    def start_response(status, response_headers, exc_info=None):
        started["status"] = int(status.split()[0])
        started["headers"] = response_headers

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return Answer(started["status"], started["headers"], body)


def stored_then(url, **kwargs):
    """Request twice; assert the first was stored and return the second answer."""
    first = wsgi(url, **kwargs)
    assert (first.status, first.cache) == (200, "miss"), (first.status, first.headers)
    return wsgi(url, **kwargs)


def publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


@pytest.fixture
def front_pages(home, section, article):
    return {"home": home.url, "section": section.url, "article": article.url}


# Hits -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["home", "section", "article"])
def test_second_anonymous_get_is_a_hit_without_queries(
    front_pages, name, django_assert_num_queries
):
    url = front_pages[name]
    first = wsgi(url)
    assert first.cache == "miss"
    with django_assert_num_queries(0):
        second = wsgi(url)
    assert second.status == 200
    assert second.cache == "hit"
    assert second.body == first.body
    assert int(second.header("Age")) < 5
    assert "public" in second.header("Cache-Control")
    assert second.header("Content-Security-Policy")  # headers of inner middleware are kept
    assert second.header("Set-Cookie") is None


def test_age_counts_from_when_the_page_was_stored(article):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        wsgi(article.url)
        traveller.shift(timedelta(seconds=42))
        assert wsgi(article.url).header("Age") == "42"


def test_head_hit_has_headers_and_no_body(article):
    body = wsgi(article.url).body
    head = wsgi(article.url, method="HEAD")
    assert (head.status, head.cache, head.body) == (200, "hit", b"")
    assert head.header("Content-Length") == str(len(body))
    assert head.header("Content-Type").startswith("text/html")


def test_consent_cookie_alone_still_hits(article):
    second = stored_then(article.url, cookie="broadsheet_consent=1.all.0b1c")
    assert second.cache == "hit"
    # and a reader without the cookie gets the same stored page
    assert wsgi(article.url).cache == "hit"


def test_test_client_and_wsgi_server_agree_on_keys(client, section):
    # Django's test client has no PageCacheApp in front: the middleware works out the key
    # itself, from the same environ a WSGI server sends.
    article = ArticlePageFactory(parent=section, slug="дамба-одобрена")
    assert client.get(article.url)["X-Cache"] == "miss"
    assert wsgi(article.url, host="testserver").cache == "hit"


# Never served, never stored ---------------------------------------------------------------
@pytest.mark.parametrize(
    "cookie",
    ["sessionid=abc123", "csrftoken=abc", "broadsheet_consent=1.all.x; sessionid=abc123"],
    ids=["session", "csrf token", "consent and session"],
)
def test_other_cookies_are_never_served_from_cache_nor_stored(article, cookie):
    with_cookie = wsgi(article.url, cookie=cookie)
    assert (with_cookie.status, with_cookie.cache) == (200, None)
    assert wsgi(article.url).cache == "miss"  # nothing was stored for the cookie request
    assert wsgi(article.url, cookie=cookie).cache is None  # and the stored page is not served


def test_authorization_header_bypasses_the_cache(article):
    wsgi(article.url)
    assert wsgi(article.url, authorization="Bearer abc").cache is None


def test_signed_in_reader_gets_a_private_page_and_nothing_is_stored(client, article):
    client.force_login(ReaderFactory())
    session = f"sessionid={client.cookies['sessionid'].value}"
    signed_in = wsgi(article.url, cookie=session)
    assert signed_in.status == 200
    assert "private" in signed_in.header("Cache-Control")
    assert signed_in.cache is None
    anonymous = wsgi(article.url)
    assert anonymous.cache == "miss"
    assert "public" in anonymous.header("Cache-Control")
    assert wsgi(article.url, cookie=session).cache is None


@pytest.mark.parametrize(
    "query",
    ["utm_source=newsletter", "after=1_1&utm_source=x", "q=harbour"],
    ids=["tracking parameter", "cursor and another", "search"],
)
def test_unknown_query_parameters_are_not_cached(article, query):
    for url in (f"{article.url}?{query}", f"/en/search/?{query}"):
        assert wsgi(url).cache is None
        assert wsgi(url).cache is None


def test_cursor_pages_are_cached_separately(section, make_article):
    now = timezone.now()
    newer = make_article(title="Rail link opens", published_at=now - timedelta(minutes=1))
    make_article(title="Port strike ends", published_at=now - timedelta(minutes=2))
    older_page = f"{section.url}?after={encode_cursor(newer)}"

    first = stored_then(section.url)
    assert first.cache == "hit" and "Rail link opens" in first.text
    second = stored_then(older_page)
    assert second.cache == "hit"
    assert "Rail link opens" not in second.text and "Port strike ends" in second.text


def test_made_up_cursors_are_not_stored(section, make_article):
    story = make_article(title="Rail link opens", published_at=timezone.now())
    for query in (f"after={story.pk + 1000}_{story.pk}", "after=abc", "before=1_1"):
        url = f"{section.url}?{query}"
        for _ in range(2):
            answer = wsgi(url)
            assert (answer.status, answer.cache) == (200, None)
            assert "Rail link opens" in answer.text
    assert stored_then(f"{section.url}?before={encode_cursor(story)}").cache == "hit"


@pytest.mark.parametrize(
    "path",
    ["/en/no-such-page/", "/en/world", "/"],
    ids=["page not found", "slash redirect", "language redirect"],
)
def test_site_errors_and_redirects_are_not_stored(section, path):
    answer = wsgi(path)
    assert answer.status in (301, 302, 404)
    assert answer.cache is None
    assert wsgi(path).cache is None


def test_admin_api_and_static_files_are_never_looked_up(home, monkeypatch):
    looked_up = []
    monkeypatch.setattr(pagecache, "read_versions", lambda found, cache: looked_up.append(found))
    assert wsgi("/api/v1/editions").status == 200
    assert wsgi("/admin/login/").status == 200
    wsgi("/static/broadsheet/css/site.css")
    assert looked_up == []
    wsgi(home.url)
    assert len(looked_up) == 1  # the control


# What the middleware refuses to store, whatever the request ---------------------------------
def _public(response, max_age=None):
    return set_public_cache_headers(response, max_age=max_age)


def _vary(header):
    response = _public(HttpResponse("varies"))
    patch_vary_headers(response, [header])
    return response


def _cookie():
    response = _public(HttpResponse("cookie"))
    response.set_cookie("tracking", "1")
    return response


def _encoded():
    response = _public(HttpResponse("gzip"))
    response["Content-Encoding"] = "gzip"
    return response


VIEWS = {
    "public": lambda: _public(HttpResponse("ok")),
    "not-found": lambda: _public(HttpResponse("gone", status=404)),
    "redirect": lambda: _public(HttpResponse(status=302, headers={"Location": "/en/"})),
    "error": lambda: _public(HttpResponse("broken", status=500)),
    "no-cache-control": lambda: HttpResponse("plain"),
    "private": lambda: HttpResponse("p", headers={"Cache-Control": "private, max-age=300"}),
    "no-store": lambda: HttpResponse("p", headers={"Cache-Control": "public, no-store"}),
    "no-cache": lambda: HttpResponse("p", headers={"Cache-Control": "public, no-cache"}),
    "max-age-0": lambda: _public(HttpResponse("now"), max_age=0),
    "sets-cookie": _cookie,
    "varies-language": lambda: _vary("Accept-Language"),
    "varies-star": lambda: _vary("*"),
    "compressed": _encoded,
    "too-big": lambda: _public(HttpResponse(b"x" * 2049)),
    "streaming": lambda: _public(StreamingHttpResponse(iter([b"a", b"b"]))),
}
# Under the language prefix, like reader pages: elsewhere LocaleMiddleware adds
# Vary: Accept-Language, which the cache refuses.
urlpatterns = [
    *i18n_patterns(
        *(path(f"t/{name}/", lambda request, make=make: make()) for name, make in VIEWS.items()),
        prefix_default_language=True,
    ),
    *site_urlpatterns,
]


@override_settings(ROOT_URLCONF=__name__, PAGE_CACHE_MAX_BYTES=2048)
@pytest.mark.parametrize("name", [name for name in VIEWS if name != "public"])
def test_middleware_stores_only_public_cookieless_ok_responses(db, name):
    assert stored_then("/en/t/public/").cache == "hit"  # the control is stored
    assert wsgi(f"/en/t/{name}/").cache is None
    assert wsgi(f"/en/t/{name}/").cache is None


@override_settings(ROOT_URLCONF=__name__)
def test_stored_for_the_responses_max_age(db):
    response = _public(HttpResponse("ok"), max_age=60)
    assert pagecache.storable_for(response) == 60
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        wsgi("/en/t/public/")  # max-age=300 by default
        traveller.shift(timedelta(seconds=299))
        assert wsgi("/en/t/public/").cache == "hit"
        traveller.shift(timedelta(seconds=2))
        if caches["pages"].__class__.__name__ == "LocMemCache":  # Redis expires in real time
            assert wsgi("/en/t/public/").cache == "miss"


def test_disabled_cache_neither_stores_nor_serves(article, settings):
    settings.PAGE_CACHE_ENABLED = False
    for _ in range(2):
        answer = wsgi(article.url)
        assert (answer.status, answer.cache) == (200, None)


def test_unreachable_cache_serves_from_django(article, monkeypatch):
    def unreachable():
        raise ConnectionError("cache down")

    monkeypatch.setattr(pagecache, "page_cache", unreachable)
    answer = wsgi(article.url)
    assert (answer.status, answer.cache) == (200, None)


# Purges ------------------------------------------------------------------------------------
def test_publishing_an_article_purges_it_its_section_and_home(home, section, article, author):
    other_section = SectionPageFactory(parent=home, title="Sport", slug="sport")
    for url in (article.url, section.url, home.url, other_section.url):
        assert stored_then(url).cache == "hit"

    publish(article, title="Sea wall vote overturned")

    for url in (article.url, section.url, home.url):
        fresh = wsgi(url)
        assert fresh.cache == "miss", url
        assert "Sea wall vote overturned" in fresh.text
    assert wsgi(other_section.url).cache == "hit"  # purges are by path, not everything


@pytest.mark.parametrize("listing", ["tags/floods/", "authors/mira-okafor/"])
def test_publishing_purges_the_articles_tag_and_author_pages(home, article, listing):
    url = f"{home.url}{listing}"
    assert stored_then(url).cache == "hit"
    publish(article, title="Flood barrier finished early")
    fresh = wsgi(url)
    assert fresh.cache == "miss" and "Flood barrier finished early" in fresh.text


def test_unpublishing_an_article_purges_it(article, section):
    stored_then(article.url)
    stored_then(section.url)
    article.unpublish()
    assert wsgi(article.url).status == 404
    assert article.title not in wsgi(section.url).text


def test_purge_reaches_every_host(article):
    hosts = ["news.example.com", "www.example.org:8443", "localhost"]
    for host in hosts:
        assert stored_then(article.url, host=host).cache == "hit"
    publish(article, title="Harbour wall delayed")
    for host in hosts:
        assert wsgi(article.url, host=host).cache == "miss"


def test_scheme_is_part_of_the_key(article):
    # Behind a TLS proxy an http request may deserve a redirect, not the https page.
    stored_then(article.url)
    with override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")):
        assert wsgi(article.url, x_forwarded_proto="https").cache == "miss"
        assert wsgi(article.url, x_forwarded_proto="https").cache == "hit"
        assert wsgi(article.url, x_forwarded_proto="http").cache == "hit"  # stored for http


@pytest.mark.parametrize(
    "slug", ["наводнение-в-порту", "فيضان-الميناء"], ids=["cyrillic", "arabic"]
)
def test_non_ascii_slug_is_purged_on_publish(section, slug):
    article = ArticlePageFactory(parent=section, slug=slug)
    browser_url = article.url  # what readers send: percent-encoded UTF-8
    assert browser_url == quote(f"/en/world/{slug}/")
    assert stored_then(browser_url).cache == "hit"
    publish(article, title="Harbour flood defences hold")
    fresh = wsgi(browser_url)
    assert fresh.cache == "miss" and "Harbour flood defences hold" in fresh.text


@pytest.mark.parametrize("encode", [False, True], ids=["raw IRI", "percent-encoded"])
def test_backend_purges_iri_in_either_form(section, encode):
    article = ArticlePageFactory(parent=section, slug="дамба")
    browser_url = article.url
    stored_then(browser_url)
    purge_url = "https://elsewhere.example" + (browser_url if encode else "/en/world/дамба/")
    pagecache.PageCacheBackend({}).purge(purge_url)
    assert wsgi(browser_url).cache == "miss"


def test_page_rendered_during_a_purge_is_not_served_afterwards(article, monkeypatch):
    """The race: a reader's render reads the old headline, the editor publishes and purges,
    then the old render is stored. It must land under the versions read when it arrived."""
    serve = ArticlePage.serve

    def serve_while_editor_publishes(page, request, *args, **kwargs):
        response = serve(page, request, *args, **kwargs)
        response.render()  # the old headline is in the page now
        monkeypatch.setattr(ArticlePage, "serve", serve)
        publish(ArticlePage.objects.get(pk=page.pk), title="Sea wall plan scrapped")
        return response

    stored_then(article.url)  # versions exist; then the page alone is purged
    pagecache.PageCacheBackend({}).purge(article.full_url)
    monkeypatch.setattr(ArticlePage, "serve", serve_while_editor_publishes)
    raced = wsgi(article.url)
    assert raced.cache == "miss" and "Sea wall plan scrapped" not in raced.text
    after = wsgi(article.url)
    assert after.cache == "miss"
    assert "Sea wall plan scrapped" in after.text


def test_lost_version_never_brings_old_pages_back(article):
    stored_then(article.url)
    version_key = pagecache.path_version_key(pagecache.normalise_path(article.url))
    old_version = caches["pages"].get(version_key)
    publish(article, title="Sea wall opens")
    # The purge's version is lost (evicted or expired): the page stored before it must not
    # be found again, as it would if a missing version were read as a default value.
    caches["pages"].delete(version_key)
    answer = wsgi(article.url)
    assert answer.cache == "miss" and "Sea wall opens" in answer.text
    assert caches["pages"].get(version_key) not in (None, old_version)


@pytest.mark.parametrize(
    "change",
    [
        "home published",
        "home unpublished",
        "site settings saved",
        "author saved",
        "author deleted",
        "section published",
    ],
)
def test_changes_shown_on_every_page_purge_everything(
    home, section, article, author, change, django_capture_on_commit_callbacks
):
    urls = [article.url, section.url, f"{home.url}tags/floods/"]
    for url in urls:
        stored_then(url)
    with django_capture_on_commit_callbacks(execute=True):
        if change == "home published":
            publish(home, breaking_news_text="Bridge closed")
        elif change == "home unpublished":
            home.unpublish()
        elif change == "site settings saved":
            SiteSettings.for_site(Site.objects.get(is_default_site=True)).save()
        elif change == "author saved":
            author.bio = "Now covering the harbour."
            author.save()
        elif change == "author deleted":
            author.delete()
        else:
            publish(section, title="World news")
    # Rendered afresh: a new copy stored, or "not found" once the edition home is offline.
    expected = (404, None) if change == "home unpublished" else (200, "miss")
    for url in urls:
        answer = wsgi(url)
        assert (answer.status, answer.cache) == expected, url


def test_purge_everything_waits_for_the_commit(article, author, django_capture_on_commit_callbacks):
    stored_then(article.url)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        author.save()
        assert wsgi(article.url).cache == "hit"  # not purged before the change is visible
    assert pagecache.purge_all in callbacks


# Scheduled changes of the front -------------------------------------------------------------
def _max_age(response):
    directives = dict(
        part.strip().partition("=")[::2] for part in response["Cache-Control"].split(",")
    )
    return int(directives["max-age"])


@pytest.mark.parametrize(
    "schedule, expected",
    [
        ({"slot_ends": 60}, 60),
        ({"slot_starts": 45, "slot_ends": 3600}, 45),
        ({"banner_expires": 90}, 90),
        ({"slot_ends": -60, "banner_expires": -1}, 300),
        ({}, 300),
    ],
    ids=[
        "slot ends in 60 s",
        "slot starts in 45 s",
        "banner expires in 90 s",
        "past changes do not count",
        "nothing scheduled",
    ],
)
def test_home_max_age_is_capped_by_the_next_scheduled_change(
    client, home, article, schedule, expected
):
    now = timezone.now()
    later = {name: now + timedelta(seconds=s) for name, s in schedule.items()}
    if "slot_starts" in later or "slot_ends" in later:
        TopStory.objects.create(
            home=home,
            article=article,
            starts_at=later.get("slot_starts"),
            ends_at=later.get("slot_ends"),
        )
    if "banner_expires" in later:
        publish(
            home, breaking_news_text="Polls close", breaking_news_expires_at=later["banner_expires"]
        )
    with time_machine.travel(now, tick=False):
        response = client.get(home.url)
    assert _max_age(response) == expected
    assert "public" in response["Cache-Control"]


def test_home_page_slot_ending_expires_the_stored_front(home, article):
    now = timezone.now()
    TopStory.objects.create(home=home, article=article, ends_at=now + timedelta(seconds=60))
    with time_machine.travel(now, tick=False) as traveller:
        first = wsgi(home.url)
        assert first.cache == "miss" and "max-age=60" in first.header("Cache-Control")
        if caches["pages"].__class__.__name__ == "LocMemCache":  # Redis expires in real time
            traveller.shift(timedelta(seconds=61))
            assert wsgi(home.url).cache == "miss"
