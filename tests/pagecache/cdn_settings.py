"""Settings of the site served behind Varnish in ``test_varnish.py``: the test settings, with
a page cache on files shared by the server and the editor process that publishes (the test
settings' local-memory cache would be one per process)."""

import os

from broadsheet.settings.test import *  # noqa: F403

CACHES["pages"] = {  # noqa: F405
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": os.path.join(os.environ["BROADSHEET_VAR_DIR"], "pagecache"),
}
