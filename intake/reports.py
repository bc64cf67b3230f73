"""Anonymous counts; the yearly results (projects app) may use them, copied by editors: projects never import intake."""

import csv
from collections import defaultdict

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear
from django.http import HttpResponse
from django.urls import path
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Locale

from home.spreadsheets import safe_cell

from .admin_views import PermissionMenuItem
from .models import Submission, SubmissionTally

KIND_ORDER = {value: index for index, value in enumerate(Submission.Kind.values)}
OUTCOME_ORDER = {value: index for index, value in enumerate(Submission.Status.values)}


def count_rows() -> list[dict]:
    """Erased (SubmissionTally) and live submissions together, per year, project, kind and outcome.

    Two aggregate queries and one for the project titles, however many submissions there are.
    A project is its translation key, so sign-ups in every language count for one project.
    """
    totals: dict[tuple, int] = defaultdict(int)
    erased = (
        SubmissionTally.objects.annotate(year=ExtractYear("month"))
        .values_list("year", "project__translation_key", "kind", "outcome")
        .annotate(n=Sum("count"))
        .order_by()
    )
    live = (
        Submission.objects.annotate(year=ExtractYear("created_at"))
        .values_list("year", "project__translation_key", "kind", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for rows in (erased, live):
        for year, project_key, kind, outcome, n in rows:
            totals[(year, project_key, kind, outcome)] += n
    titles = project_titles({key for _year, key, _kind, _outcome in totals if key})
    no_project = gettext("no project")
    rows = [
        {
            "year": year,
            "project": titles.get(project_key, no_project) if project_key else no_project,
            "kind": kind,
            "kind_label": label(Submission.Kind, kind),
            "outcome": outcome,
            "outcome_label": label(Submission.Status, outcome),
            "count": n,
        }
        for (year, project_key, kind, outcome), n in totals.items()
        if n
    ]
    rows.sort(
        key=lambda row: (
            -row["year"],
            row["project"] == no_project,
            row["project"].casefold(),
            KIND_ORDER.get(row["kind"], 99),
            OUTCOME_ORDER.get(row["outcome"], 99),
        )
    )
    return rows


def project_titles(keys: set) -> dict:
    """Each project's title in the default language (Dutch), else in whichever language it exists."""
    from projects.models import ProjectPage

    if not keys:
        return {}
    default_locale_id = Locale.get_default().pk
    titles = {}
    translations = ProjectPage.objects.filter(translation_key__in=keys)
    for key, locale_id, title in translations.values_list("translation_key", "locale", "title"):
        if locale_id == default_locale_id or key not in titles:
            titles[key] = title
    return titles


def label(choices, value: str) -> str:
    return capfirst(str(choices(value).label)) if value in choices.values else value


class AnonymousCountsView(WagtailAdminTemplateMixin, TemplateView):
    """How many people signed up, reported or asked, per year and project: numbers for the yearly results."""

    template_name = "intake/admin/anonymous_counts.html"
    page_title = _("Anonymous counts")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("intake.view_submission"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        rows = count_rows()
        years = sorted({row["year"] for row in rows}, reverse=True)
        year = request.GET.get("year", "")
        if year.isdigit() and int(year) in years:
            year = int(year)
            rows = [row for row in rows if row["year"] == year]
        else:
            year = None
        if request.GET.get("format") == "csv":
            return self.as_csv(rows, year)
        context = self.get_context_data(rows=rows, years=years, year=year, total=sum(row["count"] for row in rows))
        return self.render_to_response(context)

    @staticmethod
    def headings() -> list[str]:
        return [gettext("Year"), gettext("Project"), gettext("Kind"), gettext("Outcome"), gettext("Submissions")]

    def as_csv(self, rows: list[dict], year: int | None) -> HttpResponse:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="anonymous-counts{f"-{year}" if year else ""}.csv"'
        response.write("\ufeff")  # or Excel reads the UTF-8 as its local code page: project titles in Arabic garble
        writer = csv.writer(response)
        writer.writerow(self.headings())
        for row in rows:
            writer.writerow(
                [row["year"], safe_cell(row["project"]), row["kind_label"], row["outcome_label"], row["count"]]
            )
        return response


class AnonymousCountsViewSet(ViewSet):
    name = "intake_counts"
    url_prefix = "intake/counts"
    icon = "table"
    menu_label = _("Anonymous counts")
    menu_item_class = PermissionMenuItem.requiring("intake.view_submission")

    def get_urlpatterns(self):
        return [path("", AnonymousCountsView.as_view(), name="index")]
