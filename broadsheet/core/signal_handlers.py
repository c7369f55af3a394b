from django.db.models.signals import post_save

from .pagecache import purge_all_on_commit


def connect():
    from .models import SiteSettings

    # The site name, footer links and app promotion are on every page.
    post_save.connect(purge_all_on_commit, sender=SiteSettings, dispatch_uid="pagecache-settings")
