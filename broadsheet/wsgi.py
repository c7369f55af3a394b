import os

from django.core.wsgi import get_wsgi_application

from broadsheet.core.shedding import LoadSheddingApp
from broadsheet.pagecache.cache import PageCacheApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

# Cached pages are answered before Django's middleware is entered; only what Django must
# render takes one of the process's render slots (broadsheet/core/shedding.py).
application = PageCacheApp(LoadSheddingApp(get_wsgi_application()))
