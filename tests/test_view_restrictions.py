"""Private pages stay private in every language: aliases and translations obey their original's restrictions."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from home import page_cache
from intake.forms import SignUpForm
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
)

pytest_plugins = ["tests.initiatives_fixtures"]


@pytest.fixture
def private_parent(homes, sync_trees):
    parent = StandardPageFactory(parent=homes["nl"], title="Intern", slug="intern")
    parent.save_revision().publish()
    child = StandardPageFactory(parent=parent, title="Notulen", slug="notulen")
    child.save_revision().publish()
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.PASSWORD, password="x")
    sync_trees()
    return parent


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/nl/intern/", "/nl/intern/notulen/", "/fa/intern/", "/uk/intern/notulen/"])
def test_restricted_pages_ask_for_the_password_in_every_language(client, private_parent, url):
    response = client.get(url)

    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert "<h1>Notulen</h1>" not in response.content.decode()


@pytest.mark.django_db
def test_public_pages_stay_public(client, private_parent, homes):
    page = StandardPageFactory(parent=homes["nl"], title="Open", slug="open")
    page.save_revision().publish()

    assert 'name="password"' not in client.get("/nl/open/").content.decode()


def offered_projects(language: str) -> list[str]:
    with translation.override(language):
        return [title for _pk, title in SignUpForm().fields["project"].choices]


@pytest.mark.django_db
def test_a_restricted_page_leaves_the_listings_at_once_and_returns_when_opened(client, homes, sync_trees):
    """News index, its feed, the home page's latest news, the menu, the sitemap and the sign-up form's projects.

    In Dutch and through the aliases in English, which Wagtail's ``.public()`` let through.
    """
    news = NewsIndexPageFactory(parent=homes["nl"])
    news.save_revision().publish()
    item = NewsPageFactory(parent=news, title="Intern bericht", slug="intern-bericht")
    item.save_revision().publish()
    projects = ProjectIndexPageFactory(parent=homes["nl"])
    projects.save_revision().publish()
    project = ProjectPageFactory(parent=projects, title="Besloten project", slug="besloten-project")
    project.save_revision().publish()
    menu_page = StandardPageFactory(parent=homes["nl"], title="Ledenzaal", slug="ledenzaal", show_in_menus=True)
    menu_page.save_revision().publish()
    sync_trees()

    def listed() -> dict[str, bool]:
        found = {"sitemap": "/nl/nieuws/intern-bericht/" in client.get("/sitemap.xml").content.decode()}
        for code in ("nl", "en"):
            home = client.get(f"/{code}/").content.decode()
            found |= {
                f"news index {code}": "Intern bericht" in client.get(f"/{code}/nieuws/").content.decode(),
                f"feed {code}": "Intern bericht" in client.get(f"/{code}/nieuws/feed/").content.decode(),
                f"home {code}": "Intern bericht" in home,
                f"menu {code}": "Ledenzaal" in home,
                f"sign-up {code}": "Besloten project" in offered_projects(code),
            }
        return found

    assert all(listed().values()), listed()

    restrictions = [
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
        for page in (item, project, menu_page)
    ]
    assert not any(listed().values()), listed()

    for restriction in restrictions:
        restriction.delete()
    assert all(listed().values()), listed()


# --- An initiative behind a restriction, in every language and on every surface that lists it ---

LANGUAGES = ["nl", "en", "ar", "fa", "ti", "uk"]
DIRECTORY = "bijzondere-initiatieven"
API = "/api/v2/pages/"
SECRETS = ("Besloten initiatief", "geheim@example.org", "06 9999 0000")


@pytest.fixture
def initiatives(make_initiative, sync_trees):
    """An open initiative and a confidential one, both about language (so each is the other's related one)."""
    shown = make_initiative(title="Open initiatief", slug="open-initiatief", focus=["language"])
    hidden = make_initiative(
        title="Besloten initiatief",
        slug="besloten-initiatief",
        focus=["language"],
        contact_name="Contact Persoon",
        contact_phone="06 9999 0000",
        contact_email="geheim@example.org",
    )
    sync_trees()
    return shown, hidden


def shows_secret(response) -> bool:
    text = response.content.decode()
    return any(secret in text for secret in SECRETS)


def surfaces_showing(client, hidden) -> dict[str, list[str]]:
    """Each surface that shows the confidential initiative, with the languages it shows it in."""
    versions = {page.locale.language_code: page for page in Page.objects.filter(translation_key=hidden.translation_key)}
    sitemap = client.get("/sitemap.xml").content.decode()
    found: dict[str, list[str]] = {}
    for code in LANGUAGES:
        directory = f"/{code}/{DIRECTORY}/"
        answers = {
            "page": client.get(f"{directory}besloten-initiatief/"),
            "listing": client.get(directory),
            "directory search": client.get(directory, {"q": "Besloten"}),
            "csv": client.get(f"{directory}csv/"),
            "related": client.get(f"{directory}open-initiatief/"),
            "site search": client.get(f"/{code}/search/", {"q": "Besloten"}),
            "api": client.get(API, {"locale": code}),
            "api search": client.get(API, {"locale": code, "search": "Besloten"}),
            "api detail": client.get(f"{API}{versions[code].pk}/"),
        }
        for surface, response in answers.items():
            if response.status_code == 200 and shows_secret(response):
                found.setdefault(surface, []).append(code)
        if f"/{code}/{DIRECTORY}/besloten-initiatief/" in sitemap:
            found.setdefault("sitemap", []).append(code)
    return found


def restrict_initiative(directory, hidden, kind):
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type=kind, password="x")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.create(name="Intern")])
    return restriction


def restrict_directory(directory, hidden, kind):
    return PageViewRestriction.objects.create(page=directory, restriction_type=kind, password="x")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "restrict, kind",
    [
        (restrict_initiative, PageViewRestriction.PASSWORD),
        (restrict_initiative, PageViewRestriction.GROUPS),
        (restrict_directory, PageViewRestriction.PASSWORD),
        (restrict_directory, PageViewRestriction.LOGIN),
    ],
    ids=["password-on-initiative", "groups-on-initiative", "password-on-ancestor", "login-on-ancestor"],
)
def test_a_restricted_initiative_is_absent_everywhere_in_every_language(client, directory, initiatives, restrict, kind):
    _shown, hidden = initiatives
    everywhere = surfaces_showing(client, hidden)
    assert everywhere == {
        **dict.fromkeys(("page", "listing", "directory search", "csv", "related", "site search"), LANGUAGES),
        **dict.fromkeys(("api", "api search", "api detail"), LANGUAGES),
        "sitemap": ["nl"],  # aliases repeat the source: only real translations are listed
    }

    restriction = restrict(directory, hidden, kind)
    assert surfaces_showing(client, hidden) == {}

    restriction.delete()
    assert surfaces_showing(client, hidden) == everywhere


@pytest.mark.django_db
@pytest.mark.parametrize("most_prefixes", [page_cache.MOST_PREFIXES, 1], ids=["by-path", "by-id"])
def test_a_restriction_on_the_sources_ancestor_guards_aliases_below_a_translated_parent(
    client, directory, initiatives, translate_page, monkeypatch, most_prefixes
):
    """The English directory is a translation of its own; its initiatives are aliases of the Dutch ones.

    Wagtail resolves an alias to its source but not to the source's ancestors, and ignores
    translations: restricting the Dutch directory left the English directory and the aliases
    below it public. Beyond MOST_PREFIXES guarded paths listings exclude the guarded pages by id.
    """
    monkeypatch.setattr(page_cache, "MOST_PREFIXES", most_prefixes)
    _shown, hidden = initiatives
    translate_page(directory, "en", {"Bijzondere initiatieven": "Special initiatives"})
    english = Page.objects.get(translation_key=hidden.translation_key, locale__language_code="en")
    assert english.alias_of_id == hidden.pk
    assert surfaces_showing(client, hidden)["listing"] == LANGUAGES

    restriction = PageViewRestriction.objects.create(page=directory, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.create(name="Intern")])
    assert client.get(f"/en/{DIRECTORY}/").status_code == 302  # its translation obeys it too (to the login)
    assert surfaces_showing(client, hidden) == {}
    assert client.get(f"/en/{DIRECTORY}/besloten-initiatief/").status_code == 302  # to the login

    restriction.delete()
    assert surfaces_showing(client, hidden)["listing"] == LANGUAGES


# --- A real translation (wagtail-localize, not an alias) obeys the restrictions of its original ---


def restrict_dutch_initiative(directory, hidden, english):
    return PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")


def restrict_dutch_directory(directory, hidden, english):
    return PageViewRestriction.objects.create(page=directory, restriction_type=PageViewRestriction.GROUPS)


def restrict_english_translation(directory, hidden, english):
    return PageViewRestriction.objects.create(page=english, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def translated(directory, initiatives, translate_page):
    """The English directory and the confidential initiative are wagtail-localize translations, pages of their own."""
    _shown, hidden = initiatives
    translate_page(directory, "en", {"Bijzondere initiatieven": "Special initiatives"})
    english = translate_page(hidden, "en")  # the texts (and so the secrets) stay as in Dutch
    assert english.alias_of_id is None and english.locale.language_code == "en"
    assert english.get_parent().alias_of_id is None
    return hidden, english


@pytest.mark.django_db
@pytest.mark.parametrize(
    "restrict",
    [restrict_dutch_initiative, restrict_dutch_directory, restrict_english_translation],
    ids=["on-the-dutch-original", "on-the-dutch-ancestor", "on-the-english-translation"],
)
def test_a_restriction_guards_every_translation_in_every_language(client, directory, translated, restrict):
    """Issue #13: restricted means absent from every listing, CSV, feed, sitemap, search and API, in every language."""
    hidden, english = translated
    everywhere = surfaces_showing(client, hidden)
    assert everywhere["listing"] == LANGUAGES
    assert everywhere["sitemap"] == ["nl", "en"]  # the translation is a page of its own

    restriction = restrict(directory, hidden, english)
    assert surfaces_showing(client, hidden) == {}

    restriction.delete()
    assert surfaces_showing(client, hidden) == everywhere


@pytest.mark.django_db
@pytest.mark.parametrize("on", ["original", "ancestor"])
def test_a_translation_asks_for_the_password_of_its_restricted_original(client, directory, translated, on):
    hidden, _english = translated
    url = f"/en/{DIRECTORY}/besloten-initiatief/"
    restriction = PageViewRestriction.objects.create(
        page=hidden if on == "original" else directory, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    asked = client.get(url)
    assert asked.status_code == 200
    assert 'name="password"' in asked.content.decode()
    assert not shows_secret(asked)

    action = asked.context["action_url"]
    assert client.post(action, {"password": "fout", "return_url": url}).status_code == 200  # asked again
    passed = client.post(action, {"password": "geheim", "return_url": url})
    assert passed.status_code == 302 and passed["Location"] == url
    opened = client.get(url)
    assert opened.status_code == 200
    assert "<h1>Besloten initiatief</h1>" in opened.content.decode()
    assert 'name="password"' not in opened.content.decode()

    restriction.delete()
    anyone = Client().get(url)
    assert "<h1>Besloten initiatief</h1>" in anyone.content.decode()


@pytest.mark.django_db
def test_an_alias_of_a_translation_obeys_the_original_with_a_query_per_round(
    client, directory, translated, homes, django_assert_max_num_queries
):
    """A chain: the Dutch original, its English translation, an alias of that translation elsewhere in English."""
    hidden, english = translated
    alias = english.create_alias(parent=homes["en"], update_slug="kopie-besloten")
    assert alias.translation_key != hidden.translation_key  # linked to the original only through the translation
    assert "<h1>Besloten initiatief</h1>" in client.get("/en/kopie-besloten/").content.decode()

    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x")
    # The restrictions, then one query a round (the original's versions, the translation's alias, nothing more).
    with django_assert_max_num_queries(4):
        guarded = page_cache.restricted_paths()
    assert alias.path in guarded and english.path in guarded
    asked = client.get("/en/kopie-besloten/")
    assert 'name="password"' in asked.content.decode()
    assert not shows_secret(asked)
