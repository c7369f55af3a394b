from django import template
from django.utils.html import format_html

from ..renditions import PRESETS

register = template.Library()


@register.simple_tag
def responsive_image(image, preset, alt=None, loading="lazy", css_class=""):
    """An <img> with srcset from a named preset; uses prefetched renditions when present."""
    if image is None:
        return ""
    spec = PRESETS[preset]
    renditions = image.get_renditions(*spec.specs)
    # A small original gives several renditions of the same width: list each width once.
    ordered = list({r.width: r for r in (renditions[s] for s in spec.specs)}.values())
    largest = ordered[-1]
    srcset = ", ".join(f"{r.url} {r.width}w" for r in ordered)
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}"'
        ' decoding="async"{}>',
        largest.url,
        srcset,
        spec.html_sizes,
        largest.width,
        largest.height,
        image.alt_text if alt is None else alt,
        loading,
        format_html(' class="{}"', css_class) if css_class else "",
    )
