from datetime import timedelta

import pytest
from django.utils import timezone

from ..factories import VideoPageFactory, VideosIndexPageFactory
from ..video.conftest import _media_root, clip_bytes, make_video, ready_video  # noqa: F401


@pytest.fixture
def videos_index(home):
    return VideosIndexPageFactory(parent=home)


@pytest.fixture
def make_video_page(videos_index, ready_video):  # noqa: F811 (the fixture imported above)
    """A published video page of ``ready_video`` (one transcode shared by every page)."""

    def make(hours_ago=1, **kwargs):
        kwargs.setdefault("parent", videos_index)
        kwargs.setdefault("video", ready_video)
        kwargs.setdefault("published_at", timezone.now() - timedelta(hours=hours_ago))
        return VideoPageFactory(**kwargs)

    return make


@pytest.fixture
def video_page(make_video_page):
    return make_video_page(title="Harbour wall at high tide", slug="harbour-wall")
