"""The ``articles`` search backend: reader search over published articles on PostgreSQL.

Wagtail's own PostgreSQL backend keeps one generic index row per object, joined to the page
tables through a text ``object_id``, and ranks every match before it takes a page of
results. With 100,000 articles a common word took over a second (bench/RESULTS.md). This
backend keeps a narrow table instead (:class:`~broadsheet.search.models.ArticleSearchEntry`)
holding a weighted tsvector beside the columns the search page filters on, and answers a
search from that table alone:

1. the matching entries (GIN index) that pass the filters, newest first, at most
   ``SEARCH_MAX_RESULTS`` of them (the window);
2. the window ordered by relevance (``ts_rank``) or by date.

Relevance is therefore computed among the newest ``SEARCH_MAX_RESULTS`` matches: all of them
for a specific query, the most recent ones for a very broad one, where the page tells the
reader to narrow the search. Each search is one query of bounded cost, however many
stories match.

It is a Wagtail search backend, so Wagtail keeps it up to date: the indexing signals (page
saved, published, unpublished, deleted) call :meth:`ArticleIndex.add_items` and
``delete_item``, and ``broadsheet update_index`` rebuilds it with the other backends.
"""

import re

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import BaseIndex, BaseSearchBackend

from broadsheet.newsroom.models import ArticleAuthor, ArticlePage

from .models import ArticleSearchEntry

# PostgreSQL text search configurations (stemming, stop words) per edition language.
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "ar": "arabic",
    "es": "spanish",
    "ru": "russian",
    "de": "german",
    "fr": "french",
    "sr": "serbian",
}
FALLBACK_CONFIG = "simple"
# Quoted words or hyphenated words: PostgreSQL matches them as phrases.
PHRASE_RE = re.compile(r'"|\w-\w')

UPSERT = """
INSERT INTO search_articlesearchentry
    (article_id, locale_id, path, kind, published_at, indexed_at, document)
VALUES (
    %(article_id)s, %(locale_id)s, %(path)s, %(kind)s, %(published_at)s, clock_timestamp(),
    setweight(to_tsvector(%(config)s::regconfig, %(headline)s), 'A')
    || setweight(to_tsvector(%(config)s::regconfig, %(summary)s), 'B')
    || setweight(to_tsvector(%(config)s::regconfig, %(body)s), 'C')
)
ON CONFLICT (article_id) DO UPDATE SET
    locale_id = EXCLUDED.locale_id, path = EXCLUDED.path, kind = EXCLUDED.kind,
    published_at = EXCLUDED.published_at, indexed_at = EXCLUDED.indexed_at,
    document = EXCLUDED.document
"""


def text_search_config(language_code):
    """PostgreSQL's text search configuration for a language code ("sr-latn" -> serbian)."""
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], FALLBACK_CONFIG)


def article_document(article):
    """The three weighted texts of an article: headline; standfirst, tags, authors; body."""
    body_field = ArticlePage._meta.get_field("body")
    summary = [
        article.seo_title,
        article.standfirst,
        *(tag.name for tag in article.tags.all()),
        *(byline.author.name for byline in article.article_authors.all()),
    ]
    return {
        "headline": article.title,
        "summary": "\n".join(text for text in summary if text),
        "body": "\n".join(body_field.get_searchable_content(article.body)),
    }


class ArticleIndex(BaseIndex):
    """The table of searchable articles; every other model is none of its business."""

    def get_key(self):
        return "articles"

    items_added = False

    def add_items(self, model, items):
        if not issubclass(model, ArticlePage):
            return
        self.items_added = True
        restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        rows, gone = [], []
        for article in items:
            searchable = (
                article.live
                and article.published_at is not None
                and not article.path.startswith(restricted or ("\0",))
            )
            if not searchable:
                gone.append(article.pk)
                continue
            rows.append(
                {
                    "article_id": article.pk,
                    "locale_id": article.locale_id,
                    "path": article.path,
                    "kind": article.kind,
                    "published_at": article.published_at,
                    "config": text_search_config(languages.get(article.locale_id)),
                    **article_document(article),
                }
            )
        if rows:
            with connection.cursor() as cursor:
                cursor.executemany(UPSERT, rows)
        if gone:
            ArticleSearchEntry.objects.filter(article_id__in=gone).delete()

    def delete_item(self, item):
        if isinstance(item, ArticlePage):
            ArticleSearchEntry.objects.filter(article_id=item.pk).delete()

    def reset(self):
        ArticleSearchEntry.objects.all().delete()


class ArticleRebuilder:
    """``update_index``: upsert every article, then drop the rows that were not touched
    (articles deleted or made private meanwhile). Searches keep working throughout.

    ``update_index --schema-only`` adds no items: then no row was touched, and none is
    stale for that reason, so the table is left as it was.
    """

    def __init__(self, index):
        self.index = index

    def start(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT clock_timestamp()")
            self.started = cursor.fetchone()[0]
        return self.index

    def finish(self):
        if self.index.items_added or not ArticlePage.get_indexed_objects().exists():
            ArticleSearchEntry.objects.filter(indexed_at__lt=self.started).delete()
        # Fresh statistics for the planner. A rebuild can fill an empty table faster than
        # autovacuum notices; planned as if the table were still empty, searches took
        # 173 ms p95 at 100k articles instead of 94 ms (bench/RESULTS.md).
        with connection.cursor() as cursor:
            cursor.execute(
                f"ANALYZE {connection.ops.quote_name(ArticleSearchEntry._meta.db_table)}"
            )


class ArticleSearchResults:
    """A search's window of article ids in order: ``count()`` and slicing, for a Paginator.

    One query fetches the whole window (at most ``SEARCH_MAX_RESULTS`` + 1 ids); a slice
    loads only its articles, from ``queryset``, in the window's order.
    """

    def __init__(self, backend, sql, params, queryset, limit):
        self.backend = backend
        self.sql = sql
        self.params = params
        self.queryset = queryset
        self.limit = limit
        self._ids = None
        self.truncated = False

    def _fetch(self):
        with connection.cursor() as cursor:
            cursor.execute(self.sql, self.params)
            return [row[0] for row in cursor.fetchall()]

    @property
    def ids(self):
        if self._ids is None:
            if PHRASE_RE.search(self.params["words"]):
                # A phrase is checked row by row against word positions. Walking the newest
                # entries and checking each took 150-330 ms at 100k articles; the GIN bitmap
                # of the entries with all the words, then the check, 45-110 ms.
                # If the search fails, leaving the atomic block rolls back to its savepoint,
                # which undoes the SET LOCAL too; on success it is reset by hand so that the
                # rest of an enclosing transaction plans as usual.
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute("SET LOCAL enable_indexscan = off")
                    ids = self._fetch()
                    cursor.execute("SET LOCAL enable_indexscan = on")
            else:
                ids = self._fetch()
            self.truncated = len(ids) > self.limit
            self._ids = ids[: self.limit]
        return self._ids

    def count(self):
        return len(self.ids)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        wanted = self.ids[key]
        loaded = self.queryset.in_bulk(wanted)
        return [loaded[pk] for pk in wanted if pk in loaded]


class ArticleSearchBackend(BaseSearchBackend):
    """Wagtail search backend for the reader search; see the module's docstring."""

    index_class = ArticleIndex
    rebuilder_class = ArticleRebuilder

    def __init__(self, params):
        super().__init__(params)
        self.max_results = params.get("MAX_RESULTS", settings.SEARCH_MAX_RESULTS)

    def get_index_for_model(self, model):
        return self.index_class(self)

    def search(self, *args, **kwargs):
        raise NotImplementedError(
            "The articles backend answers search_articles(); Wagtail's default backend "
            "serves every other search."
        )

    autocomplete = search

    def search_articles(
        self,
        words,
        queryset,
        *,
        locale=None,
        section=None,
        kind=None,
        author=None,
        published_from=None,
        published_before=None,
        order="relevance",
    ):
        """Articles matching ``words`` (web-search syntax: quotes, OR, -word), at most
        ``max_results``, as :class:`ArticleSearchResults` loading from ``queryset``."""
        configs = (
            [text_search_config(locale.language_code)]
            if locale is not None
            else sorted(set(TEXT_SEARCH_CONFIGS.values()))
        )
        # One tsquery per configuration, OR-ed: an edition's stems, or every edition's.
        tsquery = " || ".join(
            f"websearch_to_tsquery(%(config_{n})s::regconfig, %(words)s)"
            for n in range(len(configs))
        )
        params = {f"config_{n}": config for n, config in enumerate(configs)}
        params.update(words=words, now=timezone.now(), limit=self.max_results + 1)
        where = [f"document @@ ({tsquery})", "published_at <= %(now)s"]
        if locale is not None:
            where.append("locale_id = %(locale)s")
            params["locale"] = locale.pk
        if section is not None:
            where.append("path LIKE %(section_path)s")
            params["section_path"] = section.path + "%"
        if kind:
            where.append("kind = %(kind)s")
            params["kind"] = kind
        if author is not None:
            # Named from the model, so that it follows the app label (it was news_ once).
            bylines = connection.ops.quote_name(ArticleAuthor._meta.db_table)
            where.append(
                f"article_id IN (SELECT article_id FROM {bylines} "  # noqa: S608 (model's table)
                "WHERE author_id = %(author)s)"
            )
            params["author"] = author.pk
        if published_from is not None:
            where.append("published_at >= %(published_from)s")
            params["published_from"] = published_from
        if published_before is not None:
            where.append("published_at < %(published_before)s")
            params["published_before"] = published_before
        ordering = (
            "published_at DESC, article_id DESC"
            if order == "date"
            else f"ts_rank(document, {tsquery}) DESC, published_at DESC, article_id DESC"
        )
        # Only fixed SQL fragments are joined here; every value the reader sent is a parameter.
        sql = (
            "WITH window_ AS (SELECT article_id, published_at, document "  # noqa: S608
            f"FROM search_articlesearchentry WHERE {' AND '.join(where)} "
            "ORDER BY published_at DESC, article_id DESC LIMIT %(limit)s) "
            f"SELECT article_id FROM window_ ORDER BY {ordering}"
        )
        return ArticleSearchResults(self, sql, params, queryset, self.max_results)


SearchBackend = ArticleSearchBackend


def article_search_backend():
    """The ``articles`` backend where it is configured (PostgreSQL), else None."""
    if "articles" not in settings.WAGTAILSEARCH_BACKENDS:
        return None
    return get_search_backend("articles")
