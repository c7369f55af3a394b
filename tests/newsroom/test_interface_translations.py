"""Every interface string is translated into every edition's language, and the compiled
catalogues match their sources."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PACKAGE = Path(settings.PACKAGE_DIR)
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
MAKEMESSAGES_IGNORE = ["*/migrations/*"]


def catalogue(code, suffix="po"):
    return PACKAGE / "locale" / code / "LC_MESSAGES" / f"django.{suffix}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_and_not_fuzzy(code):
    po = polib.pofile(catalogue(code))
    missing = [entry.msgid for entry in po.untranslated_entries() + po.fuzzy_entries()]
    assert not missing, f"{code}: untranslated or fuzzy: {missing[:20]}"
    assert po.metadata["Language"] == code
    copies = [
        e.msgid
        for e in po.translated_entries()
        if e.msgstr == e.msgid and len(e.msgid) > 12 and " " in e.msgid
    ]
    assert not copies, f"{code}: English copied as translation: {copies[:10]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_its_source(code):
    po = polib.pofile(catalogue(code))
    mo = polib.mofile(catalogue(code, "mo"))
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in mo}
    for entry in po.translated_entries():
        assert (entry.msgctxt, entry.msgid) in compiled, f"{code}: run `make messages`"
        assert compiled[(entry.msgctxt, entry.msgid)][0] == entry.msgstr


def test_catalogues_contain_every_string_in_the_code(tmp_path):
    """A string added to a template or module without `make messages` fails here."""
    if shutil.which("xgettext") is None:
        pytest.fail("gettext is missing: `make system-deps` installs it")
    copy = tmp_path / "broadsheet"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "static"))
    ignore = [arg for pattern in MAKEMESSAGES_IGNORE for arg in ("--ignore", pattern)]
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "es", "--no-location", *ignore],
        cwd=copy,
        check=True,
        capture_output=True,
        env=env,
    )
    fresh = {(e.msgctxt, e.msgid) for e in polib.pofile(copy / "locale/es/LC_MESSAGES/django.po")}
    committed = {(e.msgctxt, e.msgid) for e in polib.pofile(catalogue("es")) if not e.obsolete}
    assert fresh <= committed, f"not in the catalogues: {sorted(fresh - committed)[:10]}"
