"""The demo's Videos sections: in every edition, a Videos section with a video page for each
demo clip (``videos.py``), from ``demo/videos/videos.toml``. The other editions' sections and
pages are translations of the English ones. Safe to run again."""

from datetime import timedelta

from django.conf import settings
from wagtail.models import Locale

from broadsheet.newsroom.models import HomePage
from broadsheet.videopages.models import VideoPage, VideosIndexPage

from .data import VIDEOS_DIR, Fields, read_toml
from .videos import CLIPS

CLIP_TITLES = [clip["title"] for clip in CLIPS]
LANGUAGES = [code for code, _name in settings.LANGUAGES]

VIDEOS_FILE = (VIDEOS_DIR, "videos.toml")


def load(directory):
    """(page specs, {language: texts}) from videos.toml, checked; None when there is none."""
    path = directory.joinpath(*VIDEOS_FILE)
    if not path.exists():
        return None
    table = read_toml(path)
    fields = Fields(path, table)
    pages = []
    for number, page in enumerate(fields.table_of("pages"), 1):
        page_fields = Fields(path, page, prefix=f"pages[{number}].")
        spec = {"slug": page_fields.text("slug"), "clip": page_fields.text("clip")}
        if spec["clip"] not in CLIP_TITLES:
            raise page_fields.error("clip", f"not a demo clip; one of {', '.join(CLIP_TITLES)}")
        hours = page_fields.raw("hours_ago", None)
        if not isinstance(hours, int) or isinstance(hours, bool) or hours < 0:
            raise page_fields.error("hours_ago", "must be a whole number of hours, 0 or more")
        spec["hours_ago"] = hours
        page_fields.finish()
        pages.append(spec)
    editions = {}
    for code, edition in (fields.raw("editions", None) or {}).items():
        edition_fields = Fields(path, edition, prefix=f"editions.{code}.")
        if code not in LANGUAGES:
            raise fields.error(f"editions.{code}", "not a language of settings.LANGUAGES")
        texts = edition_fields.raw("pages", None)
        if not isinstance(texts, list) or len(texts) != len(pages):
            raise edition_fields.error(
                "pages", f"give one {{title, standfirst}} per page ({len(pages)})"
            )
        editions[code] = {
            "title": edition_fields.text("title"),
            "intro": edition_fields.text("intro"),
            "pages": [],
        }
        for number, text in enumerate(texts, 1):
            text_fields = Fields(path, text, prefix=f"editions.{code}.pages[{number}].")
            editions[code]["pages"].append(
                {"title": text_fields.text("title"), "standfirst": text_fields.text("standfirst")}
            )
            text_fields.finish()
        edition_fields.finish()
    fields.finish()
    if settings.LANGUAGE_CODE not in editions:
        raise fields.error(f"editions.{settings.LANGUAGE_CODE}", "missing")
    return pages, editions


def build_video_pages(builder):
    """A Videos section with the demo clips' pages in every edition that has texts."""
    data = load(builder.data.directory) if builder.videos else None
    if data is None:
        return []
    pages, editions = data
    clips = {video.title: video for video in builder.videos}
    english = editions[settings.LANGUAGE_CODE]
    index = VideosIndexPage.objects.child_of(builder.home).first()
    if index is None:
        index = VideosIndexPage(
            title=english["title"], slug="videos", intro=english["intro"], show_in_menus=True
        )
        builder.home.add_child(instance=index)
        index.save_revision().publish()
        builder.created += 1
    made = []
    for spec, text in zip(pages, english["pages"], strict=True):
        page = VideoPage.objects.child_of(index).filter(slug=spec["slug"]).first()
        if page is None:
            page = VideoPage(
                slug=spec["slug"],
                video=clips[spec["clip"]],
                published_at=builder.now - timedelta(hours=spec["hours_ago"]),
                **text,
            )
            index.add_child(instance=page)
            page.save_revision().publish()
            builder.created += 1
        made.append(page)
    english_pages = list(made)
    for code, edition in editions.items():
        locale = Locale.objects.filter(language_code=code).first()
        if (
            code == settings.LANGUAGE_CODE
            or locale is None
            or not HomePage.objects.filter(locale=locale).exists()
        ):
            continue
        if not VideosIndexPage.objects.filter(locale=locale).exists():
            _translate(index, locale, title=edition["title"], intro=edition["intro"])
            builder.created += 1
        for page, text in zip(english_pages, edition["pages"], strict=True):
            same = VideoPage.objects.filter(locale=locale, translation_key=page.translation_key)
            if not same.exists():
                made.append(_translate(page, locale, published_at=page.published_at, **text))
                builder.created += 1
    return made


def _translate(page, locale, **fields):
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)
