"""Journey 6: an editor without the intake permission sees no Intake menu and is refused at the queue.

Wagtail's Editors group edits pages; the submissions (personal data) are for the "Intake staff" group
only. The editor's admin has no Intake menu and no intake panel on the dashboard; typing the queue's
address, or a submission's, leads back to the dashboard with "no permission", showing nothing of the
submission. An intake staff member, for comparison, has the menu.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.checks import console_errors
from tests.browser.helpers import log_in, record_console
from tests.factories import SubmissionFactory
from tests.intake_helpers import PLANTED

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REFUSED = "Sorry, you do not have permission to access this area."


def test_editor_without_intake_permission_is_kept_out(live_server, browser_page, open_context, staff, screenshot_dir):
    submission = SubmissionFactory()
    base_url = live_server.url
    tab = browser_page
    console = record_console(tab)

    log_in(tab, base_url, "editor")
    menu = tab.get_by_role("navigation", name="Main menu")
    expect(menu.get_by_role("button", name="Pages")).to_be_visible()  # the menu is there, for pages
    expect(menu.get_by_text("Intake")).to_have_count(0)
    expect(tab.locator("main")).not_to_contain_text("submission", ignore_case=True)  # no intake panel

    for address in ["/admin/intake/queue/", f"/admin/intake/queue/inspect/{submission.pk}/", "/admin/intake/requests/"]:
        tab.goto(base_url + address)
        expect(tab).to_have_url(f"{base_url}/admin/")
        expect(tab.locator(".messages")).to_contain_text(REFUSED)
        content = tab.content()
        assert submission.reference not in content
        assert not [value for value in PLANTED if value in content]
    tab.screenshot(path=screenshot_dir / "journey-editor-refused.png", full_page=True)
    assert console_errors(console) == []

    # Intake staff have the menu and reach the queue.
    desk = open_context().new_page()
    log_in(desk, base_url, "intake")
    intake_menu = desk.get_by_role("navigation", name="Main menu")
    intake_menu.get_by_role("button", name="Intake").click()
    intake_menu.get_by_role("link", name="Queue").click()
    expect(desk).to_have_url(f"{base_url}/admin/intake/queue/")
    expect(desk.locator("table.listing")).to_contain_text(submission.reference)
