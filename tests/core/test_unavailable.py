"""503 when the database is down, and the 500 and 404 pages: branded, in the edition's
language, without the database and without a traceback.

The database is taken down here by making every query on the test's connection fail
(``tests.outages.database_down``); tests/core/test_database_down.py stops a real server.
"""

import json

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.cache import caches
from django.db.utils import InterfaceError, OperationalError
from django.test import RequestFactory
from django.urls import path

from broadsheet.core import unavailable
from broadsheet.core.unavailable import service_unavailable
from broadsheet.urls import urlpatterns as site_urlpatterns

from ..outages import database_down

ARABIC_TITLE = "الخدمة غير متاحة مؤقتاً"


@pytest.fixture
def site(home, section, article):
    return {"home": home.url, "section": section.url, "article": article.url}


@pytest.mark.parametrize(
    "url, kind, language",
    [
        ("/en/world/", "html", "en"),
        ("/ar/world/", "html", "ar"),
        ("/en/search/?q=harbour", "html", "en"),
        ("/ar/search/?q=harbour", "html", "ar"),
        ("/api/v1/editions", "json", "en"),
        ("/api/v1/articles?edition=en", "json", "en"),
        ("/en/feeds/rss.xml", "plain", "en"),
        ("/sitemap.xml", "plain", "en"),
        ("/news-sitemap.xml", "plain", "en"),
    ],
    ids=lambda value: value if isinstance(value, str) and value.startswith("/") else None,
)
def test_database_down_answers_503_in_the_urls_form_and_language(client, site, url, kind, language):
    if language == "en":  # the control: the same URL works while the database is up
        assert client.get(url).status_code == 200
        caches["pages"].clear()  # or the copy just stored would answer (tests/pagecache)
    with database_down():
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert response.get("X-Cache") is None  # neither stored nor answered from the page cache
    body = response.content.decode()
    assert "Traceback" not in body and "OperationalError" not in body
    if kind == "json":
        assert response["Content-Type"] == "application/json"
        assert json.loads(body) == {"detail": "Temporarily unavailable"}
        assert response["Access-Control-Allow-Origin"] == "*"
    elif kind == "plain":
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert body.startswith("Temporarily unavailable\n")
    else:
        direction = "rtl" if language == "ar" else "ltr"
        assert f'<html lang="{language}" dir="{direction}">' in body
        assert (ARABIC_TITLE if language == "ar" else "Temporarily unavailable") in body
        assert 'class="site-header"' in body  # the site's own look
        assert f'href="/{language}/"' in body


def test_interface_error_is_a_503_too(client, site):
    with database_down() as cursor:
        cursor.side_effect = InterfaceError("connection already closed")
        response = client.get(site["section"])
    assert response.status_code == 503


def test_service_unavailable_needs_no_database_and_takes_a_retry_after(
    db, django_assert_num_queries
):
    request = RequestFactory().get("/ru/search/?q=x")
    with django_assert_num_queries(0):
        response = service_unavailable(request, retry_after=120)
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert '<html lang="ru" dir="ltr">' in response.content.decode()
    assert "Временно недоступно" in response.content.decode()


def test_page_falls_back_to_plain_html_when_its_template_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("Missing staticfiles manifest entry for 'broadsheet/css/site.css'")

    monkeypatch.setattr(unavailable.loader, "render_to_string", broken)
    response = service_unavailable(RequestFactory().get("/ar/world/"))
    html = response.content.decode()
    assert (response.status_code, response["Retry-After"]) == (503, "30")
    assert '<html lang="ar" dir="rtl">' in html and ARABIC_TITLE in html
    assert "manifest" not in html


def test_retry_after_follows_the_setting(client, site, settings):
    settings.SERVICE_UNAVAILABLE_RETRY_AFTER = 5
    with database_down():
        assert client.get(site["section"])["Retry-After"] == "5"


class DatabaseGoneMiddleware:
    """Fails before any view runs, as a session or user lookup in a middleware would."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("server closed the connection unexpectedly")


def test_database_error_outside_a_view_is_a_503_not_a_500(client, site, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.DatabaseGoneMiddleware"]
    client.raise_request_exception = False
    response = client.get("/ar/world/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert ARABIC_TITLE in response.content.decode()


def test_not_found_page_while_the_database_is_down_is_a_503(client, site):
    # /xx/ is no edition: the URL does not resolve, and the 404 page itself needs the database.
    assert client.get("/xx/nothing/").status_code in (302, 404)  # the control
    with database_down():
        response = client.get("/xx/nothing/")
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.content.decode()


def test_not_found_page_is_in_the_editions_language(client, site):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الصفحة غير موجودة" in html  # "Page not found"
    assert "Traceback" not in html


def broken_view(request):
    raise RuntimeError("template exploded")


urlpatterns = [*i18n_patterns(path("broken/", broken_view)), *site_urlpatterns]
handler500 = "broadsheet.core.views.server_error"


@pytest.mark.urls(__name__)
@pytest.mark.parametrize(
    "url, language, heading",
    [("/en/broken/", "en", "Something went wrong"), ("/ar/broken/", "ar", "حدث خطأ ما")],
    ids=["english", "arabic"],
)
def test_server_error_page_is_branded_in_the_editions_language(
    client, db, url, language, heading, django_assert_num_queries
):
    client.raise_request_exception = False
    with django_assert_num_queries(0):
        response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 500
    assert "no-store" in response["Cache-Control"]
    direction = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert heading in html and 'class="site-header"' in html
    assert "template exploded" not in html and "Traceback" not in html
