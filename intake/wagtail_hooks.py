"""The Intake menu, its bulk actions, the dashboard panel and the audit trail's actions.

Wagtail's default Editors and Moderators groups hold no permission on Submission,
so they see neither the menu nor the records; the "Intake staff" group does.
"""

from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets import Button

from .admin_views import PersonRequestsViewSet, SubmissionViewSet, dashboard_counts, detail_url, queue_url
from .bulk_actions import AssignBulkAction, EraseBulkAction, SpamBulkAction, StatusBulkAction
from .models import Submission
from .reports import AnonymousCountsViewSet
from .triage import LOG_ACTIONS


class IntakeViewSetGroup(ViewSetGroup):
    menu_label = _("Intake")
    menu_icon = "mail"
    menu_order = 150
    items = (SubmissionViewSet, PersonRequestsViewSet, AnonymousCountsViewSet)


@hooks.register("register_admin_viewset")
def register_intake():
    return IntakeViewSetGroup()


for action_class in (AssignBulkAction, StatusBulkAction, SpamBulkAction):
    hooks.register("register_bulk_action", action_class)
# After Wagtail's own snippet actions (order 0): replaces "delete" for submissions only.
hooks.register("register_bulk_action", EraseBulkAction, order=100)


@hooks.register("insert_global_admin_css")
def intake_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/intake-admin.css"))


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


class IntakePanel(Component):
    """New, unassigned and overdue submissions at a glance, for intake staff."""

    name = "intake"
    order = 50

    def __init__(self, user):
        self.user = user

    def render_html(self, parent_context=None):
        context = {
            "counts": dashboard_counts(self.user),
            "new_url": queue_url(status="new"),
            "unassigned_url": queue_url(assignee="none", status=["new", "in_review", "contacted", "accepted"]),
            "overdue_url": queue_url(age="overdue"),
            "mine_url": queue_url(assignee="me", status=["new", "in_review", "contacted", "accepted"]),
        }
        return render_to_string("intake/admin/dashboard_panel.html", context)


@hooks.register("construct_homepage_panels")
def add_intake_panel(request, panels):
    if request.user.has_perm("intake.view_submission"):
        panels.append(IntakePanel(request.user))


@hooks.register("register_page_header_buttons")
def link_to_report(page, user, view_name, next_url=None):
    """An initiative page made from a report links back to it, for those who may see reports."""
    if page.specific_class is None or page.specific_class._meta.label != "initiatives.InitiativePage":
        return []
    if not user.has_perm("intake.view_submission"):
        return []
    report = Submission.objects.filter(initiative_page_id=page.pk).first()
    if report is None:
        return []
    return [
        Button(
            _("Open the report %(reference)s") % {"reference": report.reference}, detail_url(report), icon_name="mail"
        )
    ]
