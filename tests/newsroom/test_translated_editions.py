"""Translations as readers of each edition see them: the lead caption in their language,
Read more cards that stay in their edition, and Related stories that do not repeat the rail."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from broadsheet.newsroom.models import ArticlePage, TopStory

from ..factories import ImageFactory, translate

ARABIC_CAPTION = "قوارب راسية في ميناء بورت إلين"


@pytest.fixture
def editor_client(client, django_user_model, home):
    editor = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(editor)
    return client


def publish_parents(page):
    for ancestor in page.get_ancestors().filter(depth__gt=1, live=False).specific():
        ancestor.save_revision().publish()


# The lead image's caption ----------------------------------------------------------------
def test_new_article_carries_its_lead_caption_for_translators(make_article):
    article = make_article(lead_image=ImageFactory(caption="Boats in the harbour at Port Ellin"))
    assert article.lead_caption == "Boats in the harbour at Port Ellin"
    segments = {
        s.path: s.render_text()
        for s in extract_segments(article)
        if isinstance(s, StringSegmentValue)
    }
    assert segments["lead_caption"] == "Boats in the harbour at Port Ellin"


def test_an_article_s_own_caption_is_kept(make_article):
    article = make_article(lead_caption="Our caption")
    assert article.lead_caption == "Our caption"


def test_lead_caption_is_translated_with_the_story(
    editor_client, make_article, django_capture_on_commit_callbacks
):
    article = make_article(lead_image=ImageFactory(caption="Boats in the harbour at Port Ellin"))
    arabic = Locale.objects.get(language_code="ar")
    response = editor_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
        {"locales": [arabic.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=arabic
    )
    segment = StringSegment.objects.get(source=translation.source, context__path="lead_caption")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=arabic, context=segment.context, data=ARABIC_CAPTION
    )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        translation.save_target(publish=True)
    arabic_article = ArticlePage.objects.get(translation_key=article.translation_key, locale=arabic)
    publish_parents(arabic_article)
    editor_client.logout()

    response = editor_client.get(arabic_article.url)
    assert response.status_code == 200, arabic_article.url
    html = response.content.decode()
    lead = html[html.index('class="article__lead"') : html.index("</figure>")]
    assert ARABIC_CAPTION in lead
    assert "Boats in the harbour" not in lead
    api = editor_client.get(f"/api/v1/articles/{arabic_article.pk}").json()
    assert api["image"]["caption"] == ARABIC_CAPTION


# Read more cards -------------------------------------------------------------------------
@pytest.fixture
def story_with_card(make_article):
    target = make_article(title="Sea wall budget agreed")
    story = make_article(
        title="Harbour reopens",
        body=[
            ("paragraph", "<p>The harbour reopened on Monday.</p>"),
            ("read_more", {"article": target}),
        ],
    )
    return story, target


def card_links(html):
    return re.findall(r'<a class="read-more__link" href="([^"]+)"', html)


def test_read_more_on_a_translation_leads_to_the_target_s_translation(client, story_with_card):
    story, target = story_with_card
    arabic_target = translate(target, "ar", title="الاتفاق على ميزانية الجدار البحري")
    arabic_story = translate(story, "ar", title="الميناء يعيد فتح أبوابه")
    html = client.get(arabic_story.url).content.decode()
    assert card_links(html) == [arabic_target.url]
    assert "الاتفاق على ميزانية الجدار البحري" in html
    assert card_links(client.get(story.url).content.decode()) == [target.url]


@pytest.mark.parametrize("translated", [False, True], ids=["no translation", "draft translation"])
def test_read_more_without_a_live_translation_is_left_out(client, story_with_card, translated):
    story, target = story_with_card
    if translated:
        translate(target, "ar", publish=False)
    arabic_story = translate(story, "ar")
    html = client.get(arabic_story.url).content.decode()
    assert 'class="read-more"' not in html
    assert target.url not in html


def test_api_read_more_follows_the_article_s_edition(client, story_with_card):
    story, target = story_with_card
    arabic_story = translate(story, "ar")
    body = client.get(f"/api/v1/articles/{arabic_story.pk}").json()
    cards = [block["value"] for block in body["body"] if block["type"] == "read_more"]
    assert cards == [None]
    arabic_target = translate(target, "ar")
    body = client.get(f"/api/v1/articles/{arabic_story.pk}").json()
    cards = [block["value"] for block in body["body"] if block["type"] == "read_more"]
    assert cards[0]["id"] == arabic_target.pk
    assert target.url not in body["html"]


def test_read_more_to_an_unpublished_story_is_left_out(client, story_with_card):
    story, target = story_with_card
    target.unpublish()
    assert 'class="read-more"' not in client.get(story.url).content.decode()


# Related stories -------------------------------------------------------------------------
def related_titles(html):
    if 'class="related"' not in html:
        return []
    block = html[
        html.index('class="related"') : html.index("</section>", html.index('class="related"'))
    ]
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', block)


def test_related_leaves_out_the_edition_s_top_stories(client, home, make_article):
    story = make_article(title="Main story", tags=["ports"])
    top = make_article(title="Top of the front", tags=["ports"])
    other = make_article(title="Another port story", tags=["ports"])
    TopStory.objects.create(home=home, article=top, sort_order=0)
    TopStory.objects.create(home=home, article=story, sort_order=1)
    html = client.get(story.url).content.decode()
    assert related_titles(html) == ["Another port story"]
    assert "Top of the front" in html  # still on the Top stories rail
    assert other.title in html


def test_related_still_lists_stories_whose_top_story_slot_has_ended(client, home, make_article):
    story = make_article(title="Main story", tags=["ports"])
    past = make_article(title="The lead yesterday", tags=["ports"])
    TopStory.objects.create(home=home, article=past, sort_order=0, ends_at="2000-01-01T00:00Z")
    assert related_titles(client.get(story.url).content.decode()) == ["The lead yesterday"]


# Top stories of a translated home --------------------------------------------------------
def test_translated_home_s_top_stories_lead_to_that_edition_s_translations(
    client, home, make_article
):
    first = make_article(title="Harbour wall approved")
    untranslated = make_article(title="English-only ferry notice")
    third = make_article(title="Museum reopens")
    for order, article in enumerate((first, untranslated, third)):
        TopStory.objects.create(home=home, article=article, sort_order=order)
    spanish_third = translate(third, "es", title="El museo reabre")
    spanish_first = translate(first, "es", title="Aprobado el muro del puerto")
    spanish_home = spanish_third.get_ancestors().filter(depth=2).specific().get()
    # The translated home carries copies of the English slots, naming the English stories.
    assert set(TopStory.objects.filter(home=spanish_home).values_list("article_id", flat=True)) == {
        first.pk,
        untranslated.pk,
        third.pk,
    }

    assert list(ArticlePage.objects.top_stories_of(spanish_home)) == [spanish_first, spanish_third]
    assert list(ArticlePage.objects.top_stories_of(home)) == [first, untranslated, third]
    html = client.get(spanish_home.url).content.decode()
    for english in (first, untranslated, third):
        assert english.url not in html and english.title not in html
    assert spanish_first.url in html and spanish_third.url in html
    assert html.index(spanish_first.url) < html.index(spanish_third.url)  # the editor's order
    api = client.get("/api/v1/editions/es/top-stories").json()
    assert [story["headline"] for story in api] == [
        "Aprobado el muro del puerto",
        "El museo reabre",
    ]
    rail = client.get(spanish_third.url).content.decode()
    assert spanish_first.url in rail and first.url not in rail


def test_a_slot_and_its_translation_on_one_home_show_the_story_once(client, home, make_article):
    story = make_article(title="Harbour wall approved")
    other = make_article(title="Museum reopens")
    TopStory.objects.create(home=home, article=other, sort_order=0)
    TopStory.objects.create(home=home, article=story, sort_order=1)
    spanish = translate(story, "es", title="Aprobado el muro del puerto")
    spanish_home = spanish.get_ancestors().filter(depth=2).specific().get()
    TopStory.objects.create(home=spanish_home, article=spanish, sort_order=2)
    assert list(ArticlePage.objects.top_stories_of(spanish_home)) == [spanish]
