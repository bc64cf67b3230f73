"""What the initiatives tests read from a response."""

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response) -> list[str]:
    return [title.get_text(strip=True) for title in soup(response).select(".directory__results .card__title")]


def result_count(response) -> int:
    """The number in the results count (the words around it depend on the language)."""
    text = soup(response).select_one(".directory__results [role=status]").get_text(" ", strip=True)
    return int(text.split()[0])
