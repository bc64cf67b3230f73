"""Journey 4: an editor enters a year's results; the published page shows them as a chart and a table.

The editor adds a yearly results page under the project, types the figures in the "Figures" tab and
publishes. The public page then draws the figures as an accessible SVG chart and lists the same numbers
in a table; the project page counts the new year among its participants per year.
"""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from django.utils import translation
from django.utils.translation import gettext

from projects.figures import label as figure_label
from projects.models import ProjectPage, ProjectResultsPage
from tests.browser.checks import axe_violations, console_errors
from tests.browser.helpers import log_in, record_console, wait_for_autosave

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("demo_site"),
]

YEAR = 2025
# The figures typed in, in the order the page shows them; work-and-learn and "still in the programme"
# stay empty, and the page leaves them out rather than showing zero.
FIGURES = {
    "candidates": 60,
    "selected": 32,
    "started": 30,
    "paid_job": 9,
    "internship": 4,
    "education": 6,
    "volunteering": 3,
    "dropped_out": 2,
}


def labels(language: str) -> dict[str, str]:
    """The figures' names as the admin (English) or the public page (Dutch) shows them."""
    with translation.override(language):
        return {name: str(figure_label(ProjectResultsPage, name)) for name in FIGURES}


def admin_field(tab: Page, label: str) -> Locator:
    """A form field of the Wagtail admin by its label ("Title", or "Title*" when required)."""
    fields = tab.locator("input:visible, textarea:visible, select:visible")
    return fields.and_(tab.get_by_label(re.compile(rf"^\s*{re.escape(label)}\*?\s*$")))


def test_editor_publishes_a_years_results(live_server, browser_page, staff, screenshot_dir):
    project = ProjectPage.objects.get(locale__language_code="nl", slug="refugee-on-board")
    tab = browser_page
    console = record_console(tab)
    log_in(tab, live_server.url, "publisher")

    tab.goto(f"{live_server.url}/admin/pages/{project.pk}/")
    tab.get_by_role("link", name="Add child page").click()
    admin_field(tab, "Title").fill(f"Resultaten {YEAR}")
    admin_field(tab, "Year").fill(str(YEAR))
    admin_field(tab, "Introduction").fill("Een nieuwe groep begon in maart.")
    tab.get_by_role("tab", name="Figures").click()
    admin_labels = labels("en")
    for name, value in FIGURES.items():
        admin_field(tab, admin_labels[name]).fill(str(value))
    # Wagtail may already have saved the page in the background (then "Publish" publishes that draft).
    wait_for_autosave(tab)
    tab.get_by_role("button", name="More actions").click()
    tab.get_by_role("button", name="Publish").click()
    published = rf"Page 'Resultaten {YEAR}' (created and published|has been published)\."
    expect(tab.locator(".messages")).to_contain_text(re.compile(published))
    results = ProjectResultsPage.objects.get(year=YEAR, locale__language_code="nl")
    assert results.live and results.started == 30

    public = tab.context.new_page()
    public_console = record_console(public)
    response = public.goto(f"{live_server.url}{results.url}")
    assert response.status == 200
    expect(public.locator("h1")).to_have_text(f"Resultaten {YEAR}")

    # The chart: an image with a name and a description, one bar per figure, each as long as its number.
    chart = public.locator("main svg.chart")
    expect(chart).to_be_visible()
    expect(chart).to_have_attribute("role", "img")
    assert public.evaluate("element => element.getBoundingClientRect().height", chart.element_handle()) > 50
    bars = chart.locator("rect[data-value]")
    assert sorted(int(value) for value in bars.evaluate_all("bars => bars.map(bar => bar.dataset.value)")) == sorted(
        FIGURES.values()
    )
    widths = {int(bar.get_attribute("data-value")): float(bar.get_attribute("width")) for bar in bars.all()}
    assert widths[60] > widths[30] > widths[9] > widths[2] > 0  # a longer bar for a bigger number
    expect(chart.locator("title")).not_to_be_empty()

    # The table: the same numbers, each under its name, the empty figures left out.
    table = public.locator("main table.figures-table")
    expect(table.locator("caption")).to_contain_text(str(YEAR))
    headers = [header.strip() for header in table.locator("thead th").all_inner_texts()]
    row = table.locator("tbody tr").first
    expect(row.locator("th")).to_have_text(str(YEAR))
    cells = [int(cell.strip()) for cell in row.locator("td").all_inner_texts()]
    assert dict(zip(headers, cells, strict=True)) == {label: FIGURES[name] for name, label in labels("nl").items()}
    # And the same numbers again as a spreadsheet.
    with translation.override("nl"):
        download_label = gettext("Download these figures (CSV)")
    with public.expect_download() as download:
        public.get_by_role("link", name=download_label).click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows == [["Jaar", "Cohort", *labels("nl").values()], [str(YEAR), "", *map(str, FIGURES.values())]]
    public.screenshot(path=screenshot_dir / "journey-results-nl.png", full_page=True)
    assert axe_violations(public) == []

    # The project page now counts the year among its participants per year.
    public.goto(f"{live_server.url}{project.url}")
    per_year = public.locator("section", has=public.locator("#per-year"))
    expect(per_year.locator("tbody")).to_contain_text(str(YEAR))
    expect(per_year.locator("svg.chart")).to_be_visible()

    assert console_errors(console) == []
    assert console_errors(public_console) == []


def test_publish_waits_for_the_background_save(live_server, browser_page, staff):
    """A click on "Publish" while the autosave of a new page is on its way: one page, published, no error.

    The autosave's request is held back until "Publish" has been clicked, as a busy server would.
    """
    project = ProjectPage.objects.get(locale__language_code="nl", slug="refugee-on-board")
    tab = browser_page
    console = record_console(tab)
    log_in(tab, live_server.url, "publisher")
    held, sent = [], []

    def is_autosave(request) -> bool:
        return request.method == "POST" and request.headers.get("accept") == "application/json"

    def hold_autosave(route):
        if is_autosave(route.request):
            held.append(route)
            return
        if route.request.method == "POST":
            sent.append(route.request.url)
        route.continue_()

    tab.route(re.compile(r"/admin/pages/(add/|\d+/edit/)"), hold_autosave)
    tab.goto(f"{live_server.url}/admin/pages/{project.pk}/")
    tab.get_by_role("link", name="Add child page").click()
    # The change watcher's first look at the form, so that what is typed next counts as an edit.
    tab.wait_for_function(
        """() => {
            const form = document.querySelector("form[data-edit-form]");
            const app = window.wagtail && window.wagtail.app;
            const unsaved = form && app && app.getControllerForElementAndIdentifier(form, "w-unsaved");
            return Boolean(unsaved) && unsaved.initialFormData !== undefined;
        }"""
    )
    with tab.expect_request(is_autosave):  # held back, after any of these
        admin_field(tab, "Title").fill(f"Resultaten {YEAR}")
        admin_field(tab, "Year").fill(str(YEAR))
        tab.get_by_role("tab", name="Figures").click()
        admin_field(tab, labels("en")["candidates"]).fill("60")
    tab.get_by_role("button", name="More actions").click()
    tab.get_by_role("button", name="Publish").click()
    assert len(held) == 1 and sent == []  # the form waits for the save on its way

    held[0].continue_()
    expect(tab.locator(".messages")).to_contain_text(f"Page 'Resultaten {YEAR}' has been published.")
    pages = ProjectResultsPage.objects.filter(year=YEAR, locale__language_code="nl")
    assert [(page.live, page.candidates) for page in pages] == [(True, 60)]
    assert sent == [f"{live_server.url}/admin/pages/{pages[0].pk}/edit/"]  # to the page the save created
    assert console_errors(console) == []
