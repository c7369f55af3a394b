import pytest

from ..factories import ArticlePageFactory, AuthorFactory, HomePageFactory, SectionPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def newsroom(transactional_db):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Science", slug="science")
    author = AuthorFactory(name="Lena Varga", slug="lena-varga")
    related = ArticlePageFactory(
        parent=section, title="Glacier survey finds faster melt", authors=[author]
    )
    article = ArticlePageFactory(
        parent=section,
        title="Telescope array spots a new comet",
        authors=[author],
        tags=["space"],
        body=[
            ("paragraph", "<p>Astronomers confirmed the sighting on Monday night.</p>"),
            (
                "quote",
                {
                    "text": "It was a faint smudge at first.",
                    "attribution": "Dr Ines Paul",
                    "style": "pull",
                },
            ),
            ("read_more", {"article": related}),
            ("paragraph", "<p>The comet will be visible with binoculars in March.</p>"),
        ],
    )
    return home, section, article, related


def test_home_to_section_to_article(live_server, page, newsroom):
    home, section, article, related = newsroom
    page.goto(live_server.url + home.url)
    assert page.title().startswith("The Daily Test") or "Broadsheet" in page.title()

    page.locator(".site-menu summary").click()  # on a phone the sections are behind the menu
    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Science").click()
    page.wait_for_url(f"**{section.url}")
    assert page.get_by_role("heading", level=1).inner_text() == "Science"

    page.get_by_role("link", name="Telescope array spots a new comet").first.click()
    page.wait_for_url(f"**{article.url}")
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text() == "Telescope array spots a new comet"
    assert page.locator("time[datetime]").first.is_visible()
    crumbs = page.get_by_role("navigation", name="Breadcrumb").get_by_role("link")
    assert crumbs.all_inner_texts() == ["Home", "Science"]
    lead = page.locator("figure.article__lead")
    assert "© Ana Lindqvist; Northlight Agency" in lead.locator("figcaption").inner_text()
    lead_img = lead.locator("img")
    assert lead_img.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.locator("blockquote").inner_text() == "It was a faint smudge at first."
    card = page.get_by_role("complementary", name="Read more")
    assert "Glacier survey finds faster melt" in card.inner_text()
    assert "All rights reserved." in page.locator("footer").inner_text()

    card.get_by_role("link").click()
    page.wait_for_url(f"**{related.url}")
    assert page.locator("h1").inner_text() == "Glacier survey finds faster melt"
