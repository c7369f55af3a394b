"""The editor's first article: slug from the headline, drafts with any subset of fields,
requirements at publish naming field and tab, alt text asked at upload, time zones shown."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from broadsheet.images.models import NewsImage
from broadsheet.newsroom.models import ArticlePage

from ..factories import ImageFactory, image_bytes


@pytest.fixture
def editor(django_user_model, home):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("newsroom", "articlepage", parent.pk))


def draft_form(**fields):
    """The create/edit form as the browser posts it, every field empty unless given."""
    data = {
        "title": "",
        "slug": "",
        "standfirst": "",
        "lead_caption": "",
        "body": streamfield([]),
        "article_authors": inline_formset([]),
        "corrections": inline_formset([]),
        "kind": "news",
        "tags": "",
    }
    data.update(fields)
    return nested_form_data(data)


def error_message(html):
    """The text of the admin's error message at the top of the page."""
    match = re.search(r'<li class="error">(.*?)<button', html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))) if match else ""


def test_headline_field_syncs_the_slug_in_the_browser(editor_client, section):
    html = editor_client.get(add_url(section)).content.decode()
    title_input = re.search(r'<input[^>]*name="title"[^>]*>', html).group(0)
    assert 'data-controller="w-sync"' in title_input
    assert 'data-w-sync-target-value="#id_slug"' in title_input
    assert "w-sync#apply" in title_input
    assert re.search(r'<input[^>]*name="slug"[^>]*data-controller="w-slug"', html)


def test_draft_with_only_a_headline_is_saved_with_a_slug_from_it(editor_client, section):
    response = editor_client.post(add_url(section), draft_form(title="Harbour ferry returns"))
    assert response.status_code == 302, error_message(response.content.decode())
    draft = ArticlePage.objects.get(title="Harbour ferry returns")
    assert not draft.live
    assert draft.slug == "harbour-ferry-returns"


def test_draft_keeps_no_blank_author_row_the_editor_showed(editor_client, section):
    # The editor renders the Authors panel's first row empty; a draft posts it as it is.
    blank_row = inline_formset([{"author": "", "id": ""}], min=1)
    data = draft_form(title="Ferry returns", article_authors=blank_row)
    response = editor_client.post(add_url(section), data)
    assert response.status_code == 302, error_message(response.content.decode())
    draft = ArticlePage.objects.get(title="Ferry returns")
    assert draft.article_authors.count() == 0

    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    again = draft_form(title="Ferry returns again", slug=draft.slug, article_authors=blank_row)
    assert editor_client.post(edit, again).status_code == 302
    assert draft.get_latest_revision_as_object().article_authors.count() == 0

    refused = draft_form(title="Ferry returns", slug="not a slug!", article_authors=blank_row)
    response = editor_client.post(edit, refused)
    assert response.status_code == 200  # shown again with the error, blank row and all
    assert "Slug (Promote tab)" in error_message(response.content.decode())

    publish = draft_form(title="Ferry returns", slug=draft.slug, article_authors=blank_row)
    publish["action-publish"] = "action-publish"
    message = error_message(editor_client.post(edit, publish).content.decode())
    assert "Authors (Content tab)" in message, message


def test_slug_from_headline_is_unique_among_siblings(editor_client, section, make_article):
    make_article(title="Storm warning", slug="storm-warning")
    response = editor_client.post(add_url(section), draft_form(title="Storm warning"))
    assert response.status_code == 302
    slugs = set(Page.objects.child_of(section).values_list("slug", flat=True))
    assert {"storm-warning", "storm-warning-2"} <= slugs


def test_non_latin_headline_gets_a_unicode_slug(editor_client, section):
    response = editor_client.post(add_url(section), draft_form(title="Новый паром"))
    assert response.status_code == 302
    assert ArticlePage.objects.get(title="Новый паром").slug == "новый-паром"


def test_published_article_keeps_its_slug_when_the_field_is_sent_empty(editor_client, article):
    slug = article.slug
    edit = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = draft_form(
        title="A new headline",
        standfirst=article.standfirst,
        body=streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
        article_authors=inline_formset([{"author": article.bylines[0].pk}]),
    )
    response = editor_client.post(edit, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == slug
    assert article.get_latest_revision_as_object().slug == slug


def test_publishing_an_incomplete_draft_names_each_missing_field_and_its_tab(
    editor_client, section
):
    data = draft_form(title="Only a headline")
    data["action-publish"] = "action-publish"
    response = editor_client.post(add_url(section), data)
    assert response.status_code == 200
    message = error_message(response.content.decode())
    for place in ("Standfirst (Content tab)", "Body (Content tab)", "Authors (Content tab)"):
        assert place in message, message
    assert not ArticlePage.objects.filter(title="Only a headline").exists()


def test_publishing_without_a_headline_names_the_headline(editor_client, section):
    data = draft_form(standfirst="A summary.")
    data["action-publish"] = "action-publish"
    response = editor_client.post(add_url(section), data)
    message = error_message(response.content.decode())
    assert "Headline (Content tab)" in message, message
    assert "Slug" not in message  # it will come from the headline


def test_headline_without_letters_asks_for_a_slug_on_the_promote_tab(editor_client, section):
    response = editor_client.post(add_url(section), draft_form(title="!!!"))
    assert response.status_code == 200
    assert "Slug (Promote tab)" in error_message(response.content.decode())
    assert not ArticlePage.objects.exists()


def test_lead_image_without_alt_text_is_saved_as_draft_but_not_published(
    editor_client, section, author
):
    image = ImageFactory(description="")
    fields = {
        "title": "Ferry timetable changes",
        "standfirst": "Fewer crossings in winter.",
        "lead_image": image.pk,
        "body": streamfield([("paragraph", rich_text("<p>Text.</p>"))]),
        "article_authors": inline_formset([{"author": author.pk}]),
    }
    assert editor_client.post(add_url(section), draft_form(**fields)).status_code == 302
    draft = ArticlePage.objects.get(title="Ferry timetable changes")
    assert not draft.live

    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    publish = draft_form(**fields, slug=draft.slug)
    publish["action-publish"] = "action-publish"
    response = editor_client.post(edit, publish)
    assert response.status_code == 200
    html = response.content.decode()
    assert "This image has no alt text" in html
    assert "Lead image (Content tab)" in error_message(html)
    draft.refresh_from_db()
    assert not draft.live


@pytest.mark.parametrize(
    "profile_zone, expected",
    (("", "Time zone: Europe/Lisbon."), ("Asia/Tokyo", "Time zone: Asia/Tokyo.")),
    ids=["site time zone", "editor's own Wagtail time zone"],
)
def test_date_time_fields_say_their_time_zone(
    editor_client, editor, section, settings, profile_zone, expected
):
    settings.TIME_ZONE = "Europe/Lisbon"
    profile = UserProfile.get_for_user(editor)
    profile.current_time_zone = profile_zone
    profile.save()
    html = editor_client.get(add_url(section)).content.decode()
    for field in ("go_live_at", "expire_at", "published_at", "updated_at"):
        field_input = re.search(rf'<input[^>]*id="id_{field}"[^>]*>', html).group(0)
        help_id = re.search(r'aria-describedby="([^"]+)"', field_input).group(1)
        help_text = re.search(rf'id="{help_id}"[^>]*>(.*?)</div>', html, re.S).group(1)
        assert expected in help_text, (field, help_text)


# Images ------------------------------------------------------------------------------------
def upload(client, **fields):
    data = {"title": "Harbour at dawn", "caption": "", "credit": "", "source": "", "tags": ""}
    data.update(fields)
    data["file"] = _jpeg()
    return client.post(reverse("wagtailimages:add"), data)


def _jpeg():
    return SimpleUploadedFile("harbour.jpg", image_bytes(40, 30), content_type="image/jpeg")


def test_upload_form_asks_for_alt_text(editor_client):
    html = editor_client.get(reverse("wagtailimages:add")).content.decode()
    alt_input = re.search(r'<input[^>]*name="description"[^>]*>', html).group(0)
    assert "required" in alt_input
    assert "for readers who cannot see it" in html


def test_upload_without_alt_text_is_refused_and_nothing_is_saved(editor_client):
    response = upload(editor_client, description="")
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not NewsImage.objects.exists()


def test_upload_with_alt_text_is_saved(editor_client):
    response = upload(editor_client, description="Boats moored in the harbour")
    assert response.status_code == 302
    assert NewsImage.objects.get().alt_text == "Boats moored in the harbour"


def test_multiple_upload_creates_the_image_then_asks_for_its_alt_text(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": _jpeg()},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    payload = response.json()
    assert payload["success"], payload
    assert 'name="image-' in payload["form"] and "description" in payload["form"]
    image = NewsImage.objects.get()
    prefix = f"image-{image.pk}"
    update = reverse("wagtailimages:edit_multiple", args=[image.pk])
    refused = editor_client.post(
        update, {f"{prefix}-title": "Harbour", f"{prefix}-description": ""}
    )
    assert not refused.json()["success"]
    accepted = editor_client.post(
        update, {f"{prefix}-title": "Harbour", f"{prefix}-description": "Boats in the harbour"}
    )
    assert accepted.json()["success"]
    image.refresh_from_db()
    assert image.alt_text == "Boats in the harbour"


def test_image_saved_without_alt_text_before_still_opens_and_serves(editor_client, article):
    old = ImageFactory(description="")
    response = editor_client.get(reverse("wagtailimages:edit", args=[old.pk]))
    assert response.status_code == 200
    article.lead_image = old
    article.save_revision().publish()
    editor_client.logout()
    assert editor_client.get(article.url).status_code == 200


@pytest.mark.parametrize("kind", ["home", "article"])
def test_opening_the_preview_address_directly_shows_the_page_not_an_error(
    editor_client, home, article, kind
):
    """A bookmarked or reloaded preview URL, with no form sent first in this session, gets
    Wagtail's own "preview not available" page (it was a 500: the form's error summary was
    added to a form that had no data)."""
    page = home if kind == "home" else article
    response = editor_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,)))
    assert response.status_code == 200
    assert "Click save to highlight the relevant fields." in response.content.decode()
