"""Erases expired submissions (closed for a year, spam for a month); run it daily from cron or a scheduler.

Output is for the operator's log and stays in English, like Django's own commands.
"""

from django_tasks import TaskResultStatus

from django.core.management.base import BaseCommand, CommandError

from intake.retention import KINDS, purge_expired, purge_expired_submissions, retention_days


class Command(BaseCommand):
    help = (
        "Erase submissions closed more than INTAKE_RETENTION_DAYS ago and spam older than "
        "INTAKE_SPAM_RETENTION_DAYS, keeping anonymous counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be erased.")
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand the purge to the task queue (manage.py db_worker runs it)."
        )

    def handle(self, *args, dry_run: bool, enqueue: bool, **options):
        if enqueue and not dry_run:
            self.enqueue()
            return
        counts = purge_expired(dry_run=dry_run, progress=self.progress)
        self.summary(counts, dry_run=dry_run)

    def enqueue(self) -> None:
        result = purge_expired_submissions.enqueue()
        if result.status == TaskResultStatus.FAILED:
            raise CommandError(f"The purge task {result.id} failed:\n{result.errors[-1].traceback}")
        if result.status == TaskResultStatus.SUCCESSFUL:  # a backend that runs tasks at once
            self.stdout.write(f"Enqueued the purge as task {result.id}; it has already run.")
            self.summary(result.return_value, dry_run=False)
        else:
            self.stdout.write(f"Enqueued the purge as task {result.id}; the task worker will run it.")

    def summary(self, counts: dict[str, int], *, dry_run: bool) -> None:
        verb = "would erase" if dry_run else "erased"
        for kind in KINDS:
            days = retention_days(kind)
            self.stdout.write(f"{kind}: {verb} {counts[kind]:,} submission(s), {kind} more than {days} days ago")
        if dry_run:
            self.stdout.write("Dry run: nothing has been changed.")
        else:
            self.stdout.write(self.style.SUCCESS(f"Erased {sum(counts.values()):,} submission(s) in all."))

    def progress(self, kind: str, erased: int, total: int) -> None:
        self.stdout.write(f"{kind}: erased {erased:,} of {total:,} …")
