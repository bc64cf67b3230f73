"""Access and erasure: find one person's submissions, hand them over, and erase them everywhere.

Erasing is the only way a submission leaves the database (requests, retention and the
bulk action all come here): it first adds the submission to the anonymous counts,
then removes it, its timeline, and the contact details it put on an initiative page:
in every translation and alias of the page, every revision of them, wagtail-localize's
translation sources and segments, the search index and the caches.
"""

import datetime
import json
import re
from collections import Counter
from collections.abc import Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page, Revision
from wagtail.search import index
from wagtail_localize.models import SegmentOverride, SourceDeletedError, TranslationSource

from home import page_cache

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


CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")


def scrub_initiative_page(submission: Submission) -> None:
    """Take the reporter's contact details off the page they led to, wherever Wagtail and wagtail-localize keep them.

    That is every translation and alias of the page (one translation key), every revision of
    each, wagtail-localize's copy of the source (``TranslationSource.content_json``, its
    overridable segments and the overrides translators made), the search index, and every
    cache that may still serve the published page.
    """
    person = {"contact_name": submission.name, "contact_email": submission.email, "contact_phone": submission.phone}
    pages = translations_and_aliases(submission.initiative_page)
    for page in pages:
        changed = personal_fields(person, {field: getattr(page, field, "") for field in CONTACT_FIELDS})
        if changed:
            type(page).objects.filter(pk=page.pk).update(**changed)
            for field, value in changed.items():
                setattr(page, field, value)
        for revision in Revision.objects.for_instance(page):
            dirty = personal_fields(person, revision.content)
            if dirty:
                revision.content = {**revision.content, **dirty}
                revision.save(update_fields=["content"])
        if changed:
            index.insert_or_update_object(page)
    scrub_translation_sources({page.translation_key for page in pages}, person)
    page_cache.forget([page.get_full_url() for page in pages])
    transaction.on_commit(lambda: purge_pages_from_cache(pages))


def translations_and_aliases(page: Page) -> list[Page]:
    """The page, its translations (one translation key) and their aliases, and aliases of those, as specific pages."""
    found: dict[int, Page] = {}
    condition = Q(translation_key=page.translation_key)
    while True:
        new = list(Page.objects.filter(condition).exclude(pk__in=found).specific())
        if not new:
            return list(found.values())
        found.update((each.pk, each) for each in new)
        keys = {each.translation_key for each in new}
        condition = Q(alias_of__in=[each.pk for each in new]) | Q(translation_key__in=keys)


def personal_fields(person: dict[str, str], content: dict) -> dict[str, str]:
    """The contact fields of ``content`` that hold this person's details, blanked (a phone compared by its digits)."""
    blanked = {}
    for field, personal in person.items():
        value = content.get(field)
        if not (personal and isinstance(value, str) and value):
            continue
        if field == "contact_phone":
            same = len(phone_digits(personal)) >= 6 and phone_digits(value) == phone_digits(personal)
        else:
            same = value.strip().casefold() == personal.strip().casefold()
        if same:
            blanked[field] = ""
    return blanked


def scrub_translation_sources(translation_keys: set, person: dict[str, str]) -> None:
    """wagtail-localize's copies: the source's content, its overridable segments (re-extracted) and overrides."""
    for source in TranslationSource.objects.filter(object_id__in=translation_keys):
        content = json.loads(source.content_json)
        dirty = personal_fields(person, content)
        if dirty:
            source.content_json = json.dumps({**content, **dirty}, cls=DjangoJSONEncoder)
            source.save(update_fields=["content_json"])
            try:
                source.refresh_segments()  # segments no longer in the content (the old contact) are deleted
            except SourceDeletedError:
                source.delete()  # its page is gone: nothing left to translate from
    for override in SegmentOverride.objects.filter(context__object_id__in=translation_keys):
        data = json.loads(override.data_json)
        if isinstance(data, str) and any(personal_fields(person, {field: data}) for field in CONTACT_FIELDS):
            override.delete()
