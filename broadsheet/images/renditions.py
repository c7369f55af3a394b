"""Named rendition presets: one place that templates and queryset prefetches both read.

Each preset lists the widths a browser may choose from (``srcset``, WebP) and the ``sizes``
of each layout it is shown in, written from the CSS (``static/broadsheet/css``): ``main`` is
at most 75rem wide with 1rem padding; from 48rem listings show two cards a row (1.25rem gap);
from 64rem fronts and articles keep a 20rem rail beside the main column (2rem gap); articles
are at most 44rem wide. The widths cover those slots on phones and desktops at 1x and 2x
(``tests/images/test_responsive.py`` computes the browser's choice). Browsers without WebP get
one JPEG (``fallback``) from the ``<picture>``'s ``<img>``.

AVIF is not used: Pillow here encodes an 800 px AVIF in about 2 s against 0.15 s for WebP,
and renditions are made while a reader waits for the first view of a story.
"""

from dataclasses import dataclass, field

# calc() terms used below: the main column less its padding (2rem), the rail and its gap (22rem).
PAGE = "calc(100vw - 2rem)"


@dataclass(frozen=True)
class Preset:
    operation: str  # with "{w}" and "{h}" placeholders
    sizes: tuple  # (width, height) pairs, smallest first
    html_sizes: str  # the default layout's `sizes`
    fallback: int = 0  # index in ``sizes`` of the JPEG for browsers without WebP
    layouts: dict = field(default_factory=dict)  # other layouts' `sizes`, by name
    fmt: str = "webp"

    @property
    def specs(self):
        """The ``srcset`` candidates (what the API lists too)."""
        return tuple(f"{self.operation.format(w=w, h=h)}|format-{self.fmt}" for w, h in self.sizes)

    @property
    def fallback_spec(self):
        w, h = self.sizes[self.fallback]
        return f"{self.operation.format(w=w, h=h)}|format-jpeg"

    @property
    def all_specs(self):
        """Everything a ``<picture>`` of this preset shows: fetch these in one query."""
        return (*self.specs, self.fallback_spec)

    def sizes_for(self, layout=""):
        if not layout:
            return self.html_sizes
        try:
            return self.layouts[layout]
        except KeyError:
            raise ValueError(f"preset has no layout {layout!r}: {sorted(self.layouts)}") from None


# The article column: at most 42rem; beside the rail (20rem, 3rem gap) from 64rem.
ARTICLE_COLUMN = (
    "(min-width: 67rem) 42rem, (min-width: 64rem) calc(100vw - 25rem), "
    f"(min-width: 44rem) 42rem, {PAGE}"
)
# The article's lead image: as the column, but edge to edge on phones (below 48rem).
ARTICLE_LEAD = (
    "(min-width: 67rem) 42rem, (min-width: 64rem) calc(100vw - 25rem), "
    "(min-width: 48rem) 42rem, 100vw"
)

PRESETS = {
    # The article's lead image; on an edition home, the lead story's (edge to edge on phones,
    # 3/5 of the width beside its headline from 48rem).
    "lead": Preset(
        "fill-{w}x{h}-c100",
        ((480, 270), (800, 450), (1200, 675), (1600, 900)),
        ARTICLE_LEAD,
        fallback=1,
        layouts={
            # A front whose rail is empty gives the lead the whole width (the larger case).
            "front": ("(min-width: 75rem) 42.6rem, (min-width: 48rem) calc(60vw - 2.4rem), 100vw")
        },
    ),
    # Cards of listings (sections, tags, authors: two a row from 48rem).
    "card": Preset(
        "fill-{w}x{h}-c100",
        ((400, 225), (600, 338), (800, 450), (1200, 675), (1600, 900)),
        f"(min-width: 75rem) 35.875rem, (min-width: 48rem) calc(50vw - 1.625rem), {PAGE}",
        fallback=1,
        # A listing's newest story: 3/5 of the width beside its headline from 48rem. On an
        # edition home (sized for a front whose side column is empty, the wider case): the
        # first two Top stories (7.5rem beside the headline on phones, two a row with a 2rem
        # gap from 48rem), Features (7.5rem, then three a row with 1.5rem gaps) and each
        # section block's first story (the whole width, then half).
        layouts={
            "listing_lead": (
                f"(min-width: 75rem) 42.6rem, (min-width: 48rem) calc(60vw - 2.4rem), {PAGE}"
            ),
            "front_top": "(min-width: 75rem) 35.5rem, (min-width: 48rem) calc(50vw - 2rem), 7.5rem",
            "front_feature": (
                "(min-width: 75rem) 23.333rem, (min-width: 48rem) calc(33.333vw - 1.667rem), 7.5rem"
            ),
            "front_section": (
                f"(min-width: 75rem) 35.5rem, (min-width: 48rem) calc(50vw - 2rem), {PAGE}"
            ),
        },
    ),
    # Compact cards (rails, related: a 6.5rem column), search results, Read more cards.
    "thumb": Preset(
        "fill-{w}x{h}-c100",
        ((160, 90), (320, 180)),
        "6.5rem",
        layouts={
            "search": "(max-width: 36rem) 6rem, 10rem",
            "read_more": "6rem",
            "side": "7.5rem",  # the side pictures of listings
        },
    ),
    # Images in an article's body; two a row in galleries from 48rem (1rem gap).
    "body": Preset(
        "max-{w}x{h}",
        ((480, 960), (800, 1600), (1200, 2400), (1600, 3200)),
        ARTICLE_COLUMN,
        fallback=1,
        layouts={
            "gallery": (
                "(min-width: 68rem) 21.5rem, (min-width: 64rem) calc(50vw - 12.5rem), "
                f"(min-width: 48rem) 21.5rem, (min-width: 46rem) 44rem, {PAGE}"
            )
        },
    ),
    "square": Preset("fill-{w}x{h}-c100", ((96, 96), (192, 192)), "6rem"),
}


def prefetch_specs(*names):
    return tuple(spec for name in names for spec in PRESETS[name].all_specs)
