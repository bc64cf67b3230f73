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
