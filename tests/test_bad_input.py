"""Bad input on every public URL and form field: an answer (a 400 or a form error where it is invalid), never a 500.

The sweep runs over one page of every type, in every language (the aliases of the Dutch ones), the routes below
pages (CSV downloads, feeds, thank-you pages), the site search, the sitemap, robots.txt,
Wagtail's password and login forms and the open-data API. Each URL gets NUL characters,
integers beyond any database's range, invalid UTF-8 and a 1 MB value in its query
parameters; each form field gets them in a POST. The kinds of bad value rotate over the
URLs, so that every kind meets every page type without a request per combination.
"""

from urllib.parse import quote

import pytest

from django import forms
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from wagtail.models import Page

from home.models import HomePage, OrganisationSettings
from intake.forms import ContactForm, InitiativeReportForm, SignUpForm
from intake.models import ContactPage, InitiativeReportPage, SignUpPage
from tests.factories import (
    InitiativeDirectoryPageFactory,
    InitiativePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ProjectResultsPageFactory,
    StandardPageFactory,
)
from tests.intake_helpers import CONTACT, SIGN_UP, started

API = "/api/v2/pages/"
HUGE = "99999999999999999999"
# name -> the value as it goes into a query string or a form body, already percent-encoded.
BAD = {
    "nul": quote("a\x00b"),
    "huge": HUGE,
    "negative huge": "-" + HUGE,
    "invalid utf-8": "%FF%FEx",  # bytes that are no UTF-8: Django decodes them as replacement characters
    "1 MB": "x" * 1_000_000,
}
KINDS = list(BAD)
FORM_ENCODED = "application/x-www-form-urlencoded"
# Every query parameter a public page, form or download reads, and one none reads.
PAGE_PARAMETERS = ["q", "page", "sort", "focus", "region", "status", "kind", "project", "year", "format", "unknown"]
INTEGER_PARAMETERS = ["offset", "limit", "child_of", "descendant_of", "translation_of", "id"]
API_PARAMETERS = [
    "search",
    "search_operator",
    "locale",
    "offset",
    "limit",
    "type",
    "fields",
    "order",
    "child_of",
    "descendant_of",
    "translation_of",
    "site",
    "focus",
    "region",
    "status",
    "unknown",
]
ROUTES_BELOW = {
    "initiatives.initiativedirectorypage": ["csv/"],
    "projects.newsindexpage": ["feed/"],
    "projects.projectpage": ["csv/"],
    "projects.projectresultspage": ["csv/"],
    "intake.signuppage": ["thanks/"],
    "intake.initiativereportpage": ["thanks/"],
    "intake.contactpage": ["thanks/"],
}
FORMS = [
    (SignUpPage, SignUpForm, SIGN_UP),
    (InitiativeReportPage, InitiativeReportForm, None),
    (ContactPage, ContactForm, CONTACT),
]

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def every_page_type(django_db_setup, django_db_blocker):
    """One published page of each type in Dutch, with aliases in every other language; rolled back after the module."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            home = HomePage.objects.get(locale__language_code="nl")
            projects = ProjectIndexPageFactory(parent=home)
            project = ProjectPageFactory(parent=projects)
            news = NewsIndexPageFactory(parent=home)
            directory = InitiativeDirectoryPageFactory(parent=home)
            signup = home.add_child(instance=SignUpPage(title="Aanmelden", slug="aanmelden"))
            pages = [
                StandardPageFactory(parent=home),
                projects,
                project,
                ProjectResultsPageFactory(parent=project, year=2025),
                news,
                NewsPageFactory(parent=news),
                directory,
                InitiativePageFactory(parent=directory, focus=["language"], regions=["utrecht"], status="running"),
                signup,
                home.add_child(instance=InitiativeReportPage(title="Initiatief melden", slug="initiatief-melden")),
                home.add_child(instance=ContactPage(title="Vraag", slug="vraag")),
            ]
            for page in pages:
                page.save_revision().publish()
            OrganisationSettings.objects.update_or_create(site=home.get_site(), defaults={"signup_page": signup})
            call_command("sync_locale_trees")
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    """The sweep posts far more than a person may: the per-address limit is tested in test_intake_forms."""
    settings.INTAKE_RATE_LIMIT = "100000/m"


def public_urls() -> list[str]:
    """One page of each type in each language, and the routes below it."""
    first = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("content_type", "locale").order_by("path"):
        first.setdefault((page.content_type_id, page.locale_id), page)
    urls = []
    for page in first.values():
        url = page.get_url()
        urls.append(url)
        urls.extend(
            url + route for route in ROUTES_BELOW.get(page.content_type.app_label + "." + page.content_type.model, [])
        )
    return urls


def other_urls() -> list[str]:
    page = Page.objects.live().filter(depth__gt=1).first()
    return [
        "/sitemap.xml",
        "/robots.txt",
        *[f"/{code}/search/" for code in ("nl", "ar", "ti")],
        reverse("wagtailcore_login"),
        reverse("wagtailcore_authenticate_with_password", args=[HUGE, page.pk]),
        reverse("wagtailcore_authenticate_with_password", args=[1, HUGE]),
        f"/nl/{BAD['invalid utf-8']}/",
        f"/nl/{BAD['nul']}/",
        f"/nl/{HUGE}/",
    ]


def query(parameters: list[str], value: str) -> str:
    return "&".join(f"{name}={value}" for name in parameters)


def assert_answered(response, url: str) -> None:
    assert response.status_code < 500, f"{url[:200]} answered {response.status_code}"


def test_every_public_url_answers_bad_query_parameters(client, every_page_type):
    urls = public_urls() + other_urls()
    assert len(urls) > 60  # every page type in six languages

    for number, url in enumerate(urls):
        # Two kinds per URL, in turn; the 1 MB value in one parameter at a time, the others in all of them.
        for kind in (KINDS[number % len(KINDS)], KINDS[(number + 2) % len(KINDS)]):
            parameters = [PAGE_PARAMETERS[number % len(PAGE_PARAMETERS)]] if kind == "1 MB" else PAGE_PARAMETERS
            assert_answered(client.get(f"{url}?{query(parameters, BAD[kind])}"), url)
            if "/_util/" in url:  # Wagtail's password and login forms
                assert_answered(client.post(url, query(parameters, BAD[kind]), content_type=FORM_ENCODED), url)


def invalid_for_api(parameter: str, kind: str) -> bool:
    """What the API must refuse with a 400."""
    return (
        kind in ("nul", "1 MB")
        or (parameter in INTEGER_PARAMETERS and kind in ("huge", "negative huge", "invalid utf-8"))
        or parameter == "search_operator"
    )


def test_the_api_answers_bad_parameters_with_a_400(client, every_page_type):
    item = client.get(API, {"limit": 1}).json()["items"][0]
    for parameter in API_PARAMETERS:
        for kind in KINDS:
            url = f"{API}?{parameter}={BAD[kind]}"
            response = client.get(url)
            assert_answered(response, url)
            if invalid_for_api(parameter, kind):
                assert response.status_code == 400, f"{parameter}={kind}: {response.status_code}"
    for url in (f"{API}{HUGE}/", f"{API}find/?id={HUGE}", f"{API}{item['id']}/?fields={BAD['nul']}"):
        assert client.get(url).status_code == 400, url
    for kind in KINDS:
        assert_answered(client.get(f"{API}find/?html_path={BAD[kind]}"), kind)
        assert_answered(client.get(f"{API}{item['id']}/?fields={BAD[kind]}"), kind)


@pytest.mark.parametrize(
    "url",
    [
        f"{API}?search=%00",
        f"{API}?locale=%00",
        f"{API}?offset={HUGE}",
        f"{API}?limit={HUGE}",
        f"{API}?search=werk&search_operator=bogus",
        f"{API}?search_operator=bogus",
        f"{API}{HUGE}/",
        f"{API}?fields={'x' * 1_000_000}",  # Wagtail's parser took a minute over it
    ],
    ids=lambda url: url[:60],
)
def test_the_api_answers_the_reported_inputs_with_a_400(client, homes, url):
    response = client.get(url)

    assert response.status_code == 400
    assert response.json()["message"]


def report_answers() -> dict[str, str]:
    from initiatives.taxonomies import get_terms

    terms = get_terms()
    return {
        "initiative_name": "Taalmaatjes",
        "organisation": "Stichting Test",
        "focus_areas": terms.options("focus", "nl")[0].slug,
        "region": terms.options("region", "nl")[0].slug,
        "description": "Wekelijks oefenen.",
        "name": "Piet Test",
        "email": "piet@example.org",
        "consent": "on",
    }


def form_body(answers: dict[str, str | list[str]], **raw: str) -> str:
    """A form body: ``answers`` percent-encoded, ``raw`` values as they are (already encoded, or invalid)."""
    pairs = []
    for name, value in answers.items():
        for one in value if isinstance(value, list) else [value]:
            pairs.append(f"{quote(name)}={quote(one)}")
    pairs.extend(f"{name}={value}" for name, value in raw.items())
    return "&".join([*pairs, f"started={quote(started(30))}"])


def test_every_form_field_answers_bad_values_with_a_form_error(client, every_page_type):
    """Each field alone with a bad value among valid answers, and every field bad at once."""
    for page_model, form_class, answers in FORMS:
        answers = answers or report_answers()
        pages = list(page_model.objects.live().order_by("path"))
        fields = [name for name in form_class.base_fields if name not in ("started", "fax_number")]
        for number, name in enumerate(fields):
            page = pages[number % len(pages)]  # every language in turn
            kind = KINDS[number % len(KINDS)]
            valid = {key: value for key, value in answers.items() if key != name}
            response = client.post(page.url, form_body(valid, **{name: BAD[kind]}), content_type=FORM_ENCODED)
            assert_answered(response, f"{page.url} {name}={kind}")
            boolean = isinstance(form_class.base_fields[name], forms.BooleanField)  # any text is "yes"
            if (kind == "nul" and not boolean) or name == "project":
                assert response.status_code == 400, f"{page.url} {name}={kind}: {response.status_code}"
        for kind in KINDS:
            body = form_body({}, **{name: BAD[kind] for name in fields if kind != "1 MB" or name == fields[0]})
            response = client.post(pages[0].url, body, content_type=FORM_ENCODED)
            assert_answered(response, f"{pages[0].url} every field {kind}")
            assert response.status_code == 400


def test_a_huge_project_id_is_a_form_error(homes):
    """On SQLite the id overflowed the database's integer: an OverflowError, a 500."""
    form = SignUpForm({**SIGN_UP, "project": HUGE, "started": started(30)})

    assert not form.is_valid()
    assert list(form.errors) == ["project"]
