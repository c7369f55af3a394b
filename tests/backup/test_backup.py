"""`broadsheet backup` and `broadsheet restore`: a full round trip, refusals, and SQLite to
PostgreSQL."""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, Translation

from broadsheet.backup.archive import create_backup, restore_backup
from broadsheet.images.models import NewsImage
from broadsheet.newsroom.models import ArticlePage, Author
from broadsheet.podcasts.models import EpisodePage

from ..factories import (
    ArticlePageFactory,
    AuthorFactory,
    EpisodePageFactory,
    PodcastIndexPageFactory,
    SectionPageFactory,
    ShowPageFactory,
    wide_image,
)

REPO = Path(__file__).resolve().parents[2]
RESTORE_DATABASE_URL = os.environ.get(
    "BACKUP_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/broadsheet_limits_restore"
)


# Restoring truncates tables, which PostgreSQL refuses inside a transaction that has written
# rows with deferred constraints: the content is committed, as a real backup's would be.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def newsroom(home, media_root, client, django_user_model):
    """Demo-like content: revisions, bylines in order, renditions, audio, translations."""
    section = SectionPageFactory(parent=home, title="Coast", slug="coast")
    authors = [
        AuthorFactory(name=name, slug=name.lower().replace(" ", "-"))
        for name in ("Zofia Brandt", "Amir Haddad", "Lena Marsh")
    ]
    image = wide_image(title="Harbour at dawn")
    image.get_rendition("fill-600x338")
    image.get_rendition("width-300|format-webp")
    article = ArticlePageFactory(
        parent=section, authors=[authors[2], authors[0], authors[1]], lead_image=image
    )
    article.title = "Sea wall plan approved after second vote"
    article.save_revision().publish()
    article.standfirst = "A draft standfirst not yet published."
    article.save_revision()
    editor = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(editor)
    french = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
        {"locales": [french.pk]},
    )
    assert response.status_code == 302
    index = PodcastIndexPageFactory(parent=home)
    show = ShowPageFactory(parent=index)
    EpisodePageFactory(parent=show, credits=[(authors[1], "host")])
    return article


def read_archive(path):
    with tarfile.open(path, "r:gz") as archive:
        manifest = json.load(archive.extractfile("manifest.json"))
        objects = {}
        for line in archive.extractfile("data.jsonl"):
            item = json.loads(line)
            objects[(item["model"], str(item["pk"]))] = item["fields"]
    return manifest, objects


def parsed(objects):
    """Fields holding JSON text (StreamField bodies) compared by value: PostgreSQL's jsonb
    stores object keys in its own order."""

    def value(item):
        if isinstance(item, str) and item[:1] in "[{":
            try:
                return json.loads(item)
            except ValueError:
                return item
        return item

    return {key: {name: value(v) for name, v in fields.items()} for key, fields in objects.items()}


def file_hashes(root):
    root = Path(root)
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


def test_round_trip_restores_everything_identically(newsroom, media_root, tmp_path):
    article = ArticlePage.objects.get(pk=newsroom.pk)
    published_at = article.first_published_at
    assert published_at.microsecond % 1000, "needs sub-millisecond time to test precision"
    bylines = [a.author.name for a in article.article_authors.all()]
    revisions = list(Revision.objects.order_by("pk").values_list("pk", "created_at"))
    translated = Page.objects.filter(translation_key=article.translation_key).count()
    segments = StringSegment.objects.count()
    media_before = file_hashes(media_root)
    assert any(name.startswith("podcasts/") for name in media_before)
    assert len([n for n in media_before if "images/" in n and "original_images" not in n]) >= 2

    first = tmp_path / "first.tar.gz"
    summary = create_backup(first)
    manifest, objects = read_archive(first)
    assert manifest["objects"] == summary.objects == len(objects)
    assert manifest["counts"]["wagtailcore.revision"] == len(revisions) >= 3
    assert {name: entry["sha256"] for name, entry in manifest["media"].items()} == media_before

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media_root)
    assert not Page.objects.exists()

    restore_backup(first)

    article = ArticlePage.objects.get(pk=newsroom.pk)
    assert article.first_published_at == published_at
    assert [a.author.name for a in article.article_authors.all()] == bylines
    assert bylines == ["Lena Marsh", "Zofia Brandt", "Amir Haddad"]
    assert list(Revision.objects.order_by("pk").values_list("pk", "created_at")) == revisions
    assert article.get_latest_revision_as_object().standfirst.startswith("A draft")
    assert Page.objects.filter(translation_key=article.translation_key).count() == translated == 2
    assert Translation.objects.get().target_locale.language_code == "fr"
    assert StringSegment.objects.count() == segments > 0
    assert NewsImage.objects.get(title="Harbour at dawn").renditions.count() == 2
    episode = EpisodePage.objects.get()
    with episode.audio.open("rb") as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == media_before[episode.audio.name]
    assert file_hashes(media_root) == media_before

    second = tmp_path / "second.tar.gz"
    create_backup(second)
    manifest_again, objects_again = read_archive(second)
    assert objects_again == objects
    assert manifest_again["media"] == manifest["media"]
    # New rows after a restore must not collide with restored primary keys.
    assert Author.objects.create(name="New Reporter", slug="new-reporter").pk > max(
        a.pk for a in Author.objects.exclude(slug="new-reporter")
    )


def test_restore_refuses_a_database_with_content_unless_forced(newsroom, tmp_path):
    path = tmp_path / "backup.tar.gz"
    create_backup(path)
    ArticlePageFactory(parent=newsroom.get_parent(), title="Written after the backup")
    with pytest.raises(CommandError, match="already holds content"):
        call_command("restore", str(path))
    assert ArticlePage.objects.filter(title="Written after the backup").exists()
    call_command("restore", str(path), "--force")
    assert not ArticlePage.objects.filter(title="Written after the backup").exists()
    assert ArticlePage.objects.filter(pk=newsroom.pk).exists()


def test_a_damaged_archive_changes_nothing(newsroom, media_root, tmp_path):
    good = tmp_path / "good.tar.gz"
    create_backup(good)
    bad = tmp_path / "bad.tar.gz"
    with tarfile.open(good, "r:gz") as source, tarfile.open(bad, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name.startswith("media/podcasts/"):
                data = data[:-1] + bytes([data[-1] ^ 0xFF])  # one flipped byte
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    pages = Page.objects.count()
    files = file_hashes(media_root)
    with pytest.raises(CommandError, match=r"nothing was changed.*damaged"):
        call_command("restore", str(bad), "--force")
    assert Page.objects.count() == pages
    assert file_hashes(media_root).keys() <= files.keys()


def test_not_a_backup_is_a_clear_error(db, tmp_path):
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not a tar file")
    with pytest.raises(CommandError, match="restore failed, nothing was changed: cannot read"):
        call_command("restore", str(junk))


@pytest.mark.fault
def test_sqlite_backup_restores_into_postgresql(newsroom, media_root, tmp_path):
    path = tmp_path / "backup.tar.gz"
    create_backup(path)
    _, objects = read_archive(path)

    server = RESTORE_DATABASE_URL.rsplit("/", 1)
    name = server[1]
    try:
        admin = psycopg.connect(server[0] + "/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {server[0]} is needed for this test: {exc}")
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "PAGE_CACHE_REDIS_URL"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="broadsheet.settings.base",
        DATABASE_URL=RESTORE_DATABASE_URL,
        SECRET_KEY="backup-test",
        BROADSHEET_VAR_DIR=str(tmp_path / "var"),
        MEDIA_ROOT=str(tmp_path / "restored-media"),
    )
    again = tmp_path / "again.tar.gz"
    try:
        for command in (["migrate", "--noinput"], ["restore", str(path)], ["backup", str(again)]):
            result = subprocess.run(
                [sys.executable, "-m", "broadsheet", *command],
                cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr[-3000:]
        manifest, restored = read_archive(again)
        assert manifest["database_vendor"] == "postgresql"
        assert parsed(restored) == parsed(objects)
        assert file_hashes(tmp_path / "restored-media") == file_hashes(media_root)
    finally:
        with psycopg.connect(server[0] + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_pushed_live_streams_are_left_out_of_backups(db, media_root, tmp_path):
    """An encoder writes and deletes live segments every second (broadsheet/channels): a
    backup must neither carry them nor fail when one goes mid-archive."""
    stream = Path(media_root) / "live" / "en-channel"
    stream.mkdir(parents=True)
    (stream / "index.m3u8").write_text("#EXTM3U\n")
    (stream / "segment-1.m4s").write_bytes(b"\0" * 64)
    kept = Path(media_root) / "podcasts" / "episode.mp3"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"ID3" + b"\0" * 32)
    archive = tmp_path / "backup.tar.gz"
    create_backup(archive)
    manifest, _objects = read_archive(archive)
    assert sorted(manifest["media"]) == ["podcasts/episode.mp3"]
