"""Full-page cache for anonymous readers, answered before Django is entered.

Reader pages are the same for every anonymous reader of a URL (see ``set_page_cache_headers``
in ``core/models.py``), so a stored copy can be sent without running middleware, views,
templates or queries. Three pieces share the keys defined here:

``PageCacheApp``
    Wraps the WSGI application (``broadsheet/wsgi.py``). For an eligible GET or HEAD it asks
    its process's in-memory layer (``local.py``), then reads the page's key versions and the
    page from the shared store; a hit is answered at once, in the coding the client accepts
    (``compression.py``), and a miss goes on to Django with the key it may be stored under in
    ``environ``.
``PageCacheMiddleware``
    First in ``MIDDLEWARE``, so it sees every header the others add. Stores a response that
    is public, cookie-free and the same for every anonymous reader, with its Brotli and gzip
    copies, for its ``max-age``, and
    keeps it for its ``stale-if-error`` seconds more: past ``max-age`` a copy is never a hit,
    but when rendering afresh fails (a 5xx, the database down) it is answered instead, with
    ``X-Cache: stale``.
``PageCacheBackend``
    A Wagtail frontend-cache backend: the purges that publishing already sends to a CDN
    (``PurgeBatch`` in the apps' signal handlers) reach this cache too.

Eligible requests (``lookup``): GET or HEAD, no ``Authorization``, no cookie but the consent
cookie (the banner is shown or hidden by JavaScript), a query string made only of the names in
``PAGE_CACHE_QUERY_PARAMS`` (the listing cursor; search pages are never cached), and a path
outside the admin, the API (and allauth's sign-in API for it), the health checks and static or
media files.

Keys. Pages are stored per scheme, host, path and query, but Wagtail purges a path under the
Site's hostname, which need not be the Host readers send. So each page key carries two
versions: a global generation (``purge_all``) and a version of its path (``purge_paths``). A
purge writes a new version and every copy of the path, under any host or cursor, becomes
unreachable; it then expires on its own. The versions are read once, when the request
arrives, and the page is stored under those: a page rendered while a publish purged it lands
under a dead key instead of outliving the purge. A version that is missing (never written,
expired or evicted) is never assumed: the request is a miss, and the page is stored only if
this request manages to create the version (``cache.add``), so an old copy can never come
back to life under a recreated version. A stale copy is looked up again, under the versions
current when rendering failed, so a purge made while the request ran is honoured too.

Paths are compared as percent-encoded UTF-8 on all three sides: WSGI's ``PATH_INFO`` holds
the request's decoded bytes as latin-1 text, while purge URLs carry Wagtail's IRIs (Arabic or
Cyrillic slugs), raw or percent-encoded.

The cache alias (``PAGE_CACHE_ALIAS``) must be shared by every server process and the task
worker that runs Wagtail's purges: Redis, or files on one machine, never local memory.
On files, ``cache.add`` is a check then a write, not one atomic step as in Redis: a purge
landing between the two, just as a missing version is being recreated, could be overwritten
and one page outlive it until its ``max-age``. Sites with more than one server use Redis.
"""

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from urllib.parse import parse_qsl, quote, unquote_to_bytes, urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.utils.cache import get_max_age, patch_vary_headers, set_response_etag
from django.utils.http import parse_etags, parse_http_date_safe
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from . import compression
from .cdn import purge_cdn_hosts
from .local import LocalLayer, bump_epoch

logger = logging.getLogger("broadsheet.core")

# What the WSGI wrapper leaves in environ for the middleware: a Lookup, or None when the
# request is not eligible. Absent when the wrapper did not run (Django's test client).
ENVIRON_KEY = "broadsheet.pagecache"
GENERATION_KEY = "generation"
# Path versions only need to outlive the pages stored under them; a lost version costs a miss.
PATH_VERSION_TIMEOUT = 7 * 24 * 3600
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/api/", "/_allauth/", "/health/")
# Characters left as they are when a path is percent-encoded (RFC 3986 pchar and "/").
PATH_SAFE = "/:@!$&'()*+,;=~"
STORABLE_VARY = {"cookie", "accept-encoding"}
OWN_HEADERS = {"age", "x-cache", "warning"}
STALE_WARNING = '110 - "Response is Stale"'
# What a 304 repeats of the stored page (as Django's conditional responses do).
NOT_MODIFIED_HEADERS = {
    "cache-control",
    "content-location",
    "date",
    "etag",
    "expires",
    "last-modified",
    "vary",
}


def page_cache():
    """The cache the pages and their versions live in (``PAGE_CACHE_ALIAS``)."""
    return caches[settings.PAGE_CACHE_ALIAS]


def normalise_path(raw):
    """A path as percent-encoded UTF-8, from bytes or from text (raw or percent-encoded IRI)."""
    if isinstance(raw, str):
        raw = unquote_to_bytes(raw)
    return quote(raw, safe=PATH_SAFE)


def _digest(text):
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def path_version_key(path):
    """The cache key of a normalised path's version."""
    return "path:" + _digest(path)


def new_version():
    """A version no earlier purge can have written (nanoseconds since 1970)."""
    return time.time_ns()


@dataclass
class Lookup:
    """Where an eligible request's page is stored, with the versions read on arrival."""

    url: str
    path_key: str
    generation: int | None = None
    version: int | None = None

    @property
    def complete(self):
        return self.generation is not None and self.version is not None

    @property
    def page_key(self):
        return f"page:{self.generation}:{self.version}:{_digest(self.url)}"


def _scheme(environ):
    # As Django's HttpRequest.scheme: a page served over http may be a redirect to https.
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def _host(environ, scheme):
    # As Django's HttpRequest.get_host(), less validation: a Host Django refuses is never
    # stored, so a key made of it can never hit.
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        host = environ["HTTP_X_FORWARDED_HOST"]
    elif "HTTP_HOST" in environ:
        host = environ["HTTP_HOST"]
    else:
        host = environ.get("SERVER_NAME", "")
        port = str(environ.get("SERVER_PORT", ""))
        if port and port != ("443" if scheme == "https" else "80"):
            host = f"{host}:{port}"
    return host.lower()


def _excluded(path):
    prefixes = [*EXCLUDED_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL]
    return path.startswith(tuple(p for p in prefixes if p and p.startswith("/")))


def lookup(environ, raw_path=None):
    """The Lookup of an eligible request, versions not read yet; None when not eligible.

    ``raw_path`` is the path's bytes; by default they come from the WSGI environ, where the
    server left them as latin-1 text. Inside Django, ``request.META`` holds the path decoded
    as UTF-8 instead, so the middleware passes ``request.path.encode()``.
    """
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD") or "HTTP_AUTHORIZATION" in environ:
        return None
    cookie = environ.get("HTTP_COOKIE")
    if cookie and parse_cookie(cookie).keys() - {settings.CONSENT_COOKIE_NAME}:
        return None
    query = environ.get("QUERY_STRING", "")
    if query:
        allowed = settings.PAGE_CACHE_QUERY_PARAMS
        if not all(name in allowed for name, _ in parse_qsl(query, keep_blank_values=True)):
            return None
    if raw_path is None:
        try:
            raw_path = (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")).encode(
                "latin-1"
            )
        except UnicodeEncodeError:  # not what a WSGI server sends
            return None
    path = normalise_path(raw_path or b"/")
    if _excluded(path):
        return None
    scheme = _scheme(environ)
    url = f"{scheme}://{_host(environ, scheme)}{path}?{query}"
    return Lookup(url=url, path_key=path_version_key(path))


def read_versions(found, cache):
    """Fill in the generation and path version current now (None for any that is missing)."""
    versions = cache.get_many([GENERATION_KEY, found.path_key])
    found.generation = versions.get(GENERATION_KEY)
    found.version = versions.get(found.path_key)
    return found


@dataclass
class Entry:
    """A stored page: its headers and body, when it was stored, and for how long it is fresh
    (``max-age``) and may then be answered when rendering fails (``stale-if-error``), with its
    compressed copies ({coding: body}, made when it was stored)."""

    headers: list
    body: bytes
    stored_at: float
    fresh_for: int
    stale_for: int = 0
    variants: dict = field(default_factory=dict)

    @classmethod
    def from_cached(cls, value):
        if value is None:
            return None
        if len(value) == 3:  # stored before stale copies were kept: fresh until it expires
            headers, body, stored_at = value
            return cls(headers, body, stored_at, fresh_for=PATH_VERSION_TIMEOUT)
        return cls(*value)

    def to_cached(self):
        return (
            self.headers,
            self.body,
            self.stored_at,
            self.fresh_for,
            self.stale_for,
            self.variants,
        )

    @property
    def size(self):
        """Roughly the bytes it holds in memory (for the in-process layer's bound)."""
        headers = sum(len(k) + len(v) for k, v in self.headers)
        return len(self.body) + sum(map(len, self.variants.values())) + headers + 200

    def age(self, now=None):
        return max(0, int((time.time() if now is None else now) - self.stored_at))

    @property
    def fresh(self):
        return time.time() < self.stored_at + self.fresh_for

    @property
    def usable_on_error(self):
        return time.time() < self.stored_at + self.fresh_for + self.stale_for


def stale_entry(url, path_key):
    """The stored copy of ``url`` that may answer for a failed render, or None.

    Read under the versions current now, not those read when the request arrived, so a
    page purged in the meantime is never answered.
    """
    current = Lookup(url=url, path_key=path_key)
    try:
        cache = page_cache()
        read_versions(current, cache)
        entry = Entry.from_cached(cache.get(current.page_key)) if current.complete else None
    except Exception:
        logger.exception("Page cache lookup of a stale copy failed")
        return None
    return entry if entry is not None and entry.usable_on_error else None


class Flights:
    """The misses this process is rendering, by page key, so that a request missing a page
    already being rendered waits for that render (``PAGE_CACHE_COALESCE_WAIT_MS`` at most)
    instead of rendering it again. Keys carry the versions, so a purge starts new flights."""

    def __init__(self):
        self._lock = threading.Lock()
        self._running = {}

    def begin(self, key):
        """(event, leader): the leader renders, then calls ``end``; the others wait on the
        event."""
        with self._lock:
            event = self._running.get(key)
            if event is not None:
                return event, False
            event = self._running[key] = threading.Event()
            return event, True

    def end(self, key, event):
        with self._lock:
            if self._running.get(key) is event:
                del self._running[key]
        event.set()

    def __len__(self):
        return len(self._running)


class PageCacheApp:
    """WSGI application answering cached pages, and handing everything else to Django."""

    def __init__(self, application):
        self.application = application
        # Recent hits in this process's memory, in front of the shared store (local.py).
        self.local = LocalLayer(
            settings.PAGE_CACHE_LOCAL_MAX_BYTES, settings.PAGE_CACHE_LOCAL_CHECK_MS / 1000
        )
        self.flights = Flights()

    def __call__(self, environ, start_response):
        if not settings.PAGE_CACHE_ENABLED:
            return self.application(environ, start_response)
        found = lookup(environ)
        environ[ENVIRON_KEY] = found
        entry = epoch = None
        if found is not None:
            try:
                cache = page_cache()
                epoch = self.local.current_epoch(cache) if self.local.enabled else None
                if epoch is not None:
                    entry = self.local.get(found.url)
                    if entry is not None and entry.fresh:
                        return self.answer(environ, start_response, entry, "hit")
                    if entry is not None:
                        self.local.discard(found.url)
                read_versions(found, cache)
                entry = Entry.from_cached(cache.get(found.page_key)) if found.complete else None
            except Exception:
                # An unreachable cache must not take the site down: render instead. Purges
                # cannot be seen while it is unreachable, so this process's layer stops
                # answering now, not at its next epoch check.
                logger.exception("Page cache lookup failed")
                self.local.clear()
                environ[ENVIRON_KEY] = found = None
            else:
                if entry is not None and entry.fresh:
                    if epoch is not None:
                        self.local.put(found.url, entry, epoch)
                    return self.answer(environ, start_response, entry, "hit")
        if found is None or not found.complete:
            return self.render(environ, start_response, entry)
        # A miss: if this process is already rendering the same page (a purge, then many
        # readers at once), wait for that render and answer what it stored.
        flight, leader = self.flights.begin(found.page_key)
        if leader:
            try:
                return self.render(environ, start_response, entry)
            finally:
                self.flights.end(found.page_key, flight)
        if flight.wait(settings.PAGE_CACHE_COALESCE_WAIT_MS / 1000):
            try:
                stored = Entry.from_cached(page_cache().get(found.page_key))
            except Exception:
                logger.exception("Page cache lookup failed")
                stored = None
            if stored is not None and stored.fresh:
                if epoch is not None:
                    self.local.put(found.url, stored, epoch)
                return self.answer(environ, start_response, stored, "hit")
        # The render stored nothing (not cacheable, failed) or took too long: render too.
        return self.render(environ, start_response, entry)

    def render(self, environ, start_response, entry):
        """Django's answer; past max-age, a stored copy still answers if rendering fails."""
        if entry is None or not entry.usable_on_error:
            return self.application(environ, start_response)
        # A 5xx is replaced by PageCacheMiddleware; this catches what escapes Django itself.
        try:
            return self.application(environ, start_response)
        except Exception:
            logger.exception("Rendering failed; answering a stale copy")
            return self.answer(environ, start_response, entry, "stale")

    def answer(self, environ, start_response, entry, outcome):
        own = [("Age", str(entry.age())), ("X-Cache", outcome)]
        if outcome == "stale":
            own.append(("Warning", STALE_WARNING))
        headers, body = entry.headers, entry.body
        coding = compression.negotiate(environ.get("HTTP_ACCEPT_ENCODING"), tuple(entry.variants))
        if coding is not None:
            body = entry.variants[coding]
            headers = compression.copy_headers(headers, coding, body)
        if not_modified(environ, headers):
            kept = [(k, v) for k, v in headers if k.lower() in NOT_MODIFIED_HEADERS]
            start_response("304 Not Modified", [*kept, *own])
            return [b""]
        start_response("200 OK", [*headers, *own])
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]


def _header(headers, name):
    return next((value for key, value in headers if key.lower() == name), None)


def _opaque(tag):
    return tag.removeprefix("W/")


def not_modified(environ, headers):
    """Whether a conditional GET or HEAD may be answered 304 from a stored page's headers.

    As Django's ``get_conditional_response`` (RFC 9110 section 13.2.2): If-None-Match, with
    weak comparison, decides when it is sent; otherwise If-Modified-Since.
    """
    etag = _header(headers, "etag")
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        if etag is None:
            return False
        tags = parse_etags(if_none_match)
        return "*" in tags or _opaque(etag) in {_opaque(tag) for tag in tags}
    last_modified = _header(headers, "last-modified")
    if_modified_since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if if_modified_since is None or last_modified is None:
        return False
    since, modified = parse_http_date_safe(if_modified_since), parse_http_date_safe(last_modified)
    return since is not None and modified is not None and modified <= since


def cache_control_directives(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in response.get("Cache-Control", "").split(",")
        if part.strip()
    }


def cache_control_seconds(response, directive):
    """The seconds a ``Cache-Control`` directive (``stale-if-error``) gives, 0 when absent."""
    for part in response.get("Cache-Control", "").split(","):
        name, _, value = part.partition("=")
        if name.strip().lower() == directive:
            try:
                return max(int(value.strip().strip('"')), 0)
            except ValueError:
                return 0
    return 0


def storable_for(response):
    """Seconds a response is fresh for every anonymous reader; 0 when it may not be kept."""
    if response.status_code != HTTPStatus.OK or response.streaming:
        return 0
    directives = cache_control_directives(response)
    if "public" not in directives or directives & {"private", "no-store", "no-cache"}:
        return 0
    if response.cookies or response.has_header("Set-Cookie"):
        return 0
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    # A compressed body would be sent to clients that did not ask for it.
    if vary - STORABLE_VARY or response.has_header("Content-Encoding"):
        return 0
    if len(response.content) > settings.PAGE_CACHE_MAX_BYTES:
        return 0
    return max(get_max_age(response) or 0, 0)


def _ensure_version(cache, key, value, timeout):
    """The version to store under: the one read on arrival, or one this request created."""
    if value is not None:
        return value
    created = new_version()
    return created if cache.add(key, created, timeout) else None


class PageCacheMiddleware:
    """Store what an eligible GET rendered, under the versions read when it arrived."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED:
            return self.get_response(request)
        if ENVIRON_KEY in request.META:
            found = request.META[ENVIRON_KEY]
        else:  # called without PageCacheApp in front (the test client, another server)
            found = lookup(request.META, request.path.encode())
            if found is not None:
                try:
                    read_versions(found, page_cache())
                except Exception:
                    logger.exception("Page cache lookup failed")
                    found = None
        response = self.get_response(request)
        if found is None:
            return response
        if response.status_code >= HTTPStatus.INTERNAL_SERVER_ERROR:
            return self.stale_or(found, request, response)
        if request.method == "GET":
            self.store(found, request, response)
        return response

    def stale_or(self, found, request, response):
        """The stored copy, if one may answer for this failed render; else ``response``."""
        entry = stale_entry(found.url, found.path_key)
        if entry is None:
            return response
        logger.warning(
            "Answered a stale copy of %s (render failed with %s)",
            request.path,
            response.status_code,
        )
        stale = HttpResponse(b"" if request.method == "HEAD" else entry.body)
        for name, value in entry.headers:
            stale[name] = value
        stale["Age"] = str(entry.age())
        stale["X-Cache"] = "stale"
        stale["Warning"] = STALE_WARNING
        return stale

    def store(self, found, request, response):
        fresh_for = storable_for(response)
        if not fresh_for:
            return
        if not response.has_header("ETag"):  # so that hits answer conditional requests too
            set_response_etag(response)
        variants = {}
        if compression.may_compress(request, response):
            # Compressed once here, so that no hit compresses anything (CompressionMiddleware
            # sends this request's copy from them too).
            patch_vary_headers(response, ["Accept-Encoding"])
            variants = response.compressed_copies = compression.encode(response.content)
        stale_for = cache_control_seconds(response, "stale-if-error")
        headers = [(k, v) for k, v in response.items() if k.lower() not in OWN_HEADERS]
        entry = Entry(headers, response.content, time.time(), fresh_for, stale_for, variants)
        try:
            cache = page_cache()
            found.generation = _ensure_version(cache, GENERATION_KEY, found.generation, None)
            found.version = _ensure_version(
                cache, found.path_key, found.version, PATH_VERSION_TIMEOUT
            )
            if not found.complete:  # a purge got there first; this copy may be stale
                return
            # Kept past max-age for stale-if-error; `Entry.fresh` decides what is a hit.
            cache.set(found.page_key, entry.to_cached(), fresh_for + stale_for)
        except Exception:
            logger.exception("Page cache store failed")
            return
        response["X-Cache"] = "miss"


def purge_paths(paths):
    """Make every stored copy of these paths, under any host or query, unreachable."""
    versions = {path_version_key(normalise_path(path)): new_version() for path in paths}
    if versions:
        cache = page_cache()
        cache.set_many(versions, PATH_VERSION_TIMEOUT)
        bump_epoch(cache, new_version())


def purge_all():
    """Make every stored page unreachable (something shown on every page changed), here, in
    every process's in-process layer (``local.py``) and in a CDN in front (``cdn.py``)."""
    cache = page_cache()
    cache.set(GENERATION_KEY, new_version(), None)
    bump_epoch(cache, new_version())
    purge_cdn_hosts()


def purge_all_on_commit(*args, **kwargs):
    """Signal receiver: ``purge_all`` once the change is committed, so no reader can render
    the old data after the purge."""
    transaction.on_commit(purge_all, robust=True)


class PageCacheBackend(BaseBackend):
    """Wagtail frontend-cache backend purging this cache, by path, whatever the host."""

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        purge_paths(urlsplit(url).path or "/" for url in urls)
