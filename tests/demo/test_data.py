"""The demo's data files: the shipped ones validate, and a broken one stops `broadsheet demo`
with one line naming the file and the field, before anything is written."""

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from broadsheet.demo import data
from broadsheet.newsroom.models import Author

SHIPPED = Path(settings.BASE_DIR) / "demo"


@pytest.fixture
def demo_copy(tmp_path):
    copy = tmp_path / "demo"
    shutil.copytree(SHIPPED, copy)
    return copy


def translated(root, code):
    """The first English story the edition ``code`` carries."""
    return tomllib.loads((root / code / "edition.toml").read_text())["articles"][0]


def english_story(root, code="ar"):
    return root / "en" / "articles" / f"{translated(root, code)}.md"


def set_line(path, name, line):
    """Replace the first ``name = ...`` line of the file (remove it if ``line`` is None)."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(name)} = .*\n", re.MULTILINE)
    assert pattern.search(text), f"{path} has no {name} line"
    path.write_text(pattern.sub("" if line is None else f"{line}\n", text, count=1), "utf-8")


def replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path} exactly once"
    path.write_text(text.replace(old, new), encoding="utf-8")


# Each case breaks a copy of the shipped data and returns (file, field, problem).
def translation_without_english_source(root):
    source = root / "es" / "articles" / f"{translated(root, 'es')}.md"
    shutil.copy(source, root / "es" / "articles" / "a-story-nobody-wrote.md")
    return "es/articles/a-story-nobody-wrote.md", "file name", "no English source"


def english_story_missing_its_translation(root):
    slug = translated(root, "ru")
    (root / "ru" / "articles" / f"{slug}.md").unlink()
    return "ru/edition.toml", "articles", f"{slug} has no translation"


def section_missing_its_translation(root):
    path = root / "de" / "sections.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^\[business\]\n(?:.+\n)*\n?", "", text, flags=re.M), "utf-8")
    return "de/sections.toml", "business", "missing"


def missing_field(root):
    path = english_story(root)
    set_line(path, "standfirst", None)
    return path.relative_to(root), "standfirst", "missing"


def missing_translated_field(root):
    path = root / "fr" / "articles" / f"{translated(root, 'fr')}.md"
    set_line(path, "headline", None)
    return path.relative_to(root), "headline", "missing"


def date_as_text(root):
    path = english_story(root)
    set_line(path, "published", 'published = "last Tuesday"')
    return path.relative_to(root), "published", "is not a TOML date and time"


def impossible_date(root):
    path = english_story(root)
    set_line(path, "published", "published = 2025-02-30T08:00:00Z")
    return path.relative_to(root), "published", "not valid TOML: Invalid date or datetime"


def date_without_offset(root):
    path = english_story(root)
    set_line(path, "published", "published = 2025-05-14T08:00:00")
    return path.relative_to(root), "published", "no UTC offset"


def unknown_section(root):
    path = english_story(root)
    set_line(path, "section", 'section = "weather"')
    return path.relative_to(root), "section", "unknown section 'weather'"


def unknown_author(root):
    path = english_story(root)
    set_line(path, "authors", 'authors = ["nobody-at-all"]')
    return path.relative_to(root), "authors", "unknown author 'nobody-at-all'"


def misspelt_field(root):
    path = english_story(root)
    set_line(path, "kind", 'kind = "news"\nbyline = "Our reporter"')
    return path.relative_to(root), "byline", "not a field of this file"


def read_more_to_nowhere(root):
    path = english_story(root)
    path.write_text(path.read_text("utf-8") + "\n[Read more](no-such-story.md)\n", "utf-8")
    return path.relative_to(root), "body (read-more", "no-such-story.md"


def captions_not_matching_the_script(root):
    path = root / "podcasts" / "audio" / "the-morning-dispatch-1.vtt"
    replace(path, "Good morning, and welcome", "Hello, and welcome")
    return path.relative_to(root), "captions", "cue 1 does not read line 1"


def missing_recording(root):
    path = root / "podcasts" / "audio" / "field-notes-2.mp3"
    path.unlink()
    return path.relative_to(root), "audio", "no such file"


def podcast_host_unknown(root):
    replace(
        root / "podcasts" / "podcasts.toml",
        'hosts = ["priya-raman"]',
        'hosts = ["priya-ramen"]',
    )
    return "podcasts/podcasts.toml", "shows.field-notes.hosts", "unknown author 'priya-ramen'"


@pytest.mark.parametrize(
    "breakage",
    (
        translation_without_english_source,
        english_story_missing_its_translation,
        section_missing_its_translation,
        missing_field,
        missing_translated_field,
        date_as_text,
        impossible_date,
        date_without_offset,
        unknown_section,
        unknown_author,
        misspelt_field,
        read_more_to_nowhere,
        captions_not_matching_the_script,
        missing_recording,
        podcast_host_unknown,
    ),
    ids=lambda breakage: breakage.__name__.replace("_", " "),
)
def test_broken_data_stops_the_demo_in_one_line_and_builds_nothing(db, demo_copy, breakage):
    path, field, problem = breakage(demo_copy)
    Image = get_image_model()
    before = (Page.objects.count(), Author.objects.count(), Image.objects.count())
    with pytest.raises(CommandError) as caught:
        call_command("demo", "--data", str(demo_copy))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{(demo_copy / path).resolve()}: {field}"), message
    assert problem in message
    assert (Page.objects.count(), Author.objects.count(), Image.objects.count()) == before


def test_the_command_line_prints_one_line_and_no_traceback(demo_copy):
    set_line(english_story(demo_copy), "section", 'section = "weather"')
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "broadsheet.settings.test"}
    result = subprocess.run(
        [sys.executable, "-m", "broadsheet", "demo", "--data", str(demo_copy)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "section: unknown section 'weather'" in result.stderr


def test_the_shipped_demo_data_validates():
    newsroom = data.load(SHIPPED)
    english = {article["slug"] for article in newsroom.articles}
    assert len(english) == len(newsroom.articles) >= 60
    codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    assert [edition["language"] for edition in newsroom.editions] == codes
    for edition in newsroom.editions:
        assert len(edition["articles"]) >= 10
        assert set(edition["articles"]) <= english
        assert list(edition["sections"]) == [section["slug"] for section in newsroom.sections]
        assert list(edition["authors"]) == [author["slug"] for author in newsroom.authors]
    ages = [article["age"] for article in newsroom.articles]
    assert ages == sorted(ages)
    episodes = [episode for show in newsroom.podcasts["shows"] for episode in show["episodes"]]
    assert len(episodes) == 12
    audio = sorted((SHIPPED / "podcasts" / "audio").glob("*.mp3"))
    assert len(audio) == len(episodes)
    assert all(path.stat().st_size < 150_000 for path in audio)
    assert sum(path.stat().st_size for path in audio) < 1_500_000


def test_the_data_directory_is_the_argument_then_the_environment_then_the_repository(
    demo_copy, tmp_path, monkeypatch
):
    monkeypatch.delenv(data.DATA_ENV, raising=False)
    assert data.data_directory() == SHIPPED
    monkeypatch.setenv(data.DATA_ENV, str(demo_copy))
    assert data.data_directory() == demo_copy
    replace(demo_copy / "en" / "edition.toml", 'home_title = "', 'home_title = "Copy of ')
    assert data.load().edition["home_title"].startswith("Copy of ")
    assert data.data_directory(SHIPPED) == SHIPPED


def test_without_demo_data_the_command_says_where_to_find_it(db, settings, tmp_path, monkeypatch):
    """Installed from a wheel, the package has no demo/ beside it."""
    monkeypatch.delenv(data.DATA_ENV, raising=False)
    settings.BASE_DIR = tmp_path
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=r"no demo data here .* --data or BROADSHEET_DEMO_DATA"):
        call_command("demo")
    assert Page.objects.count() == pages


def test_markdown_bodies(tmp_path):
    body = (
        "First paragraph,\nwrapped over two lines.\n\n"
        "> Quoted words,\n> more of them.\n> — A Speaker, her title\n\n"
        "> Unattributed.\n\n"
        "## A subheading\n\n"
        "[Read more](another-story.md)\n\n"
        "Fish & chips < 5 euros."
    )
    assert data.parse_body(tmp_path / "story.md", body) == [
        ("paragraph", "<p>First paragraph, wrapped over two lines.</p>"),
        (
            "quote",
            {
                "text": "Quoted words, more of them.",
                "attribution": "A Speaker, her title",
                "style": "pull",
            },
        ),
        ("quote", {"text": "Unattributed.", "attribution": "", "style": "pull"}),
        ("subheading", "A subheading"),
        ("read_more", "another-story"),
        ("paragraph", "<p>Fish &amp; chips &lt; 5 euros.</p>"),
    ]


@pytest.mark.parametrize(
    "body, where",
    (
        ("Intro.\n\n# A title", "body (line 13)"),
        ("Intro.\n\n> quoted\nnot quoted", "body (line 13)"),
        ("", "body"),
    ),
    ids=["only ## subheadings", "a quote is quoted on every line", "an empty body"],
)
def test_markdown_bodies_refuse_what_they_do_not_know(tmp_path, body, where):
    with pytest.raises(data.DemoDataError) as caught:
        data.parse_body(tmp_path / "story.md", body, first_line=11)
    assert caught.value.field == where
