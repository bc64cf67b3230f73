"""Yearly figures as rows and tables: the one source for charts, tables and CSV files."""

import csv
from dataclasses import dataclass

from django.http import HttpResponse
from django.utils.text import capfirst

from home.spreadsheets import safe_cell

INTAKE_FIELDS = ["candidates", "selected", "started"]
OUTCOME_FIELDS = [
    "paid_job",
    "internship",
    "education",
    "work_and_learn",
    "volunteering",
    "dropped_out",
    "still_in_programme",
]


@dataclass(frozen=True)
class Figure:
    field: str
    label: str
    value: int


@dataclass
class Table:
    """Rows of numbers with a label each; columns are the figures that have any value."""

    columns: list[Figure]  # the values are unused; field and label name the column
    rows: list[tuple[str, list[int | None]]]

    @property
    def is_empty(self) -> bool:
        return not self.columns


def label(model, field: str) -> str:
    return capfirst(model._meta.get_field(field).verbose_name)


def known(page, fields: list[str]) -> list[Figure]:
    """The figures of ``page`` that were entered; empty ones are left out, never zero."""
    return [
        Figure(field, label(type(page), field), getattr(page, field))
        for field in fields
        if getattr(page, field) is not None
    ]


def year_table(year: int, figures: list[Figure]) -> Table:
    return Table(columns=figures, rows=[(str(year), [figure.value for figure in figures])])


def participants_per_year(years: list, *, all_metrics: bool = False) -> Table:
    """One row per results page (year), one column per figure any of them has."""
    fields = INTAKE_FIELDS + OUTCOME_FIELDS if all_metrics else INTAKE_FIELDS
    used = [field for field in fields if any(getattr(year, field) is not None for year in years)]
    if not years or not used:
        return Table(columns=[], rows=[])
    model = type(years[0])
    columns = [Figure(field, label(model, field), 0) for field in used]
    rows = [(row_label(year), [getattr(year, field) for field in used]) for year in years]
    return Table(columns=columns, rows=rows)


def row_label(results_page) -> str:
    return f"{results_page.year} {results_page.cohort_label}".strip()


def csv_response(table: Table, filename: str) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # lets spreadsheet programs read the labels as UTF-8
    writer = csv.writer(response)
    writer.writerow([safe_cell(cell) for cell in ["", *[column.label for column in table.columns]]])
    for row_name, values in table.rows:
        writer.writerow([safe_cell(row_name), *[safe_cell(value) for value in values]])
    return response
