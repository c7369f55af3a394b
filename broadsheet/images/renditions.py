"""Named rendition presets: one place that templates and queryset prefetches both read."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    operation: str  # with "{w}" and "{h}" placeholders
    sizes: tuple  # (width, height) pairs, smallest first
    html_sizes: str
    fmt: str = "webp"

    @property
    def specs(self):
        return tuple(f"{self.operation.format(w=w, h=h)}|format-{self.fmt}" for w, h in self.sizes)


PRESETS = {
    "lead": Preset(
        "fill-{w}x{h}-c100",
        ((480, 270), (800, 450), (1200, 675)),
        "(min-width: 64rem) 48rem, 100vw",
    ),
    "card": Preset(
        "fill-{w}x{h}-c100", ((320, 180), (640, 360)), "(min-width: 48rem) 20rem, 100vw"
    ),
    "thumb": Preset("fill-{w}x{h}-c100", ((160, 90), (320, 180)), "10rem"),
    "body": Preset("max-{w}x{h}", ((480, 960), (960, 1920)), "(min-width: 48rem) 44rem, 100vw"),
    "square": Preset("fill-{w}x{h}-c100", ((96, 96), (192, 192)), "6rem"),
}


def prefetch_specs(*names):
    return tuple(spec for name in names for spec in PRESETS[name].specs)
