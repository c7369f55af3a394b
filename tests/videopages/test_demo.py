from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from broadsheet.demo.data import DemoDataError, data_directory
from broadsheet.demo.videopages import build_video_pages, load
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


def test_the_shipped_videos_file_has_every_language():
    pages, editions = load(data_directory())
    assert len(pages) == len(CLIPS)
    assert sorted(editions) == ["ar", "de", "en", "es", "fr", "ru", "sr"]


@pytest.mark.parametrize(
    "change, message",
    (
        (('clip = "Test card with captions"', 'clip = "Nope"'), "pages[1].clip: not a demo clip"),
        (("hours_ago = 3", "hours_ago = -3"), "pages[1].hours_ago: must be a whole number"),
        (("[editions.sr]", "[editions.xx]"), "editions.xx: not a language"),
        (("[editions.en]", "[editions.en]\nsubtitle = 1"), "editions.en.subtitle: not a field"),
        (('title = "Videos"\n', ""), "editions.en.title: missing"),
        (("[[pages]]", "[[pages]"), "TOML"),
    ),
    ids=["unknown clip", "negative age", "unknown language", "typo", "no title", "broken TOML"],
)
def test_broken_videos_file_is_one_clear_line(tmp_path, change, message):
    text = (data_directory() / "videos" / "videos.toml").read_text(encoding="utf-8")
    assert change[0] in text
    (tmp_path / "videos").mkdir()
    (tmp_path / "videos" / "videos.toml").write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(DemoDataError) as error:
        load(tmp_path)
    assert message in str(error.value)
    assert "\n" not in str(error.value)
