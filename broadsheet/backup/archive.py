"""Backups: the whole database and the media files in one portable tar.gz.

The database is written as Django's own serialization, one object per line, with every
primary key kept (content types and permissions included, so generic relations and
revisions point where they did). Timestamps keep their microseconds: Django's JSON encoder
cuts them to milliseconds, which is why a plain ``dumpdata``/``loaddata`` round trip changes
every publication time. A restore loads into a migrated database inside one transaction.

Archive layout::

    manifest.json    format, version, created_at, database vendor, applied migrations,
                     object counts per model, media files with size and sha256
    data.jsonl       {"model": "app.model", "pk": ..., "fields": {...}} per line
    media/<name>     every file in the default storage (originals, renditions, audio, documents)
"""

import datetime
import hashlib
import io
import json
import logging
import os
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.core.management.sql import sql_flush
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

logger = logging.getLogger("broadsheet.backup")

FORMAT = "broadsheet-backup"
VERSION = 1
BATCH = 1000
HASH_CHUNK = 1024 * 1024

# Not backed up: derived or transient data. Search indexes are rebuilt after a restore
# (`update_index`); sessions and the background task queue are not worth keeping; the
# fragment generation starts afresh, so no fragment cached before a restore is read after it.
EXCLUDED_MODELS = {
    "sessions.session",
    "core.fragmentgeneration",
    "search.articlesearchentry",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "django_tasks_database.dbtaskresult",
}


class BackupError(Exception):
    """The archive is unusable or the target refuses it; the message says why."""


class FullPrecisionEncoder(DjangoJSONEncoder):
    """DjangoJSONEncoder without its cut of microseconds to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            value = o.isoformat()
            return value.removesuffix("+00:00") + "Z" if value.endswith("+00:00") else value
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


@dataclass
class Summary:
    objects: int = 0
    media_files: int = 0
    counts: dict = field(default_factory=dict)


def backed_up_models():
    """Every concrete, managed model whose data a backup holds, in a stable order."""
    models = []
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed or meta.label_lower in EXCLUDED_MODELS:
            continue
        models.append(model)
    return sorted(models, key=lambda m: m._meta.label_lower)


def applied_migrations(using=DEFAULT_DB_ALIAS):
    recorder = MigrationRecorder(connections[using])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def media_names(storage=default_storage, folder=""):
    """Every file name in the storage, walking its folders, less the top-level folders of
    ``BACKUP_SKIPPED_MEDIA_FOLDERS`` (what is rewritten every second and never restored,
    such as live channels' pushed streams)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        if not folder and sub in settings.BACKUP_SKIPPED_MEDIA_FOLDERS:
            continue
        yield from media_names(storage, f"{folder}/{sub}" if folder else sub)


def _serialize(model, using):
    serializer = serializers.get_serializer("python")()
    queryset = model._base_manager.using(using).order_by(model._meta.pk.attname)
    batch = []
    for obj in queryset.iterator(chunk_size=BATCH):
        batch.append(obj)
        if len(batch) == BATCH:
            yield from serializer.serialize(batch)
            batch = []
    if batch:
        yield from serializer.serialize(batch)


def _snapshot(using):
    """A transaction seeing one consistent state of the database for the whole dump."""
    connection = connections[using]
    # The isolation level can only be chosen by the transaction's first statement; inside a
    # caller's transaction (a test's) the snapshot is the one that transaction sees.
    outermost = not connection.in_atomic_block
    atomic = transaction.atomic(using=using)
    atomic.__enter__()
    if connection.vendor == "postgresql" and outermost:
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    return atomic


def create_backup(path, *, using=DEFAULT_DB_ALIAS, storage=default_storage):
    """Write the database and media to a tar.gz at path (written aside, then renamed)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    summary = Summary()
    with tempfile.TemporaryDirectory(prefix="broadsheet-backup-") as work:
        data_path = Path(work) / "data.jsonl"
        atomic = _snapshot(using)
        try:
            with data_path.open("w", encoding="utf-8") as data:
                for model in backed_up_models():
                    count = 0
                    for item in _serialize(model, using):
                        data.write(json.dumps(item, cls=FullPrecisionEncoder, ensure_ascii=False))
                        data.write("\n")
                        count += 1
                    summary.counts[model._meta.label_lower] = count
                    summary.objects += count
            migrations = applied_migrations(using)
        finally:
            atomic.__exit__(None, None, None)

        media = {}
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(data_path, arcname="data.jsonl")
            for name in media_names(storage):
                with storage.open(name, "rb") as handle:
                    digest, size = _hash_and_size(handle)
                    handle.seek(0)
                    info = tarfile.TarInfo(f"media/{name}")
                    info.size = size
                    info.mtime = int(timezone.now().timestamp())
                    archive.addfile(info, handle)
                media[name] = {"size": size, "sha256": digest}
            summary.media_files = len(media)
            manifest = {
                "format": FORMAT,
                "version": VERSION,
                "created_at": timezone.now().isoformat(),
                "database_vendor": connections[using].vendor,
                "migrations": migrations,
                "counts": summary.counts,
                "objects": summary.objects,
                "media": media,
            }
            encoded = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(encoded)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(encoded))
    os.replace(partial, path)
    return summary


def _hash_and_size(handle):
    digest, size = hashlib.sha256(), 0
    while chunk := handle.read(HASH_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def read_manifest(archive):
    try:
        member = archive.getmember("manifest.json")
        manifest = json.load(archive.extractfile(member))
    except (KeyError, ValueError) as exc:
        raise BackupError(f"not a Broadsheet backup: no readable manifest.json ({exc})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError("not a Broadsheet backup (manifest format is wrong).")
    if manifest.get("version") != VERSION:
        raise BackupError(
            f"backup format version {manifest.get('version')} is not supported "
            f"(this Broadsheet reads version {VERSION})."
        )
    return manifest


def database_is_empty(using=DEFAULT_DB_ALIAS):
    """True for a freshly migrated database: no users, and no pages, images or documents
    beyond what migrations create (the tree root and Wagtail's welcome page)."""
    page_model = apps.get_model("wagtailcore", "Page")
    return not (
        get_user_model()._base_manager.using(using).exists()
        or page_model._base_manager.using(using).filter(depth__gt=2).exists()
        or apps.get_model("images", "NewsImage")._base_manager.using(using).exists()
        or apps.get_model("wagtaildocs", "Document")._base_manager.using(using).exists()
    )


def _media_member_name(member):
    """The storage name of a media/ member, refusing anything that is not a plain file
    inside the media folder."""
    pure = PurePosixPath(member.name)
    if not member.isfile() or pure.is_absolute() or ".." in pure.parts:
        raise BackupError(f"refusing archive member {member.name!r}")
    return str(pure.relative_to("media"))


def _objects(stream):
    for number, line in enumerate(stream, start=1):
        if line.strip():
            try:
                yield json.loads(line)
            except ValueError as exc:
                raise BackupError(f"data.jsonl line {number} is not JSON ({exc})") from None


def restore_backup(path, *, force=False, using=DEFAULT_DB_ALIAS, storage=default_storage):
    """Replace the database and media with the backup at path, all or nothing.

    The database must be migrated to exactly the backup's migrations. It must be empty
    (freshly migrated) unless force is set. Media files are written after the data loads;
    if anything fails, the transaction is rolled back and the files written are removed.
    """
    try:
        archive = tarfile.open(path, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"cannot read {path}: {exc}") from None
    with archive:
        manifest = read_manifest(archive)
        target = applied_migrations(using)
        if target != manifest["migrations"]:
            missing = sorted(set(manifest["migrations"]) - set(target))
            extra = sorted(set(target) - set(manifest["migrations"]))
            raise BackupError(
                "the database's migrations differ from the backup's; run `broadsheet migrate` "
                "with the Broadsheet version that made the backup. "
                f"Not applied here: {', '.join(missing[:5]) or 'none'}; "
                f"not in the backup: {', '.join(extra[:5]) or 'none'}."
            )
        if not force and not database_is_empty(using):
            raise BackupError(
                "the database already holds content; restore into a freshly migrated database, "
                "or pass --force to replace everything in it."
            )
        connection = connections[using]
        written = []
        counts = {}
        try:
            with transaction.atomic(using=using):
                connection.ops.execute_sql_flush(
                    sql_flush(no_style(), connection, reset_sequences=False, allow_cascade=True)
                )
                with connection.constraint_checks_disabled():
                    data = io.TextIOWrapper(archive.extractfile("data.jsonl"), encoding="utf-8")
                    for obj in serializers.deserialize(
                        "python", _objects(data), using=using, handle_forward_references=True
                    ):
                        obj.save(using=using)
                        label = obj.object._meta.label_lower
                        counts[label] = counts.get(label, 0) + 1
                models = [m for m in backed_up_models() if counts.get(m._meta.label_lower)]
                connection.check_constraints(table_names=[m._meta.db_table for m in models])
                _reset_sequences(connection, models)
                expected = {k: v for k, v in manifest["counts"].items() if v}
                if counts != expected:
                    raise BackupError(f"data.jsonl does not match the manifest's counts ({path})")
                _restore_media(archive, manifest, storage, written, force)
        except Exception:
            for name in written:
                storage.delete(name)
            raise
    return Summary(objects=sum(counts.values()), media_files=len(written), counts=counts)


def _reset_sequences(connection, models):
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def _restore_media(archive, manifest, storage, written, force):
    expected = manifest["media"]
    seen = set()
    for member in archive:
        if not member.name.startswith("media/"):
            continue
        name = _media_member_name(member)
        if name not in expected:
            raise BackupError(f"media file {name!r} is not listed in the manifest")
        if storage.exists(name):
            storage.delete(name)
        reader = _HashingReader(archive.extractfile(member))
        saved = storage.save(name, File(reader, name=name))
        written.append(saved)
        if saved != name:
            raise BackupError(f"media file {name!r} could not be written under its own name")
        if (reader.digest.hexdigest(), reader.size) != (
            expected[name]["sha256"],
            expected[name]["size"],
        ):
            raise BackupError(f"media file {name!r} is damaged (checksum mismatch)")
        seen.add(name)
    missing = set(expected) - seen
    if missing:
        raise BackupError(f"{len(missing)} media files listed in the manifest are missing")


class _HashingReader(io.RawIOBase):
    """Reads an archive member once, hashing what passes through."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self):
        return True

    def read(self, size=-1):
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk
