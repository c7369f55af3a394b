"""The JSON API for the news app, versioned under /api/v1/."""

import re
from typing import Literal

from django.db.models import Prefetch
from django.http import Http404
from ninja import Path as PathParam
from ninja import Query, Schema
from ninja.errors import ValidationError
from pydantic import Field
from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html

from broadsheet.core.sites import public_url
from broadsheet.core.unavailable import (
    DATABASE_UNAVAILABLE,
    log_database_unavailable,
    service_unavailable,
)
from broadsheet.delivery.feed_urls import feed_paths
from broadsheet.images.renditions import prefetch_specs
from broadsheet.live.models import LivePage, prefetch_post_bodies
from broadsheet.newsroom.blocks import image_api_data
from broadsheet.newsroom.models import ArticleKind, ArticlePage, Author, HomePage, SectionPage
from broadsheet.newsroom.prefetch import prefetch_body
from broadsheet.podcasts.feeds import ARTWORK_SPEC
from broadsheet.podcasts.models import EpisodePage, ShowPage
from broadsheet.search.backend import article_search_backend
from broadsheet.video.blocks import video_api_data
from broadsheet.videopages.models import VideoPage

from . import schemas
from .bookmarks import router as bookmarks_router
from .http import ConditionalAPI
from .pagination import PAGE_SIZE_MAX, decode_cursor, encode_cursor
from .throttling import ClientRateThrottle

api = ConditionalAPI(
    title="Broadsheet API",
    version="1",
    description=(
        "JSON for the news app: editions, sections, articles, top stories, most "
        "read, podcasts and episodes, video pages, live pages' posts, and "
        "search. Responses carry an ETag and Cache-Control; send If-None-Match to get 304. "
        "A signed-in reader's bookmarks need the session token from allauth's app sign-in "
        "(POST /_allauth/app/v1/auth/login) in an X-Session-Token header. "
        "Each client has a request budget; past it the answer is 429 with Retry-After."
    ),
    urls_namespace="api_v1",
    openapi_url="/schema/",
    docs_url="/docs/",
    throttle=[ClientRateThrottle()],
)

ERRORS = {400: schemas.ErrorOut, 404: schemas.ErrorOut, 429: schemas.ErrorOut}
Kind = Literal[tuple(ArticleKind.values)]


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    return api.create_response(request, {"detail": exc.errors}, status=400)


def database_unavailable(request, exc):
    # Answered here rather than by the core middleware, so the 503 carries the CORS headers.
    log_database_unavailable(request, exc)
    return service_unavailable(request)


for _exception in DATABASE_UNAVAILABLE:
    api.add_exception_handler(_exception, database_unavailable)


def _absolute(request, url):
    return public_url(url)


def _absolute_urls(request, value):
    """Make every ``url`` in a block's API data absolute, for apps that have no base URL."""
    if isinstance(value, dict):
        return {
            key: _absolute(request, item)
            if key == "url" and isinstance(item, str)
            else _absolute_urls(request, item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_absolute_urls(request, item) for item in value]
    return value


def _edition(language):
    home = HomePage.objects.for_language(language)
    if home is None:
        raise Http404(f"No edition for language {language!r}")
    return home


def _edition_out(request, home):
    (_kind, _title, links) = feed_paths(home)[-1]
    feeds = {fmt: public_url(path) for fmt, _mime, path in links}
    return {
        "id": home.pk,
        "language": home.locale.language_code,
        "title": home.title,
        "url": home.get_full_url(request),
        "feeds": feeds,
    }


@api.get("/editions", response={200: list[schemas.EditionOut], **ERRORS}, tags=["editions"])
def editions(request):
    """The language editions, each with its home page and feeds."""
    homes = HomePage.objects.editions()
    return [_edition_out(request, home) for home in homes]


@api.get("/sections", response={200: list[schemas.SectionOut], **ERRORS}, tags=["sections"])
def sections(request, edition: str = Query("en", max_length=16, pattern=r"^[A-Za-z-]+$")):
    """Every live section of an edition, in page-tree order."""
    home = _edition(edition)
    pages = SectionPage.objects.descendant_of(home).live().public().order_by("path")
    ids = {page.path: page.pk for page in pages}
    return [
        {
            "id": page.pk,
            "title": page.title,
            "slug": page.slug,
            "url": page.get_full_url(request),
            "edition": edition,
            "parent_id": ids.get(page.path[: -SectionPage.steplen]),
        }
        for page in pages
    ]


def _summaries(request, articles):
    """API data for articles, in a fixed number of queries."""
    articles = list(articles)
    parents = {
        page.path: page
        for page in SectionPage.objects.filter(
            path__in={a.path[: -ArticlePage.steplen] for a in articles}
        )
    }
    return [_summary(request, a, parents.get(a.path[: -ArticlePage.steplen])) for a in articles]


def _summary(request, article, section):
    image = image_api_data(article.lead_image, preset="card", caption=article.lead_caption)
    return {
        "id": article.pk,
        "headline": article.title,
        "standfirst": article.standfirst,
        "kind": article.kind,
        "url": article.get_full_url(request),
        "edition": article.locale.language_code,
        "section": {"id": section.pk, "title": section.title} if section else None,
        "published_at": article.published_at,
        "updated_at": article.updated_at if article.show_updated else None,
        "image": _absolute_urls(request, image),
        "authors": [
            {"name": link.author.name, "slug": link.author.slug, "role": link.author.role}
            for link in article.article_authors.all()
        ],
        "tags": [tag.name for tag in article.tags.all()],
    }


def _for_api(queryset):
    images = get_image_model().objects.prefetch_renditions(*prefetch_specs("card"))
    return (
        queryset.select_related("locale")
        .prefetch_related(
            Prefetch("lead_image", queryset=images), "article_authors__author", "tags"
        )
        .order_by("-published_at", "-pk")
    )


class ArticleFilters(Schema):
    edition: str | None = Field(None, max_length=16, pattern=r"^[A-Za-z-]+$")
    section: int | None = Field(
        None, ge=1, le=2**31 - 1, description="Section id, with subsections."
    )
    tag: str | None = Field(None, max_length=100, description="Tag slug.")
    author: str | None = Field(None, max_length=120, description="Author slug.")
    kind: Kind | None = None
    cursor: str | None = Field(None, max_length=200, description="From `next_cursor`.")
    limit: int = Field(20, ge=1, le=PAGE_SIZE_MAX)


@api.get("/articles", response={200: schemas.ArticlePage, **ERRORS}, tags=["articles"])
def articles(request, filters: Query[ArticleFilters]):
    """Published articles, newest first, a page at a time (cursor pagination)."""
    queryset = ArticlePage.objects.published()
    home = None
    if filters.edition:
        home = _edition(filters.edition)
        queryset = queryset.in_edition(home)
    if filters.section is not None:
        section = SectionPage.objects.live().public().filter(pk=filters.section).first()
        if section is None:
            raise Http404("No such section.")
        queryset = queryset.descendant_of(section)
    if filters.tag:
        queryset = queryset.filter(tags__slug=filters.tag)
    if filters.author:
        authors = Author.objects.filter(slug=filters.author)
        if home is not None:
            authors = authors.filter(locale_id=home.locale_id)
        queryset = queryset.filter(article_authors__author__in=authors)
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.cursor:
        published, pk = decode_cursor(filters.cursor)
        queryset = queryset.filter(published_at__lte=published).exclude(
            published_at=published, pk__gte=pk
        )
    page = list(_for_api(queryset.distinct())[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    return {
        "items": _summaries(request, page),
        "next_cursor": encode_cursor(page[-1].published_at, page[-1].pk) if more else None,
    }


@api.get(
    "/articles/{article_id}", response={200: schemas.ArticleDetail, **ERRORS}, tags=["articles"]
)
def article_detail(request, article_id: int = PathParam(..., ge=1, le=2**31 - 1)):
    """One published article with its body as structured blocks and as rendered HTML."""
    article = _for_api(ArticlePage.objects.published().filter(pk=article_id)).first()
    if article is None:
        raise Http404("No such article.")
    article.localize_read_more()
    prefetch_body(article.body)
    data = _summaries(request, [article])[0]
    data["body"] = [
        {
            "type": block.block_type,
            "id": block.id,
            "value": _absolute_urls(request, block.block.get_api_representation(block.value)),
        }
        for block in article.body
    ]
    data["lead_video"] = video_api_data(article.playable_lead_video)
    data["html"] = str(article.body.render_as_block())
    data["corrections"] = [{"date": c.date, "text": c.text} for c in article.published_corrections]
    return data


@api.get(
    "/editions/{language}/top-stories",
    response={200: list[schemas.ArticleSummary], **ERRORS},
    tags=["editions"],
)
def top_stories(request, language: str = PathParam(..., max_length=16, pattern=r"^[A-Za-z-]+$")):
    """The edition's curated top stories running now, in the editors' order."""
    home = _edition(language)
    stories = (
        ArticlePage.objects.top_stories_of(home)
        .prefetch_related("article_authors__author", "tags")
        .select_related("locale")
    )
    return _summaries(request, stories[:20])


@api.get("/search", response={200: list[schemas.ArticleSummary], **ERRORS}, tags=["search"])
def search(
    request,
    q: str = Query(..., min_length=1, max_length=200),
    edition: str | None = Query(None, max_length=16, pattern=r"^[A-Za-z-]+$"),
    limit: int = Query(20, ge=1, le=PAGE_SIZE_MAX),
):
    """Published articles matching the words in ``q``, best match first."""
    queryset = ArticlePage.objects.published()
    home = _edition(edition) if edition else None
    if home is not None:
        queryset = queryset.in_edition(home)
    # Only the words: quotes, "-" and a bare "or" are operators in the full-text syntax
    # (websearch_to_tsquery); the API searches for all the words, nothing more.
    words = [word for word in re.findall(r"\w+", q) if word.lower() != "or"]
    if not words:
        return []
    backend = article_search_backend()
    if backend is not None:
        locale = home.locale if home is not None else None
        ids = backend.search_articles(" ".join(words), queryset, locale=locale).ids[:limit]
    else:
        ids = [page.pk for page in queryset.search(" ".join(words), operator="and")[:limit]]
    # From the published queryset: an index row a moment out of date never leaks a story.
    loaded = {a.pk: a for a in _for_api(queryset.filter(pk__in=ids))}
    return _summaries(request, [loaded[pk] for pk in ids if pk in loaded])


@api.get(
    "/editions/{language}/most-read",
    response={200: list[schemas.ArticleSummary], **ERRORS},
    tags=["editions"],
)
def most_read(
    request,
    language: str = PathParam(..., max_length=16, pattern=r"^[A-Za-z-]+$"),
    limit: int = Query(5, ge=1, le=20),
):
    """The edition's articles read most in the last 24 hours, most read first."""

    ids = [article.pk for article in ArticlePage.objects.most_read(_edition(language), limit=limit)]
    loaded = {a.pk: a for a in _for_api(ArticlePage.objects.filter(pk__in=ids))}
    return _summaries(request, [loaded[pk] for pk in ids if pk in loaded])


def _show_out(request, show, edition):
    url = show.get_full_url(request)
    artwork = show.artwork.get_rendition(ARTWORK_SPEC).url if show.artwork else None
    return {
        "id": show.pk,
        "title": show.title,
        "slug": show.slug,
        "url": url,
        "edition": edition,
        "language": show.language or edition,
        "description": show.description,
        "author": show.author,
        "explicit": show.explicit,
        "category": show.apple_category,
        "artwork_url": _absolute(request, artwork) if artwork else None,
        "feed_url": url + show.reverse_subpage("feed"),
    }


@api.get(
    "/editions/{language}/podcasts",
    response={200: list[schemas.ShowOut], **ERRORS},
    tags=["podcasts"],
)
def podcasts(request, language: str = PathParam(..., max_length=16, pattern=r"^[A-Za-z-]+$")):
    """The edition's podcast shows, in page-tree order."""
    home = _edition(language)
    images = get_image_model().objects.prefetch_renditions(ARTWORK_SPEC)
    shows = (
        ShowPage.objects.descendant_of(home)
        .live()
        .public()
        .prefetch_related(Prefetch("artwork", queryset=images))
        .order_by("path")
    )
    return [_show_out(request, show, language) for show in shows]


def _episode_out(request, episode, show_id):
    url = episode.get_full_url(request)
    has_transcript = bool(episode.transcript.strip())
    return {
        "id": episode.pk,
        "show_id": show_id,
        "title": episode.title,
        "summary": episode.summary,
        "url": url,
        "published_at": episode.published_at,
        "season": episode.season,
        "number": episode.number,
        "episode_type": episode.episode_type,
        "audio_url": _absolute(request, episode.audio_url),
        "duration": episode.duration,
        "audio_size": episode.audio_size,
        "audio_type": episode.audio_type,
        "transcript_url": url + episode.reverse_subpage("transcript") if has_transcript else None,
        "transcript_type": episode.transcript_content_type if has_transcript else None,
    }


def _body_out(request, body):
    return [
        {
            "type": block.block_type,
            "id": block.id,
            "value": _absolute_urls(request, block.block.get_api_representation(block.value)),
        }
        for block in body
    ]


@api.get("/live/{page_id}/posts", response={200: schemas.LivePostList, **ERRORS}, tags=["live"])
def live_posts(
    request,
    page_id: int = PathParam(..., ge=1, le=2**31 - 1),
    cursor: str | None = Query(None, max_length=200, description="From `next_cursor`."),
    limit: int = Query(20, ge=1, le=PAGE_SIZE_MAX),
):
    """A published live page's posts, newest first, a page at a time (cursor pagination)."""
    page = LivePage.objects.published().filter(pk=page_id).first()
    if page is None:
        raise Http404("No such live page.")
    queryset = page.posts.visible().for_display()
    if cursor:
        published, pk = decode_cursor(cursor)
        queryset = queryset.filter(published_at__lte=published).exclude(
            published_at=published, pk__gte=pk
        )
    posts = list(queryset[: limit + 1])
    more = len(posts) > limit
    posts = posts[:limit]
    prefetch_post_bodies(posts)
    return {
        "page_id": page.pk,
        "status": page.status,
        "coverage_start": page.coverage_start,
        "coverage_end": page.coverage_end,
        "items": [
            {
                "id": post.pk,
                "url": f"{page.full_url}{page.url_path_for('post', post.pk)}#{post.anchor}",
                "published_at": post.published_at,
                "updated_at": post.updated_at,
                "title": post.title,
                "key_event": post.key_event,
                "pinned": post.pinned,
                "version": post.version,
                "authors": [{"name": a.name, "slug": a.slug} for a in post.authors.all()],
                "body": _body_out(request, post.body),
                "html": str(post.body.render_as_block()),
            }
            for post in posts
        ],
        "next_cursor": encode_cursor(posts[-1].published_at, posts[-1].pk) if more else None,
    }


def _live_show(show_id):
    show = ShowPage.objects.live().public().filter(pk=show_id).first()
    if show is None:
        raise Http404("No such show.")
    return show


@api.get(
    "/podcasts/{show_id}/episodes",
    response={200: schemas.EpisodeList, **ERRORS},
    tags=["podcasts"],
)
def episodes(
    request,
    show_id: int = PathParam(..., ge=1, le=2**31 - 1),
    cursor: str | None = Query(None, max_length=200, description="From `next_cursor`."),
    limit: int = Query(20, ge=1, le=PAGE_SIZE_MAX),
):
    """A show's published episodes, newest first, a page at a time (cursor pagination)."""
    show = _live_show(show_id)
    queryset = show.episodes()
    if cursor:
        published, pk = decode_cursor(cursor)
        queryset = queryset.filter(published_at__lte=published).exclude(
            published_at=published, pk__gte=pk
        )
    page = list(queryset[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    return {
        "items": [_episode_out(request, episode, show.pk) for episode in page],
        "next_cursor": encode_cursor(page[-1].published_at, page[-1].pk) if more else None,
    }


@api.get(
    "/episodes/{episode_id}", response={200: schemas.EpisodeDetail, **ERRORS}, tags=["podcasts"]
)
def episode_detail(request, episode_id: int = PathParam(..., ge=1, le=2**31 - 1)):
    """One published episode: audio URL, duration, size and type, transcript URL, people."""
    episode = EpisodePage.objects.published().filter(pk=episode_id).first()
    show = ShowPage.objects.live().public().parent_of(episode).first() if episode else None
    if episode is None or show is None:
        raise Http404("No such episode.")
    data = _episode_out(request, episode, show.pk)
    people = [
        {"name": c.author.name, "slug": c.author.slug, "role": c.author.role, "credit": c.role}
        for c in episode.people
    ]
    data["show_notes"] = expand_db_html(episode.show_notes)
    data["hosts"] = [p for p in people if p["credit"] == "host"]
    data["guests"] = [p for p in people if p["credit"] == "guest"]
    return data


@api.get(
    "/editions/{language}/videos",
    response={200: schemas.VideoPageList, **ERRORS},
    tags=["videos"],
)
def video_pages(
    request,
    language: str = PathParam(..., max_length=16, pattern=r"^[A-Za-z-]+$"),
    cursor: str | None = Query(None, max_length=200, description="From `next_cursor`."),
    limit: int = Query(20, ge=1, le=PAGE_SIZE_MAX),
):
    """The edition's published video pages, newest first, with their videos' renditions,
    captions and poster (cursor pagination)."""
    queryset = VideoPage.objects.published().in_edition(_edition(language)).newest_first()
    if cursor:
        published, pk = decode_cursor(cursor)
        queryset = queryset.filter(published_at__lte=published).exclude(
            published_at=published, pk__gte=pk
        )
    page = list(queryset.for_cards()[: limit + 1])
    more = len(page) > limit
    page = page[:limit]
    items = []
    for video_page in page:
        video_page.video.readers_may_play = True  # published() asked Video.objects.published()
        items.append(
            {
                "id": video_page.pk,
                "title": video_page.title,
                "standfirst": video_page.standfirst,
                "url": video_page.get_full_url(request),
                "published_at": video_page.published_at,
                "video": video_api_data(video_page.video),
            }
        )
    return {
        "items": items,
        "next_cursor": encode_cursor(page[-1].published_at, page[-1].pk) if more else None,
    }


api.add_router("/bookmarks", bookmarks_router)
