"""Settings for Broadsheet, read from the environment.

The embedded defaults (SQLite under var/, local-memory cache, local media, database
search) need no configuration; DATABASE_URL and REDIS_URL switch to PostgreSQL and Redis.
"""

import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .env import (
    base_url,
    database_from_url,
    email_from_env,
    env_bool,
    env_int,
    env_list,
    env_networks,
    env_str,
    env_urls,
    social_providers_from_env,
)

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PACKAGE_DIR.parent
VAR_DIR = Path(env_str("BROADSHEET_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)


def _embedded_secret_key():
    """A per-install key kept in var/, so a local site survives restarts without config."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY") or _embedded_secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Which X-Forwarded-For entries are believed (broadsheet/core/clients.py): the proxies in
# front of the app, by number or by address. Neither set: the client is REMOTE_ADDR.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")
TRUSTED_PROXIES = env_networks("TRUSTED_PROXIES")

INSTALLED_APPS = [
    # Broadsheet's apps, lowest layer first (ARCHITECTURE.md).
    "broadsheet.core",
    "broadsheet.images",
    "broadsheet.video",
    "broadsheet.newsroom",
    "broadsheet.podcasts",
    "broadsheet.search",
    "broadsheet.live",
    "broadsheet.videopages",
    "broadsheet.channels",
    "broadsheet.delivery",
    "broadsheet.webhooks",
    "broadsheet.readers",
    "broadsheet.api",
    "broadsheet.pagecache",
    "broadsheet.demo",
    "broadsheet.backup",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.socialaccount",
    "allauth.headless",
    "allauth.mfa",
]

MIDDLEWARE = [
    # Brotli or gzip for clients that ask, outside the page cache so that it stores the plain
    # page and its compressed copies; never for signed-in readers or pages with a CSRF token.
    "broadsheet.pagecache.compression.CompressionMiddleware",
    # ETag on every GET, and 304 to a conditional request (page-cache hits answer it before
    # Django is entered, from the stored ETag and Last-Modified).
    "django.middleware.http.ConditionalGetMiddleware",
    # Next, so the pages it stores carry every header the others add.
    "broadsheet.pagecache.cache.PageCacheMiddleware",
    # A lost database connection in a view: 503 page (the page cache may answer stale instead).
    "broadsheet.core.unavailable.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "broadsheet.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Each request reads the view restrictions once, for all its .public() lists.
    "broadsheet.core.visibility.PrivateSectionsMiddleware",
    # The request's Wagtail site and site settings from the fragment cache (no query).
    "broadsheet.core.middleware.SiteFragmentsMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "broadsheet.readers.admin_sign_in.AdminMFARequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "broadsheet.core.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "broadsheet.urls"
WSGI_APPLICATION = "broadsheet.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "broadsheet.newsroom.context_processors.edition",
            ],
        },
    },
]

# Database: SQLite file under var/ unless DATABASE_URL says otherwise.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'broadsheet.sqlite3'}")
DATABASES = {"default": database_from_url(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set, else local memory and the database.
# Redis is an accelerator: every client gives up after REDIS_TIMEOUT_MS, and a server that
# failed is skipped for REDIS_BREAKER_COOLDOWN seconds (broadsheet/core/resilience.py).
REDIS_URL = env_str("REDIS_URL")
REDIS_TIMEOUT_MS = env_int("REDIS_TIMEOUT_MS", 250)
REDIS_BREAKER_COOLDOWN = env_int("REDIS_BREAKER_COOLDOWN", 5)
RESILIENT_REDIS_CACHE = "broadsheet.core.cache_backends.ResilientRedisCache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": RESILIENT_REDIS_CACHE,
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "broadsheet"),
        }
    }
    # Sessions are written to the database and read from Redis while it answers.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Rate limits and Most read's "already counted" marks live here: room for a busy hour of
    # readers, not Django's default of 300 entries (bench/soak.py counted re-reads twice).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("LOCAL_CACHE_MAX_ENTRIES", 100_000)},
        }
    }

# Full-page cache for anonymous readers (broadsheet/core/pagecache.py). Granian's workers and
# the task worker that runs purges must share it: Redis, else files under var/, never memory.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "pages"
# Query parameters a cached page may have (the cursors of section, tag and author listings).
PAGE_CACHE_QUERY_PARAMS = env_list("PAGE_CACHE_QUERY_PARAMS", ["after", "before", "since"])
PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_BYTES", 2 * 1024 * 1024)
# Each server process keeps recent hits in memory too (broadsheet/pagecache/local.py), up to
# this many bytes (0: off), and checks the shared store for purges at most this often.
PAGE_CACHE_LOCAL_MAX_BYTES = env_int("PAGE_CACHE_LOCAL_MAX_BYTES", 64 * 1024 * 1024)
PAGE_CACHE_LOCAL_CHECK_MS = env_int("PAGE_CACHE_LOCAL_CHECK_MS", 200)
# A miss for a page this process is already rendering waits this long for that render's copy
# (broadsheet/pagecache/cache.py, Flights) before rendering it too.
PAGE_CACHE_COALESCE_WAIT_MS = env_int("PAGE_CACHE_COALESCE_WAIT_MS", 2000)
# Its own Redis database keeps a flood of pages from crowding out sessions under maxmemory.
PAGE_CACHE_REDIS_URL = env_str("PAGE_CACHE_REDIS_URL", REDIS_URL)
if PAGE_CACHE_REDIS_URL:
    CACHES[PAGE_CACHE_ALIAS] = {
        "BACKEND": RESILIENT_REDIS_CACHE,
        "LOCATION": PAGE_CACHE_REDIS_URL,
        "KEY_PREFIX": env_str("PAGE_CACHE_KEY_PREFIX", "broadsheet-pages"),
    }
else:
    CACHES[PAGE_CACHE_ALIAS] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(VAR_DIR / "pagecache"),
        "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_MAX_ENTRIES", 20_000)},
    }
# Fragments many pages share (an edition's rails, the edition links, the Podcasts rail) are
# cached until the next change readers can see (core/fragments.py), at most this long: what
# changes with time alone (scheduled top-story slots) shows within it.
FRAGMENT_CACHE_ENABLED = env_bool("FRAGMENT_CACHE_ENABLED", True)
FRAGMENT_CACHE_TIMEOUT = env_int("FRAGMENT_CACHE_TIMEOUT", 60)
# Each process keeps this many of the fragments it used last in memory too (0: off).
FRAGMENT_CACHE_LOCAL_ENTRIES = env_int("FRAGMENT_CACHE_LOCAL_ENTRIES", 500)
# A save or delete of any model of these apps makes every cached fragment stale, except the
# models readers cannot see (view counts, renditions).
FRAGMENT_CACHE_APPS = [
    "core",
    "images",
    "video",
    "newsroom",
    "podcasts",
    "live",
    "videopages",
    "channels",
    "wagtailcore",
    "taggit",
]
FRAGMENT_CACHE_IGNORED_MODELS = [
    "core.fragmentgeneration",
    "images.newsrendition",
    "newsroom.articleviewcount",
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.referenceindex",
    "wagtailcore.uploadedfile",
]
# Publishing purges the page cache through Wagtail's frontend cache app. Editions are
# separate page trees: Wagtail must not copy each purged /en/ URL into every language.
WAGTAILFRONTENDCACHE = (
    {"pages": {"BACKEND": "broadsheet.pagecache.cache.PageCacheBackend"}}
    if PAGE_CACHE_ENABLED
    else {}
)
WAGTAILFRONTENDCACHE_LANGUAGES = []
# A CDN or Varnish in front (deploy/varnish.vcl): where to send PURGE requests, e.g.
# http://127.0.0.1:6081. After the page cache's entry, so a CDN never refetches a purged
# page from a page cache that still holds it.
CDN_PURGE_URLS = env_urls("CDN_PURGE_URLS")
CDN_PURGE_TIMEOUT = env_int("CDN_PURGE_TIMEOUT", 2)
for _index, _location in enumerate(CDN_PURGE_URLS):
    WAGTAILFRONTENDCACHE[f"cdn-{_index}"] = {
        "BACKEND": "broadsheet.pagecache.cdn.CDNBackend",
        "LOCATION": _location,
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: each edition is a Wagtail locale with its own page tree under /<code>/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("sr", "Српски"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation starts as a draft, for the edition's editors to finish and publish.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
# The project-wide static files (site CSS, icons, scripts) live beside the templates.
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# The app serves the public part of local media, image renditions (MEDIA_URL + "images/"),
# itself; originals only to editors, episode audio only through its own view
# (broadsheet/images/views.py). A front proxy serving media must serve MEDIA_ROOT/images/ only.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# Episode audio through the front proxy once the app has checked the episode is public:
# "" (Django streams it), "x-accel-redirect" (nginx; PROTECTED_MEDIA_PREFIX names its internal
# location aliased to MEDIA_ROOT) or "x-sendfile" (Apache mod_xsendfile, lighttpd).
PROTECTED_MEDIA_SERVER = env_str("PROTECTED_MEDIA_SERVER", "").lower()
if PROTECTED_MEDIA_SERVER not in ("", "x-accel-redirect", "x-sendfile"):
    raise ImproperlyConfigured(
        "PROTECTED_MEDIA_SERVER must be empty, x-accel-redirect or x-sendfile, "
        f"got {PROTECTED_MEDIA_SERVER!r}."
    )
PROTECTED_MEDIA_PREFIX = "/" + env_str("PROTECTED_MEDIA_PREFIX", "/_protected/").strip("/") + "/"

# Background work: Wagtail 8 and Broadsheet enqueue django-tasks; `broadsheet serve` runs a worker.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Broadsheet")
# The public address: canonical links, feeds, sitemaps, the API and the admin are built on
# it, and the default Wagtail Site is kept in step with it (``broadsheet.core.sites``).
BASE_URL = base_url(env_str("BASE_URL", "http://127.0.0.1:8000"))
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "images.NewsImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "broadsheet.images.forms.NewsImageForm"  # alt text required
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGES_MAX_UPLOAD_SIZE", 20 * 1024 * 1024)
# Decoding is what costs memory (about 4 bytes a pixel per rendition step), not the file size.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGES_MAX_PIXELS", 50_000_000)
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Largest episode audio an editor may upload, in bytes.
PODCASTS_MAX_AUDIO_SIZE = env_int("PODCASTS_MAX_AUDIO_SIZE", 300 * 1024 * 1024)
# Video (broadsheet/video): uploads are checked with ffprobe and transcoded by the task worker.
# Live channels (broadsheet/channels): where pushed streams are written (default MEDIA_ROOT/live),
# how long a playlist (rewritten every segment) and a segment may be kept, how old a pushed
# playlist may be before the stream counts as down, and how long a player may stall before the
# slate replaces it, then how often it looks for the stream again.
CHANNELS_STREAM_ROOT = env_str("CHANNELS_STREAM_ROOT", "")
# Media folders `broadsheet backup` leaves out: the default home of pushed live streams, whose
# segments an encoder writes and deletes every second.
BACKUP_SKIPPED_MEDIA_FOLDERS = env_list("BACKUP_SKIPPED_MEDIA_FOLDERS", ["live"])
CHANNELS_PLAYLIST_MAX_AGE = env_int("CHANNELS_PLAYLIST_MAX_AGE", 1)
CHANNELS_SEGMENT_MAX_AGE = env_int("CHANNELS_SEGMENT_MAX_AGE", 86400)
CHANNELS_STREAM_STALE_AFTER = env_int("CHANNELS_STREAM_STALE_AFTER", 15)
CHANNELS_PLAYER_STALL_SECONDS = env_int("CHANNELS_PLAYER_STALL_SECONDS", 10)
CHANNELS_PLAYER_RETRY_SECONDS = env_int("CHANNELS_PLAYER_RETRY_SECONDS", 20)
# `broadsheet serve` also runs `broadsheet demo_stream` (ffmpeg feeding the demo channels);
# `make run` turns it on.
CHANNELS_DEMO_STREAM = env_bool("CHANNELS_DEMO_STREAM", False)
VIDEO_MAX_UPLOAD_SIZE = env_int("VIDEO_MAX_UPLOAD_SIZE", 2 * 1024 * 1024 * 1024)
VIDEO_MAX_DURATION = env_int("VIDEO_MAX_DURATION", 3 * 3600)
VIDEO_MAX_DIMENSION = env_int("VIDEO_MAX_DIMENSION", 8192)
VIDEO_MAX_PIXELS = env_int("VIDEO_MAX_PIXELS", 8192 * 4320)
VIDEO_TRANSCODE_ATTEMPTS = env_int("VIDEO_TRANSCODE_ATTEMPTS", 3)
VIDEO_FFMPEG_BINARY = env_str("VIDEO_FFMPEG_BINARY", "ffmpeg")
VIDEO_FFPROBE_BINARY = env_str("VIDEO_FFPROBE_BINARY", "ffprobe")
VIDEO_X264_PRESET = env_str("VIDEO_X264_PRESET", "veryfast")
DOCUMENTS_MAX_UPLOAD_SIZE = env_int("DOCUMENTS_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)
# Request bodies (broadsheet/core/limits.py): every body is capped at REQUEST_MAX_BODY_SIZE
# except editors' uploads to these admin paths, capped per file while they stream.
REQUEST_MAX_BODY_SIZE = env_int("REQUEST_MAX_BODY_SIZE", 1024 * 1024)
UPLOAD_MAX_SIZES = [
    ("/admin/images/", WAGTAILIMAGES_MAX_UPLOAD_SIZE),
    ("/admin/documents/", DOCUMENTS_MAX_UPLOAD_SIZE),
    # Page forms upload one kind of file: an episode's audio.
    ("/admin/pages/", PODCASTS_MAX_AUDIO_SIZE),
    ("/admin/snippets/video/", VIDEO_MAX_UPLOAD_SIZE),
]
FILE_UPLOAD_HANDLERS = [
    "broadsheet.core.limits.LimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Reader search on PostgreSQL: a narrow weighted-tsvector table (broadsheet/search/backend.py).
    WAGTAILSEARCH_BACKENDS["articles"] = {"BACKEND": "broadsheet.search.backend"}
# At most this many matches (the newest) are ranked and listed for one search.
SEARCH_MAX_RESULTS = env_int("SEARCH_MAX_RESULTS", 1000)
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_MODERATION_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Reader pages: how long browsers and CDNs may keep an anonymous page.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 300)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env_int("PAGE_CACHE_STALE_WHILE_REVALIDATE", 60)
PAGE_CACHE_STALE_IF_ERROR = env_int("PAGE_CACHE_STALE_IF_ERROR", 86400)

# Live coverage: how often readers' pages poll (seconds), how long browsers and a CDN without
# purging may keep a poll's answer, posts per page, and changes a poll sends before it tells
# the reader's page to load again.
LIVE_POLL_INTERVAL = env_int("LIVE_POLL_INTERVAL", 10)
LIVE_POLL_MAX_AGE = env_int("LIVE_POLL_MAX_AGE", 5)
LIVE_POSTS_PER_PAGE = env_int("LIVE_POSTS_PER_PAGE", 20)
LIVE_POLL_MAX_CHANGES = env_int("LIVE_POLL_MAX_CHANGES", 50)
LIVE_JSON_LD_UPDATES = env_int("LIVE_JSON_LD_UPDATES", 10)
# Seconds a 503 (database down, broadsheet/core/unavailable.py) asks clients to wait.
SERVICE_UNAVAILABLE_RETRY_AFTER = env_int("SERVICE_UNAVAILABLE_RETRY_AFTER", 30)

# Most read: one client (address + user agent) counts once per article in this many seconds,
# and may send this many view beacons a minute.
MOST_READ_VIEW_WINDOW = env_int("MOST_READ_VIEW_WINDOW", 60 * 60)
MOST_READ_BEACON_RATE = env_int("MOST_READ_BEACON_RATE", 30)

# `broadsheet serve` (broadsheet/core/management/commands/serve.py): where it listens, its web
# worker processes, the open connections each may hold (granian's --backpressure, idle
# keep-alive connections included) and the kernel's queue of connections not yet accepted.
SERVE_HOST = env_str("HOST", "127.0.0.1")
SERVE_PORT = env_int("PORT", 8000)
WEB_WORKERS = env_int("WEB_WORKERS", 2)
WEB_CONNECTIONS_PER_WORKER = env_int("WEB_CONNECTIONS_PER_WORKER", 4096)
WEB_BACKLOG = env_int("WEB_BACKLOG", 4096)

# Load shedding (broadsheet/core/shedding.py, wrapped around Django in broadsheet/wsgi.py):
# uncached renders at once per worker process, 0 for no limit; beyond it at most
# LOAD_SHED_QUEUE requests wait up to LOAD_SHED_QUEUE_TIMEOUT_MS for a slot, the rest get 503
# (granian runs 8 threads per worker: 1 + 4 leave 3 free for cached pages).
MAX_CONCURRENT_RENDERS = env_int("MAX_CONCURRENT_RENDERS", 1)
LOAD_SHED_QUEUE = env_int("LOAD_SHED_QUEUE", 4)
LOAD_SHED_QUEUE_TIMEOUT_MS = env_int("LOAD_SHED_QUEUE_TIMEOUT_MS", 2000)
LOAD_SHED_RETRY_AFTER = env_int("LOAD_SHED_RETRY_AFTER", 2)
# View beacons are cheap and a browser's sendBeacon never retries: a shed one is a lost view.
LOAD_SHED_EXEMPT_PREFIXES = [
    "/health/",
    "/admin/",
    "/beacon/",
    "/video/",
    "/channels/",
    STATIC_URL,
    MEDIA_URL,
]
# /health/ready: how long the database may take to answer before the check fails.
HEALTH_TIMEOUT_MS = env_int("HEALTH_TIMEOUT_MS", 1000)

# App API: how long clients and CDNs may keep a response, and each client's request budget.
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
API_RATE_LIMIT = env_str("API_RATE_LIMIT", "600/m")
# Webhooks: per-try timeout, tries before giving up, first retry delay (doubles each time).
WEBHOOK_TIMEOUT = env_int("WEBHOOK_TIMEOUT", 5)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 6)
WEBHOOK_RETRY_BASE_SECONDS = env_int("WEBHOOK_RETRY_BASE_SECONDS", 30)
# Webhooks reach public addresses only; these host names (as written in the URL) are exempt,
# for a receiver on the developer's own machine, e.g. "localhost,127.0.0.1".
WEBHOOKS_ALLOWED_HOSTS = env_list("WEBHOOKS_ALLOWED_HOSTS")
# `requeue_webhooks` sends again deliveries left pending or overdue this long by a dead worker.
WEBHOOK_REQUEUE_AFTER_MINUTES = env_int("WEBHOOK_REQUEUE_AFTER_MINUTES", 10)

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's preview views allow their own same-origin frame; nothing else is framed.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "broadsheet": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Reader accounts (django-allauth): email sign-in, verification required before first sign-in.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "readers:account"
ACCOUNT_ADAPTER = "broadsheet.readers.adapter.ReaderAccountAdapter"
SOCIALACCOUNT_ADAPTER = "broadsheet.readers.adapter.ReaderSocialAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = env_int("ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS", 3)
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
# Signing up with a taken address looks the same as a new sign-up; the owner gets an email.
# A news site does not reveal who its readers are.
ACCOUNT_PREVENT_ENUMERATION = True
# "ip" is the client from broadsheet/core/clients.py (set TRUSTED_PROXY_COUNT or
# TRUSTED_PROXIES behind a proxy, or every reader shares the proxy's budget). "key" of
# login_failed is the account; a client that signed in to it before has its own (adapter.py).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# Social sign-in is off unless SOCIAL_PROVIDERS names some (google, facebook, x, vk, telegram)
# and each has SOCIAL_<NAME>_CLIENT_ID / _SECRET (Telegram: _CLIENT_ID is the bot name).
SOCIAL_PROVIDER_APPS, SOCIALACCOUNT_PROVIDERS = social_providers_from_env()
INSTALLED_APPS += SOCIAL_PROVIDER_APPS
SOCIALACCOUNT_ENABLED = bool(SOCIAL_PROVIDER_APPS)
SOCIALACCOUNT_EMAIL_VERIFICATION = "mandatory"
SOCIALACCOUNT_LOGIN_ON_GET = False
# The news app signs in through allauth's JSON API under /_allauth/app/v1/ and sends the
# session token it gets back as X-Session-Token (broadsheet/api/README.md). The reader site
# keeps its own pages, so not headless-only; there is no browser client, the site has forms.
HEADLESS_ONLY = False
HEADLESS_CLIENTS = ("app",)
# Two-factor sign-in (allauth.mfa): authenticator apps (TOTP) and recovery codes, set up
# from the account pages. When required, editors cannot open the admin without it.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME
BROADSHEET_ADMIN_REQUIRE_MFA = env_bool("BROADSHEET_ADMIN_REQUIRE_MFA", False)
# Bumped when the privacy policy changes; readers are asked for cookie consent again.
CONSENT_POLICY_VERSION = env_str("CONSENT_POLICY_VERSION", "1")
CONSENT_COOKIE_NAME = "broadsheet_consent"

# Email: console in development; SMTP from EMAIL_URL (smtp+tls://user:pass@host:587) or
# EMAIL_HOST / EMAIL_PORT / EMAIL_HOST_USER / EMAIL_HOST_PASSWORD / EMAIL_USE_TLS / EMAIL_USE_SSL.
globals().update(email_from_env())
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Broadsheet <noreply@localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
