from types import SimpleNamespace

from broadsheet.demo.videos import build_videos
from broadsheet.video.models import Video


def test_demo_videos_are_generated_captioned_and_lead_an_article(
    article, django_capture_on_commit_callbacks
):
    builder = SimpleNamespace(articles=[article], log=print)
    with django_capture_on_commit_callbacks(execute=True):
        videos = build_videos(builder)
    assert len(videos) == 2
    for video in Video.objects.all():
        assert video.status == Video.Status.READY, video.error
        assert (video.width, video.height) == (640, 360)
    assert [c.language for c in videos[1].captions.all()] == ["en"]
    article.refresh_from_db()
    assert article.lead_video == videos[1]
    # Building again makes nothing new.
    assert [v.pk for v in build_videos(builder)] == [v.pk for v in videos]
    assert Video.objects.count() == 2
