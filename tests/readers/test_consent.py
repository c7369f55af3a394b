import json

import pytest
from django.test import Client
from wagtail.models import Site

from broadsheet.core.models import SiteSettings
from broadsheet.newsroom.models import StandardPage
from broadsheet.readers.models import ConsentRecord

from ..factories import PageFactory

CONSENT = "/en/account/consent/"
COOKIES = "/en/account/cookies/"


def post_choice(client, choice, **kwargs):
    return client.post(
        CONSENT, json.dumps({"choice": choice}), content_type="application/json", **kwargs
    )


def test_first_visit_sets_no_cookie_and_shows_the_hidden_banner(client, article):
    response = client.get(article.url)
    html = response.content.decode()
    assert not response.cookies
    assert '<section class="consent" id="consent-banner"' in html
    assert 'hidden data-consent-url="/en/account/consent/"' in html
    assert 'data-consent-choice="all">Accept all</button>' in html
    assert 'data-consent-choice="necessary">Only necessary</button>' in html
    assert 'href="/en/account/cookies/" data-consent-open>Cookie settings</a>' in html
    assert "<script>" not in html
    assert "broadsheet/js/readers.js" in html


def test_banner_links_to_the_privacy_policy(client, article, home):
    class StandardPageFactory(PageFactory):
        class Meta:
            model = StandardPage

    privacy = StandardPageFactory(parent=home, title="Privacy", slug="privacy", body="<p>.</p>")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.privacy_page = privacy
    site_settings.save()
    html = client.get(article.url).content.decode()
    banner = html[html.index('id="consent-banner"') :]
    assert 'href="/en/privacy/">Privacy policy</a>' in banner


@pytest.mark.parametrize("choice", ("all", "necessary"))
def test_choice_is_recorded_with_time_and_policy_version(client, db, choice, settings):
    settings.CONSENT_POLICY_VERSION = "2026-03"
    response = post_choice(client, choice)
    assert response.status_code == 200
    record = ConsentRecord.objects.get()
    assert (record.choice, record.policy_version, record.user) == (choice, "2026-03", None)
    assert response.json() == {
        "choice": choice,
        "policy_version": "2026-03",
        "recorded_at": record.created_at.isoformat(),
    }
    cookie = response.cookies["broadsheet_consent"]
    assert cookie.value == f"2026-03:{choice}:{record.consent_id}"
    assert cookie["samesite"] == "Lax"
    assert list(response.cookies) == ["broadsheet_consent"]
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_changing_the_choice_keeps_the_history_under_one_id(client, db):
    post_choice(client, "all")
    post_choice(client, "necessary")
    first, second = ConsentRecord.objects.order_by("created_at", "pk")
    assert first.consent_id == second.consent_id
    assert [first.choice, second.choice] == ["all", "necessary"]


def test_signed_in_choice_belongs_to_the_reader(client, reader):
    client.force_login(reader)
    post_choice(client, "necessary")
    assert ConsentRecord.objects.get().user == reader


@pytest.mark.parametrize(
    "body, content_type, status",
    (
        ('{"choice": "everything"}', "application/json", 400),
        ("{not json", "application/json", 400),
        ("[1, 2]", "application/json", 400),
        ("choice=all", "application/x-www-form-urlencoded", 415),
    ),
    ids=["unknown choice", "broken json", "not an object", "form post from another site"],
)
def test_bad_consent_requests_are_refused(client, db, body, content_type, status):
    response = client.post(CONSENT, body, content_type=content_type)
    assert response.status_code == status
    assert response.json()["error"]
    assert not ConsentRecord.objects.exists()
    assert not response.cookies


def test_consent_from_another_origin_is_refused(client, db):
    response = post_choice(client, "all", headers={"Origin": "https://elsewhere.example"})
    assert response.status_code == 403
    assert not ConsentRecord.objects.exists()
    assert post_choice(client, "all", headers={"Origin": "http://testserver"}).status_code == 200


def test_cookie_settings_page_works_without_javascript(db, home):
    client = Client(enforce_csrf_checks=True)
    page = client.get(COOKIES)
    assert "You have not made a choice yet." in page.content.decode()
    token = page.cookies["csrftoken"].value
    response = client.post(COOKIES, {"choice": "necessary", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert ConsentRecord.objects.get().choice == "necessary"
    html = client.get(COOKIES).content.decode()
    assert "Your choice: Only necessary." in html
    assert "Your cookie choice is saved." in html


def test_cookie_settings_without_csrf_token_is_refused(db, home):
    response = Client(enforce_csrf_checks=True).post(COOKIES, {"choice": "all"})
    assert response.status_code == 403
    assert not ConsentRecord.objects.exists()


def test_new_policy_version_asks_again(client, db, settings):
    post_choice(client, "all")
    assert "Your choice: Accept all." in client.get(COOKIES).content.decode()
    settings.CONSENT_POLICY_VERSION = "2"
    assert "You have not made a choice yet." in client.get(COOKIES).content.decode()
