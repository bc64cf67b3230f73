"""Production mode: the deploy checks pass, everything comes from the environment, logs hold no personal data.

The last test runs the steps of `make serve` (migrate, collectstatic, gunicorn with its config)
and asks the running server for a page.
"""

import re
import runpy
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from gunicorn.config import Config
from gunicorn.glogging import Logger

from tests.production_helpers import ROOT, production_environment, production_settings, run_with_production_settings


def test_deploy_check_passes_at_warning_level():
    result = run_with_production_settings("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (1 silenced)." in result.stdout


def test_only_the_hsts_preload_check_is_silenced():
    values = production_settings("SILENCED_SYSTEM_CHECKS", "SECURE_HSTS_PRELOAD", "SECURE_HSTS_SECONDS")

    assert values["SILENCED_SYSTEM_CHECKS"] == ["security.W021"]
    assert values["SECURE_HSTS_PRELOAD"] is False
    assert values["SECURE_HSTS_SECONDS"] == 365 * 24 * 60 * 60


def test_postgresql_through_psycopg_3():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.db.backends.postgresql.psycopg_any import is_psycopg3; "
        "db = settings.DATABASES['default']; "
        "print(db['ENGINE'], db['HOST'], db['PORT'], db['NAME'], db['CONN_HEALTH_CHECKS'], is_psycopg3)"
    )
    result = run_with_production_settings(
        "-c", code, DATABASE_URL="postgres://onboard:secret@db.example.org:5432/onboard"
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "db.example.org",
        "5432",
        "onboard",
        "True",
        "True",
    ]


def test_redis_cache_and_sessions_in_the_database():
    values = production_settings("CACHES", "SESSION_ENGINE", REDIS_URL="redis://cache.example.org:6379/2")

    assert values["CACHES"]["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert values["CACHES"]["default"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert values["CACHES"]["default"]["OPTIONS"]["SOCKET_TIMEOUT"] <= 0.5
    assert values["CACHES"]["default"]["LOCATION"] == "redis://cache.example.org:6379/2"
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"  # not cached: tests/test_cache.py


def test_without_redis_the_workers_share_a_file_cache():
    values = production_settings("CACHES", "VAR_DIR")

    assert values["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert values["CACHES"]["default"]["LOCATION"] == str(Path(values["VAR_DIR"]) / "cache")


def test_mail_from_the_environment():
    values = production_settings(
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS",
        "EMAIL_TIMEOUT",
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="onboard",
        EMAIL_HOST_PASSWORD="mail-secret",
        EMAIL_USE_TLS="true",
        EMAIL_TIMEOUT="7",
    )

    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "onboard",
        "EMAIL_HOST_PASSWORD": "mail-secret",
        "EMAIL_USE_TLS": True,
        "EMAIL_TIMEOUT": 7,
    }


def test_mail_waits_ten_seconds_at_most_by_default():
    assert production_settings("EMAIL_TIMEOUT")["EMAIL_TIMEOUT"] == 10


def test_tasks_go_to_the_database_queue_and_static_files_are_hashed():
    values = production_settings("TASKS", "STORAGES", "WHITENOISE_USE_FINDERS", "DEBUG")

    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.backend.DatabaseBackend"
    assert values["STORAGES"]["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["WHITENOISE_USE_FINDERS"] is False
    assert values["DEBUG"] is False


def test_rate_limits_read_the_visitor_address_from_the_proxy_header():
    values = production_settings(
        "RATELIMIT_IP_META_KEY",
        "CLIENT_IP_HEADER",
        "TRUSTED_PROXY_COUNT",
        CLIENT_IP_HEADER="X-Forwarded-For",
        TRUSTED_PROXY_COUNT="2",
    )

    assert values["RATELIMIT_IP_META_KEY"] == "home.client_ip.client_ip"  # tests/test_client_ip.py
    assert (values["CLIENT_IP_HEADER"], values["TRUSTED_PROXY_COUNT"]) == ("X-Forwarded-For", 2)


def test_no_proxies_is_a_clear_error():
    result = run_with_production_settings("manage.py", "check", CLIENT_IP_HEADER="X-Real-IP", TRUSTED_PROXY_COUNT="0")

    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT is the number of proxies" in result.stderr


def test_error_log_has_the_traceback_but_not_the_form_answers():
    code = """
import django
django.setup()
from django.http import HttpResponseServerError
from django.test import RequestFactory
from django.utils.log import log_response
request = RequestFactory().post("/nl/aanmelden/", {"name": "Amal Geheim", "email": "amal.geheim@example.org"})
try:
    raise RuntimeError("mail server refused")
except RuntimeError:
    import sys
    log_response("Internal Server Error: %s", request.path, response=HttpResponseServerError(), request=request,
                 exception=sys.exc_info()[1])
"""
    result = run_with_production_settings("-c", code)

    assert result.returncode == 0, result.stderr
    assert "ERROR django.request: Internal Server Error: /nl/aanmelden/" in result.stdout
    assert "RuntimeError: mail server refused" in result.stdout
    assert "Geheim" not in result.stdout + result.stderr
    assert "amal.geheim" not in result.stdout + result.stderr


def gunicorn_config() -> Config:
    config = Config()
    for name, value in runpy.run_path(str(ROOT / "config" / "gunicorn.conf.py")).items():
        if name in config.settings:
            config.set(name, value)
    return config


def test_gunicorn_reads_workers_and_address_from_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_WORKERS", "5")
    monkeypatch.setenv("GUNICORN_BIND", "0.0.0.0:9000")

    config = gunicorn_config()

    assert config.workers == 5
    assert config.bind == ["0.0.0.0:9000"]
    assert config.wsgi_app == "config.wsgi:application"


def test_access_log_leaves_out_query_string_referer_and_address(capsys):
    logger = Logger(gunicorn_config())
    request = SimpleNamespace(headers=[("REFERER", "https://partner.example.org/?from=mail")])
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/nl/search/?q=asielzoeker+Den+Haag",
        "PATH_INFO": "/nl/search/",
        "QUERY_STRING": "q=asielzoeker+Den+Haag",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.9",
        "HTTP_REFERER": "https://partner.example.org/?from=mail",
        "HTTP_USER_AGENT": "Mozilla/5.0 (Android 9)",
    }

    logger.access(response, request, environ, timedelta(milliseconds=42))

    line = capsys.readouterr().out.strip()
    assert re.search(r'"GET /nl/search/ HTTP/1.1" 200 512 42ms$', line), line
    for private in ("asielzoeker", "partner.example.org", "203.0.113.9", "Android"):
        assert private not in line


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serves_the_site_in_production_mode(tmp_path):
    """`make serve`'s steps on a fresh database: the home page comes back with its headers, the log stays clean."""
    port = free_port()
    environment = production_environment(
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        ALLOWED_HOSTS="127.0.0.1",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
    )
    for step in (["migrate", "--no-input"], ["collectstatic", "--no-input", "--verbosity", "0"]):
        done = subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
            [sys.executable, "manage.py", *step], cwd=ROOT, env=environment, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    gunicorn = Path(sys.executable).parent / "gunicorn"
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
            [str(gunicorn), "-c", "config/gunicorn.conf.py"], cwd=ROOT, env=environment, stdout=output, stderr=output
        )
        try:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/nl/?q=geheime+zoekterm",
                headers={"X-Forwarded-Proto": "https", "Referer": "https://partner.example.org/"},
            )
            response = None
            for _ in range(100):
                try:
                    response = urllib.request.urlopen(request, timeout=5)  # noqa: S310
                    break
                except OSError:
                    time.sleep(0.2)
            assert response is not None, log.read_text()
            html = response.read().decode()
        finally:
            server.terminate()
            server.wait(timeout=30)

    assert response.status == 200
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    # whitenoise's hashed file names, so browsers may keep them for good
    assert re.search(r'href="/static/css/site\.[0-9a-f]{12}\.css"', html)
    logged = log.read_text()
    assert '"GET /nl/ HTTP/1.1" 200' in logged
    assert "geheime" not in logged
    assert "partner.example.org" not in logged
