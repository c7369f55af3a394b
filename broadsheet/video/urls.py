from django.urls import path

from . import views

app_name = "video"

urlpatterns = [
    path("<int:pk>/embed/", views.embed, name="embed"),
    path("<int:pk>/<str:token>/captions/<str:language>.vtt", views.caption_file, name="captions"),
    path("<int:pk>/<str:token>/<path:name>", views.video_file, name="file"),
]
