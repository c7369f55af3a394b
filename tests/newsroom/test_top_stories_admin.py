"""The acceptance steps for Top stories, taken through Wagtail's admin as an editor would:
pick stories, reorder them, schedule one to end in a minute, and watch the home follow."""

import re
from datetime import timedelta

import time_machine
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from broadsheet.newsroom.models import HomePage

TITLES = ("Harbour ferry returns", "Council budget passes", "Museum reopens its doors")


def _publish_home(admin_client, home, slots):
    """Submit the home's edit form with these Top-stories rows and publish; the admin's answer."""
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "intro": rich_text(""),
            "breaking_news_text": "",
            "breaking_news_link": "",
            "breaking_news_expires_at": "",
            "top_stories": inline_formset(slots, initial=sum("id" in slot for slot in slots)),
        }
    )
    data["action-publish"] = "action-publish"
    return admin_client.post(f"/admin/pages/{home.pk}/edit/", data)


def _front_order(client, home):
    """The story titles of the lead and the Top stories rail, in the order readers see them."""
    html = client.get(home.url).content.decode()
    lead = html[html.index('class="lead-story"') : html.index("</section>")]
    if 'id="front-top-title"' not in html:
        rail = ""
    else:
        rails = html[html.index('id="front-top-title"') :]
        rail = rails[: rails.index("</section>")]
    pattern = "|".join(re.escape(title) for title in TITLES)
    return re.findall(pattern, lead)[:1] + re.findall(pattern, rail)


def _minute(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def test_editor_reorders_top_stories_and_schedules_one_to_end(
    admin_client, client, home, make_article
):
    stories = [make_article(title=title) for title in TITLES]
    response = _publish_home(
        admin_client,
        home,
        [
            {"article": story.pk, "starts_at": "", "ends_at": "", "ORDER": n}
            for n, story in enumerate(stories)
        ],
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert _front_order(client, home) == list(TITLES)

    # Reorder: the museum story first, the ferry last; the budget story ends in a minute.
    home = HomePage.objects.get(pk=home.pk)
    slots = {slot.article_id: slot.pk for slot in home.top_stories.all()}
    ends = timezone.now() + timedelta(minutes=2)
    rows = [
        {"id": slots[stories[2].pk], "article": stories[2].pk, "ORDER": 0},
        {
            "id": slots[stories[1].pk],
            "article": stories[1].pk,
            "ORDER": 1,
            "ends_at": _minute(ends),
        },
        {"id": slots[stories[0].pk], "article": stories[0].pk, "ORDER": 2},
    ]
    for row in rows:
        row.setdefault("starts_at", "")
        row.setdefault("ends_at", "")
    response = _publish_home(admin_client, home, rows)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert _front_order(client, home) == [TITLES[2], TITLES[1], TITLES[0]]
    # Caches may not keep this front past the end of the slot.
    max_age = int(re.search(r"max-age=(\d+)", client.get(home.url)["Cache-Control"])[1])
    assert max_age <= 120

    with time_machine.travel(ends + timedelta(seconds=5), tick=False):
        assert _front_order(client, home) == [TITLES[2], TITLES[0]]


def test_a_slot_that_ends_before_it_starts_is_refused_and_nothing_changes(
    admin_client, client, home, make_article
):
    story = make_article(title=TITLES[0])
    now = timezone.now()
    response = _publish_home(
        admin_client,
        home,
        [
            {
                "article": story.pk,
                "starts_at": _minute(now + timedelta(hours=2)),
                "ends_at": _minute(now + timedelta(hours=1)),
                "ORDER": 0,
            }
        ],
    )
    assert response.status_code == 200  # the form again, with the error
    assert "The slot must end after it starts." in response.content.decode()
    assert not HomePage.objects.get(pk=home.pk).top_stories.exists()
    assert _front_order(client, home) == [TITLES[0]]  # the lead is the newest story
