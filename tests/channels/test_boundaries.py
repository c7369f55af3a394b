"""Stored pages are emptied when a show starts or ends (the scheduler's channel_boundaries)."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command

from broadsheet.channels.boundaries import on_air_state
from broadsheet.core.management.commands.scheduler import JOBS
from broadsheet.pagecache.cache import GENERATION_KEY, page_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def purges():
    def generation():
        return page_cache().get(GENERATION_KEY)

    return generation


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """A scheduler round (outside a transaction, as the scheduler runs it)."""

    def run_round():
        with django_capture_on_commit_callbacks(execute=True):
            call_command("channel_boundaries")

    return run_round


def test_the_scheduler_runs_it():
    assert "channel_boundaries" in JOBS


def test_page_cache_is_emptied_when_a_show_starts_and_ends(make_channel, purges, run):
    channel = make_channel(shows=[("Morning news", 10, 70)])
    show = channel.shows.get()
    run()  # the first round: pages may predate the scheduler
    before = purges()
    assert before is not None
    run()
    assert purges() == before  # nothing changed, nothing emptied
    with time_machine.travel(show.starts_at + timedelta(seconds=30), tick=False):
        assert on_air_state() == {channel.pk: show.pk}
        run()
        started = purges()
        assert started != before
        run()
        assert purges() == started
    with time_machine.travel(show.ends_at + timedelta(seconds=30), tick=False):
        run()
        assert purges() != started
        assert on_air_state() == {channel.pk: None}


def test_publishing_a_channel_empties_the_page_cache(
    make_channel, purges, django_capture_on_commit_callbacks
):
    channel = make_channel(shows=[("Morning news", -10, 70)])
    before = purges()
    with django_capture_on_commit_callbacks(execute=True):
        channel.enabled = False
        channel.save_revision().publish()
    assert purges() != before
    assert on_air_state() == {channel.pk: None}
