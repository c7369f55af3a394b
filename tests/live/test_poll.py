import json

import pytest

from broadsheet.live.models import delete_post, update_post

from ..pagecache.test_pagecache import wsgi

pytestmark = pytest.mark.django_db


def poll(client, page, since):
    return client.get(f"{page.url}updates/", {"since": since})


def test_poll_sends_new_and_edited_posts_and_drops_deleted_ones(client, live_page, add_post):
    first = add_post("One.")
    second = add_post("Two.", title="Second")
    response = poll(client, live_page, 0)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and response["ETag"]
    data = response.json()
    assert data["cursor"] == 2 and data["status"] == "live"
    assert [post["id"] for post in data["posts"]] == [first.pk, second.pk]
    assert f'id="post-{second.pk}"' in data["posts"][1]["html"]

    update_post(first.pk, version=1, title="Corrected")
    delete_post(second.pk, version=1)
    data = poll(client, live_page, 2).json()
    assert [post["id"] for post in data["posts"]] == [first.pk]
    assert data["deleted"] == [second.pk]
    assert "Corrected" in data["posts"][0]["html"]


def test_nothing_new_is_a_few_bytes_and_answers_304_from_the_page_cache(live_page, add_post):
    add_post()
    url = f"{live_page.url}updates/?since=1"
    first = wsgi(url)
    assert first.status == 200 and first.cache == "miss"
    assert len(first.body) < 200
    assert json.loads(first.body)["posts"] == []
    again = wsgi(url, if_none_match=first.header("ETag"))
    assert again.status == 304 and again.cache == "hit" and again.body == b""


def test_a_new_post_purges_the_cached_poll(live_page, add_post, django_capture_on_commit_callbacks):
    add_post()
    url = f"{live_page.url}updates/?since=1"
    wsgi(url)
    assert wsgi(url).cache == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        post = add_post("Breaking.")
    answer = wsgi(url)
    assert answer.cache == "miss"
    assert [p["id"] for p in json.loads(answer.body)["posts"]] == [post.pk]
    assert wsgi(live_page.url).cache == "miss"  # the page itself was purged too


@pytest.mark.parametrize(
    "cursor",
    ["abc", "-1", "99", "1" * 20, "1.5", ""],
    ids=["text", "negative", "from the future", "huge", "decimal", "empty"],
)
def test_a_forged_cursor_gets_400_that_is_never_cached(client, live_page, add_post, cursor):
    add_post()
    response = poll(client, live_page, cursor)
    assert response.status_code == 400
    assert (
        response["Cache-Control"] == "private, no-store" or "no-store" in response["Cache-Control"]
    )
    assert json.loads(response.content)["reset"] is True


def test_an_ancient_cursor_gets_a_reset(settings, client, live_page, add_post):
    settings.LIVE_POLL_MAX_CHANGES = 2
    for n in range(3):
        add_post(f"Post {n}.")
    data = poll(client, live_page, 0).json()
    assert data["reset"] is True and "posts" not in data
    assert len(poll(client, live_page, 1).json()["posts"]) == 2


def test_ended_coverage_says_so(client, live_page):
    live_page.status = "ended"
    live_page.save_revision().publish()
    assert poll(client, live_page, 0).json()["status"] == "ended"


def test_a_key_event_comes_with_its_timeline_entry(client, live_page, add_post):
    plain = add_post("Roads reopen.")
    key = add_post("The river crests.", title="River crests", key_event=True)
    posts = {post["id"]: post for post in poll(client, live_page, 0).json()["posts"]}
    assert posts[plain.pk]["timeline"] == ""
    entry = posts[key.pk]["timeline"]
    assert entry.startswith(f'<li id="timeline-{key.pk}">')
    assert f'href="{live_page.url}post/{key.pk}/#post-{key.pk}"' in entry
    assert "River crests" in entry
    # The page's own timeline is built from the same entry.
    assert entry.strip() in client.get(live_page.url).content.decode()
