"""Which parts of the page tree are private, asked once per request.

Wagtail's ``.public()`` reads every view restriction each time it is called, and a page
calls it for each list it shows (rails, related stories, Read more cards, the edition links).
Querysets built on :class:`PublicPageQuerySet` take the restricted pages' paths from the
restriction map a page request keeps per fragment generation (the same map answers Wagtail's
check before serving, ``BasePage.get_view_restrictions``), or read them once per request
(:class:`PrivateSectionsMiddleware`); a restriction saved or deleted during the request
empties that request's copy, and outside a request nothing is kept.
"""

from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.models.pages import PageQuerySet

# This request's restricted paths and kept restriction map; None outside a request.
_restrictions = ContextVar("restrictions", default=None)


class PrivateSectionsMiddleware:
    """Gives each request its own copy of the restricted paths, read when first asked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _restrictions.set({})
        try:
            return self.get_response(request)
        finally:
            _restrictions.reset(token)


def private_paths():
    """Tree paths of the pages with a view restriction (each makes its subtree private).

    A page request has them from its kept restriction map (``keep_restriction_map``), with
    no query; otherwise they are read once per request, or on each call outside one.
    """
    memo = _restrictions.get()
    if memo is None:
        return _restricted_paths()
    if "map" in memo:
        return memo["map"][0]
    if "paths" not in memo:
        memo["paths"] = _restricted_paths()
    return memo["paths"]


def _restricted_paths():
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def read_restriction_map():
    """(tree paths of the restricted pages, whether any page is an alias): what a page needs
    to know whether any view restriction can apply to it. Kept per fragment generation by
    ``SiteFragmentsMiddleware`` (a restriction saved or deleted bumps it)."""
    return _restricted_paths(), Page.objects.filter(alias_of__isnull=False).exists()


def keep_restriction_map(restriction_map):
    """Hand this request the kept map (see ``BasePage.get_view_restrictions``)."""
    memo = _restrictions.get()
    if memo is not None:
        memo["map"] = restriction_map


def restriction_map():
    """This request's kept map, or None (outside a page request, or after a restriction was
    saved or deleted during it)."""
    memo = _restrictions.get()
    return None if memo is None else memo.get("map")


def restrictions_changed(**_kwargs):
    memo = _restrictions.get()
    if memo is not None:
        memo.clear()


def connect_signals():
    post_save.connect(restrictions_changed, sender=PageViewRestriction, dispatch_uid="vis-save")
    post_delete.connect(restrictions_changed, sender=PageViewRestriction, dispatch_uid="vis-del")


class PublicPageQuerySet(PageQuerySet):
    """Wagtail's page queryset, with ``.public()``/``.not_public()`` asking the restrictions
    once per request (the same filter as Wagtail's ``private_q``)."""

    def private_q(self):
        # A page's descendants are the pages whose tree path starts with its own.
        q = Q()
        for path in private_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])
