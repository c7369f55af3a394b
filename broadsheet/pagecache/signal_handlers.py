"""What empties the whole page cache: changes to things shown on every page.

Changes to one story purge its own URLs through Wagtail's frontend cache instead
(``PageCacheBackend``), from the newsroom's and delivery's signal handlers.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from broadsheet.channels.models import LiveChannelPage
from broadsheet.channels.signals import on_air_changed
from broadsheet.core.models import SiteSettings
from broadsheet.newsroom.models import Author, HomePage, SectionPage

from .cache import purge_all_on_commit


def connect():
    # The site name, footer links and app promotion are on every page.
    post_save.connect(purge_all_on_commit, sender=SiteSettings, dispatch_uid="pagecache-settings")
    # Every absolute link (canonical, hreflang, feeds) is built on the Site's address.
    post_save.connect(purge_all_on_commit, sender=Site, dispatch_uid="pagecache-site")
    # An edition's breaking-news banner and Top stories are on every page of it, and its
    # home is in every page's language switcher.
    page_published.connect(purge_all_on_commit, sender=HomePage, dispatch_uid="pagecache-home")
    page_unpublished.connect(purge_all_on_commit, sender=HomePage, dispatch_uid="pagecache-home")
    # Bylines are on every front and article; section titles are in every page's menu and
    # in the breadcrumbs of their articles. Both change rarely, so everything is purged.
    post_save.connect(purge_all_on_commit, sender=Author, dispatch_uid="pagecache-author")
    post_delete.connect(purge_all_on_commit, sender=Author, dispatch_uid="pagecache-author")
    page_published.connect(purge_all_on_commit, sender=SectionPage, dispatch_uid="pagecache-sec")
    page_unpublished.connect(purge_all_on_commit, sender=SectionPage, dispatch_uid="pagecache-sec")
    # A live channel's LIVE label is in the header of every page of its edition: it comes
    # and goes when the channel is published or withdrawn and when a show starts or ends
    # (the scheduler's channel_boundaries).
    page_published.connect(purge_all_on_commit, sender=LiveChannelPage, dispatch_uid="pagecache-ch")
    page_unpublished.connect(
        purge_all_on_commit, sender=LiveChannelPage, dispatch_uid="pagecache-ch"
    )
    on_air_changed.connect(purge_all_on_commit, dispatch_uid="pagecache-on-air")
