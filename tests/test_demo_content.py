"""The demo loader builds the site in Dutch, English and Arabic, and a second run adds nothing."""

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command

from wagtail.models import Page

from home.models import OrganisationSettings


@pytest.fixture
def demo(demo_content, db):
    """The demo content of the module (see conftest.py)."""


@pytest.mark.django_db
def test_demo_pages_exist_in_dutch_and_english(client, demo):
    for url, title in [
        ("/nl/over-ons/", "Over ons"),
        ("/en/about-us/", "About us"),
        ("/nl/privacyverklaring/", "Privacyverklaring"),
        ("/en/privacy-statement/", "Privacy statement"),
        ("/nl/contact/", "Contact"),
        ("/en/contact/", "Contact"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == title


@pytest.mark.django_db
def test_demo_home_in_arabic_with_seed_figures(client, demo):
    soup = BeautifulSoup(client.get("/ar/").content, "html.parser")

    assert soup.h1.get_text(strip=True) == "معًا نحو العمل والتعليم والعمل التطوعي"
    figures = [dd.get_text(strip=True) for dd in soup.select(".key-figures dd")]
    assert figures == ["15", "25", "35"]
    assert soup.select_one("main .notice") is None


@pytest.mark.django_db
def test_demo_uses_placeholder_contact_details(client, demo):
    organisation = OrganisationSettings.objects.get()
    footer = BeautifulSoup(client.get("/nl/").content, "html.parser").select_one("footer").get_text()

    assert organisation.contact_email.endswith("@example.org")
    assert "info@example.org" in footer
    assert "000" in organisation.phone


@pytest.mark.django_db
def test_demo_loader_runs_twice_without_duplicates(demo, django_capture_on_commit_callbacks):
    before = Page.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert Page.objects.count() == before
    assert Page.objects.filter(locale__language_code="nl", slug="over-ons").count() == 1


@pytest.mark.django_db
def test_demo_menu_in_every_language(client, demo):
    soup = BeautifulSoup(client.get("/uk/").content, "html.parser")
    menu = [link["href"] for link in soup.select("nav.main-menu a")]

    assert "/uk/over-ons/" in menu
    assert "/uk/contact/" in menu
