"""Doing things in the browser as a person does: signing in, moving with the keyboard, watching the console."""

import pytest
from playwright.sync_api import Locator, Page, expect

PASSWORD = "een-lang-wachtwoord-voor-tests"  # noqa: S105 (the test users' password)


def log_in(tab: Page, base_url: str, username: str, password: str = PASSWORD) -> None:
    """Sign in to the Wagtail admin as a person does, and land on its dashboard."""
    tab.goto(f"{base_url}/admin/login/")
    tab.locator("input[name=username]").fill(username)
    tab.locator("input[name=password]").fill(password)
    tab.get_by_role("button", name="Sign in").click()
    tab.wait_for_url(f"{base_url}/admin/")


def find_in_queue(tab: Page, reference: str) -> Locator:
    """From the admin, open Intake → Queue through the menu and search for ``reference``; its one row."""
    menu = tab.get_by_role("navigation", name="Main menu")
    menu.get_by_role("button", name="Intake").click()
    menu.get_by_role("link", name="Queue").click()
    tab.get_by_role("textbox", name="Search").fill(reference)
    row = tab.locator("table.listing tbody tr", has_text=reference)
    expect(row).to_have_count(1)
    return row


# True once Wagtail's autosave has nothing left to send: its change watcher (w-unsaved) has taken
# its first look at the form (two seconds after it loads) and sees no edit since the last save,
# and no background save is on its way. Read from the two Stimulus controllers on the edit form.
_AUTOSAVE_SETTLED = """() => {
    const form = document.querySelector("form[data-edit-form]");
    const app = window.wagtail && window.wagtail.app;
    if (!form || !app) return false;
    const unsaved = app.getControllerForElementAndIdentifier(form, "w-unsaved");
    const autosave = app.getControllerForElementAndIdentifier(form, "w-autosave");
    if (!unsaved || unsaved.initialFormData === undefined) return false;
    return unsaved.formData === unsaved.initialFormData && !(autosave && autosave.submitPromise);
}"""


def wait_for_autosave(tab: Page) -> None:
    """Wait until the edit form's background saves have caught up with what was typed.

    Wagtail 8 saves a page in the background while it is written; the first save creates a new
    page and turns the form into its edit form. A click on "Publish" while a save is on its way
    sends a second request for the same page, which one of the two loses (with a 400). A person
    sees the "Saved" mark first; a test waits for the same state, however slow the machine.
    """
    tab.locator("form[data-edit-form] :focus").evaluate_all("elements => elements.forEach(e => e.blur())")
    tab.wait_for_function(_AUTOSAVE_SETTLED)


def record_console(tab: Page) -> list:
    """Every console message of ``tab`` from now on, uncaught exceptions included as type "error"."""
    messages: list = []
    tab.on("console", lambda message: messages.append(message))
    tab.on("pageerror", lambda error: messages.append(_PageError(error)))
    return messages


class _PageError:
    """An uncaught exception in the page, shaped like a ConsoleMessage for reporting."""

    type = "error"

    def __init__(self, error: Exception):
        self.text = f"uncaught: {error}"
        self.location = {}

    def __repr__(self) -> str:
        return self.text


def tab_to(tab: Page, target: Locator, *, key: str = "Tab", limit: int = 80) -> int:
    """Press ``key`` (Tab or Shift+Tab) until ``target`` has the focus; fails if it never gets it.

    Returns the number of presses, so a test can say how far a keyboard user has to go.
    """
    for presses in range(1, limit + 1):
        tab.keyboard.press(key)
        if target.evaluate("element => element === document.activeElement"):
            return presses
    pytest.fail(f"{key} never reached {target} in {limit} presses; focus is on {focused(tab)}")


def focused(tab: Page) -> str:
    """The focused element, described for an assertion message."""
    return tab.evaluate(
        """() => {
            const e = document.activeElement;
            if (!e) return 'nothing';
            return `${e.tagName.toLowerCase()}#${e.id}.${e.className} ${(e.textContent || '').trim().slice(0, 40)}`;
        }"""
    )
