"""Open data: the read-only JSON API (Wagtail API v2) and the CSV download of the current filter."""

import csv
import io

import pytest

from tests.initiatives_helpers import card_titles
from tests.query_helpers import warm_query_count

pytest_plugins = ["tests.initiatives_fixtures"]

API = "/api/v2/pages/"
DIRECTORY = "/nl/bijzondere-initiatieven/"


@pytest.fixture
def initiatives(make_initiative, sync_trees):
    made = [
        make_initiative(
            title="Taalcafé",
            slug="taalcafe",
            focus=["language"],
            regions=["utrecht"],
            status="running",
            website="https://example.org/taalcafe",
        ),
        make_initiative(title="Werkplaats", slug="werkplaats", focus=["work-and-entrepreneurship"], status="ended"),
    ]
    sync_trees()
    return made


def items(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()["items"]


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


# --- JSON ---


@pytest.mark.django_db
def test_api_lists_the_published_initiatives_of_one_language(client, initiatives):
    nl = items(client.get(API, {"type": "initiatives.InitiativePage", "locale": "nl"}))
    en = items(client.get(API, {"locale": "en"}))

    assert sorted(item["title"] for item in nl) == ["Taalcafé", "Werkplaats"]
    assert {item["meta"]["locale"] for item in nl} == {"nl"}
    assert sorted(item["meta"]["html_url"] for item in en) == [
        "http://localhost/en/bijzondere-initiatieven/taalcafe/",
        "http://localhost/en/bijzondere-initiatieven/werkplaats/",
    ]


@pytest.mark.django_db
def test_api_names_terms_in_the_pages_language_with_their_slug(client, initiatives):
    (item,) = items(client.get(API, {"locale": "en", "focus": "language"}))

    assert item["focus_areas"] == [{"slug": "language", "name": "Language"}]
    assert item["regions"] == [{"slug": "utrecht", "name": "Utrecht"}]
    assert item["status"] == {"slug": "running", "name": "Running"}
    assert item["website"] == "https://example.org/taalcafe"
    assert item["last_updated"]


@pytest.mark.django_db
def test_api_filters_by_term_slug(client, initiatives):
    ended = items(client.get(API, {"locale": "nl", "status": "ended"}))
    either = items(client.get(API, {"locale": "nl", "focus": "language,work-and-entrepreneurship"}))

    assert [item["title"] for item in ended] == ["Werkplaats"]
    assert len(either) == 2


@pytest.mark.django_db
def test_api_detail_has_every_field(client, initiatives):
    (listed,) = items(client.get(API, {"locale": "nl", "focus": "language"}))
    detail = client.get(listed["meta"]["detail_url"].replace("http://localhost", "")).json()

    for name in ("intro", "goal", "approach", "results", "organisation", "funders", "contact_email", "start_year"):
        assert name in detail
    assert detail["title"] == "Taalcafé"


@pytest.mark.django_db
def test_api_hides_drafts_and_unpublished_changes(client, initiatives, directory):
    from tests.factories import InitiativePageFactory

    draft = InitiativePageFactory(parent=directory, title="Nog niet klaar", live=False)
    draft.save_revision()
    published = initiatives[0]
    published.title = "Geheime nieuwe titel"
    published.save_revision()  # a draft of a live page

    titles = [item["title"] for item in items(client.get(API, {"locale": "nl"}))]

    assert "Nog niet klaar" not in titles
    assert "Geheime nieuwe titel" not in titles
    assert "Taalcafé" in titles
    # Django's LocaleMiddleware sends a 404 outside the language prefix on to /nl/..., which is a 404 too.
    assert client.get(f"{API}{draft.pk}/", follow=True).status_code == 404


@pytest.mark.django_db
def test_api_serves_initiatives_only(client, initiatives, about_page):
    every = items(client.get(API, {"limit": 20}))

    assert {item["meta"]["type"] for item in every} == {"initiatives.InitiativePage"}
    assert items(client.get(API, {"type": "home.StandardPage"})) == []


@pytest.mark.django_db
def test_api_listing_query_count_does_not_grow(client, initiatives, make_initiative):
    before = warm_query_count(client, API, {"locale": "nl"})
    for n in range(8):
        make_initiative(title=f"Extra {n}", focus=["language", "education"], regions=["national"])

    assert warm_query_count(client, API, {"locale": "nl"}) == before
    assert len(items(client.get(API, {"locale": "nl"}))) == 10


# --- CSV ---


@pytest.mark.django_db
def test_csv_has_headers_and_the_rows_of_the_filtered_page(client, initiatives, make_initiative):
    make_initiative(title="Taalmaatje", slug="taalmaatje", focus=["language"])
    query = {"focus": "language", "sort": "title"}

    page = client.get(DIRECTORY, query)
    response = client.get(f"{DIRECTORY}csv/", query)
    rows = read_csv(response)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="initiatives-nl.csv"'
    assert len(rows[0]) == 15
    assert [row[0] for row in rows[1:]] == card_titles(page) == ["Taalcafé", "Taalmaatje"]
    taalcafe = rows[1]
    assert taalcafe[1] == "http://testserver/nl/bijzondere-initiatieven/taalcafe/"
    assert "Taal" in taalcafe and "Utrecht" in taalcafe and "Lopend" in taalcafe


@pytest.mark.django_db
def test_csv_headers_in_english(client, initiatives):
    rows = read_csv(client.get("/en/bijzondere-initiatieven/csv/", {"status": "ended"}))

    assert rows[0][:3] == ["Title", "Web address", "Summary"]
    assert rows[0][-1] == "Last updated"
    assert [row[0] for row in rows[1:]] == ["Werkplaats"]
    assert rows[1][rows[0].index("Status")] == "Ended"


@pytest.mark.django_db
def test_csv_holds_every_page_of_results(client, make_initiative):
    for n in range(23):
        make_initiative(title=f"Initiatief {n}")

    rows = read_csv(client.get(f"{DIRECTORY}csv/"))

    assert len(rows) == 1 + 23


@pytest.mark.django_db
def test_csv_with_search(client, initiatives):
    rows = read_csv(client.get(f"{DIRECTORY}csv/", {"q": "werkplaats"}))

    assert [row[0] for row in rows[1:]] == ["Werkplaats"]


@pytest.mark.django_db
def test_csv_cells_cannot_become_formulas(client, make_initiative):
    make_initiative(title='=HYPERLINK("http://evil.example")', intro="+31 tekst", organisation="@SUM(A1)")

    row = read_csv(client.get(f"{DIRECTORY}csv/"))[1]

    assert row[0] == '\'=HYPERLINK("http://evil.example")'
    assert row[2] == "'+31 tekst"
    assert row[3] == "'@SUM(A1)"


@pytest.mark.django_db
def test_api_answers_browsers_with_json_too(client, initiatives):
    response = client.get(
        API, {"locale": "nl"}, HTTP_ACCEPT="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["meta"]["total_count"] == 2
