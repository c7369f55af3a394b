import os

import pytest
from django.core.cache import caches

from broadsheet.core import fragments
from broadsheet.pagecache.local import purged_here

from .factories import ArticlePageFactory, AuthorFactory, HomePageFactory, SectionPageFactory

# Playwright's sync API runs an event loop in the test thread; the ORM calls in browser tests
# are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session", autouse=True)
def _serialized_rollback_restores_exactly():
    """A ``serialized_rollback`` test gets the database exactly as migrations left it.

    A transactional test without it flushes the database after itself, and the flush's
    ``post_migrate`` creates the content types and permissions again under new ids; restoring
    the serialized ones on top then fails on their unique names. So the restore first empties
    the database without ``post_migrate`` and forgets the content types cached by id, then
    writes the content types before anything else: saving some objects looks up (and would
    otherwise create, under a new id) the content type of their model.
    """
    import json

    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db.backends.base.creation import BaseDatabaseCreation

    restore = BaseDatabaseCreation.deserialize_db_from_string

    def empty_then_restore(self, data):
        alias = self.connection.alias
        call_command(
            "flush",
            database=alias,
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,  # as Django's own flush between tests
            verbosity=0,
        )
        ContentType.objects.clear_cache()
        objects = json.loads(data)
        objects.sort(key=lambda item: item["model"] != "contenttypes.contenttype")  # stable
        restore(self, json.dumps(objects))
        ContentType.objects.clear_cache()

    BaseDatabaseCreation.deserialize_db_from_string = empty_then_restore
    yield
    BaseDatabaseCreation.deserialize_db_from_string = restore


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium (never a downloaded browser), with a fresh profile per run."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make system-deps` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A phone-sized tab in a fresh context (no cookies or storage from other tests)."""
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    yield tab
    context.close()


def _transactional(request):
    marker = request.node.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(request.fixturenames))


@pytest.fixture(autouse=True)
def _clear_cache(request):
    # Redis outlives a test run; renditions cached by image id and stored pages must not leak
    # between tests.
    # Each process's in-memory layer of the page cache is emptied with them.
    # Content types are cached by id in this process too: the flush after a transactional
    # test can leave the cached ids pointing at rows that are gone.
    from django.contrib.contenttypes.models import ContentType

    transactional = _transactional(request)
    aliases = ("default", "pages")
    for alias in aliases:
        caches[alias].clear()
    purged_here()
    fragments.forget_local()
    if transactional:
        ContentType.objects.clear_cache()
    yield
    for alias in aliases:
        caches[alias].clear()
    purged_here()
    fragments.forget_local()
    if transactional:
        ContentType.objects.clear_cache()


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
