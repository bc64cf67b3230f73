"""Figures, charts and small labels for project templates."""

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from projects import charts, figures

register = template.Library()


@register.simple_tag
def year_table(results_page) -> figures.Table:
    known = figures.known(results_page, figures.INTAKE_FIELDS + figures.OUTCOME_FIELDS)
    return figures.year_table(results_page.year, known)


@register.simple_tag
def year_chart(table: figures.Table, results_page):
    return charts.bar_chart(
        transpose(table),
        chart_id=f"chart-{results_page.pk}",
        title=_("Figures for %(year)s") % {"year": results_page.year},
        description=_("Bar chart of the figures for %(year)s. The table below holds the same numbers.")
        % {"year": results_page.year},
    )


@register.simple_tag
def participants_chart(table: figures.Table, project):
    return charts.bar_chart(
        table,
        chart_id=f"chart-{project.pk}",
        title=_("Participants of %(project)s per year") % {"project": project.title},
        description=_("Bar chart with one group of bars per year. The table below holds the same numbers."),
    )


def transpose(table: figures.Table) -> figures.Table:
    """One bar per figure (instead of one group per year) for a single year's chart."""
    values = table.rows[0][1] if table.rows else []
    return figures.Table(
        columns=[figures.Figure("value", "", 0)],
        rows=[(column.label, [value]) for column, value in zip(table.columns, values, strict=True)],
    )


@register.simple_tag
def unknown():
    return format_html('<span aria-hidden="true">–</span><span class="visually-hidden">{}</span>', _("not known"))


@register.filter
def role_label(role: str) -> str:
    return {"partner": _("partner"), "funder": _("funder")}.get(role, role)


@register.filter
def grouped(value):
    """A figure in the visitor's number format, thousands grouped (1.500 in Dutch, 1,500 in English)."""
    return number_format(value, force_grouping=True)
