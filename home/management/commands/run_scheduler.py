"""The site's periodic work in one long-running process, so production needs no cron lines.

Scheduled publishing and expiry, mail retries, the retention purge, pruning of finished task results
and a search index rebuild, each at its interval (settings ``SCHEDULER_*_SECONDS``, from the
environment). ``make serve`` starts it beside the task worker; ``deploy/onboard-scheduler.service``
runs it under systemd. A job that fails is logged and tried again at its next turn; SIGTERM or
SIGINT stops the process between jobs. Output is for the operator's log and stays in English.
"""

import io
import logging
import signal
import threading
import time
from dataclasses import dataclass

from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

logger = logging.getLogger("home.scheduler")


@dataclass
class Job:
    command: str
    interval: float  # seconds
    due: float = 0.0  # time.monotonic() of its next run; 0: at once


def jobs() -> list[Job]:
    """What runs, and how often (settings.SCHEDULER_INTERVALS, in seconds)."""
    intervals = settings.SCHEDULER_INTERVALS
    planned = [
        Job("publish_scheduled", intervals["publish_scheduled"]),
        Job("send_pending_mails", intervals["send_pending_mails"]),
        Job("purge_submissions", intervals["purge_submissions"]),
        Job("update_index", intervals["update_index"]),
    ]
    # Finished task results pile up only in the database queue (production); other backends keep none.
    if isinstance(task_backends["default"], DatabaseBackend):
        planned.append(Job("prune_db_task_results", intervals["prune_db_task_results"]))
    return planned


class Command(BaseCommand):
    help = (
        "Run publish_scheduled, send_pending_mails, purge_submissions, prune_db_task_results and update_index "
        "at their intervals (SCHEDULER_*_SECONDS) until stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once, then exit.")

    def handle(self, *args, once: bool, **options):
        self.stopping = threading.Event()
        planned = jobs()
        if once:
            failed = [job.command for job in planned if not self.run(job)]
            if failed:  # after every job has had its turn; a cron line sees the failure in the exit status
                raise CommandError(f"Failed: {', '.join(failed)} (see the log)")
            return
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.stop)
        self.stdout.write(
            "Scheduler started: " + ", ".join(f"{job.command} every {job.interval:g} s" for job in planned)
        )
        self.stdout.flush()
        while not self.stopping.is_set():
            for job in planned:
                if self.stopping.is_set():
                    break
                if time.monotonic() >= job.due:
                    close_old_connections()  # one the database dropped since the last run is not reused
                    self.run(job)
                    close_old_connections()
                    job.due = time.monotonic() + job.interval
            next_due = min(job.due for job in planned)
            self.stopping.wait(max(0.0, next_due - time.monotonic()))
        self.stdout.write("Scheduler stopped.")

    def stop(self, signum, frame) -> None:
        self.stopping.set()

    def run(self, job: Job) -> bool:
        """One run of one job; a failure is logged, never raised, so the other jobs go on."""
        output = io.StringIO()
        started = time.monotonic()
        try:
            call_command(job.command, stdout=output, stderr=output)
        except Exception:
            logger.exception("%s failed", job.command)
            return False
        logger.info("%s done in %.1f s: %s", job.command, time.monotonic() - started, " | ".join(lines(output)))
        return True


def lines(output: io.StringIO) -> list[str]:
    return [line.strip() for line in output.getvalue().splitlines() if line.strip()][-5:]
