import json

from django import template
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import ngettext

from ..models import LivePage, LiveStatus

register = template.Library()

NEW_POSTS_LABELS = 50


@register.filter
def is_live_now(page):
    """Whether a page (an article card, a Top stories slot) is a live page covering live now.

    No query for other articles (content types are cached); one for a live page."""
    if page is None:
        return False
    if isinstance(page, LivePage):
        return page.status == LiveStatus.LIVE
    if getattr(page, "content_type_id", None) != ContentType.objects.get_for_model(LivePage).pk:
        return False
    return LivePage.objects.filter(pk=page.pk, status=LiveStatus.LIVE).exists()


@register.simple_tag
def new_posts_labels():
    """The "N new posts" button's labels for 1…50 (in the language's plural forms), as JSON
    for live.js; more than 50 shows the last."""
    labels = [
        ngettext("%(count)d new post", "%(count)d new posts", n) % {"count": n}
        for n in range(1, NEW_POSTS_LABELS + 1)
    ]
    return json.dumps(labels, ensure_ascii=False)
