"""Privacy changes purge like publishing.

Who may see a page changes not only when it is published or unpublished (the apps' own
handlers purge then) but when a view restriction (password, sign-in, groups) is added to it
or to a page above it, or removed, and when it is moved. Each purges, once the change is
committed:

- an article or an episode: its URL, every page above it, its tag and author pages, the feeds
  and sitemaps that list it, its show's feed and its audio, and the app API's lists;
- any other page (a section, an edition home, a show), and any page moved: the whole page
  cache (menus, rails and breadcrumbs of many pages change), plus, for a CDN behind
  ``WAGTAILFRONTENDCACHE``, the page, its descendants, the pages above it and its old address.

Deleting a page unpublishes it first (Wagtail), which the publishing handlers already purge;
reader search re-indexes on restriction changes and moves itself (``search.signal_handlers``).
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from broadsheet.delivery.feed_urls import feed_urls_for_article
from broadsheet.newsroom.models import ArticlePage, HomePage
from broadsheet.podcasts.models import EpisodePage, ShowPage
from broadsheet.videopages.models import VideoPage

from .cache import purge_all, purge_paths

logger = logging.getLogger("broadsheet.pagecache")

LEAF_TYPES = (ArticlePage, EpisodePage)
# The page cache's own entry in WAGTAILFRONTENDCACHE (settings/base.py).
PAGE_CACHE_BACKEND = "pages"


def api_urls(page):
    """The app API's URLs that may list or show ``page`` (without their query strings)."""
    home = HomePage.objects.for_locale(page.locale_id)
    root = (home or page).get_site().root_url
    paths = [reverse("api_v1:articles"), reverse("api_v1:sections")]
    if home is not None:
        language = home.locale.language_code
        for name in ("top_stories", "most_read", "podcasts", "video_pages"):
            paths.append(reverse(f"api_v1:{name}", kwargs={"language": language}))
    if isinstance(page, ArticlePage):
        paths.append(reverse("api_v1:article_detail", kwargs={"article_id": page.pk}))
    if isinstance(page, EpisodePage):
        paths.append(reverse("api_v1:episode_detail", kwargs={"episode_id": page.pk}))
        if page.show is not None:
            paths.append(reverse("api_v1:episodes", kwargs={"show_id": page.show.pk}))
    return {root + path for path in paths}


def leaf_urls(page, batch):
    """Add what shows an article or an episode to ``batch``."""
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific())
    batch.add_page(page)
    batch.add_pages(ancestors)
    if isinstance(page, ArticlePage):
        home = ancestors[0] if ancestors else None
        if isinstance(home, HomePage):
            for slug in page.tags.values_list("slug", flat=True):
                batch.add_url(home.full_url + home.reverse_subpage("tag", args=[slug]))
            for slug in page.article_authors.values_list("author__slug", flat=True):
                batch.add_url(home.full_url + home.reverse_subpage("author", args=[slug]))
        batch.add_urls(feed_urls_for_article(page))
    else:
        for show in ancestors:
            if isinstance(show, ShowPage):
                batch.add_url(show.full_url + show.reverse_subpage("feed"))
        if page.audio:
            batch.add_url(page.get_site().root_url + page.audio_url)
    batch.add_urls(api_urls(page))


def purge_visibility_change(page, *, old_parent_id=None):
    """Purge everything that may show ``page`` or a page below it; see the module docstring.

    After a move (``old_parent_id``) everything is purged: the old section's fronts and feeds,
    and the breadcrumbs of every page moved, changed too.
    """
    page = page.specific
    batch = PurgeBatch()
    old_parent = old_parent_id and Page.objects.filter(pk=old_parent_id).specific().first()
    if old_parent:
        purge_all()
        batch.add_url(old_parent.full_url + page.slug + "/")
        batch.add_pages(old_parent.get_ancestors(inclusive=True).filter(depth__gt=1).specific())
    backends = set(getattr(settings, "WAGTAILFRONTENDCACHE", None) or ())
    if isinstance(page, LEAF_TYPES):
        leaf_urls(page, batch)
    else:
        purge_all()
        # The page cache is empty now; a CDN still needs each URL.
        backends.discard(PAGE_CACHE_BACKEND)
        if backends:
            batch.add_pages(page.get_ancestors().filter(depth__gt=1).specific())
            batch.add_pages(page.get_descendants(inclusive=True).specific().defer_streamfields())
            batch.add_urls(api_urls(page))
    if PAGE_CACHE_BACKEND in backends:
        # At once, not through the task worker's queue: readers must not wait for its poll.
        purge_paths(urlsplit(url).path or "/" for url in batch.urls)
        backends.discard(PAGE_CACHE_BACKEND)
    if backends:
        batch.purge(backends=sorted(backends))
    logger.info("Purged %d URLs showing %s (visibility changed)", len(batch.urls), page.url_path)


def _on_commit(page_id, **kwargs):
    def purge():
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            purge_visibility_change(page, **kwargs)

    transaction.on_commit(purge, robust=True)


def restriction_changed(sender, instance, **kwargs):
    """A view restriction was added, changed or removed: its page and those below it."""
    _on_commit(instance.page_id)


def page_moved(sender, instance, parent_page_before, **kwargs):
    """A page moved (or reordered): it, its old and new places, and everything below it."""
    _on_commit(instance.pk, old_parent_id=parent_page_before.pk)


def purge_api_lists(sender, instance, **kwargs):
    """Publishing or unpublishing a story, an episode or a video page changes the app API's
    lists."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        PurgeBatch(api_urls(instance)).purge()


def connect():
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="privacy-save")
    post_delete.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid="privacy-del")
    post_page_move.connect(page_moved, dispatch_uid="privacy-move")
    for model in (*LEAF_TYPES, VideoPage):
        for signal in (page_published, page_unpublished):
            signal.connect(purge_api_lists, sender=model, dispatch_uid=f"privacy-api-{model}")
