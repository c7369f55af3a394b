"""Background work for the articles search index (django-tasks, run by ``db_worker``)."""

from django_tasks import task
from wagtail.models import Page

from broadsheet.newsroom.models import ArticlePage

from .backend import article_search_backend

CHUNK = 1000


@task()
def index_articles_under(page_id):
    """(Re)index the articles below a page, a thousand at a time."""
    backend = article_search_backend()
    page = Page.objects.filter(pk=page_id).first()
    if backend is None or page is None:
        return
    articles = ArticlePage.get_indexed_objects().descendant_of(page, inclusive=True)
    last = 0
    while chunk := list(articles.filter(pk__gt=last).order_by("pk")[:CHUNK]):
        backend.add_bulk(ArticlePage, chunk)
        last = chunk[-1].pk
