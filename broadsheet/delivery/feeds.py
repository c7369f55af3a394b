"""RSS 2.0 and Atom feeds of an edition, a section, a tag and an author.

Built on Django's syndication framework; items carry the lead image as ``media:content``
and, with ``?full=1``, the rendered body as full text.
"""

import uuid

from bs4 import BeautifulSoup
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from taggit.models import Tag

from broadsheet.core.cache import set_public_cache_headers
from broadsheet.core.sites import public_url
from broadsheet.live.models import LivePage
from broadsheet.newsroom.models import ArticlePage, Author, HomePage, SectionPage
from broadsheet.newsroom.prefetch import prefetch_body
from broadsheet.videopages.models import VideoPage

from .images import FEED_SPEC, feed_rendition, prefetched_images

FEED_SIZE = 30
# Namespace of the UUIDs that identify feeds and items (``stable_id``).
GUID_NAMESPACE = uuid.UUID("5f0e7bd4-8a0b-4c55-9d57-0c7a0b2b51f3")
MEDIA_NS = "http://search.yahoo.com/mrss/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
URL_ATTRIBUTES = ("href", "src", "poster", "data-src")


def stable_id(*parts):
    """A ``urn:uuid:`` that depends on the parts only, never on the site's address."""
    return "urn:uuid:" + str(uuid.uuid5(GUID_NAMESPACE, ":".join(str(p) for p in parts)))


def absolute_html(html):
    """Rendered HTML with every link and media address made absolute, for feed readers,
    which resolve relative URLs against the feed (or not at all)."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(True):
        for attribute in URL_ATTRIBUTES:
            value = element.get(attribute)
            if isinstance(value, str) and value.startswith("/") and not value.startswith("//"):
                element[attribute] = public_url(value)
        srcset = element.get("srcset")
        if srcset:
            element["srcset"] = ", ".join(
                " ".join([public_url(url) if url.startswith("/") else url, *rest])
                for url, *rest in (candidate.split() for candidate in srcset.split(","))
                if url
            )
    return str(soup)


class MediaRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        attrs = super().rss_attributes()
        attrs["xmlns:media"] = MEDIA_NS
        attrs["xmlns:content"] = CONTENT_NS
        return attrs

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        add_media_elements(handler, item)
        if item.get("full_text"):
            handler.addQuickElement("content:encoded", item["full_text"])


class MediaAtomFeed(Atom1Feed):
    def root_attributes(self):
        attrs = super().root_attributes()
        attrs["xmlns:media"] = MEDIA_NS
        return attrs

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        add_media_elements(handler, item)
        if item.get("full_text"):
            handler.addQuickElement("content", item["full_text"], {"type": "html"})


def add_media_elements(handler, item):
    media = item.get("media")
    if media:
        _add_image(handler, media)
    _add_video(handler, item.get("video"))


def _add_image(handler, media):
    handler.startElement(
        "media:content",
        {
            "url": media["url"],
            "medium": "image",
            "type": "image/jpeg",
            "width": str(media["width"]),
            "height": str(media["height"]),
        },
    )
    if media.get("description"):
        handler.addQuickElement("media:description", media["description"])
    if media.get("credit"):
        handler.addQuickElement("media:credit", media["credit"])
    handler.endElement("media:content")


def _add_video(handler, video):
    if video:
        handler.startElement(
            "media:content",
            {
                "url": video.full_mp4_url,
                "medium": "video",
                "type": "video/mp4",
                "width": str(video.width),
                "height": str(video.height),
                "duration": str(round(video.duration or 0)),
            },
        )
        handler.addQuickElement("media:title", video.title)
        handler.addQuickElement("media:thumbnail", attrs={"url": video.full_poster_url})
        handler.endElement("media:content")


class ArticleFeed(Feed):
    """Newest published articles of an edition; subclasses narrow the selection.

    A feed keeps the request it answers (Django gives its item methods nothing else to reach
    it by), so one instance answers one request: the URLconf routes ``as_view()``, which makes
    a new feed for each, never an instance shared by the threads of the server.
    """

    feed_type = MediaRssFeed
    kind = "edition"
    # ``language`` is left to Django: a plain attribute, never called, which defaults to the
    # active language. Under i18n_patterns that is the URL's prefix, the same language the
    # edition home is chosen by (``HomePage.objects.for_language_or_404``).

    @classmethod
    def as_view(cls):
        """A view answering each request with a new feed of this class."""

        def view(request, *args, **kwargs):
            return cls()(request, *args, **kwargs)

        view.__name__ = view.__qualname__ = f"{cls.__name__}.as_view"
        view.__doc__ = cls.__doc__
        return view

    def __call__(self, request, *args, **kwargs):
        if hasattr(self, "request"):
            raise RuntimeError(f"A feed answers one request: route {type(self).__name__}.as_view()")
        self.request = request
        self.full_text = request.GET.get("full") == "1"
        return set_public_cache_headers(super().__call__(request, *args, **kwargs))

    def get_object(self, request, *args, **kwargs):
        return {"home": HomePage.objects.for_language_or_404()}

    def articles(self, obj):
        return ArticlePage.objects.in_edition(obj["home"]).published()

    def items(self, obj):
        articles = (
            self.articles(obj)
            .select_related("locale")
            .prefetch_related(
                Prefetch("lead_image", queryset=prefetched_images(FEED_SPEC)),
                "article_authors__author",
                "tags",
            )
            .order_by("-published_at", "-pk")[:FEED_SIZE]
        )
        if self.kind != "edition":
            return list(articles)
        # The edition's feed carries its video pages too, each with its video.
        video_pages = (
            VideoPage.objects.published()
            .in_edition(obj["home"])
            .newest_first()
            .for_cards()
            .select_related("locale")[:FEED_SIZE]
        )
        for page in video_pages:
            page.video.readers_may_play = True  # published() asked Video.objects.published()
        items = [*articles, *video_pages]
        items.sort(key=lambda item: (item.published_at, item.pk), reverse=True)
        return items[:FEED_SIZE]

    def title(self, obj):
        return obj["home"].title

    def link(self, obj):
        return obj["home"].full_url

    def description_text(self, obj):
        return _("Latest stories from %(edition)s") % {"edition": obj["home"].title}

    # RSS descriptions and Atom summaries are read as HTML, so plain text is escaped for them.
    def description(self, obj):
        return escape(self.description_text(obj))

    def feed_url(self, obj):
        # The address subscribed to, full-text variant included.
        return public_url(self.request.path + ("?full=1" if self.full_text else ""))

    def feed_guid(self, obj):
        # Atom's feed id: the path, not the address, so moving the site keeps it.
        return stable_id("feed", self.request.path, "full" if self.full_text else "")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.search_description or item.standfirst)

    def item_link(self, item):
        return item.full_url

    def item_guid(self, item):
        # Stable across slug changes, moves and a new site address; each translation of a
        # story is its own item.
        kind = "video-page" if isinstance(item, VideoPage) else "article"
        return stable_id(kind, item.translation_key, item.locale.language_code)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        if isinstance(item, VideoPage):
            return item.published_at
        return item.updated_at if item.show_updated else item.published_at

    def item_author_name(self, item):
        if isinstance(item, VideoPage):
            return item.video.credit or None
        names = [link.author.name for link in item.article_authors.all()]
        return ", ".join(names) or None

    def item_categories(self, item):
        if isinstance(item, VideoPage):
            return []
        return [tag.name for tag in item.tags.all()]

    def item_extra_kwargs(self, item):
        if isinstance(item, VideoPage):
            return {"video": item.video}
        extra = {}
        rendition = feed_rendition(item.lead_image)
        if rendition is not None:
            extra["media"] = {
                "url": public_url(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "description": item.lead_image.alt_text,
                "credit": item.lead_image.credit,
            }
        if item.playable_lead_video is not None:
            extra["video"] = item.playable_lead_video
        if self.full_text:
            prefetch_body(item.body)
            extra["full_text"] = absolute_html(
                render_to_string(
                    "delivery/feed_full_text.html", {"page": item}, request=self.request
                )
            )
        return extra


class AtomMixin:
    feed_type = MediaAtomFeed

    def subtitle(self, obj):
        return self.description_text(obj)  # Atom's subtitle is text


class SectionFeed(ArticleFeed):
    kind = "section"

    def get_object(self, request, section_path):
        home = HomePage.objects.for_language_or_404()
        url_path = f"{home.url_path}{section_path.strip('/')}/"
        section = SectionPage.objects.live().public().filter(url_path=url_path).first()
        if section is None:
            raise Http404
        return {"home": home, "section": section}

    def articles(self, obj):
        return ArticlePage.objects.published().descendant_of(obj["section"])

    def title(self, obj):
        return f"{obj['section'].title} | {obj['home'].title}"

    def link(self, obj):
        return obj["section"].full_url


class TagFeed(ArticleFeed):
    kind = "tag"

    def get_object(self, request, slug):
        home = HomePage.objects.for_language_or_404()
        return {"home": home, "tag": get_object_or_404(Tag, slug=slug)}

    def articles(self, obj):
        return super().articles(obj).filter(tags=obj["tag"])

    def title(self, obj):
        return f"{obj['tag'].name} | {obj['home'].title}"

    def link(self, obj):
        home = obj["home"]
        return home.full_url + home.reverse_subpage("tag", args=[obj["tag"].slug])


class AuthorFeed(ArticleFeed):
    kind = "author"

    def get_object(self, request, slug):
        home = HomePage.objects.for_language_or_404()
        author = get_object_or_404(Author, slug=slug, locale_id=home.locale_id)
        return {"home": home, "author": author}

    def articles(self, obj):
        return super().articles(obj).by_author(obj["author"])

    def title(self, obj):
        return f"{obj['author'].name} | {obj['home'].title}"

    def link(self, obj):
        home = obj["home"]
        return home.full_url + home.reverse_subpage("author", args=[obj["author"].slug])


class EditionAtomFeed(AtomMixin, ArticleFeed):
    pass


class SectionAtomFeed(AtomMixin, SectionFeed):
    pass


class TagAtomFeed(AtomMixin, TagFeed):
    pass


class AuthorAtomFeed(AtomMixin, AuthorFeed):
    pass


class LivePostFeed(ArticleFeed):
    """The newest posts of one live page, each linking to its permalink."""

    kind = "live"

    def get_object(self, request, page_id):
        home = HomePage.objects.for_language_or_404()
        page = LivePage.objects.published().in_edition(home).filter(pk=page_id).first()
        if page is None:
            raise Http404
        return {"home": home, "page": page}

    def items(self, obj):
        posts = list(obj["page"].posts.visible().for_display()[:FEED_SIZE])
        for post in posts:
            post.page = obj["page"]
        return posts

    def title(self, obj):
        return obj["page"].title

    def link(self, obj):
        return obj["page"].full_url

    def description_text(self, obj):
        return obj["page"].standfirst

    def item_title(self, item):
        return item.title or Truncator(self._text(item)).chars(110)

    def _text(self, item):
        return " ".join(strip_tags(self._html(item)).split())

    def _html(self, item):
        if not hasattr(item, "rendered_html"):
            prefetch_body(item.body)
            item.rendered_html = absolute_html(str(item.body.render_as_block()))
        return item.rendered_html

    def item_description(self, item):
        return self._html(item)

    def item_link(self, item):
        return item.full_permalink()

    def item_guid(self, item):
        return stable_id("live-post", item.page.translation_key, item.page.locale_id, item.pk)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors.all()) or None

    def item_categories(self, item):
        return []

    def item_extra_kwargs(self, item):
        return {}


class LivePostAtomFeed(AtomMixin, LivePostFeed):
    pass
