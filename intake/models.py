"""Submissions from the public forms and the form pages that collect them.

A submission holds personal data: it lives in its own model, outside Wagtail's
form builder, so only intake staff can reach it (see DESIGN.md, "Intake and triage").
"""

import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField

from home.blocks import RICH_TEXT_BASIC
from home.models import BasePage

REFERENCE_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"  # no look-alikes such as 0/O, 1/I, 5/S, 8/B
REFERENCE_LENGTH = 8


def new_reference() -> str:
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


class Submission(models.Model):
    """One form sent by a member of the public; everything intake needs, nothing more."""

    class Kind(models.TextChoices):
        SIGN_UP = "sign_up", _("sign-up")
        INITIATIVE = "initiative", _("initiative report")
        CONTACT = "contact", _("question")

    class Status(models.TextChoices):
        NEW = "new", _("new")
        IN_REVIEW = "in_review", _("in review")
        CONTACTED = "contacted", _("contacted")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        SPAM = "spam", _("spam")
        CLOSED = "closed", _("closed")

    reference = models.CharField(_("reference"), max_length=9, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.PROTECT, related_name="+")
    project = models.ForeignKey(
        "projects.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("project"),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True, editable=False)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("assigned to"),
    )
    initiative_page = models.ForeignKey(
        "initiatives.InitiativePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("initiative page"),
    )

    # Personal data: erased on request and after the retention period.
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    data = models.JSONField(_("answers"), default=dict, blank=True)

    consent_version = models.CharField(_("consent text version"), max_length=40)
    consent_given_at = models.DateTimeField(_("consent given at"))
    verified = models.BooleanField(_("verified by reCAPTCHA"), default=False)
    verification_note = models.CharField(_("reCAPTCHA result"), max_length=100, blank=True)
    # The one-time token of the form it was sent with (intake/forms.py): a second post of that form finds this
    # submission instead of making another. Not personal data; empty for submissions made otherwise.
    form_token = models.CharField(max_length=40, unique=True, null=True, blank=True, editable=False)

    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    notification_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    mail_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    mail_error = models.CharField(max_length=200, blank=True, editable=False)

    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Not in Wagtail's reference index: a page's usage view would list (and count) the
    # sign-ups for a project to anyone who may edit the page.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["kind", "created_at"]),
            models.Index(fields=["assignee", "created_at"]),
            models.Index(fields=["status", "status_changed_at"]),
        ]
        permissions = [
            ("export_submission", "Can export submissions"),
            ("erase_submission", "Can erase a person's submissions"),
        ]

    def __str__(self) -> str:
        # Never the name: this string shows up in logs and admin messages.
        return f"{self.get_kind_display()} {self.reference}"

    def save(self, *args, **kwargs):
        if self.reference:
            return super().save(*args, **kwargs)
        for _attempt in range(5):
            self.reference = new_reference()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not type(self).objects.filter(reference=self.reference).exists():
                    raise
        raise IntegrityError("could not find a free reference code")

    @property
    def needs_mail(self) -> bool:
        wants_confirmation = bool(self.email) and self.confirmation_sent_at is None
        return wants_confirmation or self.notification_sent_at is None


class SubmissionEvent(models.Model):
    """One line of a submission's timeline: a note, a status change or an assignment, by whom and when.

    Notes may hold personal data, so the timeline is erased with its submission.
    """

    class Action(models.TextChoices):
        NOTE = "note", _("note")
        STATUS = "status", _("status changed")
        ASSIGN = "assign", _("assigned")
        PAGE = "page", _("draft initiative page created")

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    old_status = models.CharField(max_length=20, choices=Submission.Status.choices, blank=True)
    new_status = models.CharField(max_length=20, choices=Submission.Status.choices, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.submission_id})"


class SubmissionTally(models.Model):
    """Anonymous counts of erased submissions, kept for the yearly results.

    Rows are only added, never updated: sum `count` over whatever grouping is wanted.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=Submission.Kind.choices)
    month = models.DateField(_("month received"))
    project = models.ForeignKey(
        "projects.ProjectPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.PROTECT, related_name="+")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Submission.Status.choices)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("anonymous count")
        verbose_name_plural = _("anonymous counts")

    def __str__(self) -> str:
        return f"{self.kind} {self.month:%Y-%m} {self.outcome}: {self.count}"


class IntakeFormPage(RoutablePageMixin, BasePage):
    """A public form: the intro and thank-you texts are editors', the fields are fixed."""

    intro = RichTextField(features=RICH_TEXT_BASIC, blank=True, verbose_name=_("introduction"))
    thank_you_text = RichTextField(
        features=RICH_TEXT_BASIC,
        blank=True,
        verbose_name=_("thank-you text"),
        help_text=_("Shown after sending, above the reference code. Say what happens next."),
    )

    kind: str = ""
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types: list[str] = []
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("thank_you_text")]

    class Meta:
        abstract = True

    form_class_name = ""  # a class in intake/forms.py

    def get_form_class(self):
        from . import forms

        return getattr(forms, self.form_class_name)

    def get_template(self, request, *args, **kwargs):
        return "intake/form_page.html"  # the three forms share one layout

    @re_path(r"^$", name="form")
    def form_view(self, request):
        from .views import serve_form

        return serve_form(request, self)

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        from .views import serve_thanks

        return serve_thanks(request, self)


class SignUpPage(IntakeFormPage):
    """Refugees sign up for a project."""

    kind = Submission.Kind.SIGN_UP
    form_class_name = "SignUpForm"

    class Meta:
        verbose_name = _("sign-up form")


class InitiativeReportPage(IntakeFormPage):
    """Anyone reports an initiative for the directory."""

    kind = Submission.Kind.INITIATIVE
    form_class_name = "InitiativeReportForm"

    class Meta:
        verbose_name = _("initiative report form")


class ContactPage(IntakeFormPage):
    """Questions to the foundation."""

    kind = Submission.Kind.CONTACT
    form_class_name = "ContactForm"

    class Meta:
        verbose_name = _("contact form")
