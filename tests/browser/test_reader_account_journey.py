import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from broadsheet.readers.models import Bookmark, ConsentRecord

from ..factories import ArticlePageFactory, AuthorFactory, HomePageFactory, SectionPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Quay-lantern-58-rowing"


@pytest.fixture
def stories(transactional_db):
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="Coast", slug="coast")
    author = AuthorFactory(name="Ola Brandt", slug="ola-brandt")
    first = ArticlePageFactory(parent=section, title="Ferry timetable returns", authors=[author])
    second = ArticlePageFactory(parent=section, title="Harbour seals counted", authors=[author])
    return first, second


@pytest.fixture
def fresh_page(page):
    """The shared fresh-context tab, with console errors collected (CSP violations)."""
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.errors = errors
    return page


def storage_sizes(page):
    return page.evaluate("() => [localStorage.length, sessionStorage.length]")


def test_first_visit_sets_nothing_until_the_reader_chooses(live_server, fresh_page, stories):
    page, (article, _other) = fresh_page, stories
    page.goto(live_server.url + article.url)
    banner = page.get_by_role("region", name="Cookies")
    banner.wait_for(state="visible")
    assert page.context.cookies() == []
    assert storage_sizes(page) == [0, 0]

    banner.get_by_role("button", name="Only necessary").click()
    banner.wait_for(state="hidden")
    assert [c["name"] for c in page.context.cookies()] == ["broadsheet_consent"]
    assert storage_sizes(page) == [0, 0]
    assert page.evaluate("document.documentElement.dataset.consent") == "necessary"
    assert ConsentRecord.objects.get().choice == "necessary"

    page.reload()
    assert not banner.is_visible()
    assert [c["name"] for c in page.context.cookies()] == ["broadsheet_consent"]

    # The choice can be changed from the footer.
    page.get_by_role("link", name="Cookie settings").click()
    banner.wait_for(state="visible")
    banner.get_by_role("button", name="Accept all").click()
    banner.wait_for(state="hidden")
    assert list(ConsentRecord.objects.values_list("choice", flat=True).order_by("pk")) == [
        "necessary",
        "all",
    ]
    assert not [e for e in page.errors if "Content Security Policy" in e]


def test_sign_up_bookmark_list_remove_export_delete(live_server, fresh_page, stories):
    page, (first, second) = fresh_page, stories
    page.goto(live_server.url + first.url)
    page.get_by_role("region", name="Cookies").get_by_role("button", name="Only necessary").click()

    # Anonymous bookmark click: sign in (here: sign up), then back to the story, saved.
    page.get_by_role("button", name="Bookmark").click()
    page.wait_for_url(re.compile(r"/en/account/login/\?next="))
    page.get_by_role("link", name="sign up").click()
    page.get_by_label("Email").fill("journey@example.org")
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url("**/en/account/confirm-email/")
    assert "_auth_user_id" not in str(page.context.cookies())

    link = re.search(r"https?://\S+/en/account/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(f"**{first.url}")
    assert EmailAddress.objects.get(email="journey@example.org").verified
    user = get_user_model().objects.get(email="journey@example.org")
    assert Bookmark.objects.filter(user=user, page=first).exists()
    button = page.locator(".bookmark__button")
    assert button.get_attribute("aria-pressed") == "true"
    assert "journey@example.org" in page.locator(".reader-links").inner_text()

    # Signed in: the second story's button toggles in place, without leaving the page.
    page.goto(live_server.url + second.url)
    button.click()
    page.wait_for_selector('.bookmark__button[aria-pressed="true"]')
    assert page.url == live_server.url + second.url
    assert button.inner_text().strip() == "Bookmarked"
    assert Bookmark.objects.filter(user=user).count() == 2

    page.get_by_role("link", name="My bookmarks").first.click()
    items = page.locator(".bookmark-list__item")
    assert items.count() == 2
    assert "Harbour seals counted" in items.nth(0).inner_text()
    items.nth(0).get_by_role("button", name="Remove").click()
    assert page.locator(".bookmark-list__item").count() == 1
    assert "Ferry timetable returns" in page.locator(".bookmark-list").inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my data").click()
    data = json.loads(open(download_info.value.path(), encoding="utf-8").read())
    assert data["account"]["email"] == "journey@example.org"
    assert [b["title"] for b in data["bookmarks"]] == ["Ferry timetable returns"]
    assert data["consent_records"] == []  # chosen before signing up: kept under the cookie id

    page.goto(live_server.url + "/en/account/delete/")
    page.get_by_label("I understand").check()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    page.get_by_role("heading", name="Account deleted").wait_for()
    assert not get_user_model().objects.filter(email="journey@example.org").exists()
    assert not Bookmark.objects.exists()
    assert not [e for e in page.errors if "Content Security Policy" in e]
