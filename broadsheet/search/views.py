import logging

from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext as _
from wagtail.images import get_image_model

from broadsheet.images.renditions import prefetch_specs
from broadsheet.newsroom.models import ArticleAuthor, ArticlePage, HomePage

from .backend import article_search_backend
from .forms import SearchForm, day_after, day_start
from .highlight import search_terms, snippet

logger = logging.getLogger("broadsheet.search")
RESULTS_PER_PAGE = 10


def filtered_articles(home, filters):
    """The edition's published articles narrowed by the search form's valid filters."""
    articles = ArticlePage.objects.published().in_edition(home)
    if section := filters.get("section"):
        articles = articles.descendant_of(section)
    if kind := filters.get("kind"):
        articles = articles.filter(kind=kind)
    if author := filters.get("author"):
        articles = articles.filter(
            pk__in=ArticleAuthor.objects.filter(author=author).values("article_id")
        )
    if start := filters.get("date_from"):
        articles = articles.filter(published_at__gte=day_start(start))
    if end := filters.get("date_to"):
        articles = articles.filter(published_at__lt=day_after(end))
    return articles


def search_articles(home, query, filters, sort):
    """Search results for the query (or, without one, the filtered articles newest first)."""
    backend = article_search_backend()
    if query and backend is not None:
        return backend.search_articles(
            query,
            ArticlePage.objects.published(),
            locale=home.locale,
            section=filters.get("section"),
            kind=filters.get("kind"),
            author=filters.get("author"),
            published_from=day_start(filters["date_from"]) if "date_from" in filters else None,
            published_before=day_after(filters["date_to"]) if "date_to" in filters else None,
            order=sort,
        )
    articles = filtered_articles(home, filters)
    if not query:
        return articles.order_by("-published_at", "-pk")
    words = database_search_words(query)
    if not words:
        return articles.none()
    if sort == "date":
        return articles.order_by("-published_at", "-id").search(
            words, operator="and", order_by_relevance=False
        )
    return articles.search(words, operator="and")


def database_search_words(query):
    """The words of a query for Wagtail's database backend, which has no query syntax.

    On SQLite it puts each word in double quotes in an FTS5 query and escapes none inside,
    so a reader's quote ended the string early and the query failed. Quotes mark phrases
    only in the PostgreSQL search; here they separate words, as FTS5's tokenizer does.
    """
    return " ".join(query.replace('"', " ").split())


def search(request, home):
    """The edition's search page: form, messages, results with highlighted snippets."""
    form = SearchForm(request.GET, home=home)
    form.is_valid()  # invalid fields are reported and left out; the rest still apply
    query = form.query()
    filters = form.filters()
    sort = filters.pop("sort", "relevance")
    searching = bool(query or filters)
    page_obj = None
    if searching and not form.has_error("q"):
        results = search_articles(home, query, filters, sort)
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        articles = list(page_obj.object_list)
        images = get_image_model().objects.prefetch_renditions(*prefetch_specs("thumb"))
        prefetch_related_objects(articles, Prefetch("lead_image", queryset=images))
        terms = search_terms(query)
        page_obj.results = [(article, snippet(article, terms)) for article in articles]
        page_obj.truncated = getattr(results, "truncated", False)
    elif not form.has_error("q"):
        form.hint = _("Type a word or a phrase to search this edition’s stories.")
    response = home.render(
        request,
        template="search/search_page.html",
        context_overrides={
            "form": form,
            "query": query,
            "searching": searching,
            "page_obj": page_obj,
            "sort": sort,
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def search_page(request):
    """``/<language>/search/``: the search page of the active language's edition.

    Served through the edition home, so it gets the home's cache headers and context.
    """
    home = HomePage.objects.for_language_or_404()
    return home.serve(request, view=lambda request: search(request, home), args=(), kwargs={})
