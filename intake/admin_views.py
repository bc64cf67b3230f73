"""The triage queue in the admin: list, detail with actions, export, and people's requests.

Only users with the intake permissions get here (the viewsets' permission policy);
every view that shows personal data sends `Cache-Control: private, no-store`.
"""

import datetime
import itertools
import json

import django_filters

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView

from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, StatusFlagColumn, StatusTagColumn, UserColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale
from wagtail.snippets.views.snippets import IndexView, InspectView, SnippetViewSet

from home.spreadsheets import safe_cell

from . import erasure, triage
from .forms import ContactForm, InitiativeReportForm, ListedModelChoiceField, SignUpForm
from .models import Submission
from .views import private

Status = Submission.Status


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users holding every one of `permissions`."""

    permissions: tuple[str, ...] = ()

    @classmethod
    def requiring(cls, *permissions: str) -> type["PermissionMenuItem"]:
        return type("PermissionMenuItem", (cls,), {"permissions": permissions})

    def is_shown(self, request):
        return request.user.has_perms(self.permissions)


# --- The answers, as triage detail and the export show them ---


FORM_CLASSES = {
    Submission.Kind.SIGN_UP: SignUpForm,
    Submission.Kind.INITIATIVE: InitiativeReportForm,
    Submission.Kind.CONTACT: ContactForm,
}
# Shown apart (contact details, project, consent) or no answer at all (the timing and honeypot fields).
NOT_ANSWERS = {"name", "email", "phone", "project", "consent", "started", "fax_number"}

Questions = list[tuple[str, forms.Field]]


def questions(kind: str) -> Questions:
    """The questions of this kind of form, in the form's order, by field name."""
    # A form of its own, not base_fields: the directory's terms are its choices only once it is made.
    return [(name, field) for name, field in FORM_CLASSES[kind]().fields.items() if name not in NOT_ANSWERS]


def answer_text(field: forms.Field, value) -> str:
    """An answer as the person chose it: choices by their label, yes or no; an optional question left open says so.

    Not the choice of "" (a select's placeholder, "Choose if you like"): nobody chose that.
    """
    if value in ("", None, []):
        return gettext("Not answered")
    choices = dict(getattr(field, "choices", None) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(item, item)) for item in value)
    if isinstance(value, bool):
        return yes_no(value)
    return str(choices.get(value, value))


def answers_for_display(submission: Submission, asked: Questions | None = None) -> list[tuple[str, str]]:
    """The form's answers with their questions, in the form's order: for triage detail and the export alike."""
    asked = questions(submission.kind) if asked is None else asked
    data = submission.data
    return [(str(field.label), answer_text(field, data[name])) for name, field in asked if name in data]


# --- The queue -------------------------------------------------------------------------


def assignee_choices():
    return [("me", _("Me")), ("none", _("Nobody"))] + [
        (str(user.pk), get_user_display_name(user)) for user in triage.triage_staff().order_by("username")
    ]


def project_choices():
    from projects.models import ProjectPage

    projects = ProjectPage.objects.filter(locale=Locale.get_default()).order_by("title")
    return [(str(key), title) for key, title in projects.values_list("translation_key", "title")]


def locale_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in Locale.objects.order_by("pk")]


class SubmissionFilterSet(WagtailFilterSet):
    AGES = [
        ("overdue", _("Overdue for a first contact")),
        ("7", _("Received in the last 7 days")),
        ("30", _("Received in the last 30 days")),
        ("older", _("Received more than 30 days ago")),
    ]

    # distinct=False: no join can repeat a row, and DISTINCT over every column is slow.
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple, distinct=False
    )
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind"), choices=Submission.Kind.choices, widget=forms.CheckboxSelectMultiple, distinct=False
    )
    assignee = django_filters.ChoiceFilter(label=_("Assigned to"), choices=assignee_choices, method="by_assignee")
    project = django_filters.ChoiceFilter(label=_("Project"), choices=project_choices, method="by_project")
    locale = django_filters.ChoiceFilter(
        label=_("Language"), choices=locale_choices, field_name="locale__language_code"
    )
    verified = django_filters.BooleanFilter(
        label=_("Verified by reCAPTCHA"),
        widget=forms.Select(choices=[("", _("All")), ("true", _("Verified")), ("false", _("Not verified"))]),
    )
    age = django_filters.ChoiceFilter(label=_("Age"), choices=AGES, method="by_age")

    class Meta:
        model = Submission
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Evaluated once per request, not each time the form validates or renders.
        for name, choices in [("assignee", assignee_choices), ("project", project_choices), ("locale", locale_choices)]:
            self.filters[name].extra["choices"] = choices()

    def by_assignee(self, queryset, name, value):
        if value == "me":
            return queryset.filter(assignee=self.request.user)
        if value == "none":
            return queryset.filter(assignee__isnull=True)
        return queryset.filter(assignee_id=value)

    def by_project(self, queryset, name, value):
        return queryset.filter(project__translation_key=value)

    def by_age(self, queryset, name, value):
        now = timezone.now()
        if value == "overdue":
            return queryset.filter(triage.overdue_q(now))
        if value == "older":
            return queryset.filter(created_at__lt=now - datetime.timedelta(days=30))
        return queryset.filter(created_at__gte=now - datetime.timedelta(days=int(value)))


class QueueStatusColumn(StatusTagColumn):
    """The status, and "overdue" in words (not only in colour) when the first contact is late."""

    cell_template_name = "intake/admin/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = getattr(instance, "is_overdue", False)
        return context


def in_language(language: str, lines):
    while True:
        with translation.override(language):
            line = next(lines, None)
        if line is None:
            return
        yield line


def yes_no(value: bool) -> str:
    return gettext("yes") if value else gettext("no")


def local_time(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


class QueueView(IndexView):
    default_ordering = "-created_at"
    # The export: what intake needs to work from a spreadsheet, with the contact details.
    EXPORT = {
        "reference": (_("Reference"), lambda s: s.reference),
        "kind": (_("Kind"), lambda s: s.get_kind_display()),
        "status": (_("Status"), lambda s: s.get_status_display()),
        "language": (_("Language"), lambda s: s.locale.language_code),
        "project": (_("Project"), lambda s: s.project.title if s.project else ""),
        "assignee": (_("Assigned to"), lambda s: get_user_display_name(s.assignee)),
        "verified": (_("Verified by reCAPTCHA"), lambda s: yes_no(s.verified)),
        "overdue": (_("Overdue"), lambda s: yes_no(s.is_overdue)),
        "received": (_("Received"), lambda s: local_time(s.created_at)),
        "status_changed": (_("Status changed"), lambda s: local_time(s.status_changed_at)),
        "name": (_("Name"), lambda s: s.name),
        "email": (_("E-mail"), lambda s: s.email),
        "phone": (_("Phone"), lambda s: s.phone),
    }
    export_filename = "intake-queue"
    # CSV cells are plain text a spreadsheet may run as formulas; Wagtail already writes XLSX cells as text.
    custom_value_preprocess = {**IndexView.custom_value_preprocess, str: {"csv": safe_cell}}

    @cached_property
    def asked(self) -> dict[str, Questions]:
        """Every kind's questions, each form made once per export."""
        return {kind: questions(kind) for kind in Submission.Kind.values}

    @cached_property
    def answer_columns(self) -> dict[str, str]:
        """One column per question of any form (by field name), headed by the question as triage detail shows it."""
        columns = {}
        for asked in self.asked.values():
            for name, field in asked:
                columns.setdefault(f"answer:{name}", str(field.label))
        return columns

    @cached_property
    def list_export(self) -> list[str]:
        return [*self.EXPORT, *self.answer_columns]

    @cached_property
    def export_headings(self) -> dict[str, str]:
        return {**{key: heading for key, (heading, _getter) in self.EXPORT.items()}, **self.answer_columns}

    @cached_property
    def list_display(self):
        return [
            "reference",
            Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
            QueueStatusColumn("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            LocaleColumn(),
            Column("project", label=_("Project"), accessor="project"),
            UserColumn("assignee", label=_("Assigned to"), blank_display_name=_("Nobody")),
            StatusFlagColumn("verified", label=_("reCAPTCHA"), true_label=_("verified"), false_label=_("not verified")),
            DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        ]

    def get_base_queryset(self):
        # The avatars' profiles in a second query: joining them makes SQLite sort the whole queue.
        queryset = Submission.objects.select_related("locale", "project", "assignee")
        return triage.with_overdue(queryset.prefetch_related("assignee__wagtail_userprofile"))

    def search_queryset(self, queryset):
        """Search by reference code only: no personal data in URLs or server logs."""
        code = "".join((self.search_query or "").split()).upper()
        if not code:
            return queryset
        if len(code) == 8 and "-" not in code:
            code = f"{code[:4]}-{code[4:]}"
        if len(code) == 9:
            return queryset.filter(reference=code)  # the unique index, not a scan
        return queryset.filter(reference__icontains=code)

    def get_edit_url(self, instance):
        return None  # a submission is opened, not edited as a form

    def get_copy_url(self, instance):
        return None

    def stream_csv(self, queryset):
        """Wagtail streams the rows after the view returns: keep the staff member's language for all of them.

        A byte-order mark first, or Excel reads the UTF-8 as its local code page (names in Arabic
        or Ge'ez script garble).
        """
        return in_language(translation.get_language(), itertools.chain(["\ufeff"], super().stream_csv(queryset)))

    def to_row_dict(self, item):
        row = dict.fromkeys(self.list_export, "")
        row.update({key: getter(item) for key, (_heading, getter) in self.EXPORT.items()})
        for name, field in self.asked[item.kind]:
            if name in item.data:
                row[f"answer:{name}"] = answer_text(field, item.data[name])
        return row

    @cached_property
    def show_export_buttons(self):
        return self.request.user.has_perm("intake.export_submission")

    def get(self, request, *args, **kwargs):
        if self.is_export:
            if not request.user.has_perm("intake.export_submission"):
                raise PermissionDenied
            queryset = self.get_queryset()
            triage.log_many(
                "intake.export",
                request.user,
                queryset.select_related(None).prefetch_related(None).only("pk", "kind", "reference").iterator(),
            )
            return private(self.as_spreadsheet(queryset, request.GET["export"]))
        return private(super().get(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_counts"] = self.status_counts()
        return context

    def status_counts(self) -> list[dict]:
        """How many submissions per status under the current filters other than status (one query)."""
        queryset = Submission.objects.all()
        if self.filters and self.filters.is_valid():
            # The filters already checked for the list, minus status (no second filter form, no extra queries).
            for name, value in self.filters.form.cleaned_data.items():
                if name != "status" and value not in (None, "", []):
                    queryset = self.filters.filters[name].filter(queryset, value)
        # One pass with a count per status: faster than GROUP BY on SQLite's status index.
        counted = queryset.aggregate(**{value: Count("pk", filter=Q(status=value)) for value in Status.values})
        data = self.request.GET.copy()
        data.pop("p", None)
        counts = []
        for value, label in Status.choices:
            data.setlist("status", [value])
            counts.append({"status": value, "label": label, "count": counted[value], "query": data.urlencode()})
        return counts


@method_decorator(sensitive_post_parameters("note"), name="dispatch")  # notes may name the person
class DetailView(InspectView):
    """Everything about one submission, its timeline, and what intake staff can do with it."""

    template_name = "intake/admin/submission_detail.html"
    page_title = _("Submission")

    def get_object(self, queryset=None):
        return get_object_or_404(
            triage.with_overdue(Submission.objects.select_related("locale", "project", "assignee", "initiative_page")),
            pk=self.pk,
        )

    def get_fields(self):
        return []  # the template shows the answers with their questions itself (answers_for_display)

    def get_edit_url(self):
        return None  # no edit, copy or delete screens; see SubmissionViewSet.get_urlpatterns

    def get_delete_url(self):
        return None

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        triage.log_action(self.object, "intake.view", request.user)
        return private(response)

    @property
    def can_change(self) -> bool:
        return self.request.user.has_perm("intake.change_submission")

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        submission = self.object  # fetched by InspectView.setup
        action = request.POST.get("action")
        try:
            if action == "assign_me":
                triage.assign(submission, request.user, request.user)
                messages.success(
                    request, gettext("%(submission)s is now assigned to you.") % {"submission": submission}
                )
            elif action == "assign":
                form = AssignForm(request.POST)
                if not form.is_valid():
                    return self.render_with(assign_form=form)
                triage.assign(submission, request.user, form.cleaned_data["assignee"])
                messages.success(request, gettext("%(submission)s has been assigned.") % {"submission": submission})
            elif action == "status":
                form = StatusForm(submission, request.POST)
                if not form.is_valid():
                    return self.render_with(status_form=form)
                triage.change_status(submission, request.user, form.cleaned_data["status"], form.cleaned_data["note"])
                messages.success(
                    request,
                    gettext("%(submission)s is now %(status)s.")
                    % {"submission": submission, "status": submission.get_status_display()},
                )
            elif action == "note":
                form = NoteForm(request.POST)
                if not form.is_valid():
                    return self.render_with(note_form=form)
                triage.add_note(submission, request.user, form.cleaned_data["note"])
                messages.success(request, gettext("Your note has been added."))
            elif action == "create_page":
                page = triage.create_draft_initiative(submission, request.user)
                messages.success(
                    request,
                    gettext("Draft initiative page '%(title)s' created. Check it and publish it.")
                    % {"title": page.title},
                )
            else:
                messages.error(request, gettext("Unknown action."))
        except triage.TriageError as error:
            messages.error(request, str(error))
        return redirect(request.path)

    def render_with(self, **forms_with_errors):
        self.forms_with_errors = forms_with_errors
        context = self.get_context_data()
        return private(TemplateResponse(self.request, self.template_name, context, status=400))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.object
        bound = getattr(self, "forms_with_errors", {})
        context.update(
            {
                "submission": submission,
                "answers": answers_for_display(submission),
                "events": submission.events.select_related("user", "assignee"),
                "can_change": self.can_change,
                "assign_form": bound.get("assign_form") or AssignForm(initial={"assignee": submission.assignee_id}),
                "status_form": bound.get("status_form") or StatusForm(submission),
                "note_form": bound.get("note_form") or NoteForm(),
                "can_create_page": submission.kind == Submission.Kind.INITIATIVE
                and submission.status == Status.ACCEPTED
                and not submission.initiative_page_id,
                "first_contact_days": settings.INTAKE_FIRST_CONTACT_DAYS,
            }
        )
        return context


class AssignForm(forms.Form):
    assignee = ListedModelChoiceField(label=_("Assign to"), queryset=None, required=False, empty_label=_("Nobody"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = triage.triage_staff().order_by("username")
        self.fields["assignee"].label_from_instance = get_user_display_name


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"))
    note = forms.CharField(label=_("Note (optional)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, submission, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = triage.NEXT_STATUSES[Status(submission.status)]
        self.fields["status"].choices = [("", _("Choose a status"))] + [
            (status.value, status.label) for status in allowed
        ]


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))


class SubmissionURLFinder(ModelAdminURLFinder):
    """Wherever Wagtail links to a submission (bulk actions, history, reports) it opens the detail view."""

    edit_url_name = "intake_queue:inspect"

    def get_edit_url(self, instance):
        if self.user and not self.user.has_perm("intake.view_submission"):
            return None
        return self.construct_edit_url(instance)


def open_detail(request, pk):
    return redirect("intake_queue:inspect", pk)


class SubmissionViewSet(SnippetViewSet):
    """The queue: Wagtail's snippet listing, inspect, history and bulk-action screens, but no snippet.

    Registered as a snippet, a submission would be reachable by every admin user through
    Wagtail's generic snippet machinery: the snippet chooser (which lists every kind and
    reference code), wagtail-localize's snippet API and the snippet bulk actions. So the
    viewset registers its own screens, permissions and URL finder only.
    """

    model = Submission
    icon = "mail"
    menu_label = _("Queue")
    menu_name = "intake-queue"
    url_prefix = "intake/queue"
    admin_url_namespace = "intake_queue"
    menu_item_is_registered = True  # by IntakeViewSetGroup: not listed under Snippets
    inspect_view_enabled = True
    index_view_class = QueueView
    index_results_template_name = "intake/admin/queue_results.html"
    inspect_view_class = DetailView
    filterset_class = SubmissionFilterSet
    search_fields = ["reference"]

    def get_admin_base_path(self):
        return self.url_prefix

    @property
    def url_finder_class(self):
        return SubmissionURLFinder

    def register_chooser_viewset(self):
        """No chooser: nothing links to a submission, and a chooser lists them to every admin user."""

    def register_snippet_model(self):
        """Not among Wagtail's snippet models: see the class docstring."""

    def get_urlpatterns(self):
        """No add, copy or delete screens; "edit" opens the detail: a submission changes only through its actions."""
        keep = {"list", "list_results", "inspect", "history", "history_results"}
        patterns = [pattern for pattern in super().get_urlpatterns() if pattern.name in keep]
        return patterns + [path("edit/<int:pk>/", open_detail, name="edit")]


# --- Access and erasure requests ----------------------------------------------------------


class PersonLookupForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), required=False)
    phone = forms.CharField(label=_("Phone number"), required=False, max_length=40)
    reference = forms.CharField(label=_("Reference code"), required=False, max_length=20)

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in ["email", "phone", "reference"]) and not self.errors:
            raise forms.ValidationError(_("Give an e-mail address, a phone number or a reference code."))
        return cleaned


class PersonRequestsView(WagtailAdminTemplateMixin, TemplateView):
    """Find one person's submissions (by POST, so nothing personal lands in a URL); export or erase them."""

    template_name = "intake/admin/person_requests.html"
    page_title = _("Access and erasure requests")
    header_icon = "user"

    def get_breadcrumbs_items(self):
        """Home, then this page: the header reads its own title, not "Home"."""
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            can_export=self.request.user.has_perm("intake.export_submission"),
            can_erase=self.request.user.has_perm("intake.erase_submission"),
            **kwargs,
        )

    def render(self, status=200, **context):
        return private(self.render_to_response(self.get_context_data(**context), status=status))

    def get(self, request):
        return self.render(form=PersonLookupForm())

    def post(self, request):
        action = request.POST.get("action", "find")
        if action == "find":
            form = PersonLookupForm(request.POST)
            if not form.is_valid():
                return self.render(form=form, status=400)
            submissions = list(erasure.find_person(**form.cleaned_data))
            return self.render(form=form, submissions=submissions, searched=True)
        pks = [int(pk) for pk in request.POST.getlist("submission") if pk.isdigit()]
        submissions = Submission.objects.filter(pk__in=pks)
        if action == "export":
            if not request.user.has_perm("intake.export_submission"):
                raise PermissionDenied
            rows = list(submissions.select_related("locale", "project").prefetch_related("events"))
            triage.log_many("intake.export", request.user, rows, request="access")
            response = HttpResponse(
                json.dumps(erasure.export_person(rows), ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="submissions.json"'
            return private(response)
        if action == "erase":
            if not request.user.has_perm("intake.erase_submission"):
                raise PermissionDenied
            form = PersonLookupForm(request.POST)
            if request.POST.get("confirm") != "yes":
                messages.error(request, gettext("Tick the box to confirm the erasure; nothing has been erased."))
                form.is_valid()
                return self.render(form=form, submissions=list(submissions), searched=True, status=400)
            erased = erasure.erase(submissions, user=request.user, reason="request")
            messages.success(
                request,
                ngettext("%(count)d submission erased.", "%(count)d submissions erased.", erased) % {"count": erased},
            )
            return redirect(request.path)
        messages.error(request, gettext("Unknown action."))
        return redirect(request.path)


class PersonRequestsViewSet(ViewSet):
    name = "intake_requests"
    url_prefix = "intake/requests"
    icon = "user"
    menu_label = _("Access and erasure")
    menu_item_class = PermissionMenuItem.requiring("intake.view_submission")

    def get_urlpatterns(self):
        view = sensitive_post_parameters()(PersonRequestsView.as_view())
        return [path("", require_view_permission(view), name="index")]


def require_view_permission(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.has_perm("intake.view_submission"):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def queue_url(**filters) -> str:
    from django.utils.http import urlencode

    url = reverse("intake_queue:list")
    return f"{url}?{urlencode(filters, doseq=True)}" if filters else url


def detail_url(submission: Submission) -> str:
    return reverse("intake_queue:inspect", args=[quote(submission.pk)])


def dashboard_counts(user) -> dict:
    """New, unassigned and overdue submissions, for the dashboard panel (one query)."""
    open_statuses = [Status.NEW, Status.IN_REVIEW, Status.CONTACTED, Status.ACCEPTED]
    return Submission.objects.aggregate(
        new=Count("pk", filter=Q(status=Status.NEW)),
        unassigned=Count("pk", filter=Q(status__in=open_statuses, assignee__isnull=True)),
        overdue=Count("pk", filter=triage.overdue_q()),
        mine=Count("pk", filter=Q(status__in=open_statuses, assignee=user)),
    )
