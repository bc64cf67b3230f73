"""The directory of initiatives: filters, search, sorting, pagination, results count and noindex."""

import datetime

import pytest

from initiatives.models import FocusArea
from tests.initiatives_helpers import card_titles, result_count, soup

pytest_plugins = ["tests.initiatives_fixtures"]

URL = "/nl/bijzondere-initiatieven/"


@pytest.fixture
def three(make_initiative):
    """Three initiatives with different focus areas, regions and statuses."""
    today = datetime.date.today()
    return [
        make_initiative(
            title="Taalmaatjes Utrecht",
            intro="Buddy's oefenen Nederlands met nieuwkomers.",
            focus=["language", "network-and-buddies"],
            regions=["utrecht"],
            status="running",
            last_updated=today - datetime.timedelta(days=10),
        ),
        make_initiative(
            title="Werkstart Rotterdam",
            intro="Leerwerkplekken bij bedrijven in de haven.",
            focus=["work-and-entrepreneurship"],
            regions=["zuid-holland"],
            status="running",
            last_updated=today - datetime.timedelta(days=5),
        ),
        make_initiative(
            title="Vrijwilligerspool",
            intro="Vrijwilligerswerk in het hele land.",
            focus=["volunteering", "work-and-entrepreneurship"],
            regions=["national"],
            status="ended",
            last_updated=today - datetime.timedelta(days=100),
        ),
    ]


@pytest.mark.django_db
def test_directory_lists_every_initiative_newest_first(client, three):
    response = client.get(URL)

    assert response.status_code == 200
    assert card_titles(response) == ["Werkstart Rotterdam", "Taalmaatjes Utrecht", "Vrijwilligerspool"]
    assert result_count(response) == 3
    assert soup(response).select_one('meta[name="robots"]') is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"focus": "work-and-entrepreneurship"}, ["Werkstart Rotterdam", "Vrijwilligerspool"]),
        ({"focus": "language"}, ["Taalmaatjes Utrecht"]),
        ({"region": "zuid-holland"}, ["Werkstart Rotterdam"]),
        ({"region": "national"}, ["Vrijwilligerspool"]),
        ({"status": "ended"}, ["Vrijwilligerspool"]),
        ({"status": "running"}, ["Werkstart Rotterdam", "Taalmaatjes Utrecht"]),
    ],
)
def test_each_filter_on_its_own(client, three, query, expected):
    response = client.get(URL, query)

    assert card_titles(response) == expected
    assert result_count(response) == len(expected)


@pytest.mark.django_db
def test_filters_combine_across_facets_and_any_within_a_facet(client, three):
    across = client.get(URL, {"focus": "work-and-entrepreneurship", "status": "running"})
    within = client.get(URL, {"focus": ["language", "volunteering"]})
    nothing = client.get(URL, {"focus": "language", "region": "national"})

    assert card_titles(across) == ["Werkstart Rotterdam"]
    assert card_titles(within) == ["Taalmaatjes Utrecht", "Vrijwilligerspool"]
    assert card_titles(nothing) == []
    assert result_count(nothing) == 0


@pytest.mark.django_db
def test_form_keeps_the_choices_and_offers_to_clear_them(client, three):
    page = soup(client.get(URL, {"focus": "language", "region": "utrecht"}))

    checked = sorted(box["value"] for box in page.select("form.directory__filters input[checked]"))
    assert checked == ["language", "utrecht"]
    assert page.select_one("form.directory__filters")["method"] == "get"
    assert len(page.select("form.directory__filters fieldset legend")) == 3
    for box in page.select("form.directory__filters input[type=checkbox]"):
        assert page.select_one(f'label[for="{box["id"]}"]') is not None
    clear = page.find("a", class_="directory__clear")
    assert clear["href"] == URL


@pytest.mark.django_db
def test_no_clear_link_without_filters(client, three):
    assert soup(client.get(URL)).find("a", class_="directory__clear") is None


@pytest.mark.django_db
def test_filter_options_show_every_default_term_in_dutch(client, directory):
    page = soup(client.get(URL))
    regions = [label.get_text(strip=True) for label in page.select('label[for^="region-"]')]
    statuses = [label.get_text(strip=True) for label in page.select('label[for^="status-"]')]

    assert len(regions) == 14
    assert regions[0] == "Drenthe"
    assert regions[-2:] == ["Landelijk", "Internationaal"]
    assert statuses == ["Lopend", "Doorlopend", "Afgelopen"]


@pytest.mark.django_db
def test_unknown_filter_values_are_ignored(client, three):
    response = client.get(URL, {"focus": "does-not-exist", "page": "abc", "sort": "sideways"})

    assert response.status_code == 200
    assert len(card_titles(response)) == 3


@pytest.mark.django_db
def test_noindex_only_on_combinations_and_searches(client, three):
    def robots(query):
        meta = soup(client.get(URL, query)).select_one('meta[name="robots"]')
        return meta["content"] if meta else None

    assert robots({"focus": "language"}) is None
    assert robots({"focus": ["language", "volunteering"]}) == "noindex"
    assert robots({"focus": "language", "status": "running"}) == "noindex"
    assert robots({"q": "taal"}) == "noindex"


@pytest.mark.django_db
def test_sorting_by_title(client, three):
    response = client.get(URL, {"sort": "title"})

    assert card_titles(response) == ["Taalmaatjes Utrecht", "Vrijwilligerspool", "Werkstart Rotterdam"]
    assert soup(response).select_one("#directory-sort option[selected]")["value"] == "title"


@pytest.mark.django_db
def test_search_within_the_directory(client, three):
    response = client.get(URL, {"q": "haven"})

    assert card_titles(response) == ["Werkstart Rotterdam"]
    assert result_count(response) == 1
    assert soup(response).select_one("#directory-query")["value"] == "haven"


@pytest.mark.django_db
def test_search_combines_with_filters(client, three):
    both = client.get(URL, {"q": "vrijwilligerswerk", "focus": "work-and-entrepreneurship"})
    excluded = client.get(URL, {"q": "vrijwilligerswerk", "status": "running"})

    assert card_titles(both) == ["Vrijwilligerspool"]
    assert card_titles(excluded) == []


@pytest.mark.django_db
def test_search_offers_best_match(client, three):
    response = client.get(URL, {"q": "nederlands", "sort": "relevance"})

    assert card_titles(response) == ["Taalmaatjes Utrecht"]
    options = [option["value"] for option in soup(response).select("#directory-sort option")]
    assert options == ["recent", "title", "relevance"]
    assert "relevance" not in [option["value"] for option in soup(client.get(URL)).select("#directory-sort option")]


@pytest.mark.django_db
def test_twenty_a_page(client, make_initiative):
    today = datetime.date.today()
    for n in range(45):
        make_initiative(title=f"Initiatief {n:02d}", last_updated=today - datetime.timedelta(days=n))

    first = client.get(URL)
    third = client.get(URL, {"page": 3})
    beyond = client.get(URL, {"page": 9})

    assert len(card_titles(first)) == 20
    assert card_titles(first)[0] == "Initiatief 00"
    assert result_count(first) == 45
    assert card_titles(third) == [f"Initiatief {n}" for n in range(40, 45)]
    assert soup(third).select_one('nav.pagination a[rel="next"]') is None
    assert soup(third).select_one('nav.pagination a[rel="prev"]')["href"] == "?page=2"
    assert card_titles(beyond) == card_titles(third)


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, make_initiative):
    for n in range(25):
        make_initiative(title=f"Taal {n}", focus=["language"])
    make_initiative(title="Ander thema", focus=["education"])

    response = client.get(URL, {"focus": "language"})
    next_link = soup(response).select_one('nav.pagination a[rel="next"]')["href"]

    assert next_link == "?focus=language&page=2"
    assert len(card_titles(client.get(URL + next_link))) == 5


@pytest.mark.django_db
def test_drafts_and_other_directories_stay_out(client, three, directory):
    from tests.factories import InitiativePageFactory

    draft = InitiativePageFactory(parent=directory, title="Nog een concept", live=False)
    draft.save_revision()

    assert "Nog een concept" not in card_titles(client.get(URL))


@pytest.mark.django_db
def test_english_directory_finds_aliases_by_slug_and_names_terms_in_english(client, three, sync_trees):
    sync_trees()

    response = client.get("/en/bijzondere-initiatieven/", {"focus": "language"})
    page = soup(response)

    assert card_titles(response) == ["Taalmaatjes Utrecht"]
    card = page.select_one(".directory__results .card")
    assert card.select_one(".card__title")["lang"] == "nl"
    assert "Language" in card.select_one(".initiative-card__meta").get_text()
    assert "Running" in card.select_one(".initiative-card__meta").get_text()
    assert page.select_one('label[for="focus-language"]').get_text(strip=True) == "Language"


@pytest.mark.django_db
def test_arabic_directory_reads_right_to_left(client, three, sync_trees):
    sync_trees()

    response = client.get("/ar/bijzondere-initiatieven/", {"region": "utrecht"})
    page = soup(response)

    assert response.status_code == 200
    assert page.html["dir"] == "rtl"
    assert card_titles(response) == ["Taalmaatjes Utrecht"]
    assert page.select_one(".card__title")["dir"] == "ltr"
    assert page.select_one('label[for="region-utrecht"]').get_text(strip=True) == "أوتريخت"


@pytest.mark.django_db
def test_directory_links_to_the_csv_of_the_current_filter(client, three):
    link = soup(client.get(URL, {"focus": "language", "sort": "title"})).select_one(".directory__downloads a")

    assert link["href"] == f"{URL}csv/?focus=language&sort=title"


@pytest.mark.django_db
def test_report_link_goes_to_the_contact_page(client, three, site, homes, sync_trees):
    from home.models import OrganisationSettings
    from tests.factories import StandardPageFactory

    contact = StandardPageFactory(parent=homes["nl"], title="Contact", slug="contact")
    contact.save_revision().publish()
    organisation = OrganisationSettings.for_site(site)
    organisation.contact_page = contact
    organisation.save()
    sync_trees()

    nl = soup(client.get(URL)).select_one(".report-initiative a")
    en = soup(client.get("/en/bijzondere-initiatieven/")).select_one(".report-initiative a")

    assert nl["href"] == "/nl/contact/"
    assert en["href"] == "/en/contact/"
    assert en.get_text(strip=True) == "Report a new initiative"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"q": '"'},
        {"q": 'taal "buddy'},
        {"q": "'; -- :^"},
        {"q": "-werk +taal"},
        {"q": "(( OR"},
        {"q": "taal*"},
        {"q": "NOT AND"},
        {"q": "a\x00b"},
        {"q": "x" * 500},
        {"page": "99999999999999999999999"},
        {"page": "-3"},
        {"focus": "x\x00"},
    ],
)
def test_odd_input_never_breaks_the_directory(client, three, query):
    response = client.get(URL, query)

    assert response.status_code == 200
    assert result_count(response) >= 0


@pytest.mark.django_db
def test_report_link_prefers_the_initiative_report_form(client, three, site, homes):
    from home.models import OrganisationSettings
    from tests.factories import StandardPageFactory

    if not hasattr(OrganisationSettings, "report_initiative_page"):
        pytest.skip("the site settings have no initiative report form yet (issue #5)")
    contact = StandardPageFactory(parent=homes["nl"], title="Contact", slug="contact")
    form = StandardPageFactory(parent=homes["nl"], title="Initiatief aanmelden", slug="initiatief-aanmelden")
    for page in (contact, form):
        page.save_revision().publish()
    organisation = OrganisationSettings.for_site(site)
    organisation.contact_page = contact
    organisation.report_initiative_page = form
    organisation.save()

    link = soup(client.get(URL)).select_one(".report-initiative a")

    assert link["href"] == "/nl/initiatief-aanmelden/"


def focus_of_card(response, title: str) -> str:
    card = next(card for card in soup(response).select(".initiative-card") if card.h3.get_text(strip=True) == title)
    return card.select_one(".initiative-card__meta dd").get_text(strip=True)


@pytest.mark.django_db
def test_cards_and_filters_follow_a_publish_with_other_focus_areas(client, three):
    """Which terms a page has is remembered per process; the next publish makes it read them anew."""
    werkstart = three[1]
    work = FocusArea.objects.get(slug="work-and-entrepreneurship", locale=werkstart.locale)
    language = FocusArea.objects.get(slug="language", locale=werkstart.locale)
    assert focus_of_card(client.get(URL), "Werkstart Rotterdam") == work.name

    werkstart.focus_areas.set([language])
    werkstart.save_revision().publish()

    assert focus_of_card(client.get(URL), "Werkstart Rotterdam") == language.name
    assert card_titles(client.get(URL, {"focus": "language"})) == ["Werkstart Rotterdam", "Taalmaatjes Utrecht"]
