"""Every page type of the demo site, in Dutch and Arabic, as Chromium shows it.

Per page: no axe-core violations; no console errors; no more bytes over the wire than the page type's
budget; in Arabic the menu starts at the right edge and form labels sit on the right; nothing sticks
out sideways on a 320 px wide phone. Screenshots of both widths go to test-artifacts/screenshots/.
"""

import re

import pytest
from playwright.sync_api import expect

from django.utils import translation

from wagtail.models import Locale, Page

from home.models import HomePage, StandardPage
from initiatives.models import InitiativeDirectoryPage, InitiativePage
from intake.forms import ContactForm
from intake.models import ContactPage, InitiativeReportPage, SignUpPage
from projects.models import NewsIndexPage, NewsPage, ProjectIndexPage, ProjectPage, ProjectResultsPage
from tests.browser.checks import (
    TransferMeter,
    axe_violations,
    console_errors,
    horizontal_overflow,
    menu_layout,
    misplaced_labels,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("demo_site", "quick_forms"),
]

KB = 1024
# Bytes over the wire per page type with the demo content: HTML, stylesheet, script, icon. The demo pages
# weigh 18–30 KB here; a budget catches a heavy image, a web font or a script library slipping in. The
# test server compresses nothing (production's whitenoise sends static files compressed), so these are
# upper bounds.
BUDGETS = {
    "home": 100 * KB,
    "standard": 60 * KB,
    "project-index": 50 * KB,
    "project": 80 * KB,
    "results": 60 * KB,
    "news-index": 60 * KB,
    "news": 60 * KB,
    "directory": 80 * KB,
    "initiative": 80 * KB,
    "sign-up": 80 * KB,
    "report": 80 * KB,
    "contact": 60 * KB,
    "thanks": 50 * KB,
    "search": 60 * KB,
    "not-found": 50 * KB,
}
# The Dutch page of each type (its translation or alias serves the other language).
PAGES = {
    "home": (HomePage, {}),
    "standard": (StandardPage, {"slug": "over-ons"}),
    "project-index": (ProjectIndexPage, {}),
    "project": (ProjectPage, {"slug": "refugee-on-board"}),
    "results": (ProjectResultsPage, {"year": 2020}),
    "news-index": (NewsIndexPage, {}),
    "news": (NewsPage, {}),
    "directory": (InitiativeDirectoryPage, {}),
    "initiative": (InitiativePage, {"slug": "vip"}),
    "sign-up": (SignUpPage, {}),
    "report": (InitiativeReportPage, {}),
    "contact": (ContactPage, {}),
}
LANGUAGES = ["nl", "ar"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 320, "height": 740}


def page_url(page_type: str, language: str) -> str:
    """Where a visitor finds the page type in ``language``, from the demo content."""
    if page_type == "search":
        return f"/{language}/search/?q=werk"
    if page_type == "not-found":
        return f"/{language}/deze-pagina-bestaat-niet/"
    model, filters = PAGES["contact" if page_type == "thanks" else page_type]
    dutch = model.objects.get(locale__language_code="nl", **filters)
    page: Page = dutch.get_translation(Locale.objects.get(language_code=language))
    return page.url


def send_contact_form(tab, language: str, meter: TransferMeter):
    """Fill in and send the question form, the way to the thank-you page; returns the page's response."""
    with translation.override(language):
        labels = {name: str(field.label) for name, field in ContactForm.base_fields.items()}
    tab.get_by_label(labels["name"], exact=True).fill("Noor Test")
    tab.get_by_label(labels["email"], exact=True).fill("noor@example.org")
    tab.get_by_label(labels["message"], exact=True).fill("Wanneer begint de volgende groep?")
    tab.locator("#id_consent").check()
    tab.wait_for_load_state("networkidle")
    meter.reset()  # the thank-you page's weight from here: the form's redirect and the page it leads to
    with tab.expect_response(re.compile(r"/thanks/$")) as thanks:
        tab.locator(".intake-form button[type=submit]").click()
    expect(tab.locator(".reference")).to_have_text(re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$"))
    return thanks.value


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", list(BUDGETS))
def test_page_type(live_server, browser_page, console_messages, screenshot_dir, page_type, language):
    tab = browser_page
    tab.set_viewport_size(DESKTOP)
    meter = TransferMeter(tab)
    url = f"{live_server.url}{page_url(page_type, language)}"

    response = tab.goto(url)
    if page_type == "thanks":
        response = send_contact_form(tab, language, meter)
    tab.wait_for_load_state("networkidle")

    assert response.status == (404 if page_type == "not-found" else 200)
    assert tab.get_attribute("html", "lang") == language
    assert tab.get_attribute("html", "dir") == ("rtl" if language == "ar" else "ltr")
    assert tab.locator("h1").count() == 1
    if page_type == "search":
        expect(tab.locator(".search-results li").first).to_be_visible()  # "werk" is on several demo pages

    tab.screenshot(path=screenshot_dir / f"page-{page_type}-{language}.png", full_page=True)
    assert meter.total <= BUDGETS[page_type], (
        f"{meter.total / KB:.1f} KB, budget {BUDGETS[page_type] / KB:.0f} KB: {meter.breakdown()}"
    )
    assert axe_violations(tab) == []

    # The main menu starts where the reading starts, under the site's name: at the right edge in Arabic.
    menu = menu_layout(tab)
    items, brand = menu["items"], menu["brand"]
    if language == "ar":
        assert abs(items[0]["right"] - menu["end"]) <= 2, menu
        assert abs(items[0]["right"] - brand["right"]) <= 2, menu
        assert [item["right"] for item in items] == sorted((item["right"] for item in items), reverse=True)
    else:
        assert abs(items[0]["left"] - menu["start"]) <= 2, menu
        assert abs(items[0]["left"] - brand["left"]) <= 2, menu
        assert [item["left"] for item in items] == sorted(item["left"] for item in items)
    # Labels, on the forms and in the directory's filters, sit on the side the text starts from.
    assert misplaced_labels(tab, "rtl" if language == "ar" else "ltr") == []

    tab.set_viewport_size(PHONE)
    assert horizontal_overflow(tab) == []
    tab.screenshot(path=screenshot_dir / f"page-{page_type}-{language}-320.png", full_page=True)

    expected_status_of = url if page_type == "not-found" else None
    assert console_errors(console_messages, expected_status_of=expected_status_of) == []
