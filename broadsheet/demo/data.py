"""The demo newsroom's content, read from the data files in the repository's ``demo/``
directory (demo/README.md describes the layout and the format).

``load()`` reads and checks every file before ``broadsheet demo`` writes anything: the first
problem raises DemoDataError, whose message is one line naming the file and the field.
"""

import html
import os
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from broadsheet.newsroom.models import ArticleKind
from broadsheet.podcasts import categories
from broadsheet.podcasts.models import EpisodeType

from . import audio

DATA_ENV = "BROADSHEET_DEMO_DATA"
FRONT_MATTER = "+++"
PODCASTS_DIR = "podcasts"
LIVE_DIR = "live"  # read by demo/live.py
VIDEOS_DIR = "videos"  # read by demo/videopages.py
CHANNELS_DIR = "channels"  # read by demo/channels.py
TRANSCRIPT_FORMATS = ("vtt", "text")
READ_MORE = re.compile(r"\[[^\]]+\]\(([^)\s]+)\.md\)")
TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class DemoDataError(Exception):
    """A problem in the demo data; the message is one line: ``file: field: problem``."""

    def __init__(self, path, field, problem):
        self.path, self.field, self.problem = path, field, " ".join(str(problem).split())
        super().__init__(f"{display(path)}: {field}: {self.problem}")


def display(path):
    """The path relative to the working directory when it is inside it, else absolute."""
    path = Path(path).resolve()
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class Newsroom:
    """Everything ``broadsheet demo`` builds, checked. Dicts keep the keys the builder reads."""

    directory: Path
    edition: dict  # the English edition: site_name, home_title, privacy_title, privacy_body
    sections: list  # {"slug", "title", "intro"}, in menu order
    authors: list  # {"slug", "name", "role", "bio"}
    tags: list
    articles: list  # newest first; each with "slug", "age" (before as_of) and "body" blocks
    editions: list  # translations, in the order of settings.LANGUAGES
    podcasts: dict


def data_directory(directory=None):
    """The demo data directory: the argument, else $BROADSHEET_DEMO_DATA, else the
    repository's ``demo/``, next to the ``broadsheet`` package."""
    chosen = directory or os.environ.get(DATA_ENV) or Path(settings.BASE_DIR) / "demo"
    path = Path(chosen)
    if not (path / "en").is_dir():
        raise DemoDataError(
            path,
            "directory",
            "no demo data here (it ships in the repository, not in the wheel): run from a "
            f"checkout, or give its demo/ directory with --data or {DATA_ENV}",
        )
    return path


def load(directory=None):
    """Read and check every demo data file; a Newsroom, or DemoDataError."""
    root = data_directory(directory)
    loader = _Loader(root)
    return loader.load()


# Fields ----------------------------------------------------------------------------------
class Fields:
    """Typed reads from one TOML table, each error naming the file and the field."""

    def __init__(self, path, table, prefix=""):
        self.path, self.table, self.prefix = path, table, prefix
        self.seen = set()

    def error(self, name, problem):
        return DemoDataError(self.path, f"{self.prefix}{name}", problem)

    def raw(self, name, default):
        self.seen.add(name)
        return self.table.get(name, default)

    def text(self, name, *, required=True):
        value = self.raw(name, None)
        if value is None:
            if required:
                raise self.error(name, "missing")
            return ""
        if not isinstance(value, str):
            raise self.error(name, f"must be text, not {_kind(value)}")
        if required and not value.strip():
            raise self.error(name, "must not be empty")
        return value.strip()

    def texts(self, name, *, required=True):
        value = self.raw(name, None)
        if value is None:
            if required:
                raise self.error(name, "missing")
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(name, "must be a list of non-empty texts")
        if required and not value:
            raise self.error(name, "must not be empty")
        if len(set(value)) != len(value):
            raise self.error(name, "lists something twice")
        return [v.strip() for v in value]

    def choice(self, name, choices, *, default=None):
        value = self.text(name, required=default is None) or default
        if value not in choices:
            raise self.error(name, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def moment(self, name):
        value = self.raw(name, None)
        if value is None:
            raise self.error(name, "missing")
        if not isinstance(value, datetime):
            if isinstance(value, date | time):
                problem = f"{value} has no date and time"
            else:
                problem = f"{value!r} is not a TOML date and time"
            raise self.error(name, f"{problem}; write one like 2025-05-14T08:30:00Z")
        if value.utcoffset() is None:
            raise self.error(name, f"{value} has no UTC offset; add Z or +02:00")
        return value

    def table_of(self, name):
        value = self.raw(name, None)
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            raise self.error(name, f"must be one or more [[{name}]] tables")
        return value

    def finish(self):
        unknown = sorted(set(self.table) - self.seen)
        if unknown:
            raise self.error(unknown[0], "not a field of this file (a typo?)")


def _kind(value):
    return {str: "text", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


# Files -----------------------------------------------------------------------------------
def _toml(path, text, line_offset=0):
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        field = "TOML"
        position = TOML_POSITION.search(message)
        if position:
            line_number = int(position[1])
            lines = text.splitlines()
            if line_number <= len(lines):
                key = re.match(r"\s*([\w.-]+)\s*=", lines[line_number - 1])
                field = key[1] if key else field
            message = TOML_POSITION.sub(f"(line {line_number + line_offset})", message)
        raise DemoDataError(path, field, f"not valid TOML: {message}") from None


def read_text(path):
    if not path.is_file():
        raise DemoDataError(path, "file", "missing")
    try:
        return path.read_text(encoding="utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError as error:
        raise DemoDataError(path, "file", f"not UTF-8 text ({error.reason})") from None


def read_toml(path):
    return _toml(path, read_text(path))


def read_markdown(path):
    """(front matter dict, body text, line number where the body starts)."""
    text = read_text(path)
    lines = text.split("\n")
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise DemoDataError(path, "front matter", f"the file must start with a {FRONT_MATTER} line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER)
    except StopIteration:
        raise DemoDataError(
            path, "front matter", f"no closing {FRONT_MATTER} line after the front matter"
        ) from None
    front = _toml(path, "\n".join(lines[1:end]), line_offset=1)
    return front, "\n".join(lines[end + 1 :]), end + 2


def parse_body(path, text, first_line=1):
    """Markdown body -> StreamField blocks.

    Blank lines separate blocks. ``## text`` is a subheading; lines starting with ``>`` are a
    pull quote whose last line, if it starts with ``—``, is the attribution; a paragraph that
    is only a link to another story's file, ``[Read more](<slug>.md)``, is a read-more card
    (the block's value is the slug); anything else is a paragraph of plain text.
    """
    blocks, chunk, start = [], [], first_line
    for number, line in enumerate([*text.split("\n"), ""], first_line):
        if line.strip():
            if not chunk:
                start = number
            chunk.append(line.strip())
        elif chunk:
            blocks.append(_block(path, chunk, f"body (line {start})"))
            chunk = []
    if not blocks:
        raise DemoDataError(path, "body", "empty; write the story below the front matter")
    return blocks


def _block(path, lines, where):
    first = lines[0]
    if first.startswith("#"):
        if len(lines) > 1 or not first.startswith("## ") or not first[3:].strip():
            raise DemoDataError(path, where, "a subheading is one line starting with “## ”")
        return ("subheading", first[3:].strip())
    if first.startswith(">"):
        if not all(line.startswith(">") for line in lines):
            raise DemoDataError(path, where, "every line of a quote starts with “>”")
        quoted = [line[1:].strip() for line in lines]
        attribution = ""
        if quoted[-1].startswith("—"):
            attribution = quoted.pop()[1:].strip()
        if not quoted:
            raise DemoDataError(path, where, "the quote has an attribution but no text")
        return ("quote", {"text": " ".join(quoted), "attribution": attribution, "style": "pull"})
    joined = " ".join(lines)
    if link := READ_MORE.fullmatch(joined):
        return ("read_more", link[1])
    return ("paragraph", f"<p>{html.escape(joined, quote=False)}</p>")


def _rich_text(path, blocks):
    """Paragraphs and ``##`` headings as the HTML of a rich text field."""
    parts = []
    for kind, value in blocks:
        if kind == "paragraph":
            parts.append(value)
        elif kind == "subheading":
            parts.append(f"<h2>{html.escape(value, quote=False)}</h2>")
        else:
            raise DemoDataError(path, "body", f"a {kind} block has no place on this page")
    return "".join(parts)


def _slug(path, field, value):
    if not value or slugify(value) != value:
        raise DemoDataError(path, field, f"{value!r} is not a slug (lowercase, digits, hyphens)")
    return value


# The loader ------------------------------------------------------------------------------
class _Loader:
    def __init__(self, root):
        self.root = root

    def load(self):
        english = self.root / "en"
        edition = self.english_edition(english)
        self.as_of = edition.pop("as_of")
        tags = edition.pop("tags")
        sections = self.keyed(english / "sections.toml", ("title", "intro"))
        authors = self.keyed(english / "authors.toml", ("name", "role", "bio"))
        self.section_slugs = [s["slug"] for s in sections]
        self.author_slugs = [a["slug"] for a in authors]
        self.tags = tags
        articles = self.articles(english / "articles")
        editions = [
            self.translation(self.root / code, articles, sections, authors)
            for code in self.language_directories()
        ]
        return Newsroom(
            directory=self.root,
            edition=edition,
            sections=sections,
            authors=authors,
            tags=tags,
            articles=articles,
            editions=editions,
            podcasts=self.podcasts(self.root / PODCASTS_DIR),
        )

    # English ---------------------------------------------------------------------------
    def english_edition(self, directory):
        path = directory / "edition.toml"
        fields = Fields(path, read_toml(path))
        edition = {
            "language": settings.LANGUAGE_CODE,
            "site_name": fields.text("site_name"),
            "home_title": fields.text("home_title"),
            "as_of": fields.moment("as_of"),
            "tags": fields.texts("tags"),
        }
        fields.finish()
        edition.update(self.privacy(directory))
        return edition

    def privacy(self, directory):
        path = directory / "privacy.md"
        front, body, first_line = read_markdown(path)
        fields = Fields(path, front)
        title = fields.text("title")
        fields.finish()
        return {
            "privacy_title": title,
            "privacy_body": _rich_text(path, parse_body(path, body, first_line)),
        }

    def keyed(self, path, names, english=None):
        """A TOML file of [slug] tables with the given text fields, in file order. A
        translation (``english`` given) has exactly the English file's slugs."""
        data = read_toml(path)
        if not data:
            raise DemoDataError(path, "file", "empty")
        wanted = [item["slug"] for item in english] if english else None
        items = []
        for slug, table in data.items():
            _slug(path, slug, slug)
            if wanted is not None and slug not in wanted:
                source = display(self.root / "en" / path.name)
                raise DemoDataError(path, slug, f"unknown: not in {source}")
            if not isinstance(table, dict):
                raise DemoDataError(path, slug, f"must be a [{slug}] table")
            fields = Fields(path, table, prefix=f"{slug}.")
            items.append({"slug": slug, **{name: fields.text(name) for name in names}})
            fields.finish()
        for slug in wanted or []:
            if slug not in data:
                source = display(self.root / "en" / path.name)
                raise DemoDataError(path, slug, f"missing: every entry of {source} is translated")
        if wanted:
            items.sort(key=lambda item: wanted.index(item["slug"]))
        return items

    def articles(self, directory):
        paths = sorted(directory.glob("*.md"))
        if not paths:
            raise DemoDataError(directory, "articles", "no stories (*.md files) here")
        articles = [self.article(path) for path in paths]
        slugs = {article["slug"] for article in articles}
        for article in articles:
            for position, (kind, value) in enumerate(article["body"]):
                if kind == "read_more" and (value not in slugs or value == article["slug"]):
                    raise DemoDataError(
                        article["file"],
                        f"body (read-more, block {position + 1})",
                        f"links to {value}.md, which is not another story in {directory.name}/",
                    )
        articles.sort(key=lambda article: (article["age"], article["slug"]))
        return articles

    def article(self, path):
        front, body, first_line = read_markdown(path)
        fields = Fields(path, front)
        published = fields.moment("published")
        if published > self.as_of:
            raise fields.error("published", f"{published} is after as_of in en/edition.toml")
        article = {
            "slug": _slug(path, "file name", path.stem),
            "file": path,
            "section": fields.text("section"),
            "kind": fields.choice("kind", ArticleKind.values),
            "headline": fields.text("headline"),
            "social_title": fields.text("social_title", required=False),
            "standfirst": fields.text("standfirst"),
            "authors": fields.texts("authors"),
            "tags": fields.texts("tags", required=False),
            "image_caption": fields.text("image_caption"),
            "image_credit": fields.text("image_credit"),
            "age": self.as_of - published,
        }
        fields.finish()
        if article["section"] not in self.section_slugs:
            raise fields.error("section", f"unknown section {article['section']!r}")
        for slug in article["authors"]:
            if slug not in self.author_slugs:
                raise fields.error("authors", f"unknown author {slug!r}")
        for tag in article["tags"]:
            if tag not in self.tags:
                raise fields.error("tags", f"unknown tag {tag!r} (not in en/edition.toml tags)")
        article["body"] = parse_body(path, body, first_line)
        return article

    # Translations ----------------------------------------------------------------------
    def language_directories(self):
        codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        for path in sorted(self.root.iterdir()):
            hidden = path.name.startswith(".")
            known = (*codes, "en", PODCASTS_DIR, LIVE_DIR, VIDEOS_DIR, CHANNELS_DIR)
            if path.is_dir() and not hidden and path.name not in known:
                raise DemoDataError(path, "directory", "not a language of settings.LANGUAGES")
        return [code for code in codes if (self.root / code).is_dir()]

    def translation(self, directory, articles, sections, authors):
        path = directory / "edition.toml"
        fields = Fields(path, read_toml(path))
        edition = {
            "language": directory.name,
            "site_name": fields.text("site_name"),
            "home_title": fields.text("home_title"),
        }
        listed = fields.texts("articles")
        fields.finish()
        edition.update(self.privacy(directory))
        edition["sections"] = {
            s.pop("slug"): s
            for s in self.keyed(directory / "sections.toml", ("title", "intro"), sections)
        }
        edition["authors"] = {
            a.pop("slug"): a
            for a in self.keyed(directory / "authors.toml", ("name", "role", "bio"), authors)
        }
        english = {article["slug"]: article for article in articles}
        files = {path.stem: path for path in sorted((directory / "articles").glob("*.md"))}
        for slug, file in files.items():
            if slug not in english:
                source = display(self.root / "en" / "articles" / file.name)
                raise DemoDataError(file, "file name", f"no English source {source}")
            if slug not in listed:
                raise DemoDataError(file, "file name", f"not listed in {display(path)} articles")
        for slug in listed:
            if slug not in english:
                raise DemoDataError(path, "articles", f"no English story {slug}.md")
            if slug not in files:
                expected = display(directory / "articles" / f"{slug}.md")
                raise DemoDataError(path, "articles", f"{slug} has no translation {expected}")
        edition["articles"] = {
            article["slug"]: self.translated_article(files[article["slug"]], article)
            for article in articles
            if article["slug"] in listed
        }
        return edition

    def translated_article(self, path, source):
        front, body, first_line = read_markdown(path)
        fields = Fields(path, front)
        text = {
            "headline": fields.text("headline"),
            "social_title": fields.text("social_title", required=bool(source["social_title"])),
            "standfirst": fields.text("standfirst"),
            "image_caption": fields.text("image_caption"),
        }
        fields.finish()
        text["body"] = parse_body(path, body, first_line)
        if any(kind == "read_more" for kind, _value in text["body"]):
            raise DemoDataError(path, "body", "read-more cards are for English stories only")
        return text

    # Podcasts --------------------------------------------------------------------------
    def podcasts(self, directory):
        path = directory / "podcasts.toml"
        fields = Fields(path, read_toml(path))
        podcasts = {
            "title": fields.text("title"),
            "intro": fields.text("intro"),
            "owner_name": fields.text("owner_name"),
            "owner_email": fields.text("owner_email"),
            "shows": [],
        }
        seen = set()
        for number, table in enumerate(fields.table_of("shows")):
            show = self.show(path, Fields(path, table, prefix=f"shows[{number}]."), seen)
            podcasts["shows"].append(show)
        fields.finish()
        used = {f"{slug}{suffix}" for slug in seen for suffix in (".mp3", ".vtt")}
        for file in sorted((directory / "audio").glob("*")):
            if file.name not in used:
                raise DemoDataError(file, "file name", "not the audio or captions of an episode")
        return podcasts

    def show(self, path, fields, seen):
        show = {"slug": _slug(path, f"{fields.prefix}slug", fields.text("slug"))}
        fields.prefix = f"shows.{show['slug']}."
        show.update(
            title=fields.text("title"),
            description=fields.text("description"),
            author=fields.text("author"),
            category=fields.choice("category", [value for value, _label in categories.CHOICES]),
            hosts=self.known_authors(fields, "hosts"),
            palette=self.palette(fields),
            transcript=fields.choice("transcript", TRANSCRIPT_FORMATS),
        )
        episodes = []
        for number, table in enumerate(fields.table_of("episodes")):
            episode_fields = Fields(path, table, prefix=f"{fields.prefix}episodes[{number}].")
            episodes.append(self.episode(path, episode_fields, show, seen))
        fields.finish()
        # Newest first: an episode's number counts the full episodes up to it.
        show["episodes"] = sorted(episodes, key=lambda episode: episode["age"])
        return show

    def episode(self, path, fields, show, seen):
        slug = _slug(path, f"{fields.prefix}slug", fields.text("slug"))
        if slug in seen:
            raise fields.error("slug", f"{slug!r} is used by another episode")
        seen.add(slug)
        fields.prefix = f"shows.{show['slug']}.episodes.{slug}."
        published = fields.moment("published")
        if published > self.as_of:
            raise fields.error("published", f"{published} is after as_of in en/edition.toml")
        episode = {
            "slug": slug,
            "title": fields.text("title"),
            "summary": fields.text("summary"),
            "episode_type": fields.choice("type", EpisodeType.values, default=EpisodeType.FULL),
            "guests": self.known_authors(fields, "guests", required=False),
            "script": fields.texts("script"),
            "age": self.as_of - published,
        }
        fields.finish()
        audio_dir = path.parent / "audio"
        mp3 = audio_dir / f"{slug}.mp3"
        try:
            episode["audio"] = audio.recording(mp3)
        except (OSError, ValidationError) as error:
            raise DemoDataError(mp3, "audio", _message(error)) from None
        if show["transcript"] == "vtt":
            vtt = audio_dir / f"{slug}.vtt"
            try:
                episode["captions"] = audio.captions(vtt, episode["script"])
            except (OSError, ValueError) as error:
                raise DemoDataError(vtt, "captions", _message(error)) from None
        return episode

    def known_authors(self, fields, name, *, required=True):
        slugs = fields.texts(name, required=required)
        for slug in slugs:
            if slug not in self.author_slugs:
                raise fields.error(name, f"unknown author {slug!r}")
        return slugs

    def palette(self, fields):
        colours = fields.texts("palette")
        if len(colours) != 3 or not all(HEX_COLOUR.fullmatch(c) for c in colours):
            raise fields.error("palette", 'must be three colours like "#172a54"')
        return tuple(tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in colours)


def _message(error):
    if isinstance(error, ValidationError):
        return " ".join(str(message) for message in error.messages)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)
