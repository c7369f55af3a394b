from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..renditions import PRESETS

register = template.Library()


@register.simple_tag
def responsive_image(image, preset, alt=None, loading="lazy", css_class="", layout=""):
    """A <picture>: WebP candidates for the preset's ``sizes`` in ``layout``, a JPEG <img>.

    Uses prefetched renditions when present (``prefetch_specs``), else fetches them in one
    query. ``loading="eager"`` is for the image at the top of the page (a lead image): it is
    also fetched first (``fetchpriority="high"``).
    """
    if image is None:
        return ""
    spec = PRESETS[preset]
    renditions = image.get_renditions(*spec.all_specs)
    # A small original gives several renditions of the same width: list each width once.
    ordered = list({r.width: r for r in (renditions[s] for s in spec.specs)}.values())
    largest = ordered[-1]
    fallback = renditions[spec.fallback_spec]
    srcset = ", ".join(f"{r.url} {r.width}w" for r in ordered)
    eager = loading == "eager"
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" width="{}" height="{}" alt="{}" loading="{}"{} decoding="async"{}>'
        "</picture>",
        srcset,
        spec.sizes_for(layout),
        fallback.url,
        largest.width,
        largest.height,
        image.alt_text if alt is None else alt,
        "eager" if eager else "lazy",
        mark_safe(' fetchpriority="high"') if eager else "",
        format_html(' class="{}"', css_class) if css_class else "",
    )
