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


def participants_per_year(years: list) -> Table:
    """One row per results page (year), one column per intake figure any of them has."""
    used = [field for field in INTAKE_FIELDS if any(getattr(year, field) is not None for year in years)]
    if not years or not used:
        return Table(columns=[], rows=[])
    model = type(years[0])
    columns = [Figure(field, label(model, field), 0) for field in used]
    rows = [(row_label(year), [getattr(year, field) for field in used]) for year in years]
    return Table(columns=columns, rows=rows)


def row_label(results_page) -> str:
    return f"{results_page.year} {results_page.cohort_label}".strip()


def download_rows(years: list, fields: list[str]) -> list[list]:
    """The figures as a spreadsheet user expects them: a named year column, a cohort column, then each known figure."""
    used = [field for field in fields if any(getattr(year, field) is not None for year in years)]
    if not years:
        return []
    model = type(years[0])
    header = [label(model, "year"), label(model, "cohort_label"), *[label(model, field) for field in used]]
    return [header, *[[year.year, year.cohort_label, *[getattr(year, field) for field in used]] for year in years]]


def csv_response(rows: list[list], filename: str, *, delimiter: str = ",") -> HttpResponse:
    """UTF-8 with a byte-order mark; ``delimiter=";"`` for Excel set to Dutch (or any language with decimal commas)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # lets spreadsheet programs read the labels as UTF-8
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return response
