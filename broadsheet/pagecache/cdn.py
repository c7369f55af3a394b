"""Purging a CDN or Varnish in front of the site (``deploy/varnish.vcl``) over HTTP.

Each address in ``CDN_PURGE_URLS`` becomes a Wagtail frontend-cache backend
(``settings/base.py``), after the page cache's own, so that a purged URL is never fetched
again from a page cache still holding the old copy. Publishing and privacy changes then reach
the CDN through the same ``PurgeBatch`` calls that purge the page cache.

Two kinds of request, both ``PURGE`` (``deploy/varnish.vcl`` accepts them from its ACL only):

- a URL: the CDN drops every copy of its path, whatever the query string (listing cursors),
  as the page cache does;
- ``X-Purge: host`` on ``/``: the CDN drops every page of that host, sent whenever the page
  cache is emptied (``purge_all``: an edition home, a section, site settings or an author
  changed), for each Site's host and ``BASE_URL``'s.

Wagtail's ``HTTPBackend`` sends a path as it is given; Wagtail's URLs are IRIs (Arabic or
Cyrillic slugs) and a request line must be ASCII, so paths are percent-encoded as UTF-8 the
way browsers send them. A CDN that does not answer within ``CDN_PURGE_TIMEOUT`` seconds is
logged and skipped, never retried: the page then expires at its ``max-age``.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.apps import apps
from django.conf import settings
from django.utils.encoding import iri_to_uri
from django_tasks import task
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import get_backends

logger = logging.getLogger("broadsheet.pagecache")

PURGE_HOST_HEADER = "X-Purge"


class CDNBackend(HTTPBackend):
    """Wagtail's HTTP purge backend with encoded paths, a timeout and whole-host purges."""

    def __init__(self, params):
        self.timeout = params.pop("TIMEOUT", None) or settings.CDN_PURGE_TIMEOUT
        super().__init__(params)

    def _send(self, url, extra_headers=None):
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host += f":{parts.port}"
        target = urlunsplit(
            (self.cache_scheme, self.cache_netloc, iri_to_uri(parts.path or "/"), "", "")
        )
        headers = {"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"}
        request = PurgeRequest(url=target, headers={**headers, **(extra_headers or {})})
        try:
            with urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http(s) only: settings)
                response.read()
            return True
        except HTTPError as exc:
            logger.error("CDN purge of %s refused: HTTP %d %s", url, exc.code, exc.reason)
        except (URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            logger.error("CDN purge of %s failed: %s", url, reason)
        return False

    def purge(self, url):
        """Drop every copy of ``url``'s path (any query string) from the CDN."""
        return self._send(url)

    def purge_host(self, root_url):
        """Drop every page of ``root_url``'s host from the CDN."""
        return self._send(root_url, {PURGE_HOST_HEADER: "host"})


def cdn_backends():
    """The configured CDN backends (``CDN_PURGE_URLS``), by name."""
    return {
        name: backend for name, backend in get_backends().items() if isinstance(backend, CDNBackend)
    }


def site_roots():
    """The root URL of every host readers may reach the site under."""
    roots = {settings.BASE_URL.rstrip("/")}
    # By name: the WSGI wrapper imports this module before the app registry is ready.
    roots.update(site.root_url for site in apps.get_model("wagtailcore", "Site").objects.all())
    return sorted(roots)


@task()
def purge_cdn_hosts_task():
    for name, backend in cdn_backends().items():
        for root in site_roots():
            logger.info("[%s] Purging host: %s", name, root)
            backend.purge_host(root)


def purge_cdn_hosts():
    """Empty the CDN of every page of the site's hosts (through the task worker, as Wagtail's
    own purges go). Nothing is queued when no CDN is configured."""
    if settings.CDN_PURGE_URLS:
        purge_cdn_hosts_task.enqueue()
