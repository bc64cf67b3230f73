"""The switcher names each language in itself and leads to the translation, or the locale home."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import StandardPageFactory

NAMES = {"nl": "Nederlands", "en": "English", "ar": "العربيّة", "fa": "فارسی", "ti": "ትግርኛ", "uk": "Українська"}


def switcher_links(response) -> dict[str, dict]:
    soup = BeautifulSoup(response.content, "html.parser")
    nav = soup.select_one("nav.language-switcher")
    return {link["hreflang"]: link for link in nav.find_all("a")}


@pytest.mark.django_db
def test_switcher_names_languages_in_themselves(client, about_page):
    links = switcher_links(client.get("/nl/over-ons/"))

    assert {code: link.get_text(strip=True) for code, link in links.items()} == NAMES
    assert all(link["lang"] == code for code, link in links.items())
    assert links["nl"]["aria-current"] == "true"
    assert "aria-current" not in links["en"].attrs


@pytest.mark.django_db
def test_switcher_leads_to_translation_and_aliases(client, about_page):
    links = switcher_links(client.get("/nl/over-ons/"))

    assert links["en"]["href"] == "/en/about-us/"
    # Not translated into Farsi yet: the alias keeps the Farsi interface.
    assert links["fa"]["href"] == "/fa/over-ons/"
    assert client.get(links["fa"]["href"]).status_code == 200


@pytest.mark.django_db
def test_switcher_falls_back_to_locale_home_without_a_version(client, homes):
    # A page that has not been synced to the other trees has no version there.
    page = StandardPageFactory(parent=homes["nl"], title="Nieuw", slug="nieuw")
    page.save_revision().publish()

    links = switcher_links(client.get("/nl/nieuw/"))

    assert links["ar"]["href"] == "/ar/"
    assert links["uk"]["href"] == "/uk/"


@pytest.mark.django_db
def test_switcher_on_search_page_keeps_the_view(client, homes):
    links = switcher_links(client.get("/en/search/?q=x"))

    assert links["ar"]["href"] == "/ar/search/"


@pytest.mark.django_db
def test_hreflang_alternates_list_real_translations(client, about_page):
    soup = BeautifulSoup(client.get("/nl/over-ons/").content, "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}

    assert alternates == {
        "nl": "http://localhost/nl/over-ons/",
        "en": "http://localhost/en/about-us/",
        "x-default": "http://localhost/nl/over-ons/",
    }


@pytest.mark.django_db
def test_untranslated_page_says_so_and_marks_its_language(client, about_page):
    response = client.get("/ar/over-ons/")
    soup = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 200
    assert soup.html["lang"] == "ar"
    notice = soup.select_one("main .notice")
    assert notice is not None
    assert "العربي" in notice.get_text()  # the interface language is named, in Arabic
    body = soup.select_one("main .page")
    assert body["lang"] == "nl"
    assert body["dir"] == "ltr"
    assert soup.select_one('link[rel="canonical"]')["href"] == "http://localhost/nl/over-ons/"


@pytest.mark.django_db
def test_translated_page_has_no_notice(client, about_page):
    soup = BeautifulSoup(client.get("/en/about-us/").content, "html.parser")

    assert soup.select_one("main .notice") is None
    assert "lang" not in soup.select_one("main .page").attrs
