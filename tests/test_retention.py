"""Retention: closed submissions are erased after a year and spam after a month, leaving anonymous counts."""

import datetime
import io
import json

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale, ModelLogEntry

from intake.models import Submission, SubmissionEvent, SubmissionTally
from intake.retention import purge_expired, purge_expired_submissions
from projects.models import ProjectPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, SubmissionFactory

pytestmark = pytest.mark.django_db
PLANTED = ["Planted Person", "planted", "+31 6 11112222", "11112222", "Plantdorp", "Planted background"]


def aged(status: str, days: float, *, created_days: float | None = None, changed: bool = True, **fields):
    """A submission with `status` since `days` ago (or, with changed=False, received `days` ago and never moved)."""
    submission = SubmissionFactory(**fields)
    now = timezone.now()
    created = now - datetime.timedelta(days=created_days if created_days is not None else days)
    Submission.objects.filter(pk=submission.pk).update(
        status=status,
        status_changed_at=now - datetime.timedelta(days=days) if changed else None,
        created_at=created,
    )
    submission.refresh_from_db()
    return submission


def purge(*args) -> str:
    out = io.StringIO()
    call_command("purge_submissions", *args, stdout=out)
    return out.getvalue()


def remaining() -> set[int]:
    return set(Submission.objects.values_list("pk", flat=True))


@pytest.fixture
def arabic_project(homes, sync_trees):
    """A Dutch project and its Arabic alias, which an Arabic sign-up points to."""
    index = ProjectIndexPageFactory(parent=homes["nl"])
    ProjectPageFactory(parent=index, title="Werk in zicht", slug="werk-in-zicht")
    sync_trees()
    return ProjectPage.objects.get(locale__language_code="ar", slug="werk-in-zicht")


def test_closed_more_than_a_year_ago_is_erased_and_counted(arabic_project):
    arabic = Locale.objects.get(language_code="ar")
    old = aged("closed", 13 * 31, created_days=14 * 31, locale=arabic, project=arabic_project)
    SubmissionEvent.objects.create(submission=old, action="note", note="Called Planted Person back")
    recent = aged("closed", 11 * 30)
    SubmissionEvent.objects.create(submission=recent, action="note", note="Still within the year")

    output = purge()

    assert remaining() == {recent.pk}
    tally = SubmissionTally.objects.get()
    assert (tally.kind, tally.project, tally.locale, tally.outcome, tally.count) == (
        "sign_up",
        arabic_project,
        arabic,
        "closed",
        1,
    )
    assert tally.month == timezone.localtime(old.created_at).date().replace(day=1)
    assert list(SubmissionEvent.objects.values_list("note", flat=True)) == ["Still within the year"]
    assert "closed: erased 1 of 1 …" in output
    assert "closed: erased 1 submission(s), closed more than 365 days ago" in output
    assert "spam: erased 0 submission(s)" in output


def test_the_erasure_is_logged_without_personal_data():
    old = aged("closed", 400)

    purge()

    entry = ModelLogEntry.objects.get(action="intake.erase")
    assert entry.object_id == str(old.pk)
    assert entry.data["reason"] == "retention"
    assert entry.user is None
    logged = entry.label + json.dumps(entry.data)
    assert old.reference in logged
    for personal in [*PLANTED, old.email]:
        assert personal not in logged


def test_spam_is_deleted_after_thirty_days():
    old = aged("spam", 31)
    young = aged("spam", 29)

    output = purge()

    assert remaining() == {young.pk}
    assert not Submission.objects.filter(pk=old.pk).exists()
    assert SubmissionTally.objects.get().outcome == "spam"
    assert "spam: erased 1 submission(s), spam more than 30 days ago" in output


def test_open_submissions_stay_however_old():
    open_ones = {
        aged(status, 5 * 365, changed=changed).pk
        for status in ["new", "in_review", "contacted", "accepted", "declined"]
        for changed in [True, False]
    }

    purge()

    assert remaining() == open_ones
    assert not SubmissionTally.objects.exists()


def test_without_a_status_change_the_received_date_counts():
    old = aged("closed", 400, changed=False)
    young = aged("closed", 100, changed=False)
    old_spam = aged("spam", 40, changed=False)

    purge()

    assert remaining() == {young.pk}
    assert not Submission.objects.filter(pk__in=[old.pk, old_spam.pk]).exists()


def test_dry_run_counts_and_changes_nothing():
    for days in [400, 500, 10]:
        aged("closed", days)
    aged("spam", 45)
    before = remaining()

    output = purge("--dry-run")

    assert remaining() == before
    assert not SubmissionTally.objects.exists()
    assert not ModelLogEntry.objects.filter(action="intake.erase").exists()
    assert "closed: would erase 2 submission(s), closed more than 365 days ago" in output
    assert "spam: would erase 1 submission(s), spam more than 30 days ago" in output
    assert "Dry run: nothing has been changed." in output
    assert "erased" not in output


def test_retention_days_from_settings(settings):
    settings.INTAKE_RETENTION_DAYS = 30
    settings.INTAKE_SPAM_RETENTION_DAYS = 3
    closed = aged("closed", 40)
    kept = aged("closed", 20)
    spam = aged("spam", 4)

    output = purge()

    assert remaining() == {kept.pk}
    assert not Submission.objects.filter(pk__in=[closed.pk, spam.pk]).exists()
    assert "closed more than 30 days ago" in output
    assert "spam more than 3 days ago" in output


def test_works_in_batches_and_reports_progress():
    expired = [aged("closed", 400) for _ in range(5)]
    kept = aged("closed", 10)
    reports = []

    counts = purge_expired(batch_size=2, progress=lambda *report: reports.append(report))

    assert counts == {"closed": 5, "spam": 0}
    assert reports == [("closed", 2, 5), ("closed", 4, 5), ("closed", 5, 5)]
    assert remaining() == {kept.pk}
    assert sum(SubmissionTally.objects.values_list("count", flat=True)) == len(expired)


def test_the_task_erases_through_the_queue():
    aged("closed", 400)
    aged("spam", 60)
    kept = aged("spam", 2)

    result = purge_expired_submissions.enqueue()

    assert result.status == "SUCCESSFUL"
    assert result.return_value == {"closed": 1, "spam": 1}
    assert remaining() == {kept.pk}


def test_enqueue_option_hands_the_purge_to_the_task_backend():
    aged("closed", 400)
    kept = aged("closed", 3)

    output = purge("--enqueue")

    assert "Enqueued the purge as task" in output
    assert "closed: erased 1 submission(s)" in output
    assert remaining() == {kept.pk}
