"""Every language has a home page with the right lang and dir, and "/" picks the visitor's language."""

import pytest
from bs4 import BeautifulSoup

from django.utils.translation import get_language_info

from tests.conftest import LANGUAGE_CODES

DIRECTION = {"nl": "ltr", "en": "ltr", "ar": "rtl", "fa": "rtl", "ti": "ltr", "uk": "ltr"}


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_locale_home_has_lang_and_dir(client, code):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser").html
    assert html["lang"] == code
    assert html["dir"] == DIRECTION[code]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ar,en;q=0.8", "/ar/"),
        ("fa-IR,fa;q=0.9", "/fa/"),
        ("ti-ER", "/ti/"),
        ("uk-UA,uk;q=0.9,en;q=0.5", "/uk/"),
        ("de-DE,en;q=0.7", "/en/"),
        ("de-DE,fr;q=0.7", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_tigrinya_has_language_info():
    info = get_language_info("ti")

    assert info["name_local"] == "ትግርኛ"
    assert info["bidi"] is False


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["nl", "ar", "fa", "ti", "uk"])
def test_interface_is_in_the_page_language(client, code):
    body = client.get(f"/{code}/").content.decode()

    assert "Skip to main content" not in body
    assert "Search the site" not in body
