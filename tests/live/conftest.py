import pytest
from django.contrib.auth import get_user_model

from broadsheet.live.forms import paragraphs_body
from broadsheet.live.models import LivePage, create_post

from ..factories import ArticlePageFactory


class LivePageFactory(ArticlePageFactory):
    class Meta:
        model = LivePage

    title = "Storm over the harbour: live"
    slug = "storm-live"
    lead_image = None
    status = "live"
    key_points = "<ul><li>The sea wall held overnight.</li></ul>"


@pytest.fixture
def live_page(section, author):
    return LivePageFactory(parent=section, authors=[author])


@pytest.fixture
def add_post(live_page):
    def add(text="The tide turned at noon.", page=None, **kwargs):
        return create_post(page or live_page, body=paragraphs_body(text), **kwargs)

    return add


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.test", "pw")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
