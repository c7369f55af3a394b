"""The demo's live page: ``demo/live/live.toml`` read and checked, then built under its
section with its posts (each as old, relative to now, as the file says). Safe to run again."""

from datetime import timedelta

from broadsheet.live.forms import paragraphs_body
from broadsheet.live.models import LivePage, LivePost, LiveStatus
from broadsheet.newsroom.models import ArticleAuthor

from .data import LIVE_DIR, DemoDataError, Fields, read_toml

LIVE_FILE = (LIVE_DIR, "live.toml")


def load_live(directory):
    """The checked live page data, or None when the data has no live page."""
    path = directory.joinpath(*LIVE_FILE)
    if not path.exists():
        return None
    table = read_toml(path)
    fields = Fields(path, table)
    data = {
        name: fields.text(name)
        for name in ("slug", "section", "headline", "standfirst", "key_points", "background")
    }
    data["status"] = fields.text("status")
    if data["status"] not in LiveStatus.values:
        raise fields.error("status", f"must be one of {', '.join(LiveStatus.values)}")
    data["authors"] = _slugs(fields, table, "authors")
    data["started"] = _minutes(fields, table, "coverage_started_minutes_ago")
    posts = table.get("posts")
    if not isinstance(posts, list) or not posts:
        raise fields.error("posts", "give at least one [[posts]]")
    data["posts"] = []
    for number, post in enumerate(posts, 1):
        post_fields = Fields(path, post, prefix=f"posts[{number}].")
        data["posts"].append(
            {
                "age": _minutes(post_fields, post, "minutes_ago"),
                "title": post_fields.text("title", required=False),
                "text": post_fields.text("text"),
                "key_event": _flag(post_fields, post, "key_event"),
                "pinned": _flag(post_fields, post, "pinned"),
                "authors": _slugs(post_fields, post, "authors", required=False),
            }
        )
    return data


def _minutes(fields, table, name):
    value = table.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise fields.error(name, "must be a whole number of minutes, 0 or more")
    return timedelta(minutes=value)


def _flag(fields, table, name):
    value = table.get(name, False)
    if not isinstance(value, bool):
        raise fields.error(name, "must be true or false")
    return value


def _slugs(fields, table, name, required=True):
    value = table.get(name, None if required else [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise fields.error(name, "must be a list of author slugs")
    return value


def build_live(builder, data):
    """Add the live page and its posts to the builder's newsroom; returns the page."""
    if data is None:
        return None
    section = builder.sections.get(data["section"])
    if section is None:
        raise DemoDataError(builder.data.directory.joinpath(*LIVE_FILE), "section", "unknown")
    unknown = {slug for p in [data, *data["posts"]] for slug in p["authors"]} - set(builder.authors)
    if unknown:
        raise DemoDataError(
            builder.data.directory.joinpath(*LIVE_FILE), "authors", f"unknown: {sorted(unknown)}"
        )
    page = LivePage.objects.child_of(section).filter(slug=data["slug"]).first()
    if page is not None:
        return page
    page = LivePage(
        title=data["headline"],
        slug=data["slug"],
        standfirst=data["standfirst"],
        key_points=data["key_points"],
        body=paragraphs_body(data["background"]),
        status=data["status"],
        coverage_start=builder.now - data["started"],
        published_at=builder.now - data["started"],
        live=False,
    )
    for slug in data["authors"]:
        page.article_authors.add(ArticleAuthor(author=builder.authors[slug]))
    section.add_child(instance=page)
    page.save_revision().publish()
    # Oldest first, so that sequence numbers follow the posts' times.
    for seq, post in enumerate(sorted(data["posts"], key=lambda p: -p["age"]), 1):
        created = LivePost.objects.create(
            page=page,
            published_at=builder.now - post["age"],
            title=post["title"],
            body=paragraphs_body(post["text"]),
            key_event=post["key_event"],
            pinned=post["pinned"],
            seq=seq,
        )
        created.authors.set([builder.authors[slug] for slug in post["authors"]])
    builder.created += 1
    return page
