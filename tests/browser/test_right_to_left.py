import pytest

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    HomePageFactory,
    SectionPageFactory,
    translate,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_article_mirrors_the_english_layout(live_server, page, tmp_path):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="World", slug="world")
    english = ArticlePageFactory(
        parent=section, title="Ministers agree water framework", authors=[AuthorFactory()]
    )
    arabic = translate(
        english,
        "ar",
        title="الوزراء يتفقون على إطار للمياه",
        standfirst="اتفاق يضع جدولاً موسمياً لتصريف المياه.",
    )
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(live_server.url + english.url)
    page.screenshot(path=tmp_path / "english.png", full_page=True)
    en_crumb, en_lead = box(page, ".breadcrumb li"), box(page, ".article__lead img")
    en_title = box(page, "h1")

    page.goto(live_server.url + arabic.url)
    page.screenshot(path=tmp_path / "arabic.png", full_page=True)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    ar_crumb, ar_lead = box(page, ".breadcrumb li"), box(page, ".article__lead img")
    ar_title = box(page, "h1")
    middle = 1280 / 2

    # English starts on the left; Arabic starts on the right.
    assert en_crumb["x"] < middle < ar_crumb["x"] + ar_crumb["width"]
    assert en_title["x"] < 100 and ar_title["x"] + ar_title["width"] > 1280 - 100
    # The lead image (main column) and the rails swap sides on a wide screen.
    assert en_lead["x"] + en_lead["width"] / 2 < middle < ar_lead["x"] + ar_lead["width"] / 2
    assert (tmp_path / "arabic.png").stat().st_size > 10_000
    # Dates are written in Arabic.
    assert any("\u0600" <= ch <= "\u06ff" for ch in page.locator("time").first.inner_text())
