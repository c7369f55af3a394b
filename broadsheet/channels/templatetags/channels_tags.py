from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from broadsheet.core.fragments import remember
from broadsheet.video.templatetags.video_tags import script_json

from ..models import LiveChannelPage
from ..structured_data import live_video

register = template.Library()

# Shows kept per edition in the header's fragment: enough for days of schedule.
SLOTS = 50


def _schedule(home, request):
    """The edition's channel address and its shows still to end, as plain data."""
    channel = LiveChannelPage.objects.live().public().child_of(home).first()
    if channel is None or not channel.switched_on:
        return {"url": "", "slots": []}
    now = timezone.now()
    shows = channel.shows.filter(ends_at__gt=now).order_by("starts_at")[:SLOTS]
    return {
        "url": channel.get_url(request),
        "slots": [(s.starts_at.timestamp(), s.ends_at.timestamp(), s.title) for s in shows],
    }


@register.inclusion_tag("channels/includes/header_label.html", takes_context=True)
def channel_label(context):
    """The header's LIVE label, linking to the edition's channel while it is on the air.

    The schedule is kept as a fragment until the next change readers can see; whether a
    show is running is decided on every render, so a page rendered after a show starts or
    ends is right. Stored pages are emptied at those moments by ``channel_boundaries``.
    """
    home = context.get("edition_home")  # may be a lazy object standing for None
    request = context.get("request")
    if not home or request is None:
        return {}
    schedule = remember(request, "channel-schedule", [home.pk], lambda: _schedule(home, request))
    now = timezone.now().timestamp()
    for start, end, title in schedule["slots"]:
        if start <= now < end:
            return {"channel_url": schedule["url"], "show_title": title}
    return {}


@register.simple_tag(takes_context=True)
def channel_jsonld(context):
    """The channel page's VideoObject with the current show's live BroadcastEvent."""
    page, show = context.get("page"), context.get("current_show")
    if page is None or show is None:
        return ""
    data = live_video(
        page,
        show,
        request=context.get("request"),
        language=get_language(),
        poster_url=context["live_source"].poster_url,
    )
    return mark_safe(script_json(data))  # noqa: S308 (escaped by script_json)
