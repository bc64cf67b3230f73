"""The wagtail-localize translation editor works in Chromium on these versions.

An editor logs in, opens the Arabic alias of a Dutch page through the admin's locale
switcher, starts its translation ("Translate this page"), fills the title, introduction
and slug segments in the React translation editor and publishes in Arabic.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from django.contrib.auth import get_user_model

from wagtail.models import Locale

from home.models import StandardPage
from tests.browser.helpers import PASSWORD, log_in
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

USERNAME = "redacteur"
ARABIC = {
    "Title": "من نحن",
    "Introduction": "مقدمة قصيرة.",
    "Slug": "من-نحن",
}


@pytest.fixture
def dutch_page(homes, sync_trees):
    """A published Dutch page whose Arabic counterpart is still an alias."""
    page = StandardPageFactory(parent=homes["nl"], title="Over ons", slug="over-ons", intro="Een korte inleiding.")
    page.save_revision().publish()
    sync_trees()
    arabic_alias = page.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic_alias.alias_of_id == page.id
    return page


def translate_segment(tab: Page, field_label: str, text: str) -> None:
    """Open a segment of the translation editor, type the translation and save it."""
    field = tab.locator("li", has=tab.get_by_role("heading", name=field_label, exact=True))
    segment = field.locator("li").first
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea, input[type=text]").fill(text)
    segment.get_by_role("button", name="Save").click()
    # Saved segments are marked complete and show the translation with an "Edit" button.
    expect(segment).to_have_class("complete")
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()
    expect(segment).to_contain_text(text)


def test_translate_alias_into_arabic_and_publish(
    live_server, dutch_page, browser_page, console_messages, screenshot_dir
):
    get_user_model().objects.create_superuser(USERNAME, "redacteur@example.org", PASSWORD)
    tab = browser_page
    base_url = live_server.url

    log_in(tab, base_url, USERNAME)

    # The Dutch page's status side panel lists its other locales.
    tab.goto(f"{base_url}/admin/pages/{dutch_page.id}/edit/")
    status_toggle = tab.get_by_role("button", name="Toggle status")
    status_toggle.click()
    tab.get_by_role("button", name="Switch locales").click()
    tab.get_by_role("link", name="Arabic").click()

    # The Arabic page is an alias: wagtail-localize offers to translate it.
    expect(tab.get_by_text("This page hasn't been translated yet.")).to_be_visible()
    tab.get_by_role("link", name="Translate this page").click()
    expect(tab).to_have_url(re.compile(r"/admin/localize/submit/page/\d+/\?select_locale=ar"))
    expect(tab.get_by_role("checkbox", name="Arabic")).to_be_checked()
    tab.get_by_role("button", name="Submit").click()

    # Back on the Arabic page's edit view, now the React translation editor.
    expect(
        tab.get_by_text("The page 'Over ons' was successfully submitted for translation into Arabic")
    ).to_be_visible()
    expect(tab.get_by_role("heading", name="Dutch to Arabic translation").first).to_be_visible()
    # The admin remembers the status side panel opened above; close it, it covers the editor.
    expect(status_toggle).to_have_attribute("aria-expanded", "true")
    status_toggle.click()
    expect(status_toggle).to_have_attribute("aria-expanded", "false")
    translate_segment(tab, "Title", ARABIC["Title"])
    translate_segment(tab, "Introduction", ARABIC["Introduction"])
    tab.get_by_role("tab", name="Promote").click()
    translate_segment(tab, "Slug", ARABIC["Slug"])

    tab.get_by_role("button", name="Publish in Arabic").click()
    expect(tab.get_by_text(f"Published '{ARABIC['Title']}' in Arabic.")).to_be_visible()

    admin_errors = [message for message in console_messages if message.type == "error"]
    assert admin_errors == [], [message.text for message in admin_errors]

    arabic = StandardPage.objects.get(translation_key=dutch_page.translation_key, locale__language_code="ar")
    assert arabic.alias_of_id is None
    assert arabic.live
    assert arabic.title == ARABIC["Title"]
    assert arabic.slug == ARABIC["Slug"]
    assert arabic.intro == ARABIC["Introduction"]
    assert arabic.url.startswith("/ar/")
    dutch_page.refresh_from_db()
    assert (dutch_page.title, dutch_page.slug) == ("Over ons", "over-ons")

    response = tab.goto(f"{base_url}{arabic.url}")
    assert response.status == 200
    assert tab.get_attribute("html", "dir") == "rtl"
    assert tab.eval_on_selector("main", "element => getComputedStyle(element).direction") == "rtl"
    assert tab.get_attribute("html", "lang") == "ar"
    expect(tab.locator("h1")).to_have_text(ARABIC["Title"])
    expect(tab.locator("main")).to_contain_text(ARABIC["Introduction"])
    # A translated page no longer carries the "not yet translated" notice.
    expect(tab.locator("main .notice")).to_have_count(0)
    tab.screenshot(path=screenshot_dir / "translated-page-ar.png", full_page=True)
