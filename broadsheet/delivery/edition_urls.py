"""Per-edition delivery URLs, under the edition's language prefix (/en/feeds/…)."""

from django.urls import path

from . import feeds, views

app_name = "edition_delivery"

urlpatterns = [
    path("corrections/", views.corrections, name="corrections"),
    path("feeds/rss.xml", feeds.ArticleFeed.as_view(), name="edition_rss"),
    path("feeds/atom.xml", feeds.EditionAtomFeed.as_view(), name="edition_atom"),
    path(
        "feeds/sections/<path:section_path>/rss.xml",
        feeds.SectionFeed.as_view(),
        name="section_rss",
    ),
    path(
        "feeds/sections/<path:section_path>/atom.xml",
        feeds.SectionAtomFeed.as_view(),
        name="section_atom",
    ),
    path("feeds/tags/<str:slug>/rss.xml", feeds.TagFeed.as_view(), name="tag_rss"),
    path("feeds/tags/<str:slug>/atom.xml", feeds.TagAtomFeed.as_view(), name="tag_atom"),
    path("feeds/authors/<str:slug>/rss.xml", feeds.AuthorFeed.as_view(), name="author_rss"),
    path("feeds/authors/<str:slug>/atom.xml", feeds.AuthorAtomFeed.as_view(), name="author_atom"),
    path("feeds/live/<int:page_id>/rss.xml", feeds.LivePostFeed.as_view(), name="live_rss"),
    path("feeds/live/<int:page_id>/atom.xml", feeds.LivePostAtomFeed.as_view(), name="live_atom"),
]
