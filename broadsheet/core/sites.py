"""The public address: ``BASE_URL``, and the default Wagtail Site kept in step with it.

Every absolute URL readers, feed readers, crawlers and apps see is built either from the
Site (``page.get_full_url()``) or from ``public_url()``; both come from ``BASE_URL``.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connections
from wagtail.models import Site

logger = logging.getLogger("broadsheet.core")


def public_url(path="/"):
    """``path`` (or an absolute URL, returned as it is) on the public address."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.BASE_URL + ("" if path.startswith("/") else "/") + path


def site_address():
    """(hostname, port) of BASE_URL, as a Wagtail Site holds them."""
    parsed = urlsplit(settings.BASE_URL)
    return parsed.hostname, parsed.port or (443 if parsed.scheme == "https" else 80)


def sync_default_site(using="default"):
    """Give the default Site BASE_URL's hostname and port; the Site, or None if there is none.

    Saving the Site (only when it changed) tells the page cache to forget every page, whose
    links carried the old address.
    """
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = site_address()
    if (site.hostname, site.port) != (hostname, port):
        logger.info("Default site moved from %s to %s", site.root_url, settings.BASE_URL)
        site.hostname, site.port = hostname, port
        site.save(using=using, update_fields=["hostname", "port"])
    return site


def sync_after_migrate(sender, using="default", **kwargs):
    """post_migrate receiver: the Site follows BASE_URL on every ``migrate``, once Wagtail's
    tables exist (``migrate some_app`` on a new database may not have made them yet)."""
    if Site._meta.db_table in connections[using].introspection.table_names():
        sync_default_site(using=using)
