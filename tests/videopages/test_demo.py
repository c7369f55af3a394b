from datetime import timedelta
from types import SimpleNamespace

from django.utils import timezone

from broadsheet.demo.data import data_directory
from broadsheet.demo.videopages import build_video_pages
from broadsheet.demo.videos import CLIPS
from broadsheet.videopages.models import VideoPage, VideosIndexPage

from ..factories import translate


def test_demo_builds_a_videos_section_per_edition_with_both_clips(client, home, make_video):
    arabic_home = translate(home, "ar", title="الصحيفة")
    videos = [make_video(title=clip["title"]) for clip in CLIPS]
    builder = SimpleNamespace(
        data=SimpleNamespace(directory=data_directory()),
        home=home,
        videos=videos,
        now=timezone.now(),
        created=0,
    )
    build_video_pages(builder)
    english = VideosIndexPage.objects.get(locale=home.locale)
    assert english.title == "Videos"
    pages = VideoPage.objects.published().in_edition(home).newest_first()
    assert [p.video.title for p in pages] == ["Test card with captions", CLIPS[0]["title"]]
    assert pages[0].published_at < timezone.now() - timedelta(hours=2)
    html = client.get(english.url).content.decode()
    assert "How our player shows captions" in html and "The harbour tone test card" in html
    arabic = VideoPage.objects.published().in_edition(arabic_home).newest_first()
    assert [p.title for p in arabic] == [
        "كيف يعرض مشغّلنا الترجمة النصية",
        "بطاقة اختبار نغمة الميناء",
    ]
    assert {p.translation_key for p in arabic} == {p.translation_key for p in pages}
    arabic_html = client.get(arabic[0].url).content.decode()
    assert 'dir="rtl"' in arabic_html and "data-video-player" in arabic_html
    arabic_front = client.get(arabic_home.url).content.decode()
    assert "rail--videos" in arabic_front and "كل مقاطع الفيديو" in arabic_front
    # Building again makes nothing new.
    created = builder.created
    build_video_pages(builder)
    assert builder.created == created
    assert VideoPage.objects.count() == 4 and VideosIndexPage.objects.count() == 2


def test_demo_without_videos_builds_no_section(home):
    builder = SimpleNamespace(home=home, videos=[], created=0)
    assert build_video_pages(builder) == []
    assert not VideosIndexPage.objects.exists()
