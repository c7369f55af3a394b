"""The newsroom side of ``test_varnish.py``: a process of its own on the served site's
database, publishing on command. One JSON command a line on stdin, one JSON answer a line on
stdout, sent once the change is committed and its purges were sent (tasks run at once)."""

import json
import sys

import django

django.setup()

from django.db import transaction  # noqa: E402
from wagtail.models import PageViewRestriction  # noqa: E402

from broadsheet.core.models import SiteSettings  # noqa: E402
from broadsheet.newsroom.models import ArticlePage, Author  # noqa: E402
from tests.factories import (  # noqa: E402
    ArticlePageFactory,
    AuthorFactory,
    HomePageFactory,
    SectionPageFactory,
)


def seed():
    home = HomePageFactory()
    section = SectionPageFactory(parent=home, title="World", slug="world")
    author = AuthorFactory(name="Mira Okafor", slug="mira-okafor")
    story = ArticlePageFactory(
        parent=section, title="Harbour wall holds", slug="جدار-الميناء", authors=[author]
    )
    other = ArticlePageFactory(parent=section, title="Ferry timetable changes", authors=[author])
    # Created on first use otherwise, which empties the caches during that first request.
    SiteSettings.for_site(home.get_site())
    return {
        "home": home.url,
        "section": section.url,
        "story": story.url,
        "story_id": story.pk,
        "other": other.url,
        "author_id": author.pk,
    }


def retitle(page_id, title):
    page = ArticlePage.objects.get(pk=page_id)
    page.title = title
    page.save_revision().publish()


def unpublish(page_id):
    ArticlePage.objects.get(pk=page_id).unpublish()


def publish(page_id):
    ArticlePage.objects.get(pk=page_id).save_revision().publish()


def restrict(page_id):
    with transaction.atomic():
        PageViewRestriction.objects.create(
            page_id=page_id,
            restriction_type=PageViewRestriction.PASSWORD,
            password="tide",
        )


def rename_author(author_id, name):
    author = Author.objects.get(pk=author_id)
    author.name = name
    author.save()


COMMANDS = {
    "seed": seed,
    "retitle": retitle,
    "unpublish": unpublish,
    "publish": publish,
    "restrict": restrict,
    "rename_author": rename_author,
}

for line in sys.stdin:
    command = json.loads(line)
    result = COMMANDS[command.pop("op")](**command)
    sys.stdout.write(json.dumps({"done": True, "result": result}) + "\n")
    sys.stdout.flush()
