"""Playwright fixtures: one headless Debian Chromium per session, a fresh context per test.

Playwright cannot download browsers here, so the system Chromium is launched directly.
Its sync API runs an event loop in the test thread; Django would then refuse ORM calls
in that thread (SynchronousOnlyOperation), hence DJANGO_ALLOW_ASYNC_UNSAFE. The ORM
calls in the browser tests never overlap with a request the browser is waiting for.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, sync_playwright

from django.db import connection, connections

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started only after the test database exists.

    The server decides at start whether to share the test thread's in-memory SQLite
    connection. Started before ``django_db_setup`` (which happens when a test requests
    ``live_server`` ahead of ``db``) it sees the settings' file database instead and
    serves var/db.sqlite3, not the test database.
    """
    assert live_server.thread.connections_override or connection.vendor != "sqlite", (
        "the live server does not share the test database"
    )
    return live_server


@pytest.fixture(scope="session")
def browser(django_db_setup) -> Browser:
    """Headless Chromium for the whole session.

    While Playwright's sync API is active, its event loop counts as running in this
    thread, and Django then keeps database connections per context instead of per
    thread: the test thread would get a fresh connection object, without the state
    pytest-django's database setup left on the old one (``_test_serialized_contents``,
    needed by serialized_rollback) and different from the one the live server shares.
    So the database is set up first and the same connection objects are handed over.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (see README)")
    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        for alias, wrapper in thread_connections.items():
            connections[alias] = wrapper
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_context(browser: Browser) -> BrowserContext:
    """A clean profile per test (no cookies), English as the browser's language."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def browser_page(browser_context: BrowserContext) -> Page:
    """A browser tab. Named so it cannot be mistaken for a Wagtail page."""
    return browser_context.new_page()


@pytest.fixture
def console_messages(browser_page: Page) -> list[ConsoleMessage]:
    """Every console message of the tab, plus uncaught exceptions in the page as type "error"."""
    messages: list = []
    browser_page.on("console", lambda message: messages.append(message))
    browser_page.on("pageerror", lambda error: messages.append(_PageError(error)))
    return messages


class _PageError:
    """An uncaught exception in the page, shaped like a ConsoleMessage for reporting."""

    type = "error"

    def __init__(self, error: Exception):
        self.text = f"uncaught: {error}"
        self.location = {}

    def __repr__(self) -> str:
        return self.text


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
