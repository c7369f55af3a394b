from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .models import HomePage


def edition(request):
    """The active language's edition home, for pages that are not Wagtail pages (404, forms).

    Page views put their own ``edition_home`` in the context, which takes precedence.
    """
    return {
        "edition_home": SimpleLazyObject(HomePage.objects.for_language),
        "default_language": settings.LANGUAGE_CODE,
    }
