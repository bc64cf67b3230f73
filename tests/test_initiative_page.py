"""An initiative's page: project information, related initiatives, page rules and translation."""

import datetime

import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from initiatives.models import FocusArea, InitiativeDirectoryPage, InitiativePage, Status
from tests.factories import InitiativeDirectoryPageFactory
from tests.initiatives_helpers import soup
from tests.query_helpers import warm_query_count

pytest_plugins = ["tests.initiatives_fixtures"]


def info(response) -> dict[str, str]:
    """The project information as {label: value}."""
    box = soup(response).select_one(".initiative__info")
    return {row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True) for row in box.select("dl > div")}


def related_titles(response) -> list[str]:
    return [title.get_text(strip=True) for title in soup(response).select(".related-initiatives .card__title")]


@pytest.fixture
def initiative(make_initiative):
    return make_initiative(
        title="Taalcafé",
        slug="taalcafe",
        intro="Wekelijks Nederlands oefenen.",
        goal="<p>Nieuwkomers spreken vaker Nederlands.</p>",
        success_factors="<p>Vaste vrijwilligers.</p>",
        points_of_attention="<p>Wisselende opkomst.</p>",
        transferability="<p>Draaiboek beschikbaar.</p>",
        organisation="Stichting Taal",
        funders="Gemeente Utrecht",
        focus=["language", "network-and-buddies"],
        regions=["utrecht", "national"],
        status="running",
        start_year=2019,
        website="https://example.org/taalcafe",
        contact_name="Naam Achternaam",
        contact_phone="+31 20 000 00 00",
        contact_email="info@example.org",
        last_updated=datetime.date(2024, 3, 15),
    )


@pytest.mark.django_db
def test_initiative_page_shows_every_part(client, initiative, sync_trees):
    sync_trees()
    response = client.get("/en/bijzondere-initiatieven/taalcafe/")
    page = soup(response)

    assert response.status_code == 200
    assert page.h1.get_text(strip=True) == "Taalcafé"
    headings = [h.get_text(strip=True) for h in page.select(".initiative__main h2, .initiative__main h3")]
    assert headings == [
        "Goal",
        "In practice",
        "Success factors",
        "Points of attention",
        "Transferability and evaluation",
    ]
    assert info(response) == {
        "Organisation": "Stichting Taal",
        "Funded by": "Gemeente Utrecht",
        "Focus": "Language Network and buddies",
        "Region": "Utrecht National",
        "Status": "Running",
        "Duration": "Since 2019",
        "Website": "https://example.org/taalcafe",
        "Contact": "Naam Achternaam +31 20 000 00 00 info@example.org",
        "Last updated": "March 2024",
    }
    assert page.select_one('.initiative__info a[href="tel:+31200000000"]') is not None
    assert page.select_one('.initiative__info a[href="mailto:info@example.org"]')["dir"] == "ltr"


@pytest.mark.django_db
def test_dutch_page_names_terms_in_dutch(client, initiative):
    values = info(client.get("/nl/bijzondere-initiatieven/taalcafe/"))

    # The labels depend on the interface catalogue, the term names do not.
    assert "Netwerk en buddy's Taal" in values.values()
    assert "Utrecht Landelijk" in values.values()
    assert "Lopend" in values.values()


@pytest.mark.django_db
def test_continuous_initiative_has_no_period(client, make_initiative, sync_trees):
    make_initiative(title="Altijd open", slug="altijd-open", status="continuous")
    make_initiative(title="Afgerond", slug="afgerond", status="ended", start_year=2016, end_year=2020)
    sync_trees()

    assert info(client.get("/en/bijzondere-initiatieven/altijd-open/"))["Duration"] == "Continuous"
    assert info(client.get("/en/bijzondere-initiatieven/afgerond/"))["Duration"] == "2016–2020"


@pytest.mark.django_db
def test_related_initiatives_share_a_focus_area(client, initiative, make_initiative, homes):
    today = datetime.date.today()
    make_initiative(title="Taalmaatje", focus=["language"], last_updated=today)
    make_initiative(title="Buddynetwerk", focus=["network-and-buddies"], last_updated=today - datetime.timedelta(1))
    make_initiative(title="Werkplek", focus=["work-and-entrepreneurship"])
    make_initiative(title="Taal oud", focus=["language"], last_updated=today - datetime.timedelta(days=50))
    make_initiative(title="Taal heel oud", focus=["language"], last_updated=today - datetime.timedelta(days=90))
    other_directory = InitiativeDirectoryPageFactory(parent=homes["en"], slug="elsewhere")
    make_initiative(title="Elders", focus=["language"], parent=other_directory)

    titles = related_titles(client.get("/nl/bijzondere-initiatieven/taalcafe/"))

    assert titles == ["Taalmaatje", "Buddynetwerk", "Taal oud"]


@pytest.mark.django_db
def test_related_initiatives_follow_a_publish_with_other_focus_areas(client, initiative, make_initiative):
    make_initiative(title="Werkplek", slug="werkplek", focus=["work-and-entrepreneurship"])
    make_initiative(title="Taalmaatje", focus=["language"])
    assert related_titles(client.get("/nl/bijzondere-initiatieven/taalcafe/")) == ["Taalmaatje"]

    initiative.focus_areas.set(FocusArea.objects.filter(slug="work-and-entrepreneurship", locale=initiative.locale))
    initiative.save_revision().publish()

    response = client.get("/nl/bijzondere-initiatieven/taalcafe/")
    assert related_titles(response) == ["Werkplek"]
    work = FocusArea.objects.get(slug="work-and-entrepreneurship", locale=initiative.locale)
    assert work.name in info(response).values()


@pytest.mark.django_db
def test_no_related_section_without_shared_focus(client, initiative, make_initiative):
    make_initiative(title="Werkplek", focus=["work-and-entrepreneurship"])

    assert soup(client.get("/nl/bijzondere-initiatieven/taalcafe/")).select_one(".related-initiatives") is None


@pytest.mark.django_db
def test_related_initiatives_in_english_are_the_english_aliases(client, initiative, make_initiative, sync_trees):
    make_initiative(title="Taalmaatje", slug="taalmaatje", focus=["language"])
    sync_trees()

    page = soup(client.get("/en/bijzondere-initiatieven/taalcafe/"))
    link = page.select_one(".related-initiatives .card__title a")

    assert link["href"] == "/en/bijzondere-initiatieven/taalmaatje/"
    assert page.select_one(".related-initiatives .card__title")["lang"] == "nl"


@pytest.mark.django_db
def test_initiative_page_translated_with_wagtail_localize(client, initiative, sync_trees, translate_page):
    sync_trees()
    directory = initiative.get_parent().specific
    translate_page(directory, "en", {"Bijzondere initiatieven": "Special initiatives", directory.slug: "initiatives"})
    translated = translate_page(
        initiative,
        "en",
        {
            "Taalcafé": "Language café",
            "taalcafe": "language-cafe",
            "Wekelijks Nederlands oefenen.": "Practise Dutch every week.",
            "Nieuwkomers spreken vaker Nederlands.": "Newcomers speak Dutch more often.",
        },
    )

    response = client.get("/en/initiatives/language-cafe/")
    page = soup(response)

    assert response.status_code == 200
    assert translated.alias_of_id is None
    assert page.h1.get_text(strip=True) == "Language café"
    assert "Newcomers speak Dutch more often." in page.select_one(".initiative__main").get_text()
    assert info(response)["Focus"] == "Language Network and buddies"
    assert info(response)["Status"] == "Running"
    # The status points to the English term; the focus areas stay the source's (matched by slug).
    assert translated.specific.status.locale.language_code == "en"
    assert page.select_one("main .notice") is None
    listing = soup(client.get("/en/initiatives/", {"focus": "language"}))
    assert [t.get_text(strip=True) for t in listing.select(".directory__results .card__title")] == ["Language café"]


@pytest.mark.django_db
def test_page_query_count_does_not_grow_with_related(client, initiative, make_initiative):
    url = "/nl/bijzondere-initiatieven/taalcafe/"
    before = warm_query_count(client, url)
    for n in range(6):
        make_initiative(title=f"Taal {n}", focus=["language"], regions=["utrecht"])

    assert warm_query_count(client, url) == before
    assert len(related_titles(client.get(url))) == 3


class InitiativePageRulesTests(WagtailPageTestCase):
    def test_directory_lives_under_a_home_page(self):
        self.assertAllowedParentPageTypes(InitiativeDirectoryPage, {HomePage})
        self.assertCanCreateAt(HomePage, InitiativeDirectoryPage)
        self.assertCanNotCreateAt(Page, InitiativeDirectoryPage)
        self.assertCanNotCreateAt(StandardPage, InitiativeDirectoryPage)

    def test_directory_holds_only_initiatives(self):
        self.assertAllowedSubpageTypes(InitiativeDirectoryPage, {InitiativePage})
        self.assertAllowedParentPageTypes(InitiativePage, {InitiativeDirectoryPage})
        self.assertAllowedSubpageTypes(InitiativePage, set())

    def test_one_directory_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="nl")
        home.add_child(instance=InitiativeDirectoryPage(title="Initiatieven", slug="initiatieven"))

        self.assertFalse(InitiativeDirectoryPage.can_create_at(home))

    def test_pages_render(self):
        home = HomePage.objects.get(locale__language_code="nl")
        directory = home.add_child(instance=InitiativeDirectoryPage(title="Initiatieven", slug="initiatieven"))
        initiative = directory.add_child(instance=InitiativePage(title="Taalcafé", slug="taalcafe", intro="Oefenen."))

        # Routing under the /nl/ prefix is covered by the client tests.
        self.assertPageIsRenderable(directory)
        self.assertPageIsRenderable(initiative)


@pytest.mark.django_db
def test_edit_screen_has_tabs_and_offers_the_pages_own_language_terms(english_admin, initiative):
    response = english_admin.get(f"/admin/pages/{initiative.pk}/edit/")
    page = soup(response)

    assert response.status_code == 200
    tabs = [tab.get_text(" ", strip=True).split("(")[0].strip() for tab in page.select('[role="tab"]')]
    # Wagtail shows the Settings tab only when it has fields of its own (publishing lives in the side panel).
    assert tabs[:4] == ["Content", "Practice", "Project information", "Promote"]
    focus_boxes = page.select('input[name="focus_areas"]')
    assert len(focus_boxes) == FocusArea.objects.filter(locale=initiative.locale).count()
    checked = {int(box["value"]) for box in focus_boxes if box.has_attr("checked")}
    assert checked == set(initiative.focus_areas.values_list("pk", flat=True))
    statuses = {int(radio["value"]) for radio in page.select('input[name="status"]') if radio["value"]}
    assert statuses == set(Status.objects.filter(locale=initiative.locale).values_list("pk", flat=True))
