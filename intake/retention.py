"""Retention: a closed submission's personal data leaves the database after a year, spam after a month.

Everything goes through `erasure.erase`, so the anonymous counts keep what the yearly
results need. Run by `manage.py purge_submissions`, or by a scheduler that enqueues
`purge_expired_submissions` for the task worker.
"""

import datetime
import logging
from collections.abc import Callable

from django_tasks import task

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from . import erasure
from .models import Submission

logger = logging.getLogger(__name__)
BATCH_SIZE = 500  # rows per transaction: 100,000 expired rows never sit in memory at once
KINDS = (Submission.Status.CLOSED, Submission.Status.SPAM)  # the statuses that expire, in this order

Progress = Callable[[str, int, int], None]  # (kind, erased so far, expired in total)


def retention_days(kind: str) -> int:
    if kind == Submission.Status.SPAM:
        return settings.INTAKE_SPAM_RETENTION_DAYS
    return settings.INTAKE_RETENTION_DAYS


def expired(kind: str, now: datetime.datetime) -> QuerySet:
    """Submissions with status `kind` since before the cut-off; no status change recorded: since they came in."""
    cutoff = now - datetime.timedelta(days=retention_days(kind))
    return Submission.objects.filter(status=kind).filter(
        Q(status_changed_at__lt=cutoff) | Q(status_changed_at__isnull=True, created_at__lt=cutoff)
    )


def purge_expired(
    *, dry_run: bool = False, batch_size: int = BATCH_SIZE, progress: Progress | None = None
) -> dict[str, int]:
    """Erase every expired closed and spam submission, `batch_size` at a time; returns how many per kind.

    A dry run only counts. Each batch is re-checked inside `erase`'s transaction, so a
    submission reopened while the purge runs is left alone.
    """
    now = timezone.now()
    done = {}
    for kind in KINDS:
        queryset = expired(kind, now)
        total = queryset.count()
        if dry_run or not total:
            done[str(kind)] = total
            continue
        erased = last_pk = 0
        while True:
            pks = list(queryset.filter(pk__gt=last_pk).order_by("pk").values_list("pk", flat=True)[:batch_size])
            if not pks:
                break
            last_pk = pks[-1]
            erased += erasure.erase(queryset.filter(pk__in=pks), user=None, reason="retention")
            if progress:
                progress(str(kind), erased, total)
        done[str(kind)] = erased
        logger.info("intake retention: erased %s %s submissions", erased, kind)
    return done


@task()
def purge_expired_submissions() -> dict[str, int]:
    """The purge as a background task, for the worker and for schedulers that can only enqueue."""
    return purge_expired()
