"""Production: refuses to start without the security-sensitive settings; every value from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    DATABASES,
    RECAPTCHA_PRIVATE_KEY,
    RECAPTCHA_PUBLIC_KEY,
    REDIS_URL,
    SECRET_KEY,
    VAR_DIR,
    env_bool,
)

_required = {
    "SECRET_KEY": SECRET_KEY,
    "ALLOWED_HOSTS": ALLOWED_HOSTS,
    "RECAPTCHA_PUBLIC_KEY": RECAPTCHA_PUBLIC_KEY,
    "RECAPTCHA_PRIVATE_KEY": RECAPTCHA_PRIVATE_KEY,
}
_missing = [name for name, value in _required.items() if not value]
if _missing:
    raise ImproperlyConfigured(
        f"Production settings need these environment variables: {', '.join(_missing)}. See .env.example and the README."
    )

# --- Environment read only in production (listed in .env.example and the README) ---
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# Seconds before a mail server that does not answer counts as down (the task retries later).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()

DEBUG = False

# --- HTTPS, cookies and headers (the rest is in base.py, shared with development) ---
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000  # a year
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading commits the whole domain and its subdomains to HTTPS in browsers for good; that is the
# domain owner's call, not this site's. Hence no preload, and its deploy check is silenced below.
SECURE_HSTS_PRELOAD = False
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# --- Database: PostgreSQL (psycopg 3) through DATABASE_URL; SQLite only to try production mode locally ---
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # a restarted database costs no failed request

# --- Cache and sessions ---
# The cache holds the rate limits (and, with Redis, the page cache), so every worker process must see the
# same one: Redis through REDIS_URL (base.py), else files under var/ for the workers of one machine
# (process memory would give each worker its own count of failed sign-ins).
if not REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": VAR_DIR / "cache"}
    }
# Sessions live in the database only. With a copy in the cache (cached_db), a sign-out or a password change
# while Redis fails deletes the row but not the copy, which signs that session in again when Redis is back.
# The price is one query by primary key for a request with a session cookie (signed-in editors, a visitor
# just after sending a form); public pages without that cookie read no session at all.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Mail and background tasks ---
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# Mails and purges run in the background: `manage.py db_worker` processes this queue.
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}

# --- Static files: whitenoise serves compressed files under hashed names (base.py), never from the finders ---
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False

# --- Logging: one line per event on standard output, for the process manager to collect ---
# The formatter prints the message and a traceback, never the request: Django hands its error logs the
# request (with the POST body of a form), and only a formatter or handler that asks for it would print it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"}},
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {"django": {"handlers": ["stdout"], "level": LOG_LEVEL, "propagate": False}},
}
