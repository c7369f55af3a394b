"""The podcast feed of a show: RSS 2.0 with Apple's iTunes and the Podcasting 2.0 namespaces,
written to Apple's published requirements for podcast feeds."""

import re
import uuid

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import escape
from wagtail.rich_text import expand_db_html

from broadsheet.core.cache import set_page_cache_headers
from broadsheet.core.sites import public_url

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
ARTWORK_SPEC = "max-3000x3000|format-jpeg|jpegquality-85"


# Podcasting 2.0: podcast:guid is a UUIDv5 of the feed URL without its scheme.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


def podcast_guid(feed_url):
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, re.sub(r"^\w+://", "", feed_url).rstrip("/")))


def _bool(value):
    return "true" if value else "false"


class PodcastFeedGenerator(Rss201rev2Feed):
    content_type = "application/rss+xml; charset=utf-8"

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:itunes": ITUNES_NS,
            "xmlns:podcast": PODCAST_NS,
            "xmlns:content": CONTENT_NS,
        }

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        if feed["artwork_url"]:
            handler.addQuickElement("itunes:image", None, {"href": feed["artwork_url"]})
        top, sub = feed["category"]
        handler.startElement("itunes:category", {"text": top})
        if sub:
            handler.addQuickElement("itunes:category", None, {"text": sub})
        handler.endElement("itunes:category")
        handler.addQuickElement("itunes:explicit", _bool(feed["explicit"]))
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["owner_name"])
        handler.addQuickElement("itunes:email", feed["owner_email"])
        handler.endElement("itunes:owner")
        handler.addQuickElement("itunes:summary", feed["itunes_summary"])
        handler.addQuickElement("itunes:type", "episodic")
        handler.addQuickElement("podcast:guid", feed["podcast_guid"])
        handler.addQuickElement("podcast:locked", "no", {"owner": feed["owner_email"]})

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:title", item["title"])
        handler.addQuickElement("itunes:summary", item["summary"])
        if item["show_notes"]:
            handler.addQuickElement("content:encoded", item["show_notes"])
        handler.addQuickElement("itunes:duration", str(item["duration"]))
        if item["episode"] is not None:
            handler.addQuickElement("itunes:episode", str(item["episode"]))
            handler.addQuickElement("podcast:episode", str(item["episode"]))
        if item["season"] is not None:
            handler.addQuickElement("itunes:season", str(item["season"]))
            handler.addQuickElement("podcast:season", str(item["season"]))
        handler.addQuickElement("itunes:episodeType", item["episode_type"])
        handler.addQuickElement("itunes:explicit", _bool(item["explicit"]))
        if item["transcript_url"]:
            handler.addQuickElement(
                "podcast:transcript",
                None,
                {"url": item["transcript_url"], "type": item["transcript_type"]},
            )
        for role, name in item["people"]:
            handler.addQuickElement("podcast:person", name, {"role": role})


class ShowFeed(Feed):
    feed_type = PodcastFeedGenerator

    def __call__(self, request, *args, show, **kwargs):
        self.request = request
        response = super().__call__(request, *args, show=show, **kwargs)
        return set_page_cache_headers(response, request)

    def get_object(self, request, show):
        return show

    @property
    def language(self):
        return self._show.feed_language

    def get_feed(self, obj, request):
        self._show = obj
        return super().get_feed(obj, request)

    def title(self, show):
        return show.title

    def link(self, show):
        return public_url(show.url)

    def feed_url(self, show):
        return public_url(show.url + show.reverse_subpage("feed"))

    # <description> is read as HTML by podcast apps; itunes:summary is plain text.
    def description(self, show):
        return escape(show.description)

    def feed_copyright(self, show):
        return show.copyright or None

    def feed_extra_kwargs(self, show):
        artwork = show.artwork
        return {
            "artwork_url": (
                public_url(artwork.get_rendition(ARTWORK_SPEC).url) if artwork else None
            ),
            "category": show.category_parts,
            "explicit": show.explicit,
            "itunes_author": show.author,
            "itunes_summary": show.description,
            "owner_name": show.owner_name,
            "owner_email": show.owner_email,
            "podcast_guid": podcast_guid(public_url(self.feed_url(show))),
        }

    def items(self, show):
        return list(show.episodes().prefetch_related("credits__author"))

    def item_title(self, episode):
        return episode.title

    def item_description(self, episode):
        return escape(episode.summary)

    def item_link(self, episode):
        return public_url(episode.url)

    def item_guid(self, episode):
        return str(episode.guid)

    item_guid_is_permalink = False

    def item_pubdate(self, episode):
        return episode.published_at

    def item_enclosures(self, episode):
        return [
            Enclosure(public_url(episode.audio_url), str(episode.audio_size), episode.audio_type)
        ]

    def item_extra_kwargs(self, episode):
        has_transcript = bool(episode.transcript.strip())
        return {
            "summary": episode.summary,
            "show_notes": expand_db_html(episode.show_notes) if episode.show_notes else "",
            "duration": episode.duration or 0,
            "episode": episode.number,
            "season": episode.season,
            "episode_type": episode.episode_type,
            "explicit": self._show.explicit,
            "transcript_url": (
                public_url(episode.url + episode.reverse_subpage("transcript"))
                if has_transcript
                else None
            ),
            "transcript_type": episode.transcript_format,
            "people": [(credit.role, credit.author.name) for credit in episode.credits.all()],
        }
