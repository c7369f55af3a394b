"""Feeds and the API answered from several threads at once, as granian serves them, are byte
for byte what each URL gives alone: nothing of one request (``?full=1``, its parameters, its
host) reaches another's response."""

import random
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections
from django.test import Client

from broadsheet.delivery.feeds import ArticleFeed

from ..factories import (
    ArticlePageFactory,
    EpisodePageFactory,
    PodcastIndexPageFactory,
    ShowPageFactory,
    wide_image,
)

HOSTS = ("proxy.internal", "mirror.internal")
FEEDS = [
    "/en/feeds/rss.xml",
    "/en/feeds/atom.xml",
    "/en/feeds/sections/world/rss.xml",
    "/en/feeds/tags/floods/atom.xml",
    "/en/feeds/authors/mira-okafor/rss.xml",
]
API = [
    "/api/v1/articles?edition=en",
    "/api/v1/articles?edition=en&limit=1",
    "/api/v1/articles?tag=floods&limit=2",
    "/api/v1/editions",
]
THREADS = 8
ROUNDS = 3

# Every thread has its own database connection, as in the server: the stories must be
# committed for them to see, hence a transactional test.
pytestmark = pytest.mark.django_db(transaction=True)


def fetch(url, host):
    try:
        response = Client(HTTP_HOST=host).get(url)
        return response.status_code, response.content
    finally:
        connections.close_all()  # this thread's; the test's own connection is untouched


@pytest.fixture
def urls(home, section, author, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    for n in range(3):
        ArticlePageFactory(
            parent=section,
            title=f"Sea wall story {n}",
            authors=[author],
            tags=["floods"],
            lead_image=wide_image(),
            body=[("paragraph", f"<p>Full text of story {n}.</p>")],
        )
    show = ShowPageFactory(parent=PodcastIndexPageFactory(parent=home), slug="harbour-hour")
    EpisodePageFactory(parent=show, title="The night the sea wall held")
    show_feed = show.url + show.reverse_subpage("feed")
    settings.API_RATE_LIMIT = "100000/m"
    return [*FEEDS, *(f"{url}?full=1" for url in FEEDS), show_feed, *API]


def test_concurrent_feeds_are_the_same_as_alone(urls):
    requests = [(url, host) for url in urls for host in HOSTS]
    # Alone, one after the other (this also makes the renditions, the feeds' only writes).
    alone = {request: fetch(*request) for request in requests}
    assert all(status == 200 for status, _body in alone.values())
    # Feeds differ by ?full=1 and API answers by their parameters, so a leak cannot go
    # unseen; the host never shows (links are built on BASE_URL).
    for url in FEEDS:
        assert alone[(url, HOSTS[0])] != alone[(f"{url}?full=1", HOSTS[0])]
    assert len({alone[(url, HOSTS[0])] for url in API}) == len(API)
    named = [(r, h) for r, (_s, body) in alone.items() for h in HOSTS if h.encode() in body]
    assert not named, named

    shuffled = requests * ROUNDS
    random.Random(7).shuffle(shuffled)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        together = list(pool.map(lambda request: fetch(*request), shuffled))

    leaked = [
        f"{host}{url}"
        for (url, host), answer in zip(shuffled, together, strict=True)
        if answer != alone[(url, host)]
    ]
    assert not leaked, f"{len(leaked)} of {len(shuffled)} responses differ: {sorted(set(leaked))}"


@pytest.mark.django_db
def test_a_feed_instance_refuses_a_second_request(rf, home):
    feed = ArticleFeed()
    assert feed(rf.get("/en/feeds/rss.xml")).status_code == 200
    with pytest.raises(RuntimeError, match=r"ArticleFeed\.as_view\(\)"):
        feed(rf.get("/en/feeds/rss.xml"))
