"""Anonymous readers get no session (nor a stored session row) until they sign in."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import caches
from django.test import Client

ANONYMOUS_GETS = ("home", "article", "section", "search", "bookmark", "login", "cookies")


def url_of(which, home, section, article):
    return {
        "home": home.url,
        "article": article.url,
        "section": section.url,
        "search": "/en/search/?q=floods",
        "bookmark": f"/en/account/bookmarks/add/?page={article.pk}",
        "login": "/en/account/login/",
        "cookies": "/en/account/cookies/",
    }[which]


def stored_sessions():
    """Session rows in the database, or keys in the cache when sessions live in Redis."""
    if settings.SESSION_ENGINE.endswith(".cache"):
        cache = caches[settings.SESSION_CACHE_ALIAS]
        return len(cache._cache.get_client().keys("*django.contrib.sessions*"))
    return Session.objects.count()


@pytest.mark.parametrize("which", ANONYMOUS_GETS)
def test_an_anonymous_get_sets_no_session_cookie(home, section, article, which):
    response = Client().get(url_of(which, home, section, article))
    assert response.status_code in (200, 302)
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_fifty_anonymous_readers_store_no_session(home, section, article):
    before = stored_sessions()
    for n in range(50):
        which = ANONYMOUS_GETS[n % len(ANONYMOUS_GETS)]
        Client(REMOTE_ADDR=f"198.51.100.{n}").get(url_of(which, home, section, article))
        Client().post(f"/beacon/views/{article.pk}/", HTTP_USER_AGENT="Mozilla/5.0 Firefox/128.0")
    assert stored_sessions() == before


def test_choosing_cookies_keeps_the_choice_in_a_cookie_not_a_session(home):
    client = Client()
    response = client.post(
        "/en/account/consent/", {"choice": "all"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.cookies[settings.CONSENT_COOKIE_NAME].value.startswith("1:all:")
    assert settings.SESSION_COOKIE_NAME not in response.cookies
