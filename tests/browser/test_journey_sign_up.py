"""Signing up for a project: in Arabic on a small phone, and in Dutch with the keyboard only.

Journey 1: a refugee whose phone speaks Arabic opens the site on a 360×740 screen, goes from the home
page to the project, taps "Sign up", fills in the form with Google's reCAPTCHA unreachable (as on this
machine), and gets a reference code; intake staff find the submission in the queue, in Arabic.

Journey 2: the same form in Dutch, keyboard only (Tab, Shift+Tab, Space, Enter), sent half-filled
first: the focus lands on the error summary, its links move the focus to the fields, and what was typed
is still there.
"""

import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from django.utils import translation
from django.utils.translation import gettext

from intake.forms import SignUpForm
from intake.models import Submission
from projects.models import ProjectPage
from tests.browser.checks import axe_violations, console_errors, horizontal_overflow
from tests.browser.helpers import find_in_queue, focused, log_in, record_console, tab_to

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("demo_site", "quick_forms", "running_project"),
]

REFERENCE = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}$")
GOOGLE = re.compile(r"^https://(www\.google\.com|www\.gstatic\.com|recaptcha\.google\.com)/")


CHOICES = {
    "contact_channel": SignUpForm.CHANNELS,
    "dutch_level": SignUpForm.DUTCH_LEVELS,
    "looking_for": SignUpForm.LOOKING_FOR,
    "heard_from": SignUpForm.HEARD_FROM,
}


def interface(language: str) -> dict[str, str]:
    """The sign-up form's labels and choices as the visitor reads them in ``language``."""
    with translation.override(language):
        texts = {name: str(field.label) for name, field in SignUpForm.base_fields.items()}
        texts.update({f"{name}:{value}": str(label) for name, choices in CHOICES.items() for value, label in choices})
        for text in ["Sign up for this project", "Send", "Your reference code is", "Please check the form"]:
            texts[text] = gettext(text)
    return texts


@pytest.fixture
def running_project():
    """The demo's project ran from 2018 to 2020; only a running project takes sign-ups. It runs again."""
    dutch = ProjectPage.objects.get(locale__language_code="nl", slug="refugee-on-board")
    ProjectPage.objects.filter(translation_key=dutch.translation_key).update(status=ProjectPage.Status.RUNNING)


@pytest.fixture
def phone(open_context, settings) -> BrowserContext:
    """An Arabic phone, 360×740, that cannot reach Google; the site has reCAPTCHA keys, as in production."""
    settings.RECAPTCHA_PUBLIC_KEY, settings.RECAPTCHA_PRIVATE_KEY = "site-key-for-tests", "secret-key-for-tests"
    context = open_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True, has_touch=True, locale="ar"
    )
    context.route(GOOGLE, lambda route: route.abort("internetdisconnected"))
    return context


def fits_the_screen(tab: Page) -> None:
    assert horizontal_overflow(tab) == [], tab.url


def test_arabic_sign_up_on_a_phone(live_server, phone, browser_context, staff, screenshot_dir):
    project = ProjectPage.objects.get(locale__language_code="ar", slug="refugee-on-board")
    text = interface("ar")
    tab = phone.new_page()
    console = record_console(tab)

    # The phone asks for Arabic: the site's address opens the Arabic home page, right to left.
    tab.goto(live_server.url + "/")
    expect(tab).to_have_url(f"{live_server.url}/ar/")
    expect(tab.locator("html")).to_have_attribute("dir", "rtl")
    fits_the_screen(tab)
    tab.screenshot(path=screenshot_dir / "journey-sign-up-ar-1-home.png", full_page=True)

    tab.get_by_role("link", name=project.title).tap()
    expect(tab.locator("h1")).to_have_text(project.title)
    fits_the_screen(tab)
    tab.screenshot(path=screenshot_dir / "journey-sign-up-ar-2-project.png", full_page=True)

    tab.get_by_role("link", name=text["Sign up for this project"]).tap()
    form = tab.locator("form.intake-form")
    expect(form).to_be_visible()
    expect(tab.get_by_label(text["project"])).to_have_value(str(project.pk))  # the project is chosen already
    fits_the_screen(tab)

    tab.get_by_label(text["name"]).fill("أمل اختبار")
    tab.get_by_label(text["phone"]).fill("+31 6 00000000")
    tab.get_by_label(text["contact_channel:whatsapp"], exact=True).tap()
    tab.get_by_label(text["municipality"]).fill("لاهاي")
    tab.get_by_label(text["languages"]).fill("العربية، الإنجليزية")
    tab.get_by_label(text["dutch_level"]).select_option(label=text["dutch_level:basic"])
    expect(tab.get_by_label(text["contact_language"])).to_have_value("ar")  # the language she reads the form in
    tab.get_by_label(text["looking_for:paid_work"], exact=True).tap()
    tab.get_by_label(text["looking_for:education"], exact=True).tap()
    tab.locator("#id_consent").tap()
    tab.screenshot(path=screenshot_dir / "journey-sign-up-ar-3-form.png", full_page=True)
    tab.get_by_role("button", name=text["Send"]).tap()

    # Google's script never came, and the form went anyway: a confirmation with a reference code.
    confirmation = tab.locator(".confirmation")
    expect(confirmation).to_contain_text(text["Your reference code is"])
    reference = tab.locator(".reference").inner_text()
    assert REFERENCE.match(reference), reference
    expect(tab.locator("html")).to_have_attribute("dir", "rtl")
    assert confirmation.evaluate("element => getComputedStyle(element).direction") == "rtl"
    fits_the_screen(tab)
    tab.screenshot(path=screenshot_dir / "journey-sign-up-ar-4-confirmation.png", full_page=True)
    unexpected = [
        message.text
        for message in console
        if message.type == "error" and not GOOGLE.match((message.location or {}).get("url", ""))
    ]
    assert unexpected == []

    submission = Submission.objects.get(reference=reference)
    assert (submission.kind, submission.locale.language_code, submission.project_id) == ("sign_up", "ar", project.pk)
    assert submission.name == "أمل اختبار"
    assert submission.data["looking_for"] == ["paid_work", "education"]
    assert not submission.verified
    assert "Google unreachable" in submission.verification_note

    # Intake staff find it in the queue by its reference code, marked as Arabic and not verified.
    desk = browser_context.new_page()
    log_in(desk, live_server.url, "intake")
    row = find_in_queue(desk, reference)
    expect(row).to_contain_text("Arabic")
    expect(row).to_contain_text("not verified", ignore_case=True)
    desk.screenshot(path=screenshot_dir / "journey-sign-up-ar-5-queue.png", full_page=True)


def test_dutch_sign_up_with_the_keyboard_only(live_server, browser_page, console_messages, screenshot_dir):
    project = ProjectPage.objects.get(locale__language_code="nl", slug="refugee-on-board")
    text = interface("nl")
    tab = browser_page
    keys = tab.keyboard

    tab.goto(f"{live_server.url}/nl/")
    tab_to(tab, tab.get_by_role("link", name=project.title))
    keys.press("Enter")
    expect(tab.locator("h1")).to_have_text(project.title)
    tab_to(tab, tab.get_by_role("link", name=text["Sign up for this project"]))
    keys.press("Enter")
    expect(tab.get_by_label(text["project"])).to_have_value(str(project.pk))

    # Half the form: a name and a phone number, then straight to "Send".
    name, phone = tab.get_by_label(text["name"]), tab.get_by_label(text["phone"])
    tab_to(tab, name)
    keys.type("Amal Test")
    keys.press("Tab")
    assert phone.evaluate("element => element === document.activeElement"), focused(tab)
    keys.type("+31 6 00000000")
    tab_to(tab, tab.get_by_role("button", name=text["Send"]))
    keys.press("Enter")

    # The error summary has the focus and is read out; every field kept its value.
    summary = tab.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("role", "alert")
    expect(summary.get_by_role("heading")).to_have_text(text["Please check the form"])
    expect(name).to_have_value("Amal Test")
    expect(phone).to_have_value("+31 6 00000000")
    tab.screenshot(path=screenshot_dir / "journey-sign-up-nl-keyboard-errors.png", full_page=True)
    assert axe_violations(tab) == []
    links = summary.get_by_role("link")
    expect(links).to_have_count(5)  # the four questions left open, and the consent
    for number, question in enumerate(["contact_channel", "municipality", "languages", "looking_for"]):
        expect(links.nth(number)).to_contain_text(text[question])

    # Each link in the summary takes the focus to its field.
    keys.press("Tab")
    expect(links.nth(0)).to_be_focused()
    keys.press("Enter")
    expect(tab.get_by_label(text["contact_channel:phone"], exact=True)).to_be_focused()  # the first choice of the group
    keys.press("Space")
    expect(tab.get_by_label(text["contact_channel:phone"], exact=True)).to_be_checked()
    keys.press("Tab")
    expect(tab.get_by_label(text["municipality"])).to_be_focused()
    keys.type("Utrecht")
    keys.press("Tab")
    keys.type("Arabisch, Nederlands")
    keys.press("Shift+Tab")  # back one field: the place is still there
    expect(tab.get_by_label(text["municipality"])).to_be_focused()
    expect(tab.get_by_label(text["municipality"])).to_have_value("Utrecht")
    expect(tab.get_by_label(text["languages"])).to_have_value("Arabisch, Nederlands")

    # Back up to the summary: its link to "What are you looking for?" leads to the first tick box.
    tab_to(tab, links.nth(3), key="Shift+Tab")
    keys.press("Enter")
    expect(tab.get_by_label(text["looking_for:paid_work"], exact=True)).to_be_focused()
    keys.press("Space")
    keys.press("Tab")
    keys.press("Tab")
    expect(tab.get_by_label(text["looking_for:education"], exact=True)).to_be_focused()
    keys.press("Space")
    tab_to(tab, tab.locator("#id_consent"))
    keys.press("Space")
    expect(tab.locator("#id_consent")).to_be_checked()
    tab_to(tab, tab.get_by_role("button", name=text["Send"]))
    keys.press("Enter")

    expect(tab.locator(".confirmation")).to_contain_text(text["Your reference code is"])
    reference = tab.locator(".reference").inner_text()
    assert REFERENCE.match(reference), reference
    tab.screenshot(path=screenshot_dir / "journey-sign-up-nl-keyboard-confirmation.png", full_page=True)
    submission = Submission.objects.get(reference=reference)
    assert (submission.locale.language_code, submission.project_id) == ("nl", project.pk)
    assert (submission.name, submission.phone) == ("Amal Test", "+31 6 00000000")
    assert submission.data["contact_channel"] == "phone"
    assert submission.data["municipality"] == "Utrecht"
    assert submission.data["looking_for"] == ["paid_work", "education"]
    # The half-filled form came back with status 400, which Chromium notes in the console; nothing else.
    form_url = tab.url.split("thanks/")[0]
    assert console_errors(console_messages, expected_status_of=form_url) == []
