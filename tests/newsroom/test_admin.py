import pytest
from django.urls import reverse
from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from broadsheet.newsroom.models import ArticlePage

from ..factories import AuthorFactory, ImageFactory


@pytest.fixture
def editor_client(client, django_user_model, home):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)
    return client


def article_form(title, image, authors, read_more=None, action_publish=True):
    body = [("paragraph", rich_text("<p>The first paragraph.</p>"))]
    if read_more is not None:
        body.append(("read_more", {"article": read_more.pk}))
    data = nested_form_data(
        {
            "title": title,
            "slug": slugify(title) or "untitled",
            "standfirst": "A short summary of the story.",
            "lead_image": image.pk,
            "body": streamfield(body),
            "article_authors": inline_formset([{"author": a.pk} for a in authors]),
            "corrections": inline_formset([]),
            "kind": "news",
            "tags": "harbours, floods",
        }
    )
    if action_publish:
        data["action-publish"] = "action-publish"
    return data


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("newsroom", "articlepage", parent.pk))


def test_editor_publishes_article_with_image_two_authors_and_read_more(
    editor_client, section, article, home
):
    first, second = AuthorFactory(name="Ada Byline"), AuthorFactory(name="Ben Byline")
    response = editor_client.post(
        add_url(section),
        article_form(
            "Tide gauges to be replaced", ImageFactory(), [first, second], read_more=article
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    created = ArticlePage.objects.get(title="Tide gauges to be replaced")
    assert created.live
    assert [a.name for a in created.bylines] == ["Ada Byline", "Ben Byline"]
    assert [b.block_type for b in created.body] == ["paragraph", "read_more"]

    page_html = editor_client.get(created.url).content.decode()
    assert "Ada Byline" in page_html and "Ben Byline" in page_html
    assert article.title in page_html[page_html.index('class="read-more"') :]
    editor_client.logout()
    assert "Tide gauges to be replaced" in editor_client.get(home.url).content.decode()
    assert "Tide gauges to be replaced" in editor_client.get(section.url).content.decode()


def test_lead_image_without_alt_text_blocks_publishing(editor_client, section, author):
    response = editor_client.post(
        add_url(section),
        article_form("Ferry timetable changes", ImageFactory(description=""), [author]),
    )
    assert response.status_code == 200
    assert "This image has no alt text" in response.content.decode()
    assert not ArticlePage.objects.filter(title="Ferry timetable changes").exists()


def test_article_without_headline_is_not_published(editor_client, section, author):
    response = editor_client.post(add_url(section), article_form("", ImageFactory(), [author]))
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not ArticlePage.objects.filter(standfirst="A short summary of the story.").exists()


def test_image_library_form_has_credit_caption_and_alt(editor_client):
    html = editor_client.get(reverse("wagtailimages:add")).content.decode()
    for field in ("caption", "credit", "source", "description"):
        assert f'name="{field}"' in html
    assert "Alt text" in html
