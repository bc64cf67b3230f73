"""Synthetic submissions for benchmarks and demos of the triage queue: obviously fake, and removable.

They carry the consent version "synthetic" (no real form ever saves that), names such
as "Synthetic Person 12" and addresses at example.invalid. --delete removes them and
their timelines without adding them to the anonymous counts.
"""

import contextlib
import datetime
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Locale

from intake.models import Submission, SubmissionEvent, new_reference
from intake.triage import triage_staff
from projects.models import ProjectPage

MARK = "synthetic"  # the consent_version of every synthetic submission
BATCH_SIZE = 2000
DAYS = 2 * 365  # received over the last two years
Status = Submission.Status
KINDS = [(Submission.Kind.SIGN_UP, 70), (Submission.Kind.INITIATIVE, 10), (Submission.Kind.CONTACT, 20)]
STATUSES = [
    (Status.NEW, 15),
    (Status.IN_REVIEW, 10),
    (Status.CONTACTED, 10),
    (Status.ACCEPTED, 12),
    (Status.DECLINED, 5),
    (Status.SPAM, 8),
    (Status.CLOSED, 40),
]


def synthetic_submissions():
    return Submission.objects.filter(consent_version=MARK)


def weighted(rng: random.Random, options: list[tuple]):
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights)[0]


@contextlib.contextmanager
def explicit_timestamps(*models):
    """Let bulk_create keep the dates given: auto_now(_add) would set every row to now."""
    fields = [field for model in models for field in model._meta.concrete_fields if hasattr(field, "auto_now_add")]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


class Command(BaseCommand):
    help = 'Create N synthetic submissions (consent version "synthetic") for benchmarks; --delete removes them all.'

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, nargs="?", default=0, help="How many to add.")
        parser.add_argument("--delete", action="store_true", help="Remove every synthetic submission.")
        parser.add_argument("--seed", type=int, default=6, help="Random seed, for repeatable data.")

    def handle(self, *args, count: int, delete: bool, seed: int, **options):
        if delete:
            self.delete()
        elif count > 0:
            self.generate(count, random.Random(seed))
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # fresh planner statistics after a bulk load
        else:
            raise CommandError("Give a number of submissions to create, or --delete.")

    def generate(self, count: int, rng: random.Random) -> None:
        locales = list(Locale.objects.all())
        projects_by_locale: dict[int, list[int]] = {}
        for pk, locale_id in ProjectPage.objects.values_list("pk", "locale_id"):
            projects_by_locale.setdefault(locale_id, []).append(pk)
        staff = list(triage_staff().values_list("pk", flat=True))
        taken = set(Submission.objects.values_list("reference", flat=True))
        first_number = synthetic_submissions().count() + 1
        now = timezone.now()
        project_count = sum(map(len, projects_by_locale.values()))
        self.stdout.write(
            f"adding {count:,} synthetic submissions ({project_count} project pages, {len(staff)} staff) ..."
        )
        for start in range(0, count, BATCH_SIZE):
            rows = []
            for number in range(first_number + start, first_number + min(start + BATCH_SIZE, count)):
                reference = new_reference()
                while reference in taken:
                    reference = new_reference()
                taken.add(reference)
                rows.append(self.submission(number, reference, rng, now, locales, projects_by_locale, staff))
            with transaction.atomic(), explicit_timestamps(Submission, SubmissionEvent):
                created = Submission.objects.bulk_create(rows, batch_size=BATCH_SIZE)
                notes = [
                    SubmissionEvent(
                        submission_id=submission.pk,
                        user_id=submission.assignee_id,
                        action=SubmissionEvent.Action.NOTE,
                        note=f"Synthetic note {submission.name.rsplit(' ', 1)[-1]}: called back, left a message.",
                        created_at=submission.status_changed_at or submission.created_at,
                    )
                    for submission in created
                    if rng.random() < 0.05
                ]
                SubmissionEvent.objects.bulk_create(notes, batch_size=BATCH_SIZE)
            self.stdout.write(f"  {start + len(rows):,} / {count:,}")
        self.stdout.write(self.style.SUCCESS(f"Added {count:,} synthetic submissions."))

    @staticmethod
    def submission(number, reference, rng, now, locales, projects_by_locale, staff) -> Submission:
        kind = weighted(rng, KINDS)
        status = weighted(rng, STATUSES)
        locale = rng.choice(locales)
        created = now - datetime.timedelta(seconds=rng.randint(0, DAYS * 24 * 3600))
        changed = None
        if status != Status.NEW:
            changed = created + datetime.timedelta(seconds=rng.randint(0, int((now - created).total_seconds())))
        project = None
        if kind == Submission.Kind.SIGN_UP and rng.random() < 0.8:
            candidates = projects_by_locale.get(locale.pk) or [pk for pks in projects_by_locale.values() for pk in pks]
            project = rng.choice(candidates) if candidates else None
        assignee = rng.choice(staff) if staff and status != Status.NEW and rng.random() < 0.6 else None
        verified = rng.random() < 0.7
        return Submission(
            reference=reference,
            kind=kind,
            locale_id=locale.pk,
            project_id=project,
            status=status,
            status_changed_at=changed,
            assignee_id=assignee,
            name=f"Synthetic Person {number}",
            email=f"synthetic{number}@example.invalid" if rng.random() < 0.8 else "",
            phone=f"+31 6 0000 {number % 10000:04d}" if kind != Submission.Kind.CONTACT else "",
            data=Command.answers(kind, number, rng),
            consent_version=MARK,
            consent_given_at=created,
            verified=verified,
            verification_note="" if verified else "synthetic: not checked",
            confirmation_sent_at=created,
            notification_sent_at=created,
            created_at=created,
            updated_at=changed or created,
        )

    @staticmethod
    def answers(kind: str, number: int, rng: random.Random) -> dict:
        if kind == Submission.Kind.SIGN_UP:
            return {
                "contact_channel": rng.choice(["phone", "whatsapp", "email"]),
                "municipality": f"Synthetic Town {number % 40}",
                "languages": "Synthetic",
                "dutch_level": rng.choice(["none", "basic", "intermediate", "good"]),
                "looking_for": rng.sample(["paid_work", "internship", "education", "volunteering"], 2),
                "background": f"Synthetic background {number}.",
            }
        if kind == Submission.Kind.INITIATIVE:
            return {
                "initiative_name": f"Synthetic Initiative {number}",
                "organisation": f"Synthetic Organisation {number % 50}",
                "description": "A synthetic initiative for benchmarks.",
                "publish_contact": False,
            }
        return {"topic": rng.choice(["general", "sign_up", "press"]), "message": f"Synthetic question {number}?"}

    def delete(self) -> None:
        pks = list(synthetic_submissions().order_by("pk").values_list("pk", flat=True))
        self.stdout.write(f"removing {len(pks):,} synthetic submissions ...")
        for start in range(0, len(pks), BATCH_SIZE):
            batch = pks[start : start + BATCH_SIZE]
            with transaction.atomic():
                SubmissionEvent.objects.filter(submission_id__in=batch).delete()
                Submission.objects.filter(pk__in=batch, consent_version=MARK).delete()
            self.stdout.write(f"  {start + len(batch):,} / {len(pks):,}")
        self.stdout.write(self.style.SUCCESS(f"Removed {len(pks):,} synthetic submissions."))
