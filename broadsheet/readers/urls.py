from django.urls import include, path

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
    path("app-token/", views.app_token, name="app_token"),
]

# Mounted under each edition's language prefix: /en/account/…
urlpatterns = [
    path("", include((reader_patterns, "readers"))),
    path("", include("allauth.urls")),
]
