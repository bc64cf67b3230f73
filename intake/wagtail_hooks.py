"""The submissions in the admin: read-only for now, visible only with the intake permissions.

Wagtail's default Editors and Moderators groups have no permission on Submission,
so they see neither the menu item nor the records.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Submission


class SubmissionViewSet(SnippetViewSet):
    model = Submission
    icon = "mail"
    menu_label = _("Submissions")
    menu_name = "submissions"
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["reference", "kind", "status", "locale", "verified", "created_at"]
    list_filter = ["kind", "status", "verified"]
    inspect_view_fields = [
        "reference",
        "kind",
        "status",
        "locale",
        "project",
        "name",
        "email",
        "phone",
        "data",
        "consent_version",
        "consent_given_at",
        "verified",
        "verification_note",
        "created_at",
    ]
    search_fields = ["reference"]


register_snippet(SubmissionViewSet)
