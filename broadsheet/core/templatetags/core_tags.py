from django import template
from django.utils import timezone

register = template.Library()


@register.simple_tag
def copyright_years(first_year):
    """ "2005–2026", or just the year when the site started this year."""
    this_year = timezone.localdate().year
    if not first_year or first_year >= this_year:
        return str(this_year)
    return f"{first_year}–{this_year}"


@register.simple_tag(takes_context=True)
def page_description(context, page):
    """The meta description: the editor's search description, else the standfirst."""
    return (
        getattr(page, "search_description", "")
        or getattr(page, "standfirst", "")
        or getattr(page, "intro", "")
        or ""
    )


@register.filter
def datetime_attr(value):
    """A machine-readable ``datetime`` attribute: ISO 8601 to the second, with offset."""
    if not value:
        return ""
    return value.replace(microsecond=0).isoformat()
