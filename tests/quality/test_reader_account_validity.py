"""Reader account pages and the signed-in article are valid HTML (Nu HTML Checker)."""

from broadsheet.newsroom.models import ArticlePage

from ..factories import BookmarkFactory, ReaderFactory
from .conftest import build_newsroom


def test_reader_pages_pass_the_nu_checker(client, db, nu_checker):
    pages = build_newsroom()
    article_url = next(url for name, url in pages.items() if "article" in name)
    urls = ["/en/account/login/", "/en/account/signup/", "/en/account/password/reset/"]
    failures = []

    def check(label, url):
        response = client.get(url)
        assert response.status_code == 200, (label, url, response.status_code)
        for error in nu_checker.errors(response.content.decode()):
            failures.append(f"{label} ({url}) line {error.get('lastLine')}: {error['message']}")

    for url in urls:
        check("anonymous", url)
    reader = ReaderFactory()
    client.force_login(reader)
    for article in ArticlePage.objects.published()[:2]:
        BookmarkFactory(user=reader, page=article)
    for url in (
        article_url,
        "/en/account/",
        "/en/account/bookmarks/",
        "/en/account/cookies/",
        "/en/account/delete/",
        "/en/account/email/",
        "/en/account/password/change/",
    ):
        check("signed in", url)
    assert not failures, "\n".join(failures)
