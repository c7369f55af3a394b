"""The programme schedule edited in Wagtail's admin as an editor would."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from broadsheet.channels.models import LiveChannelPage
from broadsheet.newsroom.models import HomePage

pytestmark = pytest.mark.django_db


def _minute(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def _publish(admin_client, channel, shows, **fields):
    data = nested_form_data(
        {
            "title": channel.title,
            "slug": channel.slug,
            "intro": "",
            "enabled": "on",
            "source_kind": channel.source_kind,
            "source_url": channel.source_url,
            "stream_name": channel.stream_name,
            "poster": "",
            "shows": inline_formset(shows),
            **fields,
        }
    )
    data["action-publish"] = "action-publish"
    return admin_client.post(f"/admin/pages/{channel.pk}/edit/", data)


def _show(title, start, end):
    base = timezone.now().replace(second=0, microsecond=0)
    return {
        "title": title,
        "description": "",
        "starts_at": _minute(base + timedelta(minutes=start)),
        "ends_at": _minute(base + timedelta(minutes=end)),
    }


def test_editor_publishes_a_schedule(admin_client, make_channel):
    channel = make_channel()
    response = _publish(
        admin_client, channel, [_show("Morning news", -10, 50), _show("Harbour hour", 50, 110)]
    )
    assert response.status_code == 302
    assert list(channel.shows.order_by("starts_at").values_list("title", flat=True)) == [
        "Morning news",
        "Harbour hour",
    ]
    channel.refresh_from_db()
    assert channel.is_on_air()


@pytest.mark.parametrize(
    "shows, field, message",
    (
        ([_show("Backwards", 60, 0)], "ends_at", "A show must end after it starts."),
        (
            [_show("Morning news", 0, 60), _show("Harbour hour", 30, 90)],
            "starts_at",
            "Overlaps “Morning news”",
        ),
        (
            [_show("Long", 0, 120), _show("Inside", 30, 60)],
            "starts_at",
            "Overlaps “Long”",
        ),
    ),
    ids=["end before start", "overlap", "show inside another"],
)
def test_bad_schedules_are_refused_with_a_clear_message(
    admin_client, make_channel, shows, field, message
):
    channel = make_channel(shows=[("Kept", 200, 260)])
    response = _publish(admin_client, channel, shows)
    assert response.status_code == 200  # the form again, nothing saved
    html = response.content.decode()
    assert message in html
    assert "Programme schedule" in html  # the summary names the inline panel
    formset = response.context["form"].formsets["shows"]
    assert any(field in form.errors for form in formset.forms)
    assert list(channel.shows.values_list("title", flat=True)) == ["Kept"]


def test_back_to_back_shows_are_fine(admin_client, make_channel):
    channel = make_channel()
    response = _publish(admin_client, channel, [_show("A", 0, 30), _show("B", 30, 60)])
    assert response.status_code == 302


@pytest.mark.parametrize(
    "fields, message",
    (
        (
            {"source_kind": "url", "source_url": "ftp://encoder.example/live.m3u8"},
            "Give the full address of the stream",
        ),
        (
            {"source_kind": "url", "source_url": "https://encoder.example/live.mp4"},
            "The address must be an HLS playlist",
        ),
        ({"source_kind": "url", "source_url": ""}, "Give the stream&#x27;s address."),
        ({"source_kind": "pushed", "stream_name": "../media"}, "Use lower-case letters"),
    ),
    ids=["ftp", "not a playlist", "no address", "path in stream name"],
)
def test_bad_sources_are_refused(admin_client, make_channel, fields, message):
    channel = make_channel()
    response = _publish(admin_client, channel, [], **fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert LiveChannelPage.objects.get(pk=channel.pk).stream_name == "news"


def test_channel_is_created_under_an_edition_home_only_once(admin_client, home, make_channel):
    assert LiveChannelPage.can_create_at(home)
    make_channel()
    assert not LiveChannelPage.can_create_at(HomePage.objects.get(pk=home.pk))


def test_admin_create_and_edit_forms_open(admin_client, home, make_channel):
    add = admin_client.get(f"/admin/pages/add/channels/livechannelpage/{home.pk}/")
    assert add.status_code == 200
    assert "Programme schedule" in add.content.decode()
    channel = make_channel(shows=[("Morning news", 0, 60)])
    edit = admin_client.get(f"/admin/pages/{channel.pk}/edit/")
    assert edit.status_code == 200 and "Morning news" in edit.content.decode()
    # Preview as the editor's browser does it: the form's data first, then the page.
    data = nested_form_data(
        {
            "title": "Broadsheet TV",
            "slug": "tv",
            "intro": "Previewed intro.",
            "enabled": "on",
            "source_kind": "pushed",
            "source_url": "",
            "stream_name": "news",
            "poster": "",
            "shows": inline_formset([_show("Previewed show", -5, 55)]),
        }
    )
    url = f"/admin/pages/{channel.pk}/edit/preview/"
    assert admin_client.post(url, data).json()["is_valid"] is True
    preview = admin_client.get(url)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Previewed intro." in html and "Previewed show" in html
