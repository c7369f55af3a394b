import os

from django.core.wsgi import get_wsgi_application

from broadsheet.core.limits import BodyLimitApp
from broadsheet.pagecache.cache import PageCacheApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

# Cached pages are answered before Django's middleware is entered; oversized bodies before
# anything reads them.
application = BodyLimitApp(PageCacheApp(get_wsgi_application()))
