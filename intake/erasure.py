"""Access and erasure: find one person's submissions, hand them over, and erase them everywhere.

Erasing is the only way a submission leaves the database (requests, retention and the
bulk action all come here): it first adds the submission to the anonymous counts,
then removes it, its timeline, and the contact details it put on a draft initiative
page, in the page and in every revision of it.
"""

import datetime
import re
from collections import Counter
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from .models import Submission, SubmissionEvent, SubmissionTally

PHONE_DIGITS_COMPARED = 9  # +31 6 1234 5678 and 06-12345678 are the same number


def phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone or "")[-PHONE_DIGITS_COMPARED:]


def find_person(*, email: str = "", phone: str = "", reference: str = "") -> QuerySet:
    """Every submission with this e-mail address, phone number or reference code."""
    condition = Q(pk__in=[])
    if email.strip():
        condition |= Q(email__iexact=email.strip())
    if reference.strip():
        condition |= Q(reference__iexact=reference.strip().upper())
    digits = phone_digits(phone)
    if len(digits) >= 6:
        # Narrow in the database, compare the normalised number here.
        candidates = Submission.objects.filter(phone__contains=digits[-4:]).values_list("pk", "phone")
        condition |= Q(pk__in=[pk for pk, stored in candidates if phone_digits(stored) == digits])
    return Submission.objects.filter(condition).select_related("locale", "project", "assignee").order_by("created_at")


def export_person(submissions: Iterable[Submission]) -> dict:
    """What the person is entitled to see: their answers, the consent record and the timeline."""
    return {
        "exported_at": timezone.now().isoformat(),
        "submissions": [
            {
                "reference": s.reference,
                "kind": s.kind,
                "language": s.locale.language_code,
                "project": s.project.title if s.project else None,
                "status": s.status,
                "received": s.created_at.isoformat(),
                "name": s.name,
                "email": s.email,
                "phone": s.phone,
                "answers": s.data,
                "consent_version": s.consent_version,
                "consent_given_at": s.consent_given_at.isoformat(),
                "notes": [
                    {"at": event.created_at.isoformat(), "note": event.note} for event in s.events.all() if event.note
                ],
            }
            for s in submissions
        ],
    }


def erase(submissions: QuerySet, *, user=None, reason: str) -> int:
    """Erase these submissions for good, keeping only anonymous counts; returns how many."""
    from .triage import log_action

    with transaction.atomic():
        rows = list(submissions.select_for_update(of=("self",)).select_related("initiative_page"))
        if not rows:
            return 0
        tally(rows)
        for submission in rows:
            if submission.initiative_page_id:
                scrub_initiative_page(submission)
            log_action(submission, "intake.erase", user, reason=reason)
        pks = [submission.pk for submission in rows]
        SubmissionEvent.objects.filter(submission_id__in=pks).delete()
        Submission.objects.filter(pk__in=pks).delete()
    return len(rows)


def tally(rows: list[Submission]) -> None:
    counts = Counter((s.kind, month_of(s.created_at), s.project_id, s.locale_id, s.status) for s in rows)
    SubmissionTally.objects.bulk_create(
        SubmissionTally(kind=kind, month=month, project_id=project, locale_id=locale, outcome=outcome, count=n)
        for (kind, month, project, locale, outcome), n in counts.items()
    )


def month_of(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date().replace(day=1)


def scrub_initiative_page(submission: Submission) -> None:
    """Take the reporter's contact details off the page they led to, and off every revision of it."""
    page = submission.initiative_page
    personal = {
        "contact_name": submission.name,
        "contact_email": submission.email,
        "contact_phone": submission.phone,
    }
    changed = {field: "" for field, value in personal.items() if value and getattr(page, field) == value}
    if changed:
        type(page).objects.filter(pk=page.pk).update(**changed)
    for revision in page.revisions.all():
        content = revision.content
        dirty = {field: "" for field, value in personal.items() if value and content.get(field) == value}
        if dirty:
            revision.content = {**content, **dirty}
            revision.save(update_fields=["content"])
    if changed:
        from wagtail.search.backends import get_search_backends

        page.refresh_from_db()
        for backend in get_search_backends():
            backend.add(page)
