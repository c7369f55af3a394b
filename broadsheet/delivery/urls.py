"""Site-wide delivery URLs: sitemaps and robots.txt (outside the language prefix)."""

from django.urls import path

from . import views

app_name = "delivery"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", views.sitemap, name="sitemap"),
    path("news-sitemap.xml", views.news_sitemap, name="news_sitemap"),
    path("video-sitemap.xml", views.video_sitemap, name="video_sitemap"),
]
