"""What intake staff do to a submission: assign, move through statuses, note, turn into a page.

Every change writes a line in the submission's timeline (which may hold personal
data in notes) and, for the audit, a Wagtail log entry holding ids only.
"""

import datetime
import uuid
from collections.abc import Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Case, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import get_user_display_name
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail_localize.synctree import create_aliases_for_new_page

from .models import Submission, SubmissionEvent

Status = Submission.Status

# The audit trail's actions (registered with Wagtail in wagtail_hooks.py); data holds ids only.
LOG_ACTIONS = {
    "intake.view": (_("View submission"), _("Submission viewed")),
    "intake.export": (_("Export submissions"), _("Submissions exported")),
    "intake.status": (_("Change status"), _("Submission status changed")),
    "intake.assign": (_("Assign submission"), _("Submission assigned")),
    "intake.note": (_("Add note"), _("Note added to submission")),
    "intake.create_page": (_("Create draft initiative page"), _("Draft initiative page created from submission")),
    "intake.erase": (_("Erase submission"), _("Submission erased")),
}

# Where a status may go next; "closed" ends every path, and a mistake can be undone by reopening.
NEXT_STATUSES = {
    Status.NEW: [Status.IN_REVIEW, Status.CONTACTED, Status.SPAM, Status.CLOSED],
    Status.IN_REVIEW: [Status.CONTACTED, Status.ACCEPTED, Status.DECLINED, Status.SPAM, Status.CLOSED],
    Status.CONTACTED: [Status.ACCEPTED, Status.DECLINED, Status.CLOSED],
    Status.ACCEPTED: [Status.CLOSED],
    Status.DECLINED: [Status.CLOSED],
    Status.SPAM: [Status.NEW, Status.CLOSED],
    Status.CLOSED: [Status.IN_REVIEW],
}
WAITING_FOR_CONTACT = [Status.NEW, Status.IN_REVIEW]


class TriageError(Exception):
    """A triage action that cannot be done; the message is shown to the staff member."""


def overdue_since(now: datetime.datetime | None = None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(days=settings.INTAKE_FIRST_CONTACT_DAYS)


def overdue_q(now: datetime.datetime | None = None) -> Q:
    """Waiting for a first contact for longer than INTAKE_FIRST_CONTACT_DAYS."""
    return Q(status__in=WAITING_FOR_CONTACT, created_at__lt=overdue_since(now))


def with_overdue(queryset: QuerySet) -> QuerySet:
    return queryset.annotate(is_overdue=Case(When(overdue_q(), then=Value(True)), default=Value(False)))


def log_action(submission: Submission, action: str, user, **data) -> None:
    log(instance=submission, action=action, user=user, data={"submission": submission.pk, **data})


def log_many(action: str, user, submissions: Iterable[Submission], **data) -> None:
    """An action on many submissions (an export): one audit entry per submission, ids only, sharing one uuid.

    Each entry is about one real submission: Wagtail's Site history turns ``object_id`` into
    the model's id, and the submission's own history shows who exported it.
    """
    content_type = ContentType.objects.get_for_model(Submission)
    rows = [(submission.pk, str(submission)) for submission in submissions]
    batch, now = uuid.uuid4(), timezone.now()
    ModelLogEntry.objects.bulk_create(
        (
            ModelLogEntry(
                content_type=content_type,
                object_id=str(pk),
                label=label,
                action=action,
                user=user,
                data={"submission": pk, "count": len(rows), **data},
                timestamp=now,
                uuid=batch,
            )
            for pk, label in rows
        ),
        batch_size=500,
    )


def change_status(submission: Submission, user, new_status: str, note: str = "") -> None:
    old_status = submission.status
    if new_status == old_status:
        if note:
            add_note(submission, user, note)
        return
    if new_status not in NEXT_STATUSES[old_status] and not (user and user.is_superuser):
        raise TriageError(
            _("A submission that is %(old)s cannot become %(new)s.")
            % {"old": submission.get_status_display(), "new": Status(new_status).label}
        )
    with transaction.atomic():
        submission.status = new_status
        submission.status_changed_at = timezone.now()
        submission.save(update_fields=["status", "status_changed_at", "updated_at"])
        SubmissionEvent.objects.create(
            submission=submission,
            user=user,
            action=SubmissionEvent.Action.STATUS,
            old_status=old_status,
            new_status=new_status,
            note=note,
        )
        log_action(submission, "intake.status", user, old=old_status, new=new_status)


def assign(submission: Submission, user, assignee) -> None:
    """Give the submission to someone (or to nobody); they get a mail with a link only."""
    if assignee is not None and not can_triage(assignee):
        raise TriageError(_("%(name)s is not in intake staff.") % {"name": get_user_display_name(assignee)})
    if submission.assignee_id == (assignee.pk if assignee else None):
        return
    with transaction.atomic():
        submission.assignee = assignee
        submission.save(update_fields=["assignee", "updated_at"])
        SubmissionEvent.objects.create(
            submission=submission, user=user, action=SubmissionEvent.Action.ASSIGN, assignee=assignee
        )
        log_action(submission, "intake.assign", user, assignee=assignee.pk if assignee else None)
        if assignee is not None and assignee != user and assignee.email:
            from .mail import enqueue_after_commit, send_assignment_mail

            transaction.on_commit(lambda: enqueue_after_commit(send_assignment_mail, submission.pk, assignee.pk))


def add_note(submission: Submission, user, note: str) -> None:
    note = note.strip()
    if not note:
        raise TriageError(_("Write a note first."))
    with transaction.atomic():
        SubmissionEvent.objects.create(submission=submission, user=user, action=SubmissionEvent.Action.NOTE, note=note)
        Submission.objects.filter(pk=submission.pk).update(updated_at=timezone.now())
        log_action(submission, "intake.note", user)


def can_triage(user) -> bool:
    return user.is_active and user.has_perm("intake.change_submission")


def triage_staff():
    """Everyone who can be given a submission: active users with the change permission."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    permission = Permission.objects.get(content_type__app_label="intake", codename="change_submission")
    users = get_user_model().objects.filter(is_active=True)
    return users.filter(
        Q(is_superuser=True) | Q(user_permissions=permission) | Q(groups__permissions=permission)
    ).distinct()


def create_draft_initiative(submission: Submission, user):
    """An accepted initiative report becomes a draft page in the directory of the report's language.

    The contact person is copied only when the reporter allowed publishing it.
    """
    from initiatives.models import FocusArea, InitiativeDirectoryPage, InitiativePage, Region

    if submission.kind != Submission.Kind.INITIATIVE:
        raise TriageError(_("Only initiative reports can become an initiative page."))
    if submission.status != Status.ACCEPTED:
        raise TriageError(_("Accept the report first."))
    if submission.initiative_page_id:
        raise TriageError(_("This report already has an initiative page."))
    directory = InitiativeDirectoryPage.objects.filter(locale_id=submission.locale_id).order_by("-live", "path").first()
    if directory is None:
        raise TriageError(_("There is no initiatives directory in this language yet."))

    data = submission.data
    title = (data.get("initiative_name") or "").strip() or str(submission)
    page = InitiativePage(
        title=title,
        slug=find_available_slug(directory, slugify(title, allow_unicode=True) or "initiative"),
        locale_id=submission.locale_id,
        live=False,
        intro=data.get("description", ""),
        goal=paragraph_html(data.get("goal", "")),
        approach=paragraph_stream(data.get("approach", "")),
        results=paragraph_stream(data.get("results", "")),
        organisation=data.get("organisation", ""),
        website=data.get("website", ""),
    )
    if data.get("publish_contact"):
        page.contact_name = submission.name
        page.contact_email = submission.email
        page.contact_phone = submission.phone
    page.focus_areas = list(
        FocusArea.objects.filter(locale_id=submission.locale_id, slug__in=data.get("focus_areas") or [])
    )
    page.regions = list(Region.objects.filter(locale_id=submission.locale_id, slug=data.get("region") or ""))
    with transaction.atomic():
        directory.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        # What wagtail-localize does for a page made in the admin: aliases in the languages synced from this one.
        create_aliases_for_new_page(page)
        submission.initiative_page = page
        submission.save(update_fields=["initiative_page", "updated_at"])
        SubmissionEvent.objects.create(submission=submission, user=user, action=SubmissionEvent.Action.PAGE)
        log_action(submission, "intake.create_page", user, page=page.pk)
    return page


def paragraph_html(text: str) -> str:
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs)


def paragraph_stream(text: str) -> list:
    html = paragraph_html(text)
    return [("paragraph", html)] if html else []
