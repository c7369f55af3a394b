"""The ``sizes`` each image declares against the width Chromium really lays it out at, on a
phone and a desktop, and the candidate it downloads (``tests/images/test_responsive.py``
checks the same arithmetic without a browser)."""

import pytest

from broadsheet.newsroom.models import TopStory

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    HomePageFactory,
    SectionPageFactory,
    wide_image,
)
from ..images.srcset import slot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEASURE = """
() => [...document.querySelectorAll("picture")].map(picture => {
  const img = picture.querySelector("img");
  return {
    where: picture.closest(".listing__stories") ? "listing-card"
      : picture.closest(".top-list") ? "front-top"
      : picture.closest(".feature-list") ? "front-feature"
      : picture.closest(".section-front__list") ? "front-section"
      : picture.parentElement.className,
    sizes: picture.querySelector("source").getAttribute("sizes"),
    rendered: img.getBoundingClientRect().width,
    chosen: img.currentSrc,
    viewport: document.documentElement.clientWidth,
    vw: window.innerWidth,
  };
})
"""


MAPPED = {
    "lead-story__media",
    "article__lead",
    "listing-card",
    "front-top",
    "front-feature",
    "front-section",
}


@pytest.fixture
def newsroom(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Science", slug="science")
    author = AuthorFactory()
    articles = [
        ArticlePageFactory(
            parent=section, title=f"Tide gauges {n}", authors=[author], lead_image=wide_image()
        )
        for n in range(3)
    ]
    # The front: a lead and two secondary Top stories, three Features, and section stories
    # shown in neither.
    for n, article in enumerate(articles):
        TopStory.objects.create(home=home, article=article, sort_order=n)
    for n in range(3):
        ArticlePageFactory(
            parent=section,
            title=f"Salt marsh feature {n}",
            kind="feature",
            authors=[author],
            lead_image=wide_image(),
        )
    for n in range(2):
        ArticlePageFactory(
            parent=section, title=f"Harbour wall {n}", authors=[author], lead_image=wide_image()
        )
    return home, section, articles[0]


@pytest.mark.parametrize("width", (390, 1366), ids=["phone", "desktop"])
def test_sizes_match_the_rendered_width_of_every_lead_and_card(
    live_server, chromium, newsroom, width
):
    home, section, article = newsroom
    context = chromium.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    seen = set()
    try:
        for url in (home.url, section.url, article.url):
            tab.goto(live_server.url + url)
            tab.wait_for_load_state("load")
            for image in tab.evaluate(MEASURE):
                if image["where"] not in MAPPED:
                    continue
                seen.add(image["where"])
                # vw counts a classic scrollbar, the layout does not.
                scrollbar = image["vw"] - image["viewport"]
                declared = slot(image["sizes"], image["vw"])
                assert declared - scrollbar - 1 <= image["rendered"] <= declared + 1, (url, image)
                if image["chosen"]:  # lazy ones below the fold are not loaded
                    assert ".webp" in image["chosen"], image
    finally:
        context.close()
    assert MAPPED <= seen, seen
