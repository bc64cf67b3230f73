"""Search finds live pages of the current language only."""

import pytest
from bs4 import BeautifulSoup


def result_titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text(strip=True) for link in soup.select("ol.search-results a")]


@pytest.mark.django_db
def test_search_in_dutch_finds_dutch_page(client, about_page):
    response = client.get("/nl/search/", {"q": "inleiding"})

    assert response.status_code == 200
    assert result_titles(response) == ["Over ons"]


@pytest.mark.django_db
def test_search_in_english_finds_only_english_pages(client, about_page):
    titles = result_titles(client.get("/en/search/", {"q": "introduction"}))

    assert titles == ["About us"]
    assert result_titles(client.get("/en/search/", {"q": "inleiding"})) == []


@pytest.mark.django_db
def test_search_without_results_says_so(client, homes):
    response = client.get("/en/search/", {"q": "zzzqqq"})

    assert response.status_code == 200
    assert "zzzqqq" in BeautifulSoup(response.content, "html.parser").select_one("[role=status]").get_text()


@pytest.mark.django_db
def test_search_is_not_indexed(client, homes):
    soup = BeautifulSoup(client.get("/nl/search/", {"q": "x"}).content, "html.parser")

    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"', 'werk "', "a\x00b", "x" * 5000])
def test_odd_queries_get_an_answer_not_an_error(client, homes, query):
    response = client.get("/nl/search/", {"q": query})

    assert response.status_code == 200
