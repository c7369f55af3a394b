"""Which show each live channel has on the air, and telling the apps above when it changes."""

from django.core.cache import cache
from django.utils import timezone

from .models import ChannelShow, LiveChannelPage
from .signals import on_air_changed

STATE_KEY = "channels:on-air"


def on_air_state(now=None):
    """{channel pk: pk of the show on the air, or None} for every published channel.
    Two queries, whatever the number of channels."""
    now = now or timezone.now()
    channels = list(LiveChannelPage.objects.live())
    running = dict(
        ChannelShow.objects.running_at(now)
        .filter(channel__in=channels)
        .values_list("channel_id", "pk")
    )
    return {
        channel.pk: running.get(channel.pk) if channel.switched_on else None for channel in channels
    }


def announce_changes(now=None):
    """Send ``on_air_changed`` when the state differs from the last call's (or on the first
    call: pages may have been stored while nobody was watching). Returns the new state."""
    state = on_air_state(now)
    if cache.get(STATE_KEY) != state:
        cache.set(STATE_KEY, state, None)
        on_air_changed.send(sender=LiveChannelPage, state=state)
    return state
