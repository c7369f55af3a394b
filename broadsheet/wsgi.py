import os

from django.core.wsgi import get_wsgi_application

from broadsheet.core.limits import BodyLimitApp
from broadsheet.core.shedding import LoadSheddingApp
from broadsheet.core.staticfiles import StaticFilesApp
from broadsheet.pagecache.cache import PageCacheApp

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "broadsheet.settings.base")

# Oversized bodies are refused before anything reads them; static files (WhiteNoise,
# precompressed) and cached pages are answered before Django's middleware is entered; only
# what Django must render takes one of the process's render slots (broadsheet/core/shedding.py).
django_application = get_wsgi_application()
application = BodyLimitApp(StaticFilesApp(PageCacheApp(LoadSheddingApp(django_application))))
