"""Yearly figures: the SVG chart, the table and the CSV carry the same numbers; empty stays empty."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError

from projects.charts import LABEL_WIDTH, WIDTH
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, ProjectResultsPageFactory


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def project(homes):
    index = publish(ProjectIndexPageFactory(parent=homes["nl"]))
    return publish(ProjectPageFactory(parent=index, slug="rob", title="Refugee On Board"))


@pytest.fixture
def year_2020(project):
    return publish(
        ProjectResultsPageFactory(
            parent=project, year=2020, candidates=1500, selected=35, started=35, paid_job=7, dropped_out=4
        )
    )


def svg_values(soup) -> list[int]:
    return [int(rect["data-value"]) for rect in soup.select("svg.chart rect.chart__bar")]


def svg_labels(soup) -> list[str]:
    return [text.get_text() for text in soup.select("svg.chart text.chart__value")]


def table_values(soup) -> list[str]:
    return [td.get_text(" ", strip=True) for td in soup.select("table.figures-table tbody td")]


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_year_chart_table_and_csv_agree(client, year_2020):
    soup = BeautifulSoup(client.get(year_2020.url).content, "html.parser")
    csv_url = soup.select_one("a.download")["href"]
    response = client.get(csv_url)
    rows = csv_rows(response)

    assert svg_values(soup) == [1500, 35, 35, 7, 4]
    assert svg_labels(soup) == ["1.500", "35", "35", "7", "4"]  # Dutch grouping
    assert table_values(soup) == ["1.500", "35", "35", "7", "4"]
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="rob-2020.csv"' in response["Content-Disposition"]
    assert rows[0] == [
        "Jaar",
        "Cohort",
        "Kandidaten",
        "Geselecteerd",
        "Deelnemers gestart",
        "Betaalde baan",
        "Uitgevallen",
    ]
    assert rows[1] == ["2020", "", "1500", "35", "35", "7", "4"]


@pytest.mark.django_db
def test_empty_figures_are_left_out_not_zero(client, year_2020):
    soup = BeautifulSoup(client.get(year_2020.url).content, "html.parser")
    headers = [th.get_text(strip=True) for th in soup.select("table.figures-table thead th")]

    assert "Stage" not in headers  # internship was not entered
    assert "0" not in table_values(soup)
    assert 0 not in svg_values(soup)


@pytest.mark.django_db
def test_year_without_figures_says_so(client, project):
    page = publish(ProjectResultsPageFactory(parent=project, year=2019))

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    assert soup.select_one("svg.chart") is None
    assert soup.select_one("table.figures-table") is None
    assert soup.select_one("a.download") is None


@pytest.mark.django_db
def test_numbers_follow_the_visitors_language(client, year_2020, translate_page):
    english = translate_page(year_2020, "en")

    soup = BeautifulSoup(client.get(english.url).content, "html.parser")

    assert table_values(soup)[0] == "1,500"
    assert svg_labels(soup)[0] == "1,500"


@pytest.mark.django_db
def test_chart_mirrors_in_arabic(client, year_2020, translate_page):
    arabic = translate_page(year_2020, "ar")

    soup = BeautifulSoup(client.get(arabic.url).content, "html.parser")
    svg = soup.select_one("svg.chart")
    bar = svg.select_one("rect.chart__bar")

    assert svg["direction"] == "rtl"
    # Bars grow from the right-hand label column towards the left.
    assert float(bar["x"]) + float(bar["width"]) == pytest.approx(WIDTH - LABEL_WIDTH, abs=0.1)
    assert svg.select_one("title").get_text()
    assert svg["aria-labelledby"].split() == [svg.select_one("title")["id"], svg.select_one("desc")["id"]]


@pytest.mark.django_db
def test_project_chart_table_and_csv_agree_across_years(client, project):
    publish(ProjectResultsPageFactory(parent=project, year=2018, started=15))
    publish(ProjectResultsPageFactory(parent=project, year=2019, started=25))
    publish(ProjectResultsPageFactory(parent=project, year=2020, selected=35, started=35, paid_job=3))

    soup = BeautifulSoup(client.get(project.url).content, "html.parser")
    section = soup.select_one("section[aria-labelledby=per-year]")
    rows = csv_rows(client.get(section.select_one("a.download")["href"]))

    assert [int(r["data-value"]) for r in section.select("rect.chart__bar")] == [15, 25, 35, 35]
    assert [td.get_text(" ", strip=True) for td in section.select("tbody td")] == [
        "– onbekend",
        "15",
        "– onbekend",
        "25",
        "35",
        "35",
    ]
    assert rows[0] == ["Jaar", "Cohort", "Geselecteerd", "Deelnemers gestart", "Betaalde baan"]
    assert rows[1:] == [["2018", "", "", "15", ""], ["2019", "", "", "25", ""], ["2020", "", "35", "35", "3"]]


@pytest.mark.django_db
def test_csv_has_a_year_and_a_cohort_column_and_a_semicolon_variant_for_dutch_excel(client, project):
    publish(ProjectResultsPageFactory(parent=project, year=2019, cohort_label="cohort maart 2019", started=25))
    publish(ProjectResultsPageFactory(parent=project, year=2020, started=35))
    soup = BeautifulSoup(client.get(project.url).content, "html.parser")
    comma, semicolon = soup.select("section[aria-labelledby=per-year] a.download")

    plain = client.get(comma["href"])
    dutch = client.get(semicolon["href"])

    assert semicolon.get_text(strip=True) == "CSV met puntkomma's, voor Excel in het Nederlands"
    assert plain.content.startswith("\ufeff".encode()) and dutch.content.startswith("\ufeff".encode())
    assert csv_rows(plain)[:2] == [["Jaar", "Cohort", "Deelnemers gestart"], ["2019", "cohort maart 2019", "25"]]
    lines = dutch.content.decode("utf-8-sig").splitlines()
    assert lines == ["Jaar;Cohort;Deelnemers gestart", "2019;cohort maart 2019;25", "2020;;35"]
    assert 'filename="rob-results-semicolon.csv"' in dutch["Content-Disposition"]


@pytest.mark.django_db
def test_csv_cells_cannot_run_as_formulas(client, project):
    from projects.figures import safe_cell

    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell(12) == "12"
    assert safe_cell(None) == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("figures", "field"),
    [
        ({"candidates": 10, "selected": 12}, "selected"),
        ({"started": 5, "paid_job": 4, "internship": 3}, "started"),
        ({"year": 1900}, "year"),
    ],
)
def test_impossible_figures_are_refused(project, figures, field):
    page = ProjectResultsPageFactory.build(**{"year": 2020, **figures})

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert field in error.value.message_dict
