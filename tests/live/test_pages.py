import pytest

pytestmark = pytest.mark.django_db


def post_list(html):
    """The posts shown (the JSON-LD in the head names the newest ones too)."""
    return html.split('id="live-posts"', 1)[1].split("</ol>", 1)[0]


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
    assert "Update number 4." not in post_list(html)  # the newest are on the pages before
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
    assert "Update number 0." not in post_list(html) and 'rel="next"' in html
    older = html.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    assert "Update number 0." in post_list(client.get(older).content.decode())


def test_live_label_on_cards(live_page):
    from broadsheet.live.templatetags.live_tags import is_live_now
    from broadsheet.newsroom.models import ArticlePage

    card = ArticlePage.objects.get(pk=live_page.pk)
    assert is_live_now(card)
    live_page.status = "ended"
    live_page.save_revision().publish()
    assert not is_live_now(ArticlePage.objects.get(pk=live_page.pk))


def test_a_live_page_in_top_stories_is_labelled_live_until_the_coverage_ends(
    client, live_page, article
):
    """Whether it leads the front (the first slot) or sits in the list below."""
    from broadsheet.newsroom.models import TopStory

    home = live_page.get_parent().get_parent().specific

    def front(slots):
        TopStory.objects.filter(home=home).delete()
        for order, story in enumerate(slots):
            TopStory.objects.create(home=home, article=story, sort_order=order)
        home.save_revision().publish()
        html = client.get(home.url).content.decode()
        return html.split('class="front__main"', 1)[1].split('class="front__side', 1)[0]

    for slots in ([live_page, article], [article, live_page]):
        shown = front(slots)
        card = shown.split(live_page.title, 1)[1].split("</article>", 1)[0]
        assert 'class="label label--live"' in card, slots

    live_page.status = "ended"
    live_page.save_revision().publish()
    for slots in ([live_page, article], [article, live_page]):
        shown = front(slots)
        assert live_page.title in shown and "label--live" not in shown


def test_the_arabic_edition_live_page_is_translated_and_right_to_left(client, live_page, add_post):
    from tests.factories import translate

    arabic = translate(live_page, "ar", title="عاصفة فوق الميناء: تغطية مباشرة")
    add_post("انحسر المد عند الظهر.", page=arabic, title="إخلاء الواجهة البحرية", key_event=True)
    response = client.get(arabic.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl"' in html
    assert "مباشر" in html and "الأحداث الرئيسية" in html  # "Live", "Key events"
    assert "انحسر المد عند الظهر." in post_list(html)
    # The Arabic page's posts are its own: the English page shows none of them.
    assert "انحسر المد" not in client.get(live_page.url).content.decode()
    poll = client.get(f"{arabic.url}updates/?since=0", HTTP_ACCEPT="application/json").json()
    assert [post["title"] for post in poll["posts"]] == ["إخلاء الواجهة البحرية"]
