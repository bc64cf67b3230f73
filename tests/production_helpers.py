"""Production settings, read in a fresh process with the environment an operator would give it."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "production-test-" + "abcdefghij" * 5,
    "ALLOWED_HOSTS": "onboard.example.org",
    "RECAPTCHA_PUBLIC_KEY": "public-key",
    "RECAPTCHA_PRIVATE_KEY": "private-key",
}
# Whatever the shell running the tests has set must not leak into "production".
READ_FROM_ENVIRONMENT = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DEBUG",
    "DATABASE_URL",
    "REDIS_URL",
    "RECAPTCHA_PUBLIC_KEY",
    "RECAPTCHA_PRIVATE_KEY",
    "SECURE_SSL_REDIRECT",
    "CLIENT_IP_HEADER",
    "TRUSTED_PROXY_COUNT",
    "LOG_LEVEL",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_HOST_USER",
    "EMAIL_HOST_PASSWORD",
    "EMAIL_USE_TLS",
    "EMAIL_TIMEOUT",
    "SCHEDULER_PUBLISH_SECONDS",
    "SCHEDULER_MAIL_SECONDS",
    "SCHEDULER_PURGE_SECONDS",
    "SCHEDULER_PRUNE_SECONDS",
    "SCHEDULER_INDEX_SECONDS",
}


# Set by the browser tests' conftest for Playwright; a deployment never has it (the deploy check says so).
TEST_ONLY = {"DJANGO_ALLOW_ASYNC_UNSAFE"}


def production_environment(**env: str) -> dict[str, str]:
    leave_out = READ_FROM_ENVIRONMENT | TEST_ONLY
    environment = {key: value for key, value in os.environ.items() if key not in leave_out}
    environment.update(PRODUCTION_ENV)
    environment.update(env)
    return environment


def run_with_production_settings(*args: str, **env: str) -> subprocess.CompletedProcess:
    """``python *args`` in the project directory with production settings."""
    return subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
        [sys.executable, *args], cwd=ROOT, env=production_environment(**env), capture_output=True, text=True
    )


def production_settings(*names: str, **env: str) -> dict:
    """The values of the named settings under production settings, as JSON gives them back."""
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{name: getattr(settings, name) for name in {list(names)!r}}}, default=str))"
    )
    result = run_with_production_settings("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])
