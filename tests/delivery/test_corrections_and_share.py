import json
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from broadsheet.core import pagination
from broadsheet.newsroom.models import ArticlePage, Correction

from ..factories import ImageFactory
from .schema_org import validate


def add_correction(article, text, date=None, publish=True):
    article.corrections.add(Correction(text=text, date=date or timezone.now()))
    revision = article.save_revision()
    if publish:
        revision.publish()
    return article


def test_correction_shows_at_foot_of_article_and_in_json_ld(client, article):
    add_correction(article, "An earlier version gave the wrong vote count.")
    html = client.get(article.url).content.decode()
    assert '<h2 class="corrections__title" id="corrections-title">Corrections</h2>' in html
    body = html[html.index("<main") :]
    assert body.index("An earlier version gave") > body.index("Councillors voted nine to two")
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    news = json.loads(raw)
    assert news["correction"][0]["@type"] == "CorrectionComment"
    assert news["correction"][0]["text"] == "An earlier version gave the wrong vote count."
    assert validate(news) == []


def test_article_without_corrections_has_no_corrections_block(client, article):
    html = client.get(article.url).content.decode()
    assert "corrections__title" not in html
    assert '"correction"' not in html


def test_correction_in_unpublished_draft_stays_hidden(client, article):
    add_correction(article, "Draft fix not yet approved.", publish=False)
    assert "Draft fix not yet approved." not in client.get(article.url).content.decode()
    assert "Draft fix not yet approved." not in client.get("/en/corrections/").content.decode()


def test_corrections_page_lists_edition_corrections_newest_first(client, make_article, home):
    first = make_article(title="Ferry timetable story")
    second = make_article(title="School budget story")
    hidden = make_article(title="Withdrawn story")
    add_correction(first, "Older fix.", date=timezone.now() - timedelta(days=2))
    add_correction(second, "Newer fix.", date=timezone.now() - timedelta(hours=1))
    add_correction(hidden, "Fix to a withdrawn story.")
    hidden.unpublish()
    response = client.get("/en/corrections/")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert not response.cookies
    html = response.content.decode()
    assert html.index("Newer fix.") < html.index("Older fix.")
    assert f'href="{first.url}"' in html
    assert "Fix to a withdrawn story." not in html


def test_edition_pages_are_404_for_a_language_without_edition(client, home, two_languages):
    assert client.get("/fr/corrections/").status_code == 404
    assert client.get("/fr/feeds/rss.xml").status_code == 404


def test_share_links_are_plain_links_to_each_network(client, article):
    html = client.get(article.url).content.decode()
    share = html[html.index('<section class="share"') :]
    share = share[: share.index("</section>")]
    hrefs = dict(re.findall(r'class="share__link share__link--(\w+)" href="([^"]+)"', share))
    assert set(hrefs) == {"telegram", "vk", "ok", "x", "facebook", "whatsapp", "email"}
    url = article.full_url
    assert parse_qs(urlsplit(hrefs["telegram"].replace("&amp;", "&")).query)["url"] == [url]
    assert parse_qs(urlsplit(hrefs["facebook"].replace("&amp;", "&")).query)["u"] == [url]
    assert hrefs["email"].startswith("mailto:?subject=")
    assert "data-share-copy hidden" in share
    assert "data-share-native hidden" in share
    assert "<script" not in share  # the only script is the static file after the section
    assert '<script src="/static/broadsheet/js/share.js" defer></script>' in html
    assert not re.search(r"\son\w+=", html)
    assert "style=" not in html


def test_article_query_budget_with_corrections(client, article, django_assert_max_num_queries):
    add_correction(article, "One.")
    add_correction(article, "Two.")
    client.get(article.url)
    with django_assert_max_num_queries(30):
        assert client.get(article.url).status_code == 200


def test_editor_sees_corrections_panel(admin_client, article):
    response = admin_client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    assert "corrections-FORMS" in response.content.decode()


def test_editor_adds_correction_through_the_admin(admin_client, section, author, home):
    data = nested_form_data(
        {
            "title": "Sea wall vote count",
            "slug": "sea-wall-vote-count",
            "standfirst": "The council's vote, corrected.",
            "lead_image": ImageFactory().pk,
            "body": streamfield([("paragraph", rich_text("<p>Fixed count.</p>"))]),
            "article_authors": inline_formset([{"author": author.pk}]),
            "corrections": inline_formset(
                [{"date": "2026-01-16 12:44", "text": "The vote was nine to two, not eight."}]
            ),
            "kind": "news",
            "tags": "floods",
        }
    )
    data["action-publish"] = "action-publish"
    add_url = reverse("wagtailadmin_pages:add", args=("newsroom", "articlepage", section.pk))
    response = admin_client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:1500]
    article = ArticlePage.objects.get(slug="sea-wall-vote-count")
    assert Correction.objects.filter(article=article).count() == 1
    admin_client.logout()
    assert "The vote was nine to two, not eight." in admin_client.get(article.url).content.decode()


def test_corrections_page_pages_by_number_and_survives_bad_page(client, make_article):
    article = make_article(title="Much corrected story")
    now = timezone.now()
    for index in range(pagination.PAGE_SIZE + 1):
        article.corrections.add(
            Correction(text=f"Fix number {index:02d}.", date=now - timedelta(hours=index))
        )
    article.save_revision().publish()
    first = client.get("/en/corrections/").content.decode()
    assert "Fix number 00." in first and f"Fix number {pagination.PAGE_SIZE:02d}." not in first
    assert 'rel="next" href="?page=2"' in first
    second = client.get("/en/corrections/?page=2").content.decode()
    assert f"Fix number {pagination.PAGE_SIZE:02d}." in second
    assert 'rel="prev" href="?page=1"' in second
    for bad in ("abc", "-1", "999"):
        assert client.get(f"/en/corrections/?page={bad}").status_code == 200
