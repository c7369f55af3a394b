from django.core.management import call_command
from wagtail.models import Site

from broadsheet.core.models import SiteSettings
from broadsheet.demo import content
from broadsheet.editions.models import HomePage
from broadsheet.images.models import NewsImage
from broadsheet.news.models import ArticlePage, Author, SectionPage, TopStory


def test_demo_content_meets_the_brief():
    assert len(content.SECTIONS) >= 5
    assert len(content.ARTICLES) >= 60
    assert len(content.AUTHORS) >= 8
    assert len(content.TAGS) >= 20
    kinds = {a["kind"] for a in content.ARTICLES}
    assert {"news", "feature"} <= kinds
    assert sum(1 for a in content.ARTICLES if a["read_more"] is not None) >= 5


def test_demo_builds_a_browsable_newsroom_and_is_idempotent(db, client, monkeypatch, tmp_path):
    monkeypatch.setenv("ADMIN_PASSWORD", "demo-pass-123")
    call_command("demo", "--articles", "12")
    counts = (
        ArticlePage.objects.count(),
        SectionPage.objects.count(),
        Author.objects.count(),
        NewsImage.objects.count(),
        TopStory.objects.count(),
    )
    call_command("demo", "--articles", "12")
    assert counts == (
        ArticlePage.objects.count(),
        SectionPage.objects.count(),
        Author.objects.count(),
        NewsImage.objects.count(),
        TopStory.objects.count(),
    )

    home = HomePage.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert ArticlePage.objects.published().count() == 12
    assert SectionPage.objects.count() == len(content.SECTIONS)
    settings = SiteSettings.for_site(Site.objects.get())
    assert settings.privacy_page is not None and settings.app_name

    first = ArticlePage.objects.published().order_by("-published_at").first()
    assert first.lead_image.width >= 1200
    assert first.lead_image.credit.startswith("©")
    assert client.get(first.url).status_code == 200
    assert client.get(home.url).status_code == 200
    assert client.login(username="admin", password="demo-pass-123")
