"""Acceptance: an editor posts from the composer while an anonymous reader's page (served
through the page cache) announces the new posts, shows them on request, opens permalinks at
their post and stops polling when the coverage ends."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from broadsheet.live.models import LivePost

from ..factories import AuthorFactory, HomePageFactory, SectionPageFactory
from ..live.conftest import LivePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def coverage(transactional_db, settings):
    settings.LIVE_POLL_INTERVAL = 1
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="World", slug="world")
    author = AuthorFactory(name="Lena Varga", slug="lena-varga")
    return LivePageFactory(parent=section, authors=[author])


def editor_tab(chromium, live_server):
    user = get_user_model().objects.create_superuser("editor", "editor@example.test", "pw")
    client = Client()
    client.force_login(user)
    context = chromium.new_context(viewport={"width": 1200, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context, context.new_page()


def test_editor_posts_and_reader_sees_them_through_the_cache(live_server, chromium, page, coverage):
    errors = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    polls = []
    page.on("request", lambda request: "/updates/" in request.url and polls.append(request.url))
    page.goto(live_server.url + coverage.url)
    assert page.locator(".live-posts__empty").is_visible()

    context, editor = editor_tab(chromium, live_server)
    editor.goto(f"{live_server.url}/admin/live/{coverage.pk}/")
    for text in ("First update.", "Second update.", "Third update."):
        editor.fill("#id_text", text)
        if text.startswith("First"):
            editor.check("#id_pinned")
        if text.startswith("Second"):
            editor.check("#id_key_event")
        editor.locator("form.live-composer__form button[type=submit]").click()
        editor.wait_for_url(f"**/admin/live/{coverage.pk}/")
    context.close()
    assert LivePost.objects.count() == 3

    button = page.locator(".live-new__button")
    button.wait_for(state="visible", timeout=15_000)
    # The page's CSP allows no eval, so waits are Playwright's own, not wait_for_function.
    expect(button).to_have_text("3 new posts", timeout=15_000)
    assert button.evaluate("b => b.closest('[aria-live]').getAttribute('aria-live')") == "polite"
    button.click()
    bodies = page.locator("#live-posts .live-post__body").all_inner_texts()
    assert [b.strip() for b in bodies] == ["Third update.", "Second update.", "First update."]
    assert button.is_hidden()
    # The pinned one is also shown above the stream, once.
    assert page.locator(".live-pinned").is_visible()
    assert page.locator(".live-pinned .live-post__body").all_inner_texts() == ["First update."]
    # The key event joined the timeline without a reload, leading to its post.
    second = LivePost.objects.get(key_event=True)
    assert page.locator(".live-timeline").is_visible()
    assert page.locator(".live-timeline a").get_attribute("href").endswith(f"#post-{second.pk}")

    page.goto(f"{live_server.url}{coverage.url}post/{second.pk}/#post-{second.pk}")
    target = page.locator(f"#post-{second.pk}")
    assert target.get_attribute("aria-current") == "true"
    top = target.evaluate("e => e.getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"]
    assert page.locator(".live-timeline a").count() == 1

    page.goto(live_server.url + coverage.url)
    coverage.status = "ended"
    coverage.save_revision().publish()
    expect(page.locator("[data-live-updates]")).to_have_attribute(
        "data-live-status", "ended", timeout=15_000
    )
    assert page.locator(".label--ended").first.is_visible()
    seen = len(polls)
    page.wait_for_timeout(3_000)
    assert len(polls) == seen  # polling stopped
    assert errors == []
