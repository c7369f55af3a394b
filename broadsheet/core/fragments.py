"""Fragment caching: parts of a page that many pages share, rendered once per change.

A page-cache miss (a new article, a query string outside the page cache's list, a signed-in
reader) still renders the whole page. The parts that do not depend on the page itself, such as
an edition's rails, are kept here under a key that includes the *generation*: a counter in
the database (``FragmentGeneration``) bumped in the same transaction as any change readers
could see (a page published, moved or deleted, a restriction, site settings, an image). A
fragment is therefore never served after the change that made it stale is committed, in any
process, whatever the cache backend; entries of old generations age out.

Fragments also expire after ``FRAGMENT_CACHE_TIMEOUT`` seconds, for what changes with time
alone (scheduled top-story slots, Most read).

Each process also keeps the fragments it used last in memory (``FRAGMENT_CACHE_LOCAL_ENTRIES``,
least recently used first out), as they are: no round trip to the shared cache and nothing
to unpickle. That layer needs no purging of its own: the generation in every key is read
from the database once per request, and an entry keeps the expiry time of the shared one.
Values are shared by the requests of a process, so they are never changed in place.
"""

import secrets
import threading
import time
from collections import OrderedDict

from django.apps import apps as django_apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import post_page_move

from .models import FragmentGeneration, SiteSettings

ROW = 1


def generation(request=None):
    """The current generation, read once per request (one small query)."""
    memo = getattr(request, "_fragment_generation", None)
    if memo is not None:
        return memo
    value = FragmentGeneration.objects.filter(pk=ROW).values_list("value", flat=True).first()
    if value is None:
        row, _ = FragmentGeneration.objects.get_or_create(pk=ROW, defaults={"value": _start()})
        value = row.value
    if request is not None:
        request._fragment_generation = value
    return value


def bump(**_ignored):
    """Make every cached fragment stale, in the current transaction (a signal receiver)."""
    with transaction.atomic():
        updated = FragmentGeneration.objects.filter(pk=ROW).update(value=F("value") + 1)
        if not updated:
            FragmentGeneration.objects.get_or_create(pk=ROW, defaults={"value": _start()})


def _start():
    # A new database (a reinstall, a restore) starts far from any count whose fragments a
    # shared cache may still hold.
    return secrets.randbits(48)


def _cache():
    return caches[getattr(settings, "FRAGMENT_CACHE_ALIAS", "default")]


_local = OrderedDict()
_local_lock = threading.Lock()


def forget_local():
    """Empty this process's layer (tests do, between databases that reuse generations)."""
    with _local_lock:
        _local.clear()


def _local_get(key):
    with _local_lock:
        entry = _local.get(key)
        if entry is None:
            return None
        if entry[0] <= time.time():
            del _local[key]
            return None
        _local.move_to_end(key)
        return entry[1]


def _local_set(key, expires, value):
    size = getattr(settings, "FRAGMENT_CACHE_LOCAL_ENTRIES", 500)
    if size <= 0:
        return
    with _local_lock:
        _local[key] = (expires, value)
        _local.move_to_end(key)
        while len(_local) > size:
            _local.popitem(last=False)


def remember(request, name, parts, build, timeout=None):
    """``build()``'s value for (``name``, ``parts``) in this generation, building it once.

    ``parts`` says what the fragment depends on besides the generation (an edition, a
    language). The cache backends fail soft (``cache_backends.py``): with Redis down this is
    a plain ``build()`` (or this process's copy).
    """
    if not getattr(settings, "FRAGMENT_CACHE_ENABLED", True):
        return build()
    key = ":".join(["fragment:2", name, str(generation(request)), *map(str, parts)])
    found = _local_get(key)
    if found is not None:
        return found
    cache = _cache()
    found = cache.get(key)
    if found is not None:
        expires, value = found
        _local_set(key, expires, value)
        return value
    value = build()
    timeout = settings.FRAGMENT_CACHE_TIMEOUT if timeout is None else timeout
    expires = time.time() + timeout
    cache.set(key, (expires, value), timeout)
    _local_set(key, expires, value)
    return value


def _watched(sender):
    meta = sender._meta
    if meta.apps is not django_apps:
        return False  # a migration's historical model: the table may not exist yet
    return (
        meta.app_label in settings.FRAGMENT_CACHE_APPS
        and meta.label_lower not in settings.FRAGMENT_CACHE_IGNORED_MODELS
    )


def model_changed(sender, created=False, action=None, **_kwargs):
    """``post_save``/``post_delete``/``m2m_changed``: bump when readers could see the change."""
    if action is not None and not action.startswith("post_"):
        return  # m2m_changed sends pre_ and post_ for one change: count it once
    if created and issubclass(sender, SiteSettings):
        return  # made with its defaults by the first render that asked for it
    if _watched(sender):
        bump()


def connect_signals():
    post_save.connect(model_changed, dispatch_uid="fragments-save")
    post_delete.connect(model_changed, dispatch_uid="fragments-delete")
    m2m_changed.connect(model_changed, dispatch_uid="fragments-m2m")
    # A move rewrites the paths (and URLs) of a page's descendants in one UPDATE.
    post_page_move.connect(bump, dispatch_uid="fragments-move")
