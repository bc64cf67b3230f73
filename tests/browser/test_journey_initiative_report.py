"""Journey 3: an initiative reported in English becomes a page in the directory.

An organisation finds the English directory and reports its initiative. Intake staff sign in, find the
report in the queue by its reference code, assign it to themselves, accept it and create a draft
initiative page from it. An editor who may publish finds the draft and publishes it. The initiative is
then in the directory, under the focus area the organisation chose.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from initiatives.models import InitiativeDirectoryPage, InitiativePage
from intake.models import Submission
from tests.browser.checks import console_errors
from tests.browser.helpers import find_in_queue, log_in, record_console

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("demo_site", "quick_forms"),
]

INITIATIVE = "Buddy Bikes"


def report_an_initiative(tab: Page, base_url: str) -> str:
    """The organisation's part, from the directory to the confirmation; returns the reference code."""
    directory = InitiativeDirectoryPage.objects.get(locale__language_code="en")
    tab.goto(f"{base_url}/en/")
    tab.get_by_role("navigation", name="Main menu").get_by_role("link", name=directory.title).click()
    expect(tab.locator("h1")).to_have_text(directory.title)
    tab.get_by_role("link", name="Report a new initiative").click()

    tab.get_by_label("Name of the initiative").fill(INITIATIVE)
    tab.get_by_label("Organisation").fill("Stichting Fietsmaatjes")
    tab.get_by_label("Website").fill("fietsmaatjes.example.org")
    tab.get_by_label("Language", exact=True).check()
    tab.get_by_label("Where does it work?").select_option(label="Utrecht")
    tab.get_by_label("Short description").fill("Volunteers teach newcomers to ride a bike, in pairs.")
    tab.get_by_label("Goal").fill("Every newcomer can cycle to work or school.")
    tab.get_by_label("Contact person").fill("Sam Test")
    tab.get_by_label("Contact e-mail address").fill("sam@example.org")
    tab.get_by_label("You may publish these contact details").check()
    tab.locator("#id_consent").check()
    tab.get_by_role("button", name="Send").click()

    expect(tab.locator(".confirmation")).to_contain_text("Your reference code is")
    return tab.locator(".reference").inner_text()


def test_reported_initiative_reaches_the_directory(live_server, browser_page, open_context, staff, screenshot_dir):
    base_url = live_server.url
    public = browser_page
    public_console = record_console(public)
    reference = report_an_initiative(public, base_url)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", reference)
    report = Submission.objects.get(reference=reference)
    assert (report.kind, report.locale.language_code, report.status) == ("initiative", "en", "new")

    # Intake staff: the queue, the report, assign, accept, draft page.
    desk = open_context().new_page()
    desk_console = record_console(desk)
    log_in(desk, base_url, "intake")
    row = find_in_queue(desk, reference)
    expect(row).to_contain_text("initiative report")
    expect(row).to_contain_text("English")
    row.get_by_role("link", name=reference).click()

    expect(desk.get_by_text(INITIATIVE)).to_be_visible()
    desk.get_by_role("button", name="Assign to me").click()
    expect(desk.locator(".messages")).to_contain_text(f"{reference} is now assigned to you")
    for status in ["in review", "accepted"]:
        desk.get_by_label("New status").select_option(label=status)
        desk.get_by_role("button", name="Change status").click()
        expect(desk.locator(".messages")).to_contain_text(f"{reference} is now {status}")
    desk.get_by_role("button", name="Create draft initiative page").click()
    expect(desk.locator(".messages")).to_contain_text(f"Draft initiative page '{INITIATIVE}' created")
    expect(desk.get_by_role("button", name="Create draft initiative page")).to_have_count(0)  # once only
    desk.screenshot(path=screenshot_dir / "journey-report-en-1-triage.png", full_page=True)
    report.refresh_from_db()
    assert (report.status, report.assignee, report.initiative_page.title) == ("accepted", staff["intake"], INITIATIVE)
    draft = InitiativePage.objects.get(pk=report.initiative_page_id)
    assert not draft.live

    # The editor finds the draft and publishes it.
    editor = open_context().new_page()
    editor_console = record_console(editor)
    log_in(editor, base_url, "publisher")
    editor.get_by_label("Search term").fill(INITIATIVE)
    editor.keyboard.press("Enter")
    editor.get_by_role("link", name=INITIATIVE).first.click()
    expect(editor).to_have_url(f"{base_url}/admin/pages/{draft.pk}/edit/")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Publish").click()
    expect(editor.locator(".messages")).to_contain_text(f"Page '{INITIATIVE}' has been published.")
    draft.refresh_from_db()
    assert draft.live

    # The public directory, filtered by the focus area the organisation chose.
    directory = InitiativeDirectoryPage.objects.get(locale__language_code="en")
    public.goto(f"{base_url}{directory.url}")
    public.get_by_role("checkbox", name="Language", exact=True).check()
    public.get_by_role("button", name="Show initiatives").click()
    expect(public).to_have_url(re.compile(r"[?&]focus=language(&|$)"))
    card = public.locator(".directory__results .card", has_text=INITIATIVE)
    expect(card).to_have_count(1)
    expect(card).to_contain_text("Language")
    expect(card).to_contain_text("Utrecht")
    public.screenshot(path=screenshot_dir / "journey-report-en-2-directory.png", full_page=True)
    # Not under a focus area it was not reported for.
    public.goto(f"{base_url}{directory.url}?focus=education")
    expect(public.locator(".directory__results .card", has_text=INITIATIVE)).to_have_count(0)
    card_link = f"{base_url}{directory.url}?focus=language"
    public.goto(card_link)
    public.get_by_role("link", name=INITIATIVE).click()
    expect(public.locator("h1")).to_have_text(INITIATIVE)
    expect(public.locator("main")).to_contain_text("Stichting Fietsmaatjes")

    for console in (public_console, desk_console, editor_console):
        assert console_errors(console) == []
