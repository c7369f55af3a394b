import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from broadsheet.podcasts.models import EpisodePage, ShowPage

from ..factories import ImageFactory, artwork_image, image_bytes, mp3_bytes
from .test_audio import corrupt_mp3


@pytest.fixture
def editor_client(client, django_user_model, home):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(editor)
    return client


def episode_form(audio, title="Dredging the harbour", credits=()):
    data = nested_form_data(
        {
            "title": title,
            "slug": "dredging",
            "summary": "Why the channel needs deepening.",
            "show_notes": rich_text("<p>Notes.</p>"),
            "credits": inline_formset(
                [{"author": author.pk, "role": role} for author, role in credits]
            ),
            "season": "1",
            "number": "3",
            "episode_type": "full",
            "transcript_format": "text/plain",
            "transcript": "We went out on the dredger.",
        }
    )
    data["audio"] = audio
    data["action-publish"] = "action-publish"
    return data


def add_url(parent, model="episodepage"):
    return reverse("wagtailadmin_pages:add", args=("podcasts", model, parent.pk))


def stored_audio(media_root):
    folder = media_root / "podcasts" / "audio"
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_uploading_an_mp3_fills_duration_size_and_type(editor_client, show, host, _media_root):
    data = mp3_bytes(6.0)
    response = editor_client.post(
        add_url(show),
        episode_form(
            SimpleUploadedFile("dredging.mp3", data, "audio/mpeg"), credits=[(host, "host")]
        ),
    )
    assert response.status_code == 302, _errors(response)
    episode = EpisodePage.objects.get(title="Dredging the harbour")
    assert episode.live
    assert (episode.duration, episode.audio_size, episode.audio_type) == (
        6,
        len(data),
        "audio/mpeg",
    )
    assert stored_audio(_media_root) == ["dredging.mp3"]
    assert [c.author for c in episode.credits.all()] == [host]

    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=[episode.pk]))
    html = edit.content.decode()
    assert "Read from the audio file" in html
    assert str(len(data)) in html  # shown read-only beside the upload


def test_replacing_the_audio_on_a_draft_reads_the_new_file(editor_client, episode):
    data = mp3_bytes(9.0)
    form = episode_form(SimpleUploadedFile("longer.mp3", data, "audio/mpeg"), title=episode.title)
    form["slug"] = episode.slug
    del form["action-publish"]
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[episode.pk]), form)
    assert response.status_code == 302, _errors(response)
    episode.refresh_from_db()
    draft = episode.get_latest_revision_as_object()
    assert (draft.duration, draft.audio_size) == (9, len(data))
    assert episode.duration == 4  # the live version keeps its audio until published
    episode.get_latest_revision().publish()
    episode.refresh_from_db()
    assert episode.duration == 9


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("notes.mp3", b"Not audio, just words. " * 40, "This is not an audio file."),
        ("picture.mp3", image_bytes(300, 300), "This is not an audio file."),
        ("broken.mp3", corrupt_mp3(), "damaged or incomplete"),
        ("episode.txt", mp3_bytes(2.0), "but its name ends in “.txt”"),
    ],
    ids=["non-audio", "image renamed to mp3", "corrupt mp3", "mp3 renamed"],
)
def test_bad_audio_is_refused_and_nothing_is_saved(
    editor_client, show, _media_root, name, data, message
):
    before = EpisodePage.objects.count()
    response = editor_client.post(
        add_url(show), episode_form(SimpleUploadedFile(name, data, "audio/mpeg"))
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert EpisodePage.objects.count() == before
    assert stored_audio(_media_root) == []


def test_audio_over_the_size_limit_is_refused(editor_client, show, settings, _media_root):
    data = mp3_bytes(3.0)
    settings.PODCASTS_MAX_AUDIO_SIZE = 1024
    response = editor_client.post(
        add_url(show), episode_form(SimpleUploadedFile("big.mp3", data, "audio/mpeg"))
    )
    assert response.status_code == 200
    assert "audio files may be at most 1.0\xa0KB" in response.content.decode()
    assert not EpisodePage.objects.filter(title="Dredging the harbour").exists()
    assert stored_audio(_media_root) == []


def test_malformed_webvtt_transcript_is_refused(editor_client, show):
    form = episode_form(SimpleUploadedFile("ok.mp3", mp3_bytes(2.0), "audio/mpeg"))
    form["transcript_format"] = "text/vtt"
    form["transcript"] = "WEBVTT\n\n00:00:01.000 --> soon\nHello"
    response = editor_client.post(add_url(show), form)
    assert response.status_code == 200
    assert "This WebVTT timing is malformed" in response.content.decode()
    assert not EpisodePage.objects.filter(title="Dredging the harbour").exists()


def show_form(artwork):
    data = nested_form_data(
        {
            "title": "Tide Tables",
            "slug": "tide-tables",
            "description": "Weekly coastal news.",
            "artwork": artwork.pk,
            "author": "Coast Desk",
            "owner_name": "Coast Desk",
            "owner_email": "coast@example.com",
            "copyright": "",
            "language": "",
            "apple_category": "News > Daily News",
        }
    )
    data["action-publish"] = "action-publish"
    return data


@pytest.mark.parametrize(
    "make_artwork, message",
    [
        (lambda: artwork_image(1200), "Artwork must be at least 1400×1400; this is 1200×1200."),
        (lambda: ImageFactory(), "Artwork must be square; this image is 400×225."),
    ],
    ids=["too small", "not square"],
)
def test_show_artwork_must_be_square_and_large_enough(
    editor_client, podcast_index, make_artwork, message
):
    response = editor_client.post(add_url(podcast_index, "showpage"), show_form(make_artwork()))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ShowPage.objects.filter(slug="tide-tables").exists()


def test_show_with_good_artwork_is_published(editor_client, podcast_index):
    response = editor_client.post(add_url(podcast_index, "showpage"), show_form(artwork_image()))
    assert response.status_code == 302, _errors(response)
    assert ShowPage.objects.get(slug="tide-tables").live


def test_translation_gets_its_own_episode_guid(episode):
    french = Locale.objects.get(language_code="fr")
    # Translating the tree needs the parents in French too.
    for ancestor in episode.get_ancestors().filter(depth__gt=1).specific():
        ancestor.copy_for_translation(french)
    translated = episode.copy_for_translation(french)
    assert translated.translation_key == episode.translation_key
    assert translated.guid != episode.guid
    assert translated.audio.name == episode.audio.name


def _errors(response):
    html = response.content.decode()
    return re.findall(r'class="error-message"[^>]*>(.*?)</', html, re.S) or html[:1500]
