from django.conf import settings
from django.utils.functional import SimpleLazyObject
from wagtail.models import Locale


def edition(request):
    """The active language's edition home, for pages that are not Wagtail pages (404, forms).

    Page views put their own ``edition_home`` in the context, which takes precedence.
    """

    def active_home():
        from .models import HomePage

        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            return None
        return HomePage.for_locale(locale.pk)

    return {
        "edition_home": SimpleLazyObject(active_home),
        "default_language": settings.LANGUAGE_CODE,
    }
