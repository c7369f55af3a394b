from django.urls import path

from . import views

app_name = "videopages"

urlpatterns = [path("", views.oembed, name="oembed")]
