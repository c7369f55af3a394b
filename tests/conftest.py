import pytest
from django.core.cache import cache

from .factories import ArticlePageFactory, AuthorFactory, HomePageFactory, SectionPageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    # Redis outlives a test run; renditions cached by image id must not leak between tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return HomePageFactory()


@pytest.fixture
def section(home):
    return SectionPageFactory(parent=home, title="World", slug="world")


@pytest.fixture
def author(db):
    return AuthorFactory(name="Mira Okafor", slug="mira-okafor")


@pytest.fixture
def article(section, author):
    return ArticlePageFactory(parent=section, authors=[author], tags=["floods", "councils"])


@pytest.fixture
def make_article(section, author):
    def make(**kwargs):
        kwargs.setdefault("parent", section)
        kwargs.setdefault("authors", [author])
        return ArticlePageFactory(**kwargs)

    return make
