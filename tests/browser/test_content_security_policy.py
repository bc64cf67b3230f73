"""The content security policy blocks nothing the site or the Wagtail admin needs, seen in Chromium.

Chromium reports every blocked script, style, frame or image in the console; these pages
must leave it empty.
"""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from tests.browser.checks import console_errors
from tests.browser.helpers import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

USERNAME = "redacteur"


def test_public_pages(live_server, about_page, form_pages, browser_page, console_messages):
    for url in ("/nl/", "/nl/over-ons/", "/en/about-us/", "/ar/", "/nl/aanmelden/"):
        response = browser_page.goto(f"{live_server.url}{url}")

        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        expect(browser_page.locator("h1")).to_be_visible()
    assert console_errors(console_messages) == []


def test_admin_dashboard_editor_preview_and_snippets(live_server, about_page, browser_page, console_messages):
    get_user_model().objects.create_superuser(USERNAME, "redacteur@example.org", PASSWORD)
    tab = browser_page
    log_in(tab, live_server.url, USERNAME)

    # The page editor, with the preview of the page in its side panel (a frame the admin may show).
    tab.goto(f"{live_server.url}/admin/pages/{about_page.id}/edit/")
    expect(tab.locator("#id_title")).to_have_value("Over ons")
    tab.locator("button[data-side-panel-toggle='preview']").click()
    expect(tab.frame_locator("#w-preview-iframe").locator("h1")).to_have_text("Over ons")

    # Snippet listings: the directory's taxonomies and the news categories.
    for url in ("/admin/snippets/initiatives/focusarea/", "/admin/snippets/projects/audiencecategory/"):
        response = tab.goto(f"{live_server.url}{url}")
        assert response.status == 200, url
        expect(tab.locator("main h1, header h1").first).to_be_visible()

    assert console_errors(console_messages) == []
