from allauth import urls as allauth_urls
from django.urls import URLResolver, include, path
from django.views.decorators.cache import never_cache

from . import views

reader_patterns = [
    path("", views.account, name="account"),
    path("bookmarks/", views.bookmark_list, name="bookmarks"),
    path("bookmarks/add/", views.bookmark_add, name="bookmark_add"),
    path("bookmarks/remove/", views.bookmark_remove, name="bookmark_remove"),
    path("bookmarks/clear/", views.bookmarks_clear, name="bookmarks_clear"),
    path("cookies/", views.cookie_settings, name="cookies"),
    path("consent/", views.consent, name="consent"),
    path("data/", views.export_data, name="export"),
    path("delete/", views.delete_account, name="delete"),
]


def never_cached(patterns, decorator=never_cache):
    """Mark every view under the patterns uncacheable (allauth's views set no Cache-Control).

    ``decorator`` makes a view uncacheable; each view is wrapped once, however often the
    patterns are included.
    """
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            never_cached(pattern.url_patterns, decorator)
        elif not getattr(pattern.callback, "_never_cached", False):
            pattern.callback = decorator(pattern.callback)
            pattern.callback._never_cached = True
    return patterns


# Mounted under each edition's language prefix: /en/account/…
urlpatterns = [
    path("", include((reader_patterns, "readers"))),
    path("", include(never_cached(allauth_urls.urlpatterns))),
]
