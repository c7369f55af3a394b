"""Privacy changes purge like publishing: view restrictions added or removed, moves, deletions.

Through the real WSGI application, as in test_pagecache.py. Every purge here is done when the
change's transaction commits: the very next request is rendered afresh, with no task or
timer in between (bench/privacy_purge.py measures the time it takes).
"""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from ..factories import (
    EpisodePageFactory,
    PodcastIndexPageFactory,
    SectionPageFactory,
    ShowPageFactory,
)
from .test_pagecache import stored_then, wsgi


class RecordingBackend(BaseBackend):
    """Stands in for a CDN: remembers every URL it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def cdn(settings):
    RecordingBackend.purged = []
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "cdn": {"BACKEND": f"{__name__}.RecordingBackend"},
    }
    return RecordingBackend.purged


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="pw" if kind == "password" else ""
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Subscribers")[0])
    return restriction


def listing_urls(home, section):
    return {
        "section": section.url,
        "home": home.url,
        "tag page": f"{home.url}tags/floods/",
        "author page": f"{home.url}authors/mira-okafor/",
        "edition feed": "/en/feeds/rss.xml",
        "section feed": "/en/feeds/sections/world/rss.xml",
    }


@pytest.mark.parametrize(
    "kind",
    [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS],
)
def test_restricting_an_article_purges_it_and_everything_listing_it(
    home, section, article, kind, django_capture_on_commit_callbacks
):
    urls = listing_urls(home, section)
    for url in [article.url, *urls.values()]:
        assert stored_then(url).cache == "hit", url

    with django_capture_on_commit_callbacks(execute=True):
        restrict(article, kind)

    own = wsgi(article.url)
    assert own.cache != "hit" and article.title not in own.text
    assert own.status in (200, 302)  # Wagtail's password form, or off to sign in
    for name, url in urls.items():
        answer = wsgi(url)
        assert answer.cache != "hit", name
        assert article.title not in answer.text and article.url not in answer.text, name


def test_purge_waits_for_the_commit(article, django_capture_on_commit_callbacks):
    stored_then(article.url)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        restrict(article, PageViewRestriction.LOGIN)
        assert wsgi(article.url).cache == "hit"  # nothing purged before the change is visible
    assert callbacks


def test_lifting_a_restriction_purges_too(
    home, section, article, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = restrict(article, PageViewRestriction.PASSWORD)
    assert article.title not in stored_then(section.url).text
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    fresh = wsgi(section.url)
    assert fresh.cache == "miss" and article.title in fresh.text
    assert wsgi(article.url).status == 200


def test_restricting_a_section_purges_the_whole_edition(
    home, section, article, django_capture_on_commit_callbacks
):
    urls = [article.url, section.url, home.url, f"{home.url}tags/floods/"]
    for url in urls:
        stored_then(url)
    with django_capture_on_commit_callbacks(execute=True):
        restrict(section, PageViewRestriction.LOGIN)
    for url in urls:
        answer = wsgi(url)
        assert answer.cache != "hit", url
        assert article.title not in answer.text, url


def test_moving_an_article_purges_the_old_and_new_sections(
    home, section, article, django_capture_on_commit_callbacks
):
    other = SectionPageFactory(parent=home, title="Sport", slug="sport")
    old_url = article.url
    for url in (old_url, section.url, other.url):
        stored_then(url)
    with django_capture_on_commit_callbacks(execute=True):
        article.move(other, pos="last-child")
    moved = wsgi(old_url)  # Wagtail's redirects app sends readers on; no stale copy
    assert (moved.status, moved.header("Location")) == (
        301,
        article.specific.__class__.objects.get(pk=article.pk).url,
    )
    new_url = type(article).objects.get(pk=article.pk).url
    old_section, new_section = wsgi(section.url), wsgi(other.url)
    assert old_section.cache != "hit" and old_url not in old_section.text
    assert new_section.cache != "hit" and new_url in new_section.text


def test_deleting_an_article_purges_what_listed_it(
    home, section, article, django_capture_on_commit_callbacks
):
    url = article.url
    for page_url in (url, section.url, home.url):
        stored_then(page_url)
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert wsgi(url).status == 404
    for page_url in (section.url, home.url):
        assert article.title not in wsgi(page_url).text


def test_a_cdn_is_told_every_url_that_showed_the_article(
    home, section, article, cdn, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restrict(article, PageViewRestriction.PASSWORD)
    paths = {urlsplit(url).path for url in cdn}
    expected = {
        article.url,
        section.url,
        home.url,
        f"{home.url}tags/floods/",
        "/en/feeds/rss.xml",
        "/sitemap-en.xml",
        "/news-sitemap.xml",
        "/api/v1/articles",
        f"/api/v1/articles/{article.pk}",
        "/api/v1/editions/en/top-stories",
        "/api/v1/editions/en/most-read",
    }
    assert expected <= paths, expected - paths


def test_restricting_an_episode_purges_its_audio_feed_and_api_for_a_cdn(
    home, cdn, django_capture_on_commit_callbacks
):
    show = ShowPageFactory(parent=PodcastIndexPageFactory(parent=home), slug="tides")
    episode = EpisodePageFactory(parent=show)
    with django_capture_on_commit_callbacks(execute=True):
        restrict(episode, PageViewRestriction.LOGIN)
    paths = {urlsplit(url).path for url in cdn}
    assert {
        episode.audio_url,
        episode.url,
        show.url,
        show.url + "feed/",
        f"/api/v1/episodes/{episode.pk}",
        f"/api/v1/podcasts/{show.pk}/episodes",
    } <= paths
