"""The reader layout on a phone first: the header, the first screen, the order of the front,
right-to-left mirroring, bad input, and screenshots compared with committed baselines.

Baselines live in tests/browser/baselines/; `UPDATE_BASELINES=1 pytest tests/browser/test_layout.py`
writes them again (look at them before committing).
"""

import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from PIL import Image, ImageChops
from wagtail.models import Site

from broadsheet.core.models import SiteSettings
from broadsheet.newsroom.models import TopStory

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    HomePageFactory,
    ImageFactory,
    SectionPageFactory,
    image_bytes,
    translate,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
BASELINES = Path(__file__).parent / "baselines"
# A pixel counts as changed when a channel moves by more than this (anti-aliasing noise stays
# below it); a screenshot fails when more than MAX_CHANGED of its pixels changed.
PIXEL_THRESHOLD = 48
MAX_CHANGED = 0.02
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
SHOWN_HEIGHTS = "els => els.filter(e => e.checkVisibility()).map(e => e.offsetHeight)"
# Fonts, and every picture on the screen (lazy ones too) loaded before a screenshot is taken.
PICTURES_LOADED = """() => Promise.all([document.fonts.ready, ...[...document.images]
  .filter(img => img.getBoundingClientRect().top < innerHeight && img.checkVisibility())
  .map(img => img.decode().catch(() => null))])"""
COLOURS = [(30, 90, 160), (160, 60, 40), (40, 120, 70), (110, 80, 140), (180, 150, 40)]

STORIES = [
    ("Ministers agree a water-sharing framework", "Rivers", "world"),
    ("Harbour wall vote ends a decade of argument", "Harbours", "world"),
    ("Rail link opens to its first passengers", "Rail", "business"),
    ("Port strike enters its second week", "Ports", "business"),
    ("Fishing quotas cut for the coming season", "Fishing", "world"),
    ("Market traders return to the old square", "Markets", "business"),
    ("Storm season starts early on the coast", "Storms", "world"),
]


def picture(index):
    colour = COLOURS[index % len(COLOURS)]
    file = ImageFile(io.BytesIO(image_bytes(800, 450, colour)), name=f"layout-{index}.jpg")
    return ImageFactory(file=file)


@pytest.fixture
def newsroom(transactional_db):
    """A small edition with fixed dates and pictures, so screenshots are the same each run."""
    home = HomePageFactory()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.site_name = "The Daily Test"
    settings.save()
    author = AuthorFactory(name="Ines Duarte", slug="ines-duarte")
    sections = {
        "world": SectionPageFactory(parent=home, title="World", slug="world"),
        "business": SectionPageFactory(parent=home, title="Business", slug="business"),
    }
    stories = []
    for index, (title, tag, section) in enumerate(STORIES):
        stories.append(
            ArticlePageFactory(
                parent=sections[section],
                title=title,
                standfirst="The decision follows two years of talks between the towns upstream.",
                lead_image=picture(index),
                authors=[author],
                tags=[tag.lower()],
                published_at=START - timedelta(hours=index),
                kind="feature" if index == 6 else "news",
                body=[
                    (
                        "paragraph",
                        "<p>" + "Officials signed the agreement on Monday. " * 6 + "</p>",
                    ),
                    (
                        "quote",
                        {
                            "text": "It took patience.",
                            "attribution": "A negotiator",
                            "style": "pull",
                        },
                    ),
                    ("read_more", {"article": stories[0]} if stories else {"article": None}),
                    ("paragraph", "<p>The framework is reviewed every five years.</p>" * 3),
                ],
            )
        )
    for order, story in enumerate(stories[:5]):
        TopStory.objects.create(home=home, article=story, sort_order=order)
    arabic = [
        translate(
            stories[0],
            "ar",
            title="الوزراء يتفقون على إطار لتقاسم المياه",
            standfirst="يأتي القرار بعد عامين من المحادثات بين البلدات.",
        ),
        translate(stories[1], "ar", title="تصويت على جدار الميناء ينهي عقداً من الجدل"),
    ]
    arabic_home = arabic[0].get_ancestors().filter(depth=2).specific().get()
    return {
        "home": home,
        "sections": sections,
        "stories": stories,
        "arabic_home": arabic_home,
        "arabic": arabic,
    }


# The box of an element and of the first letter of its text.
FIRST_LETTER = """element => {
    const range = document.createRange();
    range.setStart(element.firstChild, 0);
    range.setEnd(element.firstChild, 1);
    const box = rect => ({left: rect.left, right: rect.right, width: rect.width});
    return [box(element.getBoundingClientRect()), box(range.getBoundingClientRect())];
}"""


def rect(page, selector):
    return page.locator(selector).first.bounding_box()


def no_horizontal_scroll(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_phone_header_front_and_article_first_screen(live_server, page, newsroom):
    home, stories = newsroom["home"], newsroom["stories"]
    page.goto(live_server.url + home.url)
    header = rect(page, ".site-header")
    assert header["height"] <= 64
    # Name, menu, search and sign in share the one row.
    for selector in (".site-logo", ".site-menu summary", ".site-search-link", ".reader-links a"):
        box = rect(page, selector)
        assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + 64
    # The first screen: the lead story whole and the start of the next.
    lead_title = rect(page, ".lead-story__title")
    assert lead_title["y"] + lead_title["height"] < PHONE["height"]
    assert page.locator(".lead-story__title").inner_text() == stories[0].title
    assert rect(page, ".top-list__item")["y"] < PHONE["height"]
    # Top stories within the first two screens, in the editor's order after the lead.
    assert rect(page, "#front-top-title")["y"] < 2 * PHONE["height"]
    titles = page.locator(".top-list .card__title").all_inner_texts()
    assert titles == [story.title for story in stories[1:5]]
    assert rect(page, "#front-features-title")["y"] < rect(page, ".section-front")["y"]

    # The section menu: a button that opens a list of sections, closed again by Escape.
    assert not page.locator(".site-menu__panel").is_visible()
    page.locator(".site-menu summary").click()
    menu = page.get_by_role("navigation", name="Sections")
    assert menu.get_by_role("link", name="Business").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator(".site-menu__panel").is_visible()

    # An article with the cookie banner open: headline, standfirst and lead picture above it.
    page.goto(live_server.url + stories[1].url)
    banner = page.locator("#consent-banner")
    banner.wait_for(state="visible")
    banner_top = rect(page, "#consent-banner")["y"]
    for selector in ("h1", ".article__standfirst", ".article__lead img"):
        box = rect(page, selector)
        assert box["y"] >= 0 and box["y"] + box["height"] <= banner_top, selector


def test_nothing_scrolls_sideways_at_320_px(live_server, page, newsroom):
    page.set_viewport_size({"width": 320, "height": 640})
    home = newsroom["home"]
    for url in (
        home.url,
        newsroom["stories"][1].url,
        newsroom["sections"]["world"].url,
        newsroom["arabic_home"].url,
        newsroom["arabic"][0].url,
        "/en/account/login/",
        "/en/search/?q=rail",
    ):
        page.goto(live_server.url + url)
        assert no_horizontal_scroll(page), url


def test_arabic_mirrors_the_phone_layout(live_server, page, newsroom):
    page.goto(live_server.url + newsroom["arabic_home"].url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert rect(page, ".site-header")["height"] <= 64
    menu, search = rect(page, ".site-menu summary"), rect(page, ".site-search-link")
    assert menu["x"] > PHONE["width"] / 2 > search["x"]  # the menu button on the right
    page.goto(live_server.url + newsroom["arabic"][0].url)
    headline = rect(page, "h1")
    assert headline["x"] + headline["width"] > PHONE["width"] - 24
    crumb = rect(page, ".breadcrumb li")
    assert crumb["x"] > PHONE["width"] / 2
    # Translated Top stories lead to the Arabic stories only.
    page.goto(live_server.url + newsroom["arabic_home"].url)
    hrefs = page.locator(".front a[href]").evaluate_all("links => links.map(a => a.pathname)")
    assert all(not href.startswith("/en/") for href in hrefs)
    # A Latin site name too long for a phone is cut at its end, beside the menu button.
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.site_name = "Broadsheet International Network"
    site_settings.save()
    page.set_viewport_size({"width": 320, "height": 640})
    # (another URL: the browser keeps the page it was sent for max-age)
    page.goto(live_server.url + newsroom["arabic_home"].url + "?utm_source=test")
    name, first_letter = page.locator(".site-logo").evaluate(FIRST_LETTER)
    assert name["width"] < 200  # cut, not wrapped
    assert name["left"] <= first_letter["left"] and first_letter["right"] <= name["right"]
    assert rect(page, ".site-menu summary")["x"] - name["right"] < 12


def test_bad_input_holds_the_layout(live_server, page, newsroom):
    home, world = newsroom["home"], newsroom["sections"]["world"]
    empty = SectionPageFactory(parent=home, title="Culture", slug="culture")
    long_title = ("Councillors debate the harbour budget again " * 5)[:200]
    one_word = "Harbourwallreconstructionauthoritycommitteechairmanshipvotes"  # 60 letters
    assert len(long_title) == 200 and len(one_word) == 60
    stories = [
        ArticlePageFactory(parent=world, title=long_title, lead_image=None),
        ArticlePageFactory(parent=world, title=one_word, lead_image=None),
    ]
    stories += [ArticlePageFactory(parent=world, title=f"Short item {n}") for n in range(28)]
    TopStory.objects.filter(home=home).delete()
    for order, story in enumerate(stories):
        TopStory.objects.create(home=home, article=story, sort_order=order)
    for width in (320, 390, 1280):
        page.set_viewport_size({"width": width, "height": 844})
        for url in (home.url, stories[0].url, stories[1].url, empty.url):
            page.goto(live_server.url + url)
            assert no_horizontal_scroll(page), (width, url)
            # No empty picture boxes: every card picture has an image with a size.
            boxes = page.locator(".card__media, .lead-story__media").evaluate_all(SHOWN_HEIGHTS)
            assert all(height > 20 for height in boxes), (width, url)
        page.goto(live_server.url + home.url)
        assert page.locator(".top-list > li").count() == 10  # 30 slots: a lead and ten
        assert page.locator(".lead-story__title").inner_text() == long_title
        title = rect(page, ".lead-story__title")
        assert title["x"] >= 0 and title["x"] + title["width"] <= width
    page.goto(live_server.url + empty.url)
    assert page.get_by_text("No stories here yet.").is_visible()


def _screenshot(page):
    """The viewport at half size in 64 colours: small files that still show the layout."""
    shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    shot = shot.resize((shot.width // 2, shot.height // 2), Image.Resampling.LANCZOS)
    return shot.quantize(64).convert("RGB")


def test_screenshots_match_the_baselines(live_server, chromium, newsroom):
    pages = {
        "home": newsroom["home"].url,
        "article": newsroom["stories"][1].url,
        "section": newsroom["sections"]["world"].url,
        "home-ar": newsroom["arabic_home"].url,
        "article-ar": newsroom["arabic"][0].url,
        "sign-in": "/en/account/login/",
        "sign-in-ar": "/ar/account/login/",
        "404": "/en/no-such-page/",
    }
    update = os.environ.get("UPDATE_BASELINES") == "1"
    BASELINES.mkdir(exist_ok=True)
    failures = []
    for device, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        context = chromium.new_context(viewport=viewport)
        # The cookie banner is tested above; here it would cover the page.
        context.add_cookies(
            [{"name": "broadsheet_consent", "value": "1:necessary:0", "url": live_server.url}]
        )
        tab = context.new_page()
        for name, url in pages.items():
            tab.goto(live_server.url + url)
            tab.evaluate(PICTURES_LOADED)
            shot = _screenshot(tab)
            path = BASELINES / f"{name}-{device}.png"
            if update or not path.exists():
                shot.save(path, optimize=True)
                if not update:
                    failures.append(f"{path.name}: no baseline (written now; commit it)")
                continue
            baseline = Image.open(path).convert("RGB")
            if baseline.size != shot.size:
                failures.append(f"{path.name}: size {shot.size}, baseline {baseline.size}")
                continue
            diff = ImageChops.difference(baseline, shot).convert("L")
            changed = sum(diff.point(lambda v: v > PIXEL_THRESHOLD and 255).histogram()[255:])
            share = changed / (shot.width * shot.height)
            if share > MAX_CHANGED:
                shot.save(path.with_suffix(".actual.png"))
                failures.append(f"{path.name}: {share:.1%} of pixels changed")
        context.close()
    assert not failures, "\n".join(failures)
