"""The demo's Videos sections: in every edition, a Videos section with a video page for each
demo clip (``videos.py``), from ``demo/videos/videos.toml``. The other editions' sections and
pages are translations of the English ones. Safe to run again."""

import tomllib
from datetime import timedelta

from wagtail.models import Locale

from broadsheet.newsroom.models import HomePage
from broadsheet.videopages.models import VideoPage, VideosIndexPage

VIDEOS_FILE = "videos/videos.toml"


class VideoDataError(ValueError):
    pass


def load(directory):
    """The checked contents of videos.toml: page specs and each edition's texts."""
    path = directory / VIDEOS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise VideoDataError(f"{path}: {error}") from None
    pages, editions = data.get("pages", []), data.get("editions", {})
    if "en" not in editions:
        raise VideoDataError(f"{path}: editions.en is missing")
    for code, edition in editions.items():
        for key in ("title", "intro", "pages"):
            if key not in edition:
                raise VideoDataError(f"{path}: editions.{code}: {key} is missing")
        if len(edition["pages"]) != len(pages):
            raise VideoDataError(f"{path}: editions.{code}: one text per page is needed")
    return pages, editions


def build_video_pages(builder):
    """A Videos section with the demo clips' pages in every edition that has texts."""
    if not builder.videos:
        return []
    pages, editions = load(builder.data.directory)
    clips = {video.title: video for video in builder.videos}
    english = editions["en"]
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
        if code == "en" or locale is None or not HomePage.objects.filter(locale=locale).exists():
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
