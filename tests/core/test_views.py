from django.test import override_settings
from django.urls import path

from broadsheet.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("database exploded")


urlpatterns = [path("broken/", broken_view), *site_urlpatterns]
handler500 = "broadsheet.core.views.server_error"


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_page_has_no_traceback(client, db):
    client.raise_request_exception = False
    response = client.get("/broken/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in html
    assert "database exploded" not in html and "Traceback" not in html
