import pytest

from broadsheet.live.models import LivePost

pytestmark = pytest.mark.django_db

DRAFTAIL_MINE = (
    '{"blocks":[{"key":"a1b2c","text":"Mine.","type":"unstyled","depth":0,'
    '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
)


def test_composer_posts_in_one_submit(editor_client, live_page):
    url = f"/admin/live/{live_page.pk}/"
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url, {"text": "Water is rising.\n\nRoads closed.", "key_event": "on"}
    )
    assert response.status_code == 302
    post = LivePost.objects.get()
    assert post.key_event and len(post.body) == 2
    assert list(post.authors.all()) == []  # none chosen


def test_composer_refuses_an_empty_update(editor_client, live_page):
    response = editor_client.post(f"/admin/live/{live_page.pk}/", {"text": "   "})
    assert response.status_code == 400
    assert not LivePost.objects.exists()


def test_edit_with_a_stale_version_shows_the_conflict(editor_client, live_page, add_post):
    from broadsheet.live.models import update_post

    post = add_post()
    update_post(post.pk, version=1, title="Theirs")
    url = f"/admin/live/{live_page.pk}/posts/{post.pk}/"
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url,
        {
            "version": "1",
            "published_at": post.published_at.strftime("%Y-%m-%d %H:%M"),
            "title": "Mine",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": DRAFTAIL_MINE,
            "body-0-deleted": "",
            "body-0-order": "0",
        },
    )
    assert response.status_code == 400
    assert "Another editor changed" in response.content.decode()
    post.refresh_from_db()
    assert post.title == "Theirs"


def test_readers_cannot_open_the_composer(client, live_page):
    assert client.get(f"/admin/live/{live_page.pk}/").status_code == 302
