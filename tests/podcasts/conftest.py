from datetime import timedelta

import pytest
from django.utils import timezone

from broadsheet.podcasts.models import CreditRole

from ..factories import (
    AuthorFactory,
    EpisodePageFactory,
    PodcastIndexPageFactory,
    ShowPageFactory,
)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def podcast_index(home):
    return PodcastIndexPageFactory(parent=home)


@pytest.fixture
def show(podcast_index):
    return ShowPageFactory(parent=podcast_index, title="Harbour Hour", slug="harbour-hour")


@pytest.fixture
def host(db):
    return AuthorFactory(name="Ines Paul", slug="ines-paul")


@pytest.fixture
def episode(show, host):
    guest = AuthorFactory(name="Omar Reyes", slug="omar-reyes")
    return EpisodePageFactory(
        parent=show,
        title="The night the sea wall held",
        slug="sea-wall",
        number=7,
        season=2,
        seconds=4.0,
        published_at=timezone.now() - timedelta(hours=1),
        transcript=(
            "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\n<v Ines Paul>Welcome aboard.\n\n"
            "2\n00:00:02.000 --> 00:00:04.000\nThe wall held all night.\n"
        ),
        transcript_format="text/vtt",
        credits=[(host, CreditRole.HOST), (guest, CreditRole.GUEST)],
    )


@pytest.fixture
def make_episode(show):
    def make(**kwargs):
        kwargs.setdefault("parent", show)
        return EpisodePageFactory(**kwargs)

    return make
