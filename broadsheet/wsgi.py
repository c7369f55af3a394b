import os

from django.core.wsgi import get_wsgi_application

from broadsheet.core.limits import BodyLimitApp
from broadsheet.core.shedding import LoadSheddingApp
from broadsheet.pagecache.cache import PageCacheApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

# Oversized bodies are refused before anything reads them; cached pages are answered before
# Django's middleware is entered; only what Django must render takes one of the process's
# render slots (broadsheet/core/shedding.py).
application = BodyLimitApp(PageCacheApp(LoadSheddingApp(get_wsgi_application())))
