"""What a browser does with ``srcset`` and ``sizes``.

A browser evaluates ``sizes`` (the first media condition that matches; the last entry has
none) to the slot's width in CSS px, then takes the smallest candidate whose width is at
least slot x device pixel ratio (the HTML standard's srcset selection, as Chromium does it
with a fresh cache), or the largest when none is that wide.
"""

import re

REM = 16


def length(text, viewport):
    """A `sizes` length (rem, px, vw, or calc() of those with + and -) in CSS px."""
    text = text.strip()
    if text.startswith("calc(") and text.endswith(")"):
        text = text[5:-1]
    total, sign = 0.0, 1
    for token in text.split():
        if token in "+-":
            sign = 1 if token == "+" else -1
            continue
        number, unit = re.fullmatch(r"([\d.]+)(rem|px|vw)", token).groups()
        scale = {"rem": REM, "px": 1, "vw": viewport / 100}[unit]
        total += sign * float(number) * scale
    return total


def slot(sizes, viewport):
    """The width a browser gives the image: the first entry whose media condition matches."""
    for entry in sizes.split(","):
        entry = entry.strip()
        condition = re.fullmatch(r"\((min|max)-width: ([\d.]+rem)\) (.+)", entry)
        if condition is None:
            return length(entry, viewport)
        kind, edge, value = condition.groups()
        edge = length(edge, viewport)
        if (viewport >= edge) if kind == "min" else (viewport <= edge):
            return length(value, viewport)
    raise AssertionError(f"sizes has no default: {sizes}")


def choose(widths, needed):
    """The srcset candidate (by width) a browser downloads for ``needed`` device px."""
    for width in sorted(widths):
        if width >= needed:
            return width
    return max(widths)
