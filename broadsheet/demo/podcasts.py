"""The demo's podcasts step: an All podcasts page, its shows and their episodes, from
``demo/podcasts/`` (the recordings and captions are committed there; data.py reads and checks
them), with artwork drawn with Pillow. Safe to run again."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

from broadsheet.podcasts.models import (
    CreditRole,
    EpisodeCredit,
    EpisodePage,
    PodcastIndexPage,
    ShowPage,
)
from broadsheet.podcasts.transcripts import TranscriptFormat

ARTWORK_SIZE = 1400


def cover(title, palette, size=ARTWORK_SIZE):
    """Square show artwork: concentric sound waves and the show's title, as JPEG bytes."""
    ground, mid, light = palette
    image = Image.new("RGB", (size, size), ground)
    draw = ImageDraw.Draw(image)
    centre = (size * 0.5, size * 0.42)
    for ring in range(9, 0, -1):
        radius = size * 0.05 * ring
        colour = mid if ring % 2 else ground
        draw.ellipse(
            [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
            outline=colour,
            width=int(size * 0.018),
        )
    draw.ellipse(
        [
            centre[0] - size * 0.08,
            centre[1] - size * 0.08,
            centre[0] + size * 0.08,
            centre[1] + size * 0.08,
        ],
        fill=light,
    )
    font = ImageFont.load_default(size=int(size * 0.085))
    draw.rectangle([0, size * 0.78, size, size], fill=light)
    draw.text((size * 0.5, size * 0.89), title, fill=ground, font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def build_podcasts(builder):
    """Add the podcasts to the builder's edition home; returns the episodes."""
    podcasts = builder.data.podcasts
    index = PodcastIndexPage.objects.child_of(builder.home).first()
    if index is None:
        index = PodcastIndexPage(
            title=podcasts["title"],
            slug="podcasts",
            intro=podcasts["intro"],
            show_in_menus=True,
            live=False,
        )
        builder.home.add_child(instance=index)
        index.save_revision().publish()
        builder.created += 1
    episodes = []
    for data in podcasts["shows"]:
        show = ShowPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if show is None:
            show = _create_show(builder, index, data)
        for position, episode_data in enumerate(data["episodes"]):
            slug = episode_data["slug"]
            episode = EpisodePage.objects.child_of(show).filter(slug=slug).first()
            if episode is None:
                episode = _create_episode(builder, show, data, episode_data, slug, position)
            episodes.append(episode)
    return episodes


def _create_show(builder, index, data):
    artwork = builder.image(
        f"Podcast artwork: {data['title']}",
        cover(data["title"], data["palette"]),
        alt=f"Artwork of the podcast {data['title']}",
        credit="© Broadsheet Pictures",
    )
    show = ShowPage(
        title=data["title"],
        slug=data["slug"],
        description=data["description"],
        artwork=artwork,
        apple_category=data["category"],
        explicit=False,
        owner_name=builder.data.podcasts["owner_name"],
        owner_email=builder.data.podcasts["owner_email"],
        author=data["author"],
        copyright=f"© {builder.now.year} Broadsheet Media Group",
        live=False,
    )
    index.add_child(instance=show)
    show.save_revision().publish()
    builder.created += 1
    return show


def _create_episode(builder, show, data, episode_data, slug, position):
    hosts = [builder.authors[s] for s in data["hosts"] if s in builder.authors]
    guests = [builder.authors[s] for s in episode_data["guests"] if s in builder.authors]
    if data["transcript"] == "vtt":
        transcript = episode_data["captions"]
        transcript_format = TranscriptFormat.WEBVTT
    else:
        transcript = "\n\n".join(episode_data["script"])
        transcript_format = TranscriptFormat.TEXT
    episode_type = episode_data.get("episode_type", "full")
    full_before = sum(
        1 for e in data["episodes"][position:] if e.get("episode_type", "full") == "full"
    )
    # Episodes come newest first; the data's dates are kept relative to now.
    published_at = builder.now - episode_data["age"]
    notes = "".join(f"<p>{line}</p>" for line in episode_data["script"][1:3])
    episode = EpisodePage(
        title=episode_data["title"],
        slug=slug,
        summary=episode_data["summary"],
        show_notes=f"<p>{episode_data['summary']}</p>{notes}",
        audio=ContentFile(episode_data["audio"], name=f"{slug}.mp3"),
        season=1,
        number=full_before if episode_type == "full" else None,
        episode_type=episode_type,
        published_at=published_at,
        transcript=transcript,
        transcript_format=transcript_format,
        live=False,
    )
    for author in hosts:
        episode.credits.add(EpisodeCredit(author=author, role=CreditRole.HOST))
    for author in guests:
        if author not in hosts:
            episode.credits.add(EpisodeCredit(author=author, role=CreditRole.GUEST))
    show.add_child(instance=episode)
    episode.save_revision().publish()
    builder.created += 1
    return episode
