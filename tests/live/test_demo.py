import pytest
from django.core.management import call_command

from broadsheet.demo.data import DemoDataError
from broadsheet.demo.live import load_live
from broadsheet.live.models import LivePage


def test_demo_builds_a_live_page_with_30_posts(db, client, settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setenv("ADMIN_PASSWORD", "demo-pass-123")
    call_command("demo", "--articles", "2")
    call_command("demo", "--articles", "2")  # a second run adds nothing
    page = LivePage.objects.live().get()
    posts = list(page.posts.visible())
    assert len(posts) == 30 and page.is_live
    assert sum(post.key_event for post in posts) >= 3
    assert [post.title for post in posts if post.pinned] == ["Welcome to our live coverage"]
    assert [post.seq for post in posts] == list(range(30, 0, -1))  # newest has the last cursor
    html = client.get(page.url).content.decode()
    assert "Key events" in html and "Storm Ilsa" in html
    # Second in the English edition's Top stories, labelled LIVE on the front.
    home = page.get_parent().get_parent().specific
    assert [slot.article_id for slot in home.top_stories.all()][1] == page.pk
    front = client.get(home.url).content.decode()
    assert 'class="label label--live"' in front.split(page.title, 1)[1].split("</article>", 1)[0]


@pytest.mark.parametrize(
    "text, field",
    [
        ('status = "paused"', "status"),
        ("[[posts]]\nminutes_ago = -3\ntext = 'x'", "posts[1].minutes_ago"),
        ("[[posts]]\nminutes_ago = 3", "posts[1].text"),
    ],
    ids=["unknown status", "negative age", "post without text"],
)
def test_bad_live_data_names_the_field(tmp_path, text, field):
    (tmp_path / "live").mkdir()
    head = (
        'slug = "s"\nsection = "world"\nheadline = "h"\nstandfirst = "s"\nkey_points = "k"\n'
        'background = "b"\nauthors = []\ncoverage_started_minutes_ago = 5\n'
    )
    if not text.startswith("status"):
        head += 'status = "live"\n'
    (tmp_path / "live" / "live.toml").write_text(head + text + "\n")
    with pytest.raises(DemoDataError) as error:
        load_live(tmp_path)
    assert error.value.field == field
