import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from broadsheet.newsroom.models import ArticlePage


@pytest.fixture
def editor_client(client, django_user_model, db):
    editor = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(editor)
    return client


def submit_translation(client, page, code):
    locale = Locale.objects.get(language_code=code)
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )


def report(client):
    return client.get(reverse("newsroom_out_of_date_report")).content.decode()


def test_translate_into_spanish_creates_draft_sections_not_live_aliases(editor_client, article):
    response = submit_translation(editor_client, article, "es")
    assert response.status_code == 302
    spanish = ArticlePage.objects.get(
        translation_key=article.translation_key, locale__language_code="es"
    )
    assert not spanish.live  # translations start as drafts for the edition's editors
    parents = spanish.get_ancestors().filter(depth__gt=1)
    assert [p.live for p in parents] == [False, False]
    assert all(p.alias_of_id is None for p in parents)
    editor_client.logout()
    assert editor_client.get("/es/world/").status_code == 404


def test_out_of_date_translation_is_flagged_and_synced(editor_client, article):
    assert submit_translation(editor_client, article, "es").status_code == 302
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale__language_code="es"
    )
    translation.save_target(publish=True)
    spanish = ArticlePage.objects.get(
        translation_key=article.translation_key, locale__language_code="es"
    )
    assert "No translations" not in report(editor_client)
    assert article.title not in report(editor_client)

    article.standfirst = "The council will now seek funding from the regional government."
    article.save_revision().publish()
    listing = report(editor_client)
    assert 'class="out-of-date"' in listing
    assert article.title in listing
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert "has changed since it was last synced" in edit.content.decode()

    response = editor_client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302
    assert 'class="out-of-date"' not in report(editor_client)
    spanish.refresh_from_db()
    assert spanish.standfirst == "The council will now seek funding from the regional government."


def test_translating_a_translated_article_again_is_not_a_500(editor_client, article):
    assert submit_translation(editor_client, article, "es").status_code == 302
    response = submit_translation(editor_client, article, "es")
    assert response.status_code in (200, 302)
