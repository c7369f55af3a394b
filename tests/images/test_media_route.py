"""MEDIA_URL serves renditions to everyone, originals to editors only, nothing else."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from ..factories import ImageFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")


def test_a_rendition_is_public_and_cacheable(client, db):
    rendition = ImageFactory().get_rendition("width-100|format-webp")
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == rendition.file.open("rb").read()
    assert "public" in response["Cache-Control"] and "max-age=604800" in response["Cache-Control"]


def test_an_original_is_for_editors_only(client, db, editor):
    image = ImageFactory()
    assert image.file.url.startswith("/media/original_images/")
    assert client.get(image.file.url).status_code == 404
    client.force_login(editor)
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "podcasts/audio/AAAAAAAAAAAAAAAAAAAAAA/episode.mp3",
        "images/../podcasts/audio/AAAAAAAAAAAAAAAAAAAAAA/episode.mp3",
        "images/%2e%2e/podcasts/audio/AAAAAAAAAAAAAAAAAAAAAA/episode.mp3",
        "documents/report.pdf",
        "",
        "images/",
    ],
    ids=["audio", "dot-dot", "encoded dot-dot", "other uploads", "root", "folder"],
)
def test_nothing_else_under_media_root_is_served(client, db, editor, path):
    default_storage.save("podcasts/audio/AAAAAAAAAAAAAAAAAAAAAA/episode.mp3", ContentFile(b"ID3"))
    default_storage.save("documents/report.pdf", ContentFile(b"%PDF"))
    # (A folder is sent on to the edition's prefix first, which has no such page either.)
    assert client.get("/media/" + path, follow=True).status_code == 404
    client.force_login(editor)
    assert client.get("/media/" + path, follow=True).status_code == 404
