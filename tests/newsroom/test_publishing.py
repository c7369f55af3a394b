from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from broadsheet.newsroom.models import ArticlePage

from ..factories import ImageFactory


def test_draft_is_invisible(client, make_article, home):
    draft = make_article(title="Embargoed budget leak", publish=False)
    assert client.get(f"/en/{draft.get_parent().slug}/{draft.slug}/").status_code == 404
    assert "Embargoed budget leak" not in client.get(home.url).content.decode()
    assert not ArticlePage.objects.published().filter(pk=draft.pk).exists()


def test_unpublished_story_answers_404(client, article):
    url = article.url
    assert client.get(url).status_code == 200
    article.unpublish()
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_scheduled_story_goes_live_at_its_time(client, make_article, section):
    article = make_article(title="Election results expected", publish=False)
    go_live = timezone.now() + timedelta(minutes=2)
    article.go_live_at = go_live
    article.save_revision().publish()  # with a future go_live_at Wagtail schedules instead
    article.refresh_from_db()
    assert not article.live
    assert client.get(section.url).content.decode().count("Election results expected") == 0

    call_command("publish_scheduled")
    article.refresh_from_db()
    assert not article.live  # not yet its time

    with time_machine.travel(go_live + timedelta(seconds=30)):
        call_command("publish_scheduled")
    article.refresh_from_db()
    assert article.live
    assert abs(article.published_at - go_live) < timedelta(seconds=1)
    with time_machine.travel(go_live + timedelta(seconds=31)):
        assert "Election results expected" in client.get(section.url).content.decode()


def test_future_publication_time_hides_story_until_then(client, make_article, section):
    article = make_article(
        title="Embargo until noon", published_at=timezone.now() + timedelta(hours=1)
    )
    assert article.live
    assert "Embargo until noon" not in client.get(section.url).content.decode()


def test_lead_image_without_alt_text_cannot_be_published(make_article):
    article = make_article()
    article.lead_image = ImageFactory(description="")
    article.full_clean()  # a draft may be saved; the admin runs the check below on publish
    with pytest.raises(ValidationError) as error:
        article.clean_for_publishing()
    assert "alt text" in str(error.value)
