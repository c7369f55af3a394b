import pytest

from ..factories import ArticlePageFactory, AuthorFactory, HomePageFactory, SectionPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story(transactional_db):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Science", slug="science")
    author = AuthorFactory(name="Lena Varga", slug="lena-varga")
    return ArticlePageFactory(parent=section, title="Comet seen over the bay", authors=[author])


def test_copy_link_copies_the_article_url_and_says_so(live_server, page, story):
    url = live_server.url + story.url
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.goto(url)
    copy = page.locator("[data-share-copy] button")
    assert copy.is_visible()
    copy.click()
    page.wait_for_function("document.querySelector('.share__status').textContent === 'Link copied'")
    assert page.evaluate("navigator.clipboard.readText()") == story.full_url
    telegram = page.locator(".share__link--telegram")
    assert telegram.get_attribute("href").startswith("https://t.me/share/url?")
    assert errors == []  # no CSP violation or script error


def test_web_share_button_appears_only_where_the_browser_has_it(live_server, page, story):
    page.add_init_script("navigator.share = () => Promise.resolve(); window.__shared = true;")
    page.goto(live_server.url + story.url)
    assert page.locator("[data-share-native]").is_visible()


def test_api_docs_render_from_local_assets(live_server, page, transactional_db):
    outside = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith(live_server.url) else outside.append(request.url)
        ),
    )
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.goto(live_server.url + "/api/v1/docs/")
    page.get_by_text("/api/v1/articles/{article_id}").first.wait_for(timeout=15000)
    assert outside == []
    assert errors == []
