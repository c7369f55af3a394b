"""Per-edition delivery URLs, under the edition's language prefix (/en/feeds/…)."""

from django.urls import path

from . import feeds, views

app_name = "edition_delivery"

urlpatterns = [
    path("corrections/", views.corrections, name="corrections"),
    path("feeds/rss.xml", feeds.ArticleFeed(), name="edition_rss"),
    path("feeds/atom.xml", feeds.EditionAtomFeed(), name="edition_atom"),
    path("feeds/sections/<path:section_path>/rss.xml", feeds.SectionFeed(), name="section_rss"),
    path(
        "feeds/sections/<path:section_path>/atom.xml",
        feeds.SectionAtomFeed(),
        name="section_atom",
    ),
    path("feeds/tags/<str:slug>/rss.xml", feeds.TagFeed(), name="tag_rss"),
    path("feeds/tags/<str:slug>/atom.xml", feeds.TagAtomFeed(), name="tag_atom"),
    path("feeds/authors/<str:slug>/rss.xml", feeds.AuthorFeed(), name="author_rss"),
    path("feeds/authors/<str:slug>/atom.xml", feeds.AuthorAtomFeed(), name="author_atom"),
]
