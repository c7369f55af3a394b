import io
import logging
import re

from django.conf import settings
from django.core.management import call_command
from django_tasks import default_task_backend
from wagtail.models import Site

from broadsheet.core.models import SiteSettings
from broadsheet.demo import data
from broadsheet.images.models import NewsImage
from broadsheet.live.models import LivePage
from broadsheet.newsroom.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    HomePage,
    SectionPage,
    TopStory,
)


def test_demo_content_meets_the_brief():
    newsroom = data.load()
    assert len(newsroom.sections) >= 5
    assert len(newsroom.articles) >= 60
    assert len(newsroom.authors) >= 8
    assert len({tag for article in newsroom.articles for tag in article["tags"]}) >= 20
    kinds = {a["kind"] for a in newsroom.articles}
    assert {"news", "feature"} <= kinds
    read_more = [a for a in newsroom.articles if any(b[0] == "read_more" for b in a["body"])]
    assert len(read_more) >= 5


class Recorder(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def run_queued_tasks():
    """Run what the task worker would find queued, as `make run` then `broadsheet serve` do;
    returns the failures."""
    failures = []
    for result in default_task_backend.results:
        try:
            result.task.call(*result.args, **result.kwargs)
        except Exception as error:  # noqa: BLE001 - every failure is reported
            failures.append(f"{result.task.name}{tuple(result.args)}: {error!r}")
    default_task_backend.clear()
    return failures


def test_demo_builds_a_browsable_newsroom_and_is_idempotent(
    db, client, settings, monkeypatch, tmp_path
):
    """One build (the slowest test there is, so done once): what `make run` shows, then every
    task the demo queued for the task worker must still find what it was queued for."""
    monkeypatch.setenv("ADMIN_PASSWORD", "demo-pass-123")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    recorder = Recorder()
    logging.getLogger("broadsheet").addHandler(recorder)
    out = io.StringIO()
    try:
        call_command("demo", "--articles", "12", stdout=out)
        assert len(default_task_backend.results) > 100
        assert run_queued_tasks() == []
    finally:
        logging.getLogger("broadsheet").removeHandler(recorder)
    # A short summary on the address served, not a line per purge.
    lines = out.getvalue().splitlines()
    assert len(lines) <= 4, lines
    assert re.match(r"Demo newsroom ready: \d+ editions, \d+ sections, \d+ articles, ", lines[0])
    assert f"Site:  {settings.BASE_URL}/" in lines
    assert any(line.startswith(f"Admin: {settings.BASE_URL}/admin/") for line in lines)
    assert "demo-pass-123" in lines[-1]
    assert not [r for r in recorder.records if "Purged" in r.getMessage()]
    counts = (
        ArticlePage.objects.count(),
        SectionPage.objects.count(),
        Author.objects.count(),
        NewsImage.objects.count(),
        TopStory.objects.count(),
    )
    call_command("demo", "--articles", "12")
    assert run_queued_tasks() == []
    assert counts == (
        ArticlePage.objects.count(),
        SectionPage.objects.count(),
        Author.objects.count(),
        NewsImage.objects.count(),
        TopStory.objects.count(),
    )

    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    # The stories asked for, and the live page beside them.
    stories = ArticlePage.objects.published().filter(locale=home.locale)
    assert stories.not_type(LivePage).count() == 12
    assert stories.type(LivePage).count() == 1
    site_settings = SiteSettings.for_site(Site.objects.get())
    assert site_settings.privacy_page is not None and site_settings.app_name

    first = ArticlePage.objects.published().order_by("-published_at").first()
    assert first.lead_image.width >= 1200
    assert first.lead_image.credit.startswith("©")
    assert client.get(first.url).status_code == 200
    assert client.get(home.url).status_code == 200
    check_editions(client)
    assert client.login(username="admin", password="demo-pass-123")
    # Every edition's bylines name that edition's authors, in the source story's order (the
    # demo's live page is in English only).
    bylines = ArticleAuthor.objects.filter(article__livepage__isnull=True).select_related(
        "article", "author"
    )
    assert bylines.count() == 7 * bylines.filter(article__locale__language_code="en").count()
    assert all(row.author.locale_id == row.article.locale_id for row in bylines)
    story = next(
        article
        for article in ArticlePage.objects.filter(locale__language_code="en").not_type(LivePage)
        if article.article_authors.count() == 2
    )
    for translation in story.get_translations():
        assert [row.author.translation_key for row in translation.article_authors.all()] == [
            row.author.translation_key for row in story.article_authors.all()
        ]


def check_editions(client):
    sections = len(data.load().sections)
    for code, _name in settings.LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        articles = ArticlePage.objects.published().filter(locale=home.locale)
        assert articles.count() >= 10, code
        assert SectionPage.objects.live().filter(locale=home.locale).count() == sections
        response = client.get(home.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}"' in html
        story = articles.first()
        assert story.title in html or client.get(story.url).status_code == 200
    arabic = ArticlePage.objects.filter(locale__language_code="ar").first()
    english = ArticlePage.objects.get(
        translation_key=arabic.translation_key, locale__language_code="en"
    )
    assert arabic.title != english.title
    assert [a.locale.language_code for a in arabic.bylines] == ["ar"] * len(arabic.bylines)
    assert 'dir="rtl"' in client.get(arabic.url).content.decode()
