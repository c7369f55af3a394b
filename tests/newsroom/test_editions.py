import re

import pytest
from django.conf import settings
from wagtail.models import Locale

from broadsheet.newsroom.models import ArticlePage, HomePage

from ..factories import translate


@pytest.fixture
def arabic_article(article):
    return translate(
        article,
        "ar",
        title="مجلس الميناء يوافق على خطة الجدار البحري",
        standfirst="التصويت ينهي عقداً من الجدل.",
    )


def test_all_seven_editions_exist_as_locales(db):
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {code for code, _name in settings.LANGUAGES}
    assert len(codes) == 7


def test_arabic_article_is_right_to_left_under_its_prefix(client, arabic_article):
    assert arabic_article.url.startswith("/ar/")
    response = client.get(arabic_article.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "مجلس الميناء يوافق على خطة الجدار البحري" in html


def test_english_page_is_left_to_right(client, article):
    assert '<html lang="en" dir="ltr">' in client.get(article.url).content.decode()


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def test_hreflang_links_are_reciprocal_across_translations(client, article):
    spanish = translate(article, "es", title="El consejo aprueba el dique")
    arabic = translate(article, "ar", title="مجلس الميناء يوافق")
    pages = [article, spanish, arabic]
    expected = {p.locale.language_code: p.full_url for p in pages}
    for page in pages:
        links = hreflangs(client.get(page.url).content.decode())
        assert links.pop("x-default") == article.full_url
        assert links == expected


def test_switcher_links_to_translation_or_edition_home(client, article):
    spanish = translate(article, "es", title="El consejo aprueba el dique")
    german_home = translate(
        HomePage.objects.get(locale__language_code="en"), "de", title="Broadsheet Deutsch"
    )
    html = client.get(article.url).content.decode()
    switcher = html[html.index('<nav class="editions"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert f'<a href="{spanish.url}" lang="es" hreflang="es">Español</a>' in switcher
    assert f'<a href="{german_home.url}" lang="de" hreflang="de">Deutsch</a>' in switcher
    assert 'lang="en" hreflang="en" aria-current="true">English</a>' in switcher
    # Editions without a home page yet are not offered.
    assert 'lang="fr"' not in switcher


def test_english_only_article_switches_to_german_home(client, article):
    translate(HomePage.objects.get(locale__language_code="en"), "de", title="Broadsheet Deutsch")
    html = client.get(article.url).content.decode()
    assert '<a href="/de/" lang="de" hreflang="de">Deutsch</a>' in html
    german = client.get("/de/")
    assert german.status_code == 200
    assert '<html lang="de" dir="ltr">' in german.content.decode()


def test_unpublished_translation_is_not_linked(client, article):
    translate(article, "fr", publish=False, title="Le conseil approuve la digue")
    html = client.get(article.url).content.decode()
    assert 'hreflang="fr"' not in html


@pytest.mark.parametrize(
    "accept, expected",
    [("ar,en;q=0.5", "/ar/"), ("de-DE,de;q=0.9", "/de/"), ("ja", "/en/"), ("", "/en/")],
    ids=["arabic reader", "german reader", "unsupported language", "no preference"],
)
def test_root_redirects_by_accept_language(client, home, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_edition_runs_its_own_stories(client, home, article, section, author):
    arabic_home = translate(home, "ar", title="برودشيت")
    arabic_section = translate(section, "ar", title="العالم")
    only_arabic = ArticlePage(
        title="خبر عربي فقط",
        slug="arabic-only",
        standfirst="قصة لا توجد إلا في النسخة العربية.",
        body=[("paragraph", "<p>نص</p>")],
        locale=arabic_home.locale,
    )
    arabic_section.add_child(instance=only_arabic)
    only_arabic.save_revision().publish()
    assert "خبر عربي فقط" in client.get(arabic_home.url).content.decode()
    assert "خبر عربي فقط" not in client.get(home.url).content.decode()
    assert article.title not in client.get(arabic_home.url).content.decode()


def test_unknown_language_prefix_is_the_default_404(client, home):
    response = client.get("/xx/world/", follow=True)
    assert response.status_code == 404
    assert '<html lang="en"' in response.content.decode()


def test_an_edition_taken_offline_takes_its_pages_with_it(client, home, section, article):
    arabic_home = translate(home, "ar", title="برودشيت")
    arabic_section = translate(section, "ar", title="العالم")
    arabic_home.unpublish()
    for url in (arabic_home.url, arabic_section.url, f"{arabic_home.url}search/?q=x"):
        response = client.get(url)
        assert response.status_code == 404, url
    # The default edition too: Wagtail would otherwise route through its unpublished home.
    home.unpublish()
    for url in (section.url, article.url, "/en/tags/floods/"):
        assert client.get(url).status_code == 404, url
