import pytest
from wagtail.models import Locale, Page

from broadsheet.newsroom.models import ArticleAuthor, HomePage

from ..factories import ArticlePageFactory, AuthorFactory, SectionPageFactory, translate

LANGUAGES = [("en", "English"), ("fr", "Français")]


@pytest.fixture
def two_languages(settings):
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES


@pytest.fixture
def french_edition(two_languages, home, section, article, author):
    """A French edition whose home, World section and first article translate the English ones."""
    fr = Locale.objects.get(language_code="fr")
    fr_home = HomePage(
        title="Le Quotidien", slug="fr", locale=fr, translation_key=home.translation_key
    )
    Page.get_first_root_node().add_child(instance=fr_home)
    fr_home.save_revision().publish()
    fr_section = SectionPageFactory(
        parent=fr_home,
        title="Monde",
        slug="monde",
        locale=fr,
        translation_key=section.translation_key,
    )
    fr_article = ArticlePageFactory(
        parent=fr_section,
        title="Le conseil approuve la digue",
        locale=fr,
        translation_key=article.translation_key,
    )
    return {"home": fr_home, "section": fr_section, "article": fr_article}


@pytest.fixture
def arabic_edition(article):
    arabic = translate(article, "ar", title="مجلس الميناء يوافق على خطة الجدار البحري")
    arabic_author = AuthorFactory(name="ليلى حداد", slug="layla-haddad", locale=arabic.locale)
    arabic.article_authors.add(ArticleAuthor(author=arabic_author))
    arabic.save_revision().publish()
    return arabic
