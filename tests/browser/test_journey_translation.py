"""Journey 5: an editor translates a project page into Farsi with wagtail-localize and publishes it.

The Farsi project page is an alias of the Dutch one until then. The editor starts its translation from
the Dutch page, lets the machine translator (a dummy, offline) fill the segments, types the title and
the slug in Farsi, and publishes. Visitors then read the page right to left, and the Dutch page's
language switcher leads to it.
"""

import re
from urllib.parse import unquote

import pytest
from playwright.sync_api import Page, expect

from wagtail.models import Locale

from projects.models import ProjectPage
from tests.browser.checks import axe_violations, console_errors, horizontal_overflow
from tests.browser.helpers import log_in, record_console

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("demo_site"),
]

FARSI_TITLE = "پناهنده در هیئت"
FARSI_SLUG = "پناهنده-در-هیئت"


def retranslate(tab: Page, field_label: str, text: str) -> None:
    """Type a segment's translation over what the machine made of it, and save it."""
    field = tab.locator("li", has=tab.get_by_role("heading", name=field_label, exact=True))
    segment = field.locator("li").first
    segment.get_by_role("button", name=re.compile(r"^(Translate|Edit)$")).click()
    segment.locator("textarea, input[type=text]").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()
    expect(segment).to_contain_text(text)


def test_editor_translates_a_project_into_farsi(live_server, browser_page, open_context, staff, screenshot_dir):
    dutch = ProjectPage.objects.get(locale__language_code="nl", slug="refugee-on-board")
    farsi = dutch.get_translation(Locale.objects.get(language_code="fa"))
    assert farsi.alias_of_id == dutch.pk  # not translated yet
    base_url = live_server.url
    tab = browser_page
    admin_console = record_console(tab)
    log_in(tab, base_url, "publisher")

    # From the Dutch page to its Farsi counterpart, and "Translate this page".
    tab.goto(f"{base_url}/admin/pages/{dutch.pk}/edit/")
    status_toggle = tab.get_by_role("button", name="Toggle status")
    status_toggle.click()
    tab.get_by_role("button", name="Switch locales").click()
    tab.get_by_role("link", name="Persian").click()
    tab.get_by_role("link", name="Translate this page").click()
    expect(tab.get_by_role("checkbox", name="Persian")).to_be_checked()
    tab.get_by_role("button", name="Submit").click()
    expect(
        tab.get_by_text(f"The page '{dutch.title}' was successfully submitted for translation into Persian")
    ).to_be_visible()
    expect(status_toggle).to_have_attribute("aria-expanded", "true")
    status_toggle.click()  # the side panel covers the translation editor

    # The machine fills every segment; the editor writes the title and the address in Farsi.
    tab.get_by_role("button", name="Translate with Dummy translator").click()
    expect(tab.get_by_text("Successfully translated")).to_be_visible()
    retranslate(tab, "Title", FARSI_TITLE)
    tab.get_by_role("tab", name="Promote").click()
    retranslate(tab, "Slug", FARSI_SLUG)
    tab.screenshot(path=screenshot_dir / "journey-translation-fa-1-editor.png", full_page=True)
    tab.get_by_role("button", name="Publish in Persian").click()
    expect(tab.get_by_text(f"Published '{FARSI_TITLE}' in Persian.")).to_be_visible()
    assert console_errors(admin_console) == []

    farsi.refresh_from_db()
    assert (farsi.alias_of_id, farsi.live, farsi.title, farsi.slug) == (None, True, FARSI_TITLE, FARSI_SLUG)

    # A visitor on the Dutch page picks فارسی and reads the translation, right to left.
    public = open_context(locale="nl-NL").new_page()
    public_console = record_console(public)
    public.goto(f"{base_url}{dutch.url}")
    public.get_by_role("navigation", name="Kies een taal").get_by_role("link", name="فارسی").click()
    expect(public).to_have_url(f"{base_url}{farsi.url}")
    assert unquote(farsi.url) == f"/fa/projecten/{FARSI_SLUG}/"
    expect(public.locator("html")).to_have_attribute("dir", "rtl")
    expect(public.locator("html")).to_have_attribute("lang", "fa")
    expect(public.locator("h1")).to_have_text(FARSI_TITLE)
    expect(public.locator("main .notice")).to_have_count(0)  # no "not yet available in Persian" any more
    assert public.eval_on_selector("main .page", "element => getComputedStyle(element).direction") == "rtl"
    assert public.eval_on_selector("main .page", "element => element.closest('[lang]').lang") == "fa"
    # Search engines learn of the Farsi page from the Dutch one, and the other way round.
    expect(public.locator(f'link[rel=alternate][hreflang="nl"][href$="{dutch.url}"]')).to_have_count(1)
    public.screenshot(path=screenshot_dir / "journey-translation-fa-2-page.png", full_page=True)
    assert axe_violations(public) == []
    public.set_viewport_size({"width": 320, "height": 740})
    assert horizontal_overflow(public) == []
    assert console_errors(public_console) == []
