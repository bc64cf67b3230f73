"""Playwright fixtures: one headless Debian Chromium per session, a fresh context per test.

Playwright cannot download browsers here, so the system Chromium is launched directly.
Its sync API runs an event loop in the test thread; Django would then refuse ORM calls
in that thread (SynchronousOnlyOperation), hence DJANGO_ALLOW_ASYNC_UNSAFE. The ORM
calls in the browser tests never overlap with a request the browser is waiting for.
"""

import io
import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, sync_playwright

from django.core.management import call_command
from django.db import connection, connections

from tests.browser.helpers import PASSWORD, record_console
from tests.factories import make_user

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
def browser_context(open_context) -> BrowserContext:
    """A clean profile per test (no cookies), English as the browser's language."""
    return open_context()


@pytest.fixture
def open_context(browser: Browser):
    """More browser profiles in one test (another person, another device), all closed after it, pass or fail.

    Options as for ``browser.new_context``; by default a desktop in English (``browser_context`` is one).
    """
    contexts = []

    def open_(**options) -> BrowserContext:
        context = browser.new_context(**{"locale": "en-GB", "viewport": {"width": 1280, "height": 900}, **options})
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(browser_context: BrowserContext) -> Page:
    """A browser tab. Named so it cannot be mistaken for a Wagtail page."""
    return browser_context.new_page()


@pytest.fixture
def console_messages(browser_page: Page) -> list[ConsoleMessage]:
    """Every console message of the tab, plus uncaught exceptions in the page as type "error"."""
    return record_console(browser_page)


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR


# --- The demo content, loaded once per session ----------------------------------------------


def _empty_database() -> None:
    """What a transactional test leaves behind; post_migrate is not run, as with serialized_rollback."""
    call_command("flush", verbosity=0, interactive=False, reset_sequences=False, inhibit_post_migrate=True)


@pytest.fixture(scope="session")
def demo_snapshot(browser, django_db_blocker) -> str:
    """The database holding the demo content, serialized: loading it takes about ten seconds, restoring it two.

    Built from what migrations make (the rows serialized_rollback restores), in autocommit, so
    wagtail-localize's publishing on commit runs as it does on a real site. The database is left empty,
    as every transactional test leaves it. Sequences are not reset, so rows made later never reuse the
    snapshot's primary keys (PostgreSQL).
    """
    if not hasattr(connection, "_test_serialized_contents"):
        pytest.fail("demo_site needs serialized_rollback=True on the module's tests")
    with django_db_blocker.unblock():
        _empty_database()
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)
        call_command("load_demo", stdout=io.StringIO())
        snapshot = connection.creation.serialize_db_to_string()
        _empty_database()
    return snapshot


@pytest.fixture(scope="module")
def demo_site(demo_snapshot):
    """Every test of the module starts with the demo content, each on a fresh copy.

    A transactional test (``live_server``) empties the database after it runs and, with
    ``serialized_rollback``, restores ``connection._test_serialized_contents`` before the next one. For
    this module those contents are the demo snapshot instead of the migrations' rows: the demo is
    loaded once per session, not once per test, and the tests stay independent of each other. Module
    scope puts the swap before the per-test database setup.
    """
    migrated = connection._test_serialized_contents
    connection._test_serialized_contents = demo_snapshot
    yield
    connection._test_serialized_contents = migrated


@pytest.fixture
def quick_forms(settings):
    """No minimum fill-in time: a browser fills a form faster than the bot check allows a person.

    The check itself is tested in tests/test_intake_forms.py; here it would only make tests wait.
    """
    settings.INTAKE_MIN_FILL_SECONDS = 0


# Who works in the admin, each reading it in English. Wagtail's Editors may add and change pages but not
# publish them; an editor who publishes is also in Moderators (Wagtail's default groups).
STAFF = {
    "intake": ("Fatima", ["Intake staff"]),
    "publisher": ("Pieter", ["Editors", "Moderators"]),
    "editor": ("Eddie", ["Editors"]),
}


@pytest.fixture
def staff(db) -> dict:
    """One admin user per role, password ``PASSWORD``, keyed by role (intake, publisher, editor)."""
    return {
        role: make_user(role, *groups, password=PASSWORD, first_name=first_name, last_name="Test")
        for role, (first_name, groups) in STAFF.items()
    }
