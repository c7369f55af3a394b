from django import template
from django.utils import timezone
from django.utils.translation import get_language

from broadsheet.core.fragments import remember
from broadsheet.core.models import SiteSettings

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


@register.simple_tag(takes_context=True)
def privacy_policy_url(context):
    """The privacy policy in the reader's edition (or the original), once per request.

    The footer and the cookie banner both link to it; finding the translation costs two
    queries, so the answer is kept on the request, and as a fragment (``core/fragments.py``)
    per language until the next change readers can see.
    """

    request = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_privacy_policy_url"):

        def find():
            page = SiteSettings.for_request(request).privacy_page
            return (page.localized.get_url(request) or "") if page else ""

        parts = [get_language(), request.get_host()]
        request._privacy_policy_url = remember(request, "privacy-policy-url", parts, find)
    return request._privacy_policy_url
