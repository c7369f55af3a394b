from django import template
from django.conf import settings

from ..bookmarks import is_bookmarked

register = template.Library()


@register.inclusion_tag("readers/includes/bookmark_button.html", takes_context=True)
def bookmark_button(context, page):
    """The bookmark control. Anonymous readers get the same markup (no token, no state), so
    cached copies of the page are identical; signed-in pages are never cached."""
    request = context["request"]
    user = request.user
    signed_in = user.is_authenticated
    return {
        "page": page,
        "signed_in": signed_in,
        "bookmarked": signed_in and is_bookmarked(user, page),
        "request": request,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("readers/includes/consent_banner.html", takes_context=True)
def consent_banner(context):
    """The cookie banner, hidden until readers.js finds no choice for the current policy."""
    return {
        "request": context.get("request"),
        "cookie_name": settings.CONSENT_COOKIE_NAME,
        "policy_version": settings.CONSENT_POLICY_VERSION,
    }
