import pytest

pytestmark = pytest.mark.django_db


def test_page_shows_posts_newest_first_with_key_events_and_pinned(client, live_page, add_post):
    add_post("Early.", title="Evacuation ordered", key_event=True)
    add_post("Pinned note.", title="How to stay safe", pinned=True)
    add_post("Late.")
    response = client.get(live_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert html.index("Late.") < html.index("Early.")
    assert 'class="live-timeline"' in html and "Evacuation ordered" in html
    assert 'class="live-pinned"' in html
    assert 'data-live-status="live"' in html and 'data-live-cursor="3"' in html
    assert "The sea wall held overnight." in html


def test_permalink_opens_the_page_at_the_post_without_javascript(
    settings, client, live_page, add_post
):
    settings.LIVE_POSTS_PER_PAGE = 2
    posts = [add_post(f"Update number {n}.") for n in range(5)]
    target = posts[1]
    response = client.get(f"{live_page.url}post/{target.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="post-{target.pk}"' in html and 'aria-current="true"' in html
    assert "Update number 4." not in html  # the newest are on the pages before
    assert "?before=" in html


def test_deleted_post_permalink_is_404(client, live_page, add_post):
    from broadsheet.live.models import delete_post

    post = add_post()
    delete_post(post.pk, version=1)
    assert client.get(f"{live_page.url}post/{post.pk}/").status_code == 404
    assert "The tide turned" not in client.get(live_page.url).content.decode()


def test_older_posts_are_paginated(settings, client, live_page, add_post):
    settings.LIVE_POSTS_PER_PAGE = 2
    for n in range(3):
        add_post(f"Update number {n}.")
    html = client.get(live_page.url).content.decode()
    assert "Update number 0." not in html and 'rel="next"' in html
    older = html.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    assert "Update number 0." in client.get(older).content.decode()


def test_live_label_on_cards(live_page):
    from broadsheet.live.templatetags.live_tags import is_live_now
    from broadsheet.newsroom.models import ArticlePage

    card = ArticlePage.objects.get(pk=live_page.pk)
    assert is_live_now(card)
    live_page.status = "ended"
    live_page.save_revision().publish()
    assert not is_live_now(ArticlePage.objects.get(pk=live_page.pk))
