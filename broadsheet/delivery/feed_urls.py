"""Where the feeds of an edition, section, tag and author live."""

from django.urls import reverse
from django.utils import translation

from broadsheet.newsroom.models import HomePage, SectionPage

FEED_TYPES = (("rss", "application/rss+xml"), ("atom", "application/atom+xml"))


def _reverse(language_code, name, **kwargs):
    with translation.override(language_code):
        return reverse(f"edition_delivery:{name}", kwargs=kwargs or None)


def section_path(home, section):
    return section.url_path[len(home.url_path) :].strip("/")


def feed_paths(home, *, section=None, tag=None, author=None, language=None):
    """(kind, title, [(format, mime type, path), …]) for the feeds a page belongs to."""
    language = language or home.locale.language_code
    groups = []
    if section is not None:
        groups.append(
            ("section", section.title, "section", {"section_path": section_path(home, section)})
        )
    if tag is not None:
        groups.append(("tag", tag.name, "tag", {"slug": tag.slug}))
    if author is not None:
        groups.append(("author", author.name, "author", {"slug": author.slug}))
    groups.append(("edition", home.title, "edition", {}))
    return [
        (
            kind,
            title,
            [
                (fmt, mime, _reverse(language, f"{prefix}_{fmt}", **kwargs))
                for fmt, mime in FEED_TYPES
            ],
        )
        for kind, title, prefix, kwargs in groups
    ]


def feed_urls_for_article(article):
    """Absolute URLs of every feed and sitemap that lists the article."""
    home = HomePage.objects.for_locale(article.locale_id)
    if home is None:
        return []
    root = home.get_site().root_url
    paths = []
    for section in SectionPage.objects.ancestor_of(article).live():
        for _kind, _title, links in feed_paths(home, section=section):
            paths.extend(path for _fmt, _mime, path in links)
    for tag in article.tags.all():
        paths.extend(p for _f, _m, p in feed_paths(home, tag=tag)[0][2])
    for link in article.article_authors.select_related("author"):
        paths.extend(p for _f, _m, p in feed_paths(home, author=link.author)[0][2])
    paths.append(_reverse(home.locale.language_code, "corrections"))
    paths += ["/sitemap.xml", f"/sitemap-{home.locale.language_code}.xml", "/news-sitemap.xml"]
    paths.append("/video-sitemap.xml")  # articles' lead and body videos
    return sorted({root + path for path in paths})


def feed_urls_for_video_page(page):
    """Absolute URLs of the feeds and sitemaps that list a video page: its edition's feeds."""
    home = HomePage.objects.for_locale(page.locale_id)
    if home is None:
        return []
    language = home.locale.language_code
    paths = [path for _kind, _title, links in feed_paths(home) for _fmt, _mime, path in links]
    paths += ["/sitemap.xml", f"/sitemap-{language}.xml", "/video-sitemap.xml"]
    root = home.get_site().root_url
    return sorted({root + path for path in paths})
