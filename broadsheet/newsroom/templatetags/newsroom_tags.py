from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from broadsheet.core.fragments import remember

from ..models import HomePage

register = template.Library()


@dataclass(frozen=True)
class EditionLink:
    code: str
    name: str
    url: str
    full_url: str
    current: bool
    translated: bool  # True when the link leads to this page's own translation


@register.simple_tag(takes_context=True)
def edition_links(context):
    """One link per edition: the current page's translation there, else that edition's home.

    Computed once per request (the head's hreflang links and the switcher share it), in two
    queries whatever the number of editions, and kept as a fragment per page until the next
    change readers can see (``core/fragments.py``).
    """
    request = context.get("request")
    cached = getattr(request, "_edition_links", None)
    if cached is not None:
        return cached
    page = context.get("page")
    page_id = page.pk if isinstance(page, Page) and page.pk else None
    host = request.get_host() if request is not None else ""
    links = remember(
        request,
        "edition-links",
        [page_id, get_language(), host],
        lambda: _edition_links(request, page if page_id else None),
    )
    if request is not None:
        request._edition_links = links
    return links


def _edition_links(request, page):
    translations = {}
    if page is not None:
        siblings = Page.objects.filter(translation_key=page.translation_key).live().public()
        translations = {p.locale.language_code: p for p in siblings.select_related("locale")}
    homes = {h.locale.language_code: h for h in HomePage.objects.live().select_related("locale")}
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            EditionLink(
                code=code,
                name=name,
                url=target.get_url(request),
                full_url=target.get_full_url(request),
                current=code == current,
                translated=code in translations,
            )
        )
    return links


def _shared(context, name, template_name, parts):
    """``template_name`` rendered in this context, kept as a fragment under ``parts`` (plus
    the language and host, which its links and strings depend on); never in a preview."""
    request = context.get("request")

    def render():
        return context.template.engine.get_template(template_name).render(context)

    if request is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # noqa: S308 - our own template's output
    parts = [*parts, get_language(), request.get_host()]
    return mark_safe(remember(request, name, parts, render))  # noqa: S308


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The header's logo, sections and search link: the same on every page of an edition
    but its home and sections (marked as the current page), so kept per edition. The
    reader's account links are left out: they depend on who is signed in."""
    home = context.get("edition_home")
    page = context.get("page")
    depth = getattr(page, "depth", None)
    shown_as_current = home is not None and depth is not None and depth <= home.depth + 1
    current = page.pk if shown_as_current else 0
    return _shared(
        context,
        "site-navigation",
        "includes/site_navigation.html",
        [getattr(home, "pk", 0), current],
    )


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer below the edition switcher (app links, social links, copyright, privacy
    policy): the same on every page of an edition."""
    home = context.get("edition_home")
    return _shared(context, "site-footer", "includes/site_footer.html", [getattr(home, "pk", 0)])
