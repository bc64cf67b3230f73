"""manage.py run_scheduler: the periodic jobs run with nothing else but the shipped processes."""

import datetime
import io
import logging
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock
from urllib.parse import quote

import pytest

from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from wagtail.models import Page

from intake.models import Submission
from tests.factories import NewsIndexPageFactory, NewsPageFactory, SubmissionFactory
from tests.production_helpers import ROOT, production_environment


def expired_spam() -> Submission:
    """Spam marked 40 days ago: past the 30 days spam is kept."""
    submission = SubmissionFactory()
    marked = timezone.now() - datetime.timedelta(days=40)
    Submission.objects.filter(pk=submission.pk).update(status="spam", status_changed_at=marked, created_at=marked)
    return submission


def scheduled_item(homes, seconds: float):
    """A Dutch news item with aliases in the five other languages, scheduled ``seconds`` from now."""
    index = NewsIndexPageFactory(parent=homes["nl"])
    index.save_revision().publish()
    item = NewsPageFactory(parent=index, title="Open dag", slug="open-dag", live=False)
    item.go_live_at = timezone.now() + datetime.timedelta(seconds=seconds)
    item.save_revision().publish()
    call_command("sync_locale_trees")
    return item


@pytest.mark.django_db
def test_once_runs_every_job_and_one_failure_stops_none_of_the_others(homes, caplog):
    item = scheduled_item(homes, seconds=-60)  # its time has come
    spam = expired_spam()

    with (
        mock.patch("intake.management.commands.send_pending_mails.send_pending_mails", side_effect=OSError("down")),
        caplog.at_level(logging.INFO, logger="home.scheduler"),
        pytest.raises(CommandError, match="Failed: send_pending_mails"),  # for a cron line's exit status
    ):
        call_command("run_scheduler", "--once", stdout=io.StringIO(), stderr=io.StringIO())

    assert Page.objects.filter(translation_key=item.translation_key, live=True).count() == 6
    assert not Submission.objects.filter(pk=spam.pk).exists()
    failures = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert [record.getMessage() for record in failures] == ["send_pending_mails failed"]
    assert "OSError: down" in caplog.text
    done = {record.getMessage().split(" ")[0] for record in caplog.records if " done in " in record.getMessage()}
    assert done == {"publish_scheduled", "purge_submissions", "update_index"}  # no database queue to prune here


def database_for_a_process(tmp_path: Path) -> tuple[str, Callable[..., int]]:
    """A DATABASE_URL another process can open holding this test's committed data, and a way to query it."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":  # the test database lives in memory: copy it to a file
        path = tmp_path / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)

        def query(sql: str, *params) -> int:
            with sqlite3.connect(path, timeout=20) as reader:
                return reader.execute(sql, params).fetchone()[0]

        return f"sqlite:///{path}", query
    login = quote(settings["USER"] or "") + (f":{quote(settings['PASSWORD'])}" if settings["PASSWORD"] else "")
    url = f"postgres://{login}@{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}/{settings['NAME']}"

    def query(sql: str, *params) -> int:
        with connection.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), params)
            return cursor.fetchone()[0]

    return url, query


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_scheduler_process_publishes_a_scheduled_item_and_purges_expired_data(homes, tmp_path):
    """The process as `make serve` and the systemd unit start it, with production settings and short intervals."""
    item = scheduled_item(homes, seconds=3)
    spam = expired_spam()
    assert Page.objects.filter(translation_key=item.translation_key, live=True).count() == 0
    url, query = database_for_a_process(tmp_path)
    key = item.translation_key.hex if connection.vendor == "sqlite" else str(item.translation_key)
    live_sql = "SELECT COUNT(*) FROM wagtailcore_page WHERE translation_key = ? AND live"
    environment = production_environment(
        DATABASE_URL=url,
        SCHEDULER_PUBLISH_SECONDS="1",
        SCHEDULER_PURGE_SECONDS="1",
        SCHEDULER_MAIL_SECONDS="1",
        SCHEDULER_PRUNE_SECONDS="3600",
        SCHEDULER_INDEX_SECONDS="3600",
    )
    log = tmp_path / "scheduler.log"
    with log.open("w") as output:
        scheduler = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
            [sys.executable, "manage.py", "run_scheduler"], cwd=ROOT, env=environment, stdout=output, stderr=output
        )
        try:
            deadline = time.monotonic() + 50  # a busy two-core machine takes its time to start Django
            published = purged = False
            while time.monotonic() < deadline and not (published and purged):
                published = query(live_sql, key) == 6
                purged = query("SELECT COUNT(*) FROM intake_submission WHERE id = ?", spam.pk) == 0
                time.sleep(0.5)
            assert published, log.read_text()
            assert purged, log.read_text()
        finally:
            scheduler.send_signal(signal.SIGTERM)
            returncode = scheduler.wait(timeout=30)
    text = log.read_text()
    assert returncode == 0, text
    assert "Scheduler stopped." in text
    assert "publish_scheduled done in" in text
    assert "prune_db_task_results done in" in text
    assert "Traceback" not in text


def test_make_serve_and_the_systemd_units_start_the_scheduler():
    """Both ways of running production start the same three processes; the units run real commands."""
    make = shutil.which("make")
    assert make, "make is needed (`make serve`)"
    recipe = subprocess.run(  # noqa: S603 (fixed arguments; -n prints the recipe without running it)
        [make, "-n", "serve"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout
    for process in ("manage.py db_worker &", "manage.py run_scheduler &", "gunicorn -c config/gunicorn.conf.py"):
        assert process in recipe
    commands = {}
    for unit in ("web", "worker", "scheduler"):
        text = (ROOT / "deploy" / f"onboard-{unit}.service").read_text()
        assert "EnvironmentFile=/etc/onboard/env" in text
        commands[unit] = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    assert commands["web"].endswith("gunicorn -c config/gunicorn.conf.py")
    assert commands["worker"].endswith("manage.py db_worker")
    assert commands["scheduler"].endswith("manage.py run_scheduler")
