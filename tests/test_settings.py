"""Settings: production refuses to start without its secrets; SQLite is set up for concurrent writers."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"RECAPTCHA_PUBLIC_KEY": "public-key", "RECAPTCHA_PRIVATE_KEY": "private-key"}


def run_production_check(**env: str) -> subprocess.CompletedProcess:
    secrets = {"SECRET_KEY", "ALLOWED_HOSTS", "RECAPTCHA_PUBLIC_KEY", "RECAPTCHA_PRIVATE_KEY"}
    environment = {key: value for key, value in os.environ.items() if key not in secrets}
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=environment, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY, ALLOWED_HOSTS, RECAPTCHA_PUBLIC_KEY, RECAPTCHA_PRIVATE_KEY"),
        ({"ALLOWED_HOSTS": "onboard.example.org", **KEYS}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50, **KEYS}, "ALLOWED_HOSTS"),
        (
            {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "onboard.example.org"},
            "RECAPTCHA_PUBLIC_KEY, RECAPTCHA_PRIVATE_KEY",
        ),
    ],
)
def test_production_refuses_missing_secrets(env, missing):
    result = run_production_check(**env)

    assert result.returncode != 0
    assert f"Production settings need these environment variables: {missing}." in result.stderr


def test_production_starts_with_its_secrets():
    result = run_production_check(SECRET_KEY="x" * 50, ALLOWED_HOSTS="onboard.example.org", **KEYS)

    assert result.returncode == 0, result.stderr


@pytest.mark.django_db
def test_sqlite_uses_wal_and_immediate_transactions():
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL run")
    options = connection.settings_dict["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        mode = cursor.fetchone()[0]
    # The in-memory test database reports "memory"; a file database reports "wal".
    assert mode in {"wal", "memory"}
