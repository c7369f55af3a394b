import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from broadsheet.newsroom.models import ArticleAuthor, ArticlePage, ArticleTag


def test_generate_bulk_inserts_valid_published_articles(client, home, capsys):
    call_command("generate", articles=30, seed=1, batch_size=7)
    articles = ArticlePage.objects.published()
    assert articles.count() == 30
    assert ArticleAuthor.objects.count() == 30
    assert ArticleTag.objects.count() == 90
    # The tree is consistent: treebeard's own check finds nothing to fix.
    assert Page.find_problems() == ([], [], [], [], [])
    article = articles.first()
    assert article.get_parent().specific_class.__name__ == "SectionPage"
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title in response.content.decode()
    section = article.get_parent()
    assert client.get(section.url).status_code == 200
    found = ArticlePage.objects.published().search(article.title, operator="and")
    assert article in list(found)
    out = capsys.readouterr().out
    assert "Generated 30 articles" in out


def test_generate_twice_appends_to_the_tree(home):
    call_command("generate", articles=10, no_index=True)
    call_command("generate", articles=10, no_index=True)
    assert ArticlePage.objects.count() == 20
    assert Page.find_problems() == ([], [], [], [], [])


def test_generate_needs_an_edition_and_a_sane_count(db):
    with pytest.raises(CommandError, match="no edition home"):
        call_command("generate", articles=5)


def test_generate_refuses_bad_counts(home):
    with pytest.raises(CommandError, match="between 1 and"):
        call_command("generate", articles=0)
