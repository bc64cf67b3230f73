"""Bulk actions on the queue: assign, change status, mark as spam, and erase instead of delete.

Each goes through the same functions as the detail view (`triage`, `erasure`), so the
timeline and the audit trail are written the same way.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from . import erasure, triage
from .admin_views import AssignForm, detail_url
from .models import Submission


@method_decorator(sensitive_post_parameters("note"), name="dispatch")  # notes may name the person
class SubmissionBulkAction(SnippetBulkAction):
    models = [Submission]
    template_name = "intake/admin/bulk_confirm.html"
    permission = "intake.change_submission"
    question = ""
    yes_text = _("Yes, go ahead")

    def dispatch(self, request, *args, **kwargs):
        # Before any lookup: not even a 404 for a wrong id tells others that submissions exist.
        if not request.user.has_perm("intake.view_submission"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, obj):
        return self.request.user.has_perm(self.permission)

    def object_context(self, obj):
        return {"item": obj, "edit_url": detail_url(obj)}

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        message = ngettext("%(count)d submission changed.", "%(count)d submissions changed.", num_parent_objects) % {
            "count": num_parent_objects
        }
        if num_child_objects:
            message += " " + ngettext(
                "%(count)d could not be changed: its status does not allow it.",
                "%(count)d could not be changed: their status does not allow it.",
                num_child_objects,
            ) % {"count": num_child_objects}
        return message


class AssignBulkAction(SubmissionBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected submissions")
    action_priority = 10
    form_class = AssignForm  # the detail view's form: one list of who can be assigned
    question = _("Assign these submissions?")

    def get_execution_context(self):
        return {**super().get_execution_context(), "assignee": self.cleaned_form.cleaned_data["assignee"]}

    @classmethod
    def execute_action(cls, objects, user=None, assignee=None, **kwargs):
        for submission in objects:
            triage.assign(submission, user, assignee)
        return len(objects), 0


class BulkStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Submission.Status.choices)
    note = forms.CharField(label=_("Note (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class StatusBulkAction(SubmissionBulkAction):
    display_name = _("Change status")
    action_type = "change_status"
    aria_label = _("Change the status of the selected submissions")
    action_priority = 20
    form_class = BulkStatusForm
    question = _("Change the status of these submissions?")

    def get_execution_context(self):
        data = self.cleaned_form.cleaned_data
        return {**super().get_execution_context(), "status": data["status"], "note": data["note"]}

    @classmethod
    def execute_action(cls, objects, user=None, status=None, note="", **kwargs):
        done = refused = 0
        for submission in objects:
            try:
                triage.change_status(submission, user, status, note)
                done += 1
            except triage.TriageError:
                refused += 1
        return done, refused


class SpamBulkAction(StatusBulkAction):
    display_name = _("Mark as spam")
    action_type = "mark_spam"
    aria_label = _("Mark the selected submissions as spam")
    action_priority = 25
    form_class = forms.Form
    question = _("Mark these submissions as spam? Spam is deleted after 30 days.")

    def get_execution_context(self):
        return {**SubmissionBulkAction.get_execution_context(self), "status": Submission.Status.SPAM, "note": ""}


class EraseBulkAction(SubmissionBulkAction):
    """Takes the place of Wagtail's delete action: a submission is only ever erased, with its traces."""

    display_name = _("Erase")
    action_type = "delete"
    aria_label = _("Erase the selected submissions and their personal data")
    action_priority = 90
    classes = {"serious"}
    permission = "intake.erase_submission"
    question = _("Erase these submissions for good? Only anonymous counts are kept. This cannot be undone.")
    yes_text = _("Yes, erase")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        count = erasure.erase(Submission.objects.filter(pk__in=[s.pk for s in objects]), user=user, reason="bulk")
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d submission erased.", "%(count)d submissions erased.", num_parent_objects) % {
            "count": num_parent_objects
        }
