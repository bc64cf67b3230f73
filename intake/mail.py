"""Mails about a submission, sent after the transaction commits, by a background task.

The submitter's confirmation is in their own language; the staff notification
holds a link and the reference, never a name, phone number or answer.
"""

import datetime
import logging

from django_tasks import default_task_backend, task

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from home.models import OrganisationSettings

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 6


def enqueue_after_commit(mail_task, submission_pk: int, *args) -> None:
    """Hand a mail to the task backend; a failure to enqueue never reaches the visitor or the staff member."""
    try:
        mail_task.enqueue(submission_pk, *args)
    except Exception:
        logger.exception("intake: could not enqueue %s for submission %s", mail_task.name, submission_pk)


def backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(minutes=2 ** min(attempts, 8))


@task()
def send_submission_mails(submission_pk: int) -> None:
    """Send what is unsent; on failure note it and, where the backend can wait, try again later.

    The mail server is talked to outside any transaction: SQLite's IMMEDIATE
    transactions would otherwise hold every other writer while SMTP hangs.
    """
    from .models import Submission

    submission = Submission.objects.select_related("locale").filter(pk=submission_pk).first()
    if submission is None or not submission.needs_mail:
        return
    try:
        deliver(submission)
        submission.mail_error = ""
    except Exception as error:  # SMTP refused, timed out, ...: retry later
        submission.mail_attempts += 1
        submission.mail_error = type(error).__name__[:200]
        logger.warning(
            "intake: mail for %s failed (%s), attempt %s", submission, submission.mail_error, submission.mail_attempts
        )
    Submission.objects.filter(pk=submission.pk).update(
        confirmation_sent_at=submission.confirmation_sent_at,
        notification_sent_at=submission.notification_sent_at,
        mail_attempts=submission.mail_attempts,
        mail_error=submission.mail_error,
    )
    if submission.needs_mail and submission.mail_attempts < MAX_ATTEMPTS and default_task_backend.supports_defer:
        run_after = timezone.now() + backoff(submission.mail_attempts)
        send_submission_mails.using(run_after=run_after).enqueue(submission_pk)


def deliver(submission) -> None:
    """Send what has not been sent yet, marking each mail as it goes."""
    if submission.email and submission.confirmation_sent_at is None:
        confirmation(submission).send()
        submission.confirmation_sent_at = timezone.now()
    if submission.notification_sent_at is None:
        message = notification(submission)
        if message is not None:
            message.send()
        submission.notification_sent_at = timezone.now()


def confirmation(submission) -> EmailMessage:
    with translation.override(submission.locale.language_code):
        context = {"submission": submission, "organisation": organisation()}
        subject = render_to_string("intake/mail/confirmation_subject.txt", context).strip()
        body = render_to_string("intake/mail/confirmation.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [submission.email])


def notification(submission) -> EmailMessage | None:
    intake_address = organisation().intake_email
    if not intake_address:
        logger.warning("intake: no intake e-mail address in the site settings; %s not announced", submission)
        return None
    with translation.override(settings.LANGUAGE_CODE):
        context = {"submission": submission, "admin_url": admin_url(submission)}
        subject = render_to_string("intake/mail/notification_subject.txt", context).strip()
        body = render_to_string("intake/mail/notification.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [intake_address])


@task()
def send_assignment_mail(submission_pk: int, assignee_pk: int) -> None:
    """Tell a staff member a submission is theirs: the reference and a link, nothing personal."""
    from django.contrib.auth import get_user_model

    from .models import Submission

    submission = Submission.objects.filter(pk=submission_pk).first()
    assignee = get_user_model().objects.filter(pk=assignee_pk, is_active=True).first()
    if submission is None or assignee is None or not assignee.email or submission.assignee_id != assignee.pk:
        return
    profile = getattr(assignee, "wagtail_userprofile", None)
    language = (profile.preferred_language if profile else "") or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {"submission": submission, "admin_url": admin_url(submission)}
        subject = render_to_string("intake/mail/assigned_subject.txt", context).strip()
        body = render_to_string("intake/mail/assigned.txt", context)
    try:
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [assignee.email]).send()
    except Exception as error:  # a lost assignment mail is a nuisance, not a loss: the queue shows it
        logger.warning("intake: assignment mail for %s failed (%s)", submission, type(error).__name__)


def admin_url(submission) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("intake_queue:inspect", args=[submission.pk])


def organisation():
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return OrganisationSettings.for_site(site)


def send_pending_mails() -> int:
    """Retry every submission whose mails did not go out (cron, or the worker's schedule)."""
    from .models import Submission

    pending = Submission.objects.filter(mail_attempts__lt=MAX_ATTEMPTS).filter(
        Q(notification_sent_at__isnull=True) | Q(confirmation_sent_at__isnull=True, email__gt="")
    )
    pks = list(pending.values_list("pk", flat=True))
    for pk in pks:
        send_submission_mails.call(pk)
    return len(pks)
