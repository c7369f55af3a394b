"""Keep the articles index right where Wagtail's indexing signals do not reach.

Wagtail reindexes a page when it is saved. Adding or removing a view restriction and moving
a section change which articles readers may find, or their paths, without saving them.
"""

from django.db import connection
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

from .models import ArticleSearchEntry
from .tasks import index_articles_under


def restriction_added(sender, instance, **kwargs):
    """Articles under a newly restricted page leave the index at once."""
    ArticleSearchEntry.objects.filter(path__startswith=instance.page.path).delete()


def restriction_removed(sender, instance, **kwargs):
    """Articles under a page that became public again are indexed in the background."""
    index_articles_under.enqueue(instance.page_id)


def page_moved_update_paths(sender, instance, **kwargs):
    """Entries under a moved page take their pages' new paths at once (one UPDATE); then
    the articles there are reindexed in the background, since the move may have taken them
    under a view restriction, out of one, or into another edition."""

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE search_articlesearchentry AS entry SET path = page.path "
            "FROM wagtailcore_page AS page "
            "WHERE page.id = entry.article_id AND page.path LIKE %s",
            [instance.path + "%"],
        )
    index_articles_under.enqueue(instance.pk)


def connect():
    """Connect the handlers (from the app's ``ready()``, where the articles backend is on)."""
    post_save.connect(restriction_added, sender=PageViewRestriction)
    post_delete.connect(restriction_removed, sender=PageViewRestriction)
    post_page_move.connect(page_moved_update_paths)
