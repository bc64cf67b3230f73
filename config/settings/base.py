"""Settings shared by every environment; the environment is read here, once."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from redis.backoff import NoBackoff
from redis.retry import Retry

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment (every variable is listed in .env.example and the README) ---
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Onboard <noreply@example.org>")
# Without keys the forms run in test mode: no Google script, submissions saved as unverified.
RECAPTCHA_PUBLIC_KEY = os.environ.get("RECAPTCHA_PUBLIC_KEY", "")
RECAPTCHA_PRIVATE_KEY = os.environ.get("RECAPTCHA_PRIVATE_KEY", "")
# manage.py run_scheduler: seconds between two runs of each periodic job.
SCHEDULER_INTERVALS = {
    "publish_scheduled": float(os.environ.get("SCHEDULER_PUBLISH_SECONDS", "60")),
    "send_pending_mails": float(os.environ.get("SCHEDULER_MAIL_SECONDS", "600")),
    "purge_submissions": float(os.environ.get("SCHEDULER_PURGE_SECONDS", str(24 * 60 * 60))),
    "prune_db_task_results": float(os.environ.get("SCHEDULER_PRUNE_SECONDS", str(24 * 60 * 60))),
    "update_index": float(os.environ.get("SCHEDULER_INDEX_SECONDS", str(24 * 60 * 60))),
}
# Behind a reverse proxy: the header in which it passes the visitor's address (X-Forwarded-For or X-Real-IP),
# and how many proxies in front of the site add to it; the per-address rate limits read it (home/client_ip.py).
# Without a proxy every request comes from the proxy's address, and the limits would count all visitors as one.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
if TRUSTED_PROXY_COUNT < 1:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT is the number of proxies in front of the site: 1 or more.")

# --- Applications ---
INSTALLED_APPS = [
    "whitenoise.runserver_nostatic",  # whitenoise serves static files in every mode
    "home",
    "projects",
    "initiatives",
    "intake",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Whole public pages for anonymous visitors, answered before the rest (home/page_cache.py).
    "home.page_cache.PageCacheMiddleware",
    # Before whitenoise, so static files carry the same headers as pages.
    "home.middleware.ContentSecurityPolicyMiddleware",
    "home.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.page_cache.KnownSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database: SQLite by default, PostgreSQL through DATABASE_URL ---
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": VAR_DIR / "db.sqlite3"}}
# IMMEDIATE transactions, WAL and a busy timeout: concurrent SQLite writers wait
# their turn instead of failing with "database is locked" (DESIGN.md).
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set, process memory otherwise ---
# A Redis that is down, hanging or full must cost a request at most a fraction of a second and never
# a 500: django-redis turns its errors into misses, one call waits at most 0.2 s and is not retried,
# and after a failure the client leaves Redis alone for a few seconds (home/cache.py).
REDIS_CACHE_OPTIONS = {
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": 0.2,
    "SOCKET_TIMEOUT": 0.2,
    "CONNECTION_POOL_KWARGS": {"retry": Retry(NoBackoff(), retries=0)},
    "REDIS_CLIENT_CLASS": "home.cache.PausingRedis",
}
# Calls Redis failed are logged with the error (no keys, no values): the first of an outage, then one
# with a count every 5 s at most (home/cache.py).
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "home.cache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": REDIS_CACHE_OPTIONS,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Security headers (production.py adds HSTS, secure cookies and the HTTPS redirect) ---
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites learn which site a visitor came from, never the path or a search.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview sets SAMEORIGIN on its own responses
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # forms carry the token in the page; the admin's scripts get it from wagtailConfig
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
ADMIN_LOGIN_RATE_LIMIT = "10/10m"  # failed admin sign-ins per address and per user name (home.views)
# Content security policy (django-csp): home.middleware applies one of three per response.
# Public pages: no inline code, nothing from other hosts, not framed anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Added on pages that load reCAPTCHA v3 (the intake forms), and only there.
CONTENT_SECURITY_POLICY_RECAPTCHA = {
    "DIRECTIVES": {
        "script-src": ["https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/"],
        "frame-src": ["https://www.google.com/recaptcha/", "https://recaptcha.google.com/recaptcha/"],
        "connect-src": ["https://www.google.com/recaptcha/"],
    }
}
# The Wagtail admin, instead of the public policy: what Wagtail 8 needs, seen in Chromium.
CONTENT_SECURITY_POLICY_ADMIN = {
    "PATH_PREFIX": "/admin/",
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-ancestors": [SELF],  # the page editor frames its own preview
    },
}
# Browser features the site never uses, switched off (home.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# --- Languages: the one place where the site's locales are declared ---
# Tigrinya is missing from Django's LANG_INFO; without this entry every page
# that lists languages fails with KeyError (DESIGN.md, "Known traps").
LANG_INFO.setdefault("ti", {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"})
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("ti", _("Tigrinya")),
    ("uk", _("Ukrainian")),
]
LANGUAGES_BIDI = ["ar", "fa"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks every site language Wagtail has a catalogue for (not ti yet).
WAGTAILADMIN_PERMITTED_LANGUAGES = [(code, name) for code, name in LANGUAGES if code != "ti"]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

# --- Static and media ---
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# whitenoise serves static files in every mode; in DEBUG it reads the finders.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Mail and background tasks ---
EMAIL_TIMEOUT = 10
# Immediate in development and tests; production runs the database backend and a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Intake forms ---
INTAKE_CONSENT_VERSION = "2026-11"  # bump when the consent text or the privacy statement changes
INTAKE_MIN_FILL_SECONDS = 3  # faster than this is a bot
INTAKE_FORM_MAX_AGE = 6 * 60 * 60  # a form open longer than this is sent again, answers kept
INTAKE_RATE_LIMIT = os.environ.get("INTAKE_RATE_LIMIT", "20/m")  # per address; a refugee centre may share one
# Triage: a new submission is overdue when nobody has contacted the person within this many days.
INTAKE_FIRST_CONTACT_DAYS = int(os.environ.get("INTAKE_FIRST_CONTACT_DAYS", "7"))
# Retention: personal data of closed submissions is erased after this many days, spam sooner.
INTAKE_RETENTION_DAYS = int(os.environ.get("INTAKE_RETENTION_DAYS", "365"))
INTAKE_SPAM_RETENTION_DAYS = int(os.environ.get("INTAKE_SPAM_RETENTION_DAYS", "30"))
RATELIMIT_FAIL_OPEN = True  # a cache that is down lets people through (honeypot and timing still apply)
RATELIMIT_IP_META_KEY = "home.client_ip.client_ip"  # the visitor's address, read through the proxies
RECAPTCHA_REQUIRED_SCORE = 0.5
RECAPTCHA_VERIFY_REQUEST_TIMEOUT = 5
CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# --- Wagtail ---
WAGTAIL_SITE_NAME = "Onboard"
# "simple": PostgreSQL's English stemming and stop words would fail the other five languages.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents go through Wagtail's view (privacy, nosniff, "default-src 'none'"), never straight from storage;
# only PDFs open in the browser, every other type is a download.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# No calls to the internet from the admin, and no staff data to third parties.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USER_TIME_ZONES = ["Europe/Amsterdam", "UTC"]
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# --- Page cache ---
# Whole public pages for anonymous visitors, kept this many seconds (home/page_cache.py);
# publishing, unpublishing, moving or deleting a page empties it at once. On with Redis only:
# every worker must see it emptied (process memory cannot), and thousands of pages in six
# languages would keep a file cache culling its sessions. Off while DEBUG too.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(10 * 60))) if REDIS_URL else 0
