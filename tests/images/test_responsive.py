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

MAIN_MAX, PADDING, RAIL, RAIL_GAP, CARD_GAP, MEASURE = 75, 1, 20, 3, 1.25, 42


def layout_width(context, viewport):
    """The slot's width in CSS px, worked out from static/broadsheet/css/site.css."""
    content = min(viewport, MAIN_MAX * REM) - 2 * PADDING * REM
    wide = viewport >= 64 * REM
    two_up = viewport >= 48 * REM
    beside_rail = content - (RAIL + RAIL_GAP) * REM if wide else content
    if context == "article lead":  # edge to edge below 48rem
        return min(beside_rail, MEASURE * REM) if two_up else viewport
    if context == "front lead":  # edge to edge below 48rem; 3fr 2fr, 2rem gap from 64rem
        return (content - 2 * REM) * 3 / 5 if two_up else viewport  # with an empty rail
    if context == "listing lead card":  # the newest story: 3fr 2fr, 2rem gap, from 48rem
        return (content - 2 * REM) * 3 / 5 if two_up else content
    # A front's cards, with an empty rail: 7.5rem beside the headline on phones (a section
    # block's first story: the whole width), then two a row (2rem gap) or Features three a
    # row (1.5rem gaps).
    if context == "front top card":
        return (content - 2 * REM) / 2 if two_up else 7.5 * REM
    if context == "front feature card":
        return (content - 3 * REM) / 3 if two_up else 7.5 * REM
    if context == "front section card":
        return (content - 2 * REM) / 2 if two_up else content
    raise ValueError(context)


CASES = [
    ("article lead", "lead", ""),
    ("front lead", "lead", "front"),
    ("listing lead card", "card", "listing_lead"),
    ("front top card", "card", "front_top"),
    ("front feature card", "card", "front_feature"),
    ("front section card", "card", "front_section"),
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
    card = render('{% responsive_image image "lead" layout="front" %}', image=image)
    assert 'loading="lazy"' in card and "fetchpriority" not in card
    assert f'sizes="{PRESETS["lead"].layouts["front"]}"' in card


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
