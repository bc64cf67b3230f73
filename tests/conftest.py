"""Shared fixtures: the site, its six home pages and helpers to build translated content.

Migrations (and the post_migrate hook in home/locales.py) already make the six
locales and the Dutch home page with an alias in every other language, so the
fixtures only look them up.
"""

import io

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from home.models import HomePage, OrganisationSettings
from intake.models import ContactPage, InitiativeReportPage, SignUpPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, StandardPageFactory
from tests.intake_helpers import started

LANGUAGE_CODES = ["nl", "en", "ar", "fa", "ti", "uk"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; a test must not see another test's site."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once per test module and rolled back after it.

    Loading it takes seconds; the tests of a module share one load inside an outer
    transaction, and each test still runs in its own savepoint.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def homes(db) -> dict[str, HomePage]:
    """The home page of every language, keyed by language code."""
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture
def project(homes):
    """A published project page (slug "rob") in a published Dutch project index."""
    index = ProjectIndexPageFactory(parent=homes["nl"])
    index.save_revision().publish()
    project = ProjectPageFactory(parent=index, slug="rob")
    project.save_revision().publish()
    return project


@pytest.fixture
def sync_trees():
    """Make aliases for pages created in code, as the admin does for pages created there."""

    def sync():
        call_command("sync_locale_trees")

    return sync


def translate(page: Page, language_code: str, texts: dict[str, str] | None = None) -> Page:
    """Translate ``page`` through wagtail-localize and publish; unmapped strings keep the source text."""
    texts = texts or {}
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=language_code)
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = texts.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    translation.save_target(publish=True)
    return page.get_translation(Locale.objects.get(language_code=language_code))


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    """wagtail-localize publishes on commit: run those callbacks inside the test's transaction."""

    def run(page: Page, language_code: str, texts: dict[str, str] | None = None) -> Page:
        with django_capture_on_commit_callbacks(execute=True):
            return translate(page, language_code, texts)

    return run


@pytest.fixture
def about_page(homes, sync_trees, translate_page):
    """A Dutch page in the menu with an English translation and aliases elsewhere."""
    page = StandardPageFactory(parent=homes["nl"], title="Over ons", slug="over-ons", show_in_menus=True)
    page.save_revision().publish()
    sync_trees()
    translate_page(
        page, "en", {"Over ons": "About us", "over-ons": "about-us", "Een korte inleiding.": "A short introduction."}
    )
    return page


@pytest.fixture
def form_pages(homes, sync_trees, site, translate_page):
    home = homes["nl"]
    signup = home.add_child(
        instance=SignUpPage(title="Aanmelden", slug="aanmelden", thank_you_text="<p>We bellen je.</p>")
    )
    report = home.add_child(instance=InitiativeReportPage(title="Initiatief melden", slug="initiatief-melden"))
    contact = home.add_child(instance=ContactPage(title="Vraag", slug="vraag"))
    for page in (signup, report, contact):
        page.save_revision().publish()
    sync_trees()
    organisation = OrganisationSettings.for_site(site)
    organisation.intake_email = "intake@example.org"
    organisation.signup_page = signup
    organisation.save()
    return {"signup": signup, "report": report, "contact": contact}


@pytest.fixture
def post_form(client, django_capture_on_commit_callbacks):
    """POST a form as a person would, and run what waits for the commit (the mails)."""

    def post(url: str, data: dict, *, seconds_ago: int = 30, client=client, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, {**data, "started": started(seconds_ago), **extra})

    return post
