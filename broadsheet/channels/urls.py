from django.urls import path

from . import views

app_name = "channels"

urlpatterns = [
    path("<str:name>/<str:filename>", views.stream_file, name="stream"),
]
