import re
from datetime import timedelta

import pytest
from django.utils import timezone

from broadsheet.core.models import SiteSettings
from broadsheet.newsroom.models import StandardPage, TopStory

from ..factories import ArticlePageFactory, SectionPageFactory


def test_home_shows_lead_top_stories_features_and_sections(client, home, section, make_article):
    older = make_article(
        title="Port strike enters second week", published_at=timezone.now() - timedelta(hours=5)
    )
    newest = make_article(title="Rail link opens to passengers")
    feature = make_article(
        title="A summer on the salt flats",
        kind="feature",
        published_at=timezone.now() - timedelta(hours=2),
    )
    TopStory.objects.create(home=home, article=older, sort_order=0)
    TopStory.objects.create(home=home, article=newest, sort_order=1)

    response = client.get(home.url)
    html = response.content.decode()
    assert response.status_code == 200
    lead = html[html.index('class="lead-story"') : html.index('id="front-top-title"')]
    assert "Port strike enters second week" in lead  # first top story leads
    top = html[html.index('id="front-top-title"') : html.index('id="front-features-title"')]
    assert "Top stories" in top and "Rail link opens to passengers" in top
    assert "Port strike enters second week" not in top  # the lead is not repeated
    features = html[html.index('id="front-features-title"') :]
    assert "Features" in features and "A summer on the salt flats" in features
    assert ">Feature</span>" in features
    assert f'<a href="{section.url}">World</a>' in html
    assert "public" in response["Cache-Control"]
    assert feature.url in html


def test_top_story_slot_outside_its_window_is_not_shown(client, home, make_article):
    now = timezone.now()
    ended = make_article(title="Storm warning lifted")
    upcoming = make_article(title="Budget speech at noon")
    TopStory.objects.create(home=home, article=ended, ends_at=now - timedelta(minutes=1))
    TopStory.objects.create(home=home, article=upcoming, starts_at=now + timedelta(hours=1))
    assert list(type(ended).objects.top_stories_of(home)) == []


def test_section_page_lists_its_articles_newest_first_and_paginates(client, section, make_article):
    for index in range(22):
        make_article(
            title=f"Dispatch number {index:02d}",
            published_at=timezone.now() - timedelta(minutes=index),
        )
    first = client.get(section.url).content.decode()
    assert first.index("Dispatch number 00") < first.index("Dispatch number 01")
    assert "Dispatch number 21" not in first
    older = re.search(r'<a rel="next" href="\?after=([0-9_]+)">Older</a>', first)
    assert older
    second = client.get(section.url, {"after": older[1]}).content.decode()
    assert "Dispatch number 20" in second and "Dispatch number 21" in second
    assert "Dispatch number 19" not in second


@pytest.mark.parametrize(
    "page", ["abc", "-1", "999", ""], ids=["text", "negative", "past end", "empty"]
)
def test_section_page_survives_bad_page_numbers(client, section, article, page):
    response = client.get(section.url, {"page": page})
    assert response.status_code == 200


def test_nested_section_shows_descendant_articles(client, home, section, author):
    sub = SectionPageFactory(parent=section, title="Europe", slug="europe")
    ArticlePageFactory(parent=sub, title="Alpine pass reopens", authors=[author])
    assert "Alpine pass reopens" in client.get(section.url).content.decode()
    assert "Alpine pass reopens" in client.get(sub.url).content.decode()


def test_tag_page_lists_tagged_articles(client, home, make_article):
    make_article(title="Flood barrier tested", tags=["floods"])
    make_article(title="Chess final drawn", tags=["chess"])
    response = client.get("/en/tags/floods/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>floods</h1>" in html
    assert "Flood barrier tested" in html and "Chess final drawn" not in html


def test_unknown_tag_is_404(client, home):
    assert client.get("/en/tags/no-such-tag/").status_code == 404


def test_author_page_shows_bio_and_articles(client, home, article, author):
    response = client.get(f"/en/authors/{author.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Mira Okafor</h1>" in html
    assert "Covers the city council." in html
    assert article.title in html
    assert client.get("/en/authors/nobody/").status_code == 404


def test_footer_has_copyright_range_app_and_privacy_link(client, home, article):
    privacy = StandardPage(title="Privacy policy", slug="privacy", body="<p>We keep little.</p>")
    home.add_child(instance=privacy)
    settings = SiteSettings.for_site(home.get_site())
    settings.organisation_name = "Test Media"
    settings.first_year = 2005
    settings.privacy_page = privacy
    settings.app_name = "Test News App"
    settings.app_store_url = "https://apps.example.com/test"
    settings.save()
    html = client.get(article.url).content.decode()
    year = timezone.localdate().year
    assert f"© Test Media, 2005–{year}. All rights reserved." in html
    assert 'href="/en/privacy/">Privacy policy</a>' in html
    assert "Test News App" in html
    assert client.get("/en/privacy/").status_code == 200


@pytest.mark.parametrize(
    "url", ["/en/no/such/page/", "/xx/", "/en/world/nothing/", "/en/tags/%ff/"]
)
def test_unknown_urls_answer_the_404_page(client, home, section, url):
    response = client.get(url, follow=True)
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "Traceback" not in html


def test_root_redirects_to_edition(client, home):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
