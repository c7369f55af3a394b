"""Which image a browser downloads: the presets' ``sizes`` against the CSS layout, and the
``srcset`` candidate a browser picks (``srcset.py``) for a phone (390 px) and a desktop
(1366 px) at 1x and 2x; then the markup: WebP in a ``<picture>`` with a JPEG ``<img>``.
"""

import re

import pytest
from django.template import Context, Template

from broadsheet.images.renditions import PRESETS
from tests.factories import ImageFactory, wide_image

from .srcset import REM, choose, slot

MAIN_MAX, PADDING, RAIL, RAIL_GAP, CARD_GAP, MEASURE = 75, 1, 20, 2, 1.25, 44


def layout_width(context, viewport):
    """The slot's width in CSS px, worked out from static/broadsheet/css/site.css."""
    content = min(viewport, MAIN_MAX * REM) - 2 * PADDING * REM
    beside_rail = content - (RAIL + RAIL_GAP) * REM if viewport >= 64 * REM else content
    two_up = viewport >= 48 * REM
    if context == "article lead":
        return min(beside_rail, MEASURE * REM)
    if context == "front lead":  # .lead-story__article: 3fr 2fr, 2rem gap, from 64rem
        return (content - 2 * REM) * 3 / 5 if viewport >= 64 * REM else content
    if context == "listing card":
        return (content - CARD_GAP * REM) / 2 if two_up else content
    if context == "front card":
        return (beside_rail - CARD_GAP * REM) / 2 if two_up else beside_rail
    raise ValueError(context)


CASES = [
    ("article lead", "lead", ""),
    ("front lead", "lead", "front"),
    ("listing card", "card", ""),
    ("front card", "card", "front"),
]


@pytest.mark.parametrize("context, preset, layout", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("viewport", (390, 1366), ids=["phone", "desktop"])
@pytest.mark.parametrize("dpr", (1, 2), ids=["1x", "2x"])
def test_the_chosen_candidate_fits_the_slot(context, preset, layout, viewport, dpr):
    sizes = PRESETS[preset].sizes_for(layout)
    expected = layout_width(context, viewport)
    # `sizes` says what the CSS does, within a pixel.
    assert slot(sizes, viewport) == pytest.approx(expected, abs=1)
    widths = [w for w, _h in PRESETS[preset].sizes]
    needed = expected * dpr
    chosen = choose(widths, needed)
    assert chosen >= needed, f"{context}: {chosen} px image for {needed:.0f} device px"
    # Not absurdly large: at most 1.5x what is needed (or the smallest there is).
    assert chosen <= max(1.5 * needed, min(widths)), f"{context}: {chosen} for {needed:.0f}"


@pytest.mark.parametrize(
    "context, preset, layout",
    (("compact card", "thumb", ""), ("search result", "thumb", "search")),
)
@pytest.mark.parametrize("viewport", (390, 1366))
def test_small_images_stay_small(context, preset, layout, viewport):
    sizes = PRESETS[preset].sizes_for(layout)
    widths = [w for w, _h in PRESETS[preset].sizes]
    for dpr in (1, 2):
        needed = slot(sizes, viewport) * dpr
        assert needed <= choose(widths, needed) <= max(2 * needed, min(widths))


def render(template, **context):
    return Template("{% load images_tags %}" + template).render(Context(context))


@pytest.mark.django_db
def test_picture_offers_webp_with_a_jpeg_fallback_and_the_lead_is_fetched_first():
    image = wide_image()
    lead = render('{% responsive_image image "lead" loading="eager" %}', image=image)
    assert lead.startswith('<picture><source type="image/webp" srcset="')
    assert "480w" in lead and "1600w" in lead
    assert f'sizes="{PRESETS["lead"].html_sizes}"' in lead
    img = re.search(r"<img [^>]+>", lead).group()
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'width="1600" height="900"' in img
    assert 'loading="eager" fetchpriority="high"' in img
    card = render('{% responsive_image image "card" layout="front" %}', image=image)
    assert 'loading="lazy"' in card and "fetchpriority" not in card
    assert f'sizes="{PRESETS["card"].layouts["front"]}"' in card


@pytest.mark.django_db
def test_a_small_original_lists_each_width_once(django_assert_max_num_queries):
    image = ImageFactory()  # 400 x 225: every larger fill gives the same 400 px
    render('{% responsive_image image "card" %}', image=image)  # renditions made once
    image = type(image).objects.get(pk=image.pk)
    with django_assert_max_num_queries(1):  # all of them in one query (or from the cache)
        card = render('{% responsive_image image "card" %}', image=image)
    assert card.count(" 400w") == 1
    assert 'width="400" height="225"' in card


def test_an_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="no layout 'sidebar'"):
        PRESETS["card"].sizes_for("sidebar")
