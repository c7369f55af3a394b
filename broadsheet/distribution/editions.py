"""Which edition a distribution request is about, from its language prefix."""

from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale


def current_edition():
    """The live edition home of the active language, or 404."""
    from broadsheet.editions.models import HomePage

    try:
        locale = Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist as exc:
        raise Http404 from exc
    home = HomePage.for_locale(locale.pk)
    if home is None:
        raise Http404
    return home


def live_editions():
    from broadsheet.editions.models import HomePage

    return list(HomePage.objects.live().public().select_related("locale").order_by("path"))
