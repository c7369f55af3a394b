from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from broadsheet.core import health
from broadsheet.images import views as images_views
from broadsheet.newsroom import views as newsroom_views
from broadsheet.readers.admin_sign_in import AdminLoginView
from broadsheet.search import views as search_views

handler400 = "broadsheet.core.views.bad_request"
handler404 = "broadsheet.core.views.page_not_found"
handler500 = "broadsheet.core.views.server_error"

urlpatterns = [
    # Editors only, rate limited, two-factor (broadsheet/readers/admin_sign_in.py).
    path("admin/login/", AdminLoginView.as_view(), name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # For load balancers (README, Health checks); with or without a trailing slash.
    path("health/", health.ready, name="health"),
    re_path(r"^health/live/?$", health.live, name="health-live"),
    re_path(r"^health/ready/?$", health.ready, name="health-ready"),
    path("podcasts/", include("broadsheet.podcasts.urls")),
    path("video/", include("broadsheet.video.urls")),
    path("oembed/", include("broadsheet.videopages.urls")),
    path("channels/", include("broadsheet.channels.urls")),
    path("", include("broadsheet.delivery.urls")),
    path("api/v1/", include("broadsheet.api.urls")),
    # The news app's sign-in: allauth's JSON API for app clients (broadsheet/api/README.md).
    path("_allauth/", include("broadsheet.readers.headless_urls")),
    path("beacon/views/<int:article_id>/", newsroom_views.view_beacon, name="view-beacon"),
]

if settings.SERVE_MEDIA:
    # Renditions only (originals to editors); never MEDIA_ROOT as a whole (README: Media).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns.append(re_path(rf"^{media_prefix}(?P<path>.*)$", images_views.media, name="media"))

# Reader accounts, bookmarks and consent: /en/account/…, before the page tree's catch-all.
urlpatterns += i18n_patterns(
    path("account/", include("broadsheet.readers.urls")), prefix_default_language=True
)

# Reader pages live under a language prefix (/en/…); Wagtail serves the edition's page tree.
urlpatterns += i18n_patterns(
    path("", include("broadsheet.delivery.edition_urls")),
    path("search/", search_views.search_page, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
