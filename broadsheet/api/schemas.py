from datetime import datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field


class ErrorOut(Schema):
    detail: str | list[dict[str, Any]] = Field(description="What was wrong with the request.")


class FeedLinks(Schema):
    rss: str
    atom: str


class EditionOut(Schema):
    id: int = Field(description="Page id of the edition's home page.")
    language: str = Field(description="Language code, also the edition's URL prefix.")
    title: str
    url: str
    feeds: FeedLinks


class SectionOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    edition: str = Field(description="Language code of the edition.")
    parent_id: int | None = Field(description="Parent section id; null for a top-level section.")


class Rendition(Schema):
    url: str
    width: int
    height: int


class ImageOut(Schema):
    id: int
    alt: str
    caption: str
    credit: str
    renditions: list[Rendition]


class AuthorOut(Schema):
    name: str
    slug: str
    role: str


class SectionRef(Schema):
    id: int
    title: str


class ArticleSummary(Schema):
    id: int
    headline: str
    standfirst: str
    kind: str
    url: str
    edition: str
    section: SectionRef | None
    published_at: datetime
    updated_at: datetime | None = Field(description="Set only for a substantive update.")
    image: ImageOut | None
    authors: list[AuthorOut]
    tags: list[str]


class ArticlePage(Schema):
    items: list[ArticleSummary]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


class _Block(Schema):
    id: str | None = Field(description="The block's id, stable across revisions.")


class ParagraphBlock(_Block):
    type: Literal["paragraph"]
    value: str = Field(description="HTML: paragraphs, links, emphasis and lists.")


class SubheadingBlock(_Block):
    type: Literal["subheading"]
    value: str = Field(description="Plain text.")


class QuoteValue(Schema):
    text: str
    attribution: str
    style: Literal["pull", "inline"]


class QuoteBlock(_Block):
    type: Literal["quote"]
    value: QuoteValue


class ImageBlock(_Block):
    type: Literal["image"]
    value: ImageOut | None = Field(description="Null when the image was deleted.")


class GalleryValue(Schema):
    title: str
    images: list[ImageOut | None]


class GalleryBlock(_Block):
    type: Literal["gallery"]
    value: GalleryValue


class VideoValue(Schema):
    embed: str | None = Field(description="The video's page URL, as the editor gave it.")
    caption: str


class VideoBlock(_Block):
    type: Literal["video"]
    value: VideoValue


class VideoRenditionOut(Schema):
    url: str = Field(description="The rendition's HLS media playlist.")
    width: int
    height: int
    bandwidth: int = Field(description="Peak bits per second of its segments.")


class VideoCaptionsOut(Schema):
    language: str
    label: str
    url: str = Field(description="WebVTT.")


class HostedVideoOut(Schema):
    id: int
    title: str
    description: str
    credit: str
    language: str
    duration: float = Field(description="Seconds.")
    poster: str
    hls: str = Field(description="The master playlist (HLS, fMP4, H.264/AAC).")
    mp4: str = Field(description="A single-file MP4 for players without HLS.")
    renditions: list[VideoRenditionOut]
    captions: list[VideoCaptionsOut]


class VideoPageOut(Schema):
    id: int
    title: str
    standfirst: str
    url: str
    published_at: datetime
    video: HostedVideoOut


class VideoPageList(Schema):
    items: list[VideoPageOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


class HostedVideoValue(HostedVideoOut):
    caption: str


class HostedVideoBlock(_Block):
    type: Literal["hosted_video"]
    value: HostedVideoValue | None = Field(
        description="Null when the video is withdrawn, expired or not transcoded yet."
    )


class ReadMoreValue(Schema):
    id: int
    headline: str
    url: str
    image: ImageOut | None


class ReadMoreBlock(_Block):
    type: Literal["read_more"]
    value: ReadMoreValue | None = Field(description="Null when the article is not published.")


BodyBlock = Annotated[
    ParagraphBlock
    | SubheadingBlock
    | QuoteBlock
    | ImageBlock
    | GalleryBlock
    | VideoBlock
    | HostedVideoBlock
    | ReadMoreBlock,
    Field(discriminator="type"),
]


class CorrectionOut(Schema):
    date: datetime
    text: str


class ArticleDetail(ArticleSummary):
    lead_video: HostedVideoOut | None = Field(
        description="Shown instead of the lead image; null when there is none to play."
    )
    body: list[BodyBlock]
    html: str = Field(description="The body rendered as HTML, as the reader site shows it.")
    corrections: list[CorrectionOut]


class ShowOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    edition: str = Field(description="Language code of the edition.")
    language: str = Field(description="Language code of the episodes.")
    description: str
    author: str
    explicit: bool
    category: str = Field(description="Apple Podcasts category, e.g. `News` or `News > Politics`.")
    artwork_url: str | None = Field(description="Square JPEG artwork, up to 3000 px.")
    feed_url: str = Field(description="The show's podcast RSS feed.")


class EpisodeSummary(Schema):
    id: int
    show_id: int
    title: str
    summary: str
    url: str
    published_at: datetime
    season: int | None
    number: int | None
    episode_type: str = Field(description="full, trailer or bonus")
    audio_url: str
    duration: int | None = Field(description="Length of the audio in seconds.")
    audio_size: int | None = Field(description="Size of the audio file in bytes.")
    audio_type: str = Field(description="MIME type of the audio file, e.g. audio/mpeg.")
    transcript_url: str | None = Field(description="Plain text or WebVTT; null without one.")
    transcript_type: str | None = Field(description="MIME type of the transcript.")


class EpisodeList(Schema):
    items: list[EpisodeSummary]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )


class EpisodeDetail(EpisodeSummary):
    show_notes: str = Field(description="Show notes as HTML.")
    hosts: list[AuthorOut]
    guests: list[AuthorOut]


class LivePostAuthor(Schema):
    name: str
    slug: str


class LivePostOut(Schema):
    id: int
    url: str = Field(description="The post's permalink: the live page opened at the post.")
    published_at: datetime = Field(description="The time the post shows.")
    updated_at: datetime = Field(description="Last edit; later than `published_at` once edited.")
    title: str = Field(description="Empty when the post has none.")
    key_event: bool
    pinned: bool
    version: int = Field(description="Goes up with every edit.")
    authors: list[LivePostAuthor]
    body: list[BodyBlock]
    html: str = Field(description="The post's body rendered as HTML.")


class LivePostList(Schema):
    page_id: int
    status: str = Field(description="upcoming, live or ended")
    coverage_start: datetime | None
    coverage_end: datetime | None
    items: list[LivePostOut] = Field(description="Posts, newest first; deleted ones are left out.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next (older) page; null at the end."
    )


class BookmarkIn(Schema):
    page: int = Field(ge=1, le=2**31 - 1, description="Page id of the story to save.")


class BookmarkOut(Schema):
    page: int = Field(description="Page id of the saved story.")
    title: str
    url: str | None
    standfirst: str
    saved_at: datetime


class BookmarkList(Schema):
    items: list[BookmarkOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null at the end."
    )
