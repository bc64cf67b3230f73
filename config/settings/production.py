"""Production: refuses to start without the security-sensitive settings."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, RECAPTCHA_PRIVATE_KEY, RECAPTCHA_PUBLIC_KEY, SECRET_KEY, env_bool

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

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Mails and purges run in the background: `manage.py db_worker` processes this queue.
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
