from django.urls import path

from . import views

app_name = "podcasts"

urlpatterns = [
    path("audio/<int:pk>/<str:filename>", views.episode_audio, name="audio"),
]
