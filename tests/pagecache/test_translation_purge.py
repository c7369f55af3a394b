"""Publishing or unpublishing a translation purges the pages whose language switcher and
hreflang links list it: every other translation of the page. Through the real WSGI app."""

from ..factories import translate
from .test_pagecache import stored_then, wsgi


def spanish_draft_with_live_edition(article):
    spanish = translate(article, "es", publish=False, title="El consejo aprueba el dique")
    for ancestor in spanish.get_ancestors().filter(depth__gt=1, live=False).specific():
        ancestor.save_revision().publish()
    return spanish


def spanish_link(html):
    return next(line for line in html.splitlines() if 'hreflang="es"' in line and "<link" in line)


def test_publishing_a_translation_purges_the_source_page(article):
    spanish = spanish_draft_with_live_edition(article)
    cached = stored_then(article.url)
    assert cached.cache == "hit"
    assert spanish.url not in cached.text  # the switcher leads to the Spanish home for now

    spanish.save_revision().publish()

    fresh = wsgi(article.url)
    assert fresh.cache == "miss"
    assert spanish.url in spanish_link(fresh.text)
    assert f'href="{spanish.url}" lang="es"' in fresh.text  # the footer's switcher


def test_unpublishing_a_translation_purges_the_source_page(article):
    spanish = spanish_draft_with_live_edition(article)
    spanish.save_revision().publish()
    assert spanish.url in stored_then(article.url).text

    spanish.refresh_from_db()
    spanish.unpublish()

    fresh = wsgi(article.url)
    assert fresh.cache == "miss"
    assert spanish.url not in fresh.text


def test_publishing_the_source_purges_its_translations(article):
    spanish = spanish_draft_with_live_edition(article)
    spanish.save_revision().publish()
    assert stored_then(spanish.url).cache == "hit"
    article.title = "Council approves the sea wall, again"
    article.save_revision().publish()
    assert wsgi(spanish.url).cache == "miss"
