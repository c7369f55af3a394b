"""Fragments (core/fragments.py): what many pages share is rendered once per change readers
can see, and never served after that change is committed."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from broadsheet.core import fragments
from broadsheet.core.models import SiteSettings
from broadsheet.newsroom.models import TopStory

from ..factories import EpisodePageFactory, PodcastIndexPageFactory, ShowPageFactory, translate


def rail(html):
    start = html.index('class="rails"')
    return html[start : html.index("</aside>", start)]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in queries.captured_queries]


@pytest.fixture
def story(make_article):
    return make_article(title="The story being read")


@pytest.fixture
def top(home, make_article):
    top = make_article(title="Lead of the front")
    TopStory.objects.create(home=home, article=top, sort_order=0)
    return top


def test_a_second_article_renders_the_rails_without_a_query(client, home, story, top, make_article):
    other = make_article(title="Another story")
    client.get(story.url)
    sql = queries_for(client, other.url)
    assert not [query for query in sql if "newsroom_topstory" in query]
    assert "Lead of the front" in rail(client.get(other.url).content.decode())


def test_an_article_never_lists_itself_in_its_rail(client, story, top):
    assert "Lead of the front" in rail(client.get(story.url).content.decode())
    assert "Lead of the front" not in rail(client.get(top.url).content.decode())
    # and the fragment made for the top story's page is not given to the others
    assert "Lead of the front" in rail(client.get(story.url).content.decode())


def test_a_new_top_story_shows_at_once(client, home, story, make_article):
    assert "Breaking at the port" not in rail(client.get(story.url).content.decode())
    new = make_article(title="Breaking at the port")
    TopStory.objects.create(home=home, article=new, sort_order=0)
    assert "Breaking at the port" in rail(client.get(story.url).content.decode())


def test_an_unpublished_top_story_leaves_every_rail_at_once(client, story, top):
    assert "Lead of the front" in rail(client.get(story.url).content.decode())
    top.unpublish()
    assert "Lead of the front" not in client.get(story.url).content.decode()


def test_a_restricted_top_story_leaves_every_rail_at_once(client, story, top):
    assert "Lead of the front" in rail(client.get(story.url).content.decode())
    PageViewRestriction.objects.create(page=top, restriction_type="login")
    assert "Lead of the front" not in client.get(story.url).content.decode()


def test_site_settings_change_shows_at_once(client, story, home, make_article):
    make_article(title="A summer on the salt flats", kind="feature")
    assert "Harbour Daily Features" not in rail(client.get(story.url).content.decode())
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.site_name = "Harbour Daily"
    site_settings.save()
    assert "Harbour Daily Features" in rail(client.get(story.url).content.decode())


def test_a_published_translation_joins_the_edition_links_at_once(client, story):
    before = client.get(story.url).content.decode()
    assert 'hreflang="ar"' not in before
    arabic = translate(story, "ar")
    after = client.get(story.url).content.decode()
    assert f'hreflang="ar" href="https://news.example.test{arabic.url}"' in after


def test_a_new_episode_joins_the_podcast_rail_at_once(client, home, story):
    show = ShowPageFactory(parent=PodcastIndexPageFactory(parent=home))
    EpisodePageFactory(parent=show, title="Tides of the first week")
    assert "Tides of the first week" in client.get(story.url).content.decode()
    EpisodePageFactory(parent=show, title="Tides of the second week")
    assert "Tides of the second week" in client.get(story.url).content.decode()


def test_a_change_rolled_back_leaves_the_generation_alone(db):
    start = fragments.generation()
    with pytest.raises(RuntimeError), transaction.atomic():
        fragments.bump()
        raise RuntimeError
    assert fragments.generation() == start
    fragments.bump()
    assert fragments.generation() == start + 1


def test_view_counts_and_renditions_do_not_empty_the_fragments(client, story, top):
    client.get(story.url)
    start = fragments.generation()
    client.get(story.url + "?x=1")  # a miss: renditions exist, the view is counted
    assert fragments.generation() == start


def test_with_fragments_off_every_render_asks_the_database(client, story, top, settings):
    settings.FRAGMENT_CACHE_ENABLED = False
    client.get(story.url)
    assert [query for query in queries_for(client, story.url) if "newsroom_topstory" in query]


def og_title(html):
    return html.split('<meta property="og:title" content="', 1)[1].split('"', 1)[0]


def test_a_republished_story_s_head_changes_at_once(client, story):
    assert og_title(client.get(story.url).content.decode()) == "The story being read"
    story.title = "The story, corrected"
    story.save_revision().publish()
    assert og_title(client.get(story.url).content.decode()) == "The story, corrected"


def test_a_preview_shows_the_draft_s_head_and_never_keeps_it(client, story, rf, admin_user):
    client.get(story.url)  # the published head is kept as a fragment
    draft = story.get_latest_revision_as_object()
    draft.title = "Draft headline"
    request = rf.get(story.url)
    request.user = admin_user
    response = draft.make_preview_request(request)
    if hasattr(response, "render"):
        response.render()
    assert og_title(response.content.decode()) == "Draft headline"
    assert og_title(client.get(story.url).content.decode()) == "The story being read"
