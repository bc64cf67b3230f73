"""The demo loader adds the directory and four initiatives in Dutch and English, once."""

import io
import re

import pytest

from django.core.management import call_command

from initiatives.models import InitiativePage
from tests.initiatives_helpers import card_titles, soup

pytest_plugins = ["tests.initiatives_fixtures"]


@pytest.fixture
def demo(demo_content, db):
    """The demo content of the module (see conftest.py)."""


@pytest.mark.django_db
def test_demo_directory_in_dutch_and_english(client, demo):
    dutch = client.get("/nl/bijzondere-initiatieven/")
    english = client.get("/en/special-initiatives/")

    assert soup(dutch).h1.get_text(strip=True) == "Bijzondere initiatieven"
    assert soup(english).h1.get_text(strip=True) == "Special initiatives"
    assert sorted(card_titles(dutch)) == [
        "GRIP op Werk",
        "Refugee Start Force",
        "VIP: Vluchtelingen Investeren in Participeren",
        "Werkhelpdesk",
    ]
    assert sorted(card_titles(english)) == [
        "GRIP op Werk",
        "Refugee Start Force",
        "VIP: Refugees Investing in Participation",
        "Work helpdesk",
    ]
    assert "/nl/bijzondere-initiatieven/" in [a["href"] for a in soup(dutch).select("nav.main-menu a")]


@pytest.mark.django_db
def test_demo_refugee_start_force_carries_the_seed_facts(client, demo):
    page = soup(client.get("/en/special-initiatives/refugee-start-force/"))
    text = page.select_one("main").get_text(" ", strip=True)
    figures = [dd.get_text(strip=True) for dd in page.select(".key-figures dd")]

    assert figures == ["10,000", "30,000", "150+"]
    assert "coffee groups" in text and "expert groups" in text
    assert "buddy" in text
    info = page.select_one(".initiative__info").get_text(" ", strip=True)
    assert "Volunteering" in info and "Work and entrepreneurship" in info and "Continuous" in info


@pytest.mark.django_db
def test_demo_vip_names_its_funders_and_reach(client, demo):
    page = soup(client.get("/nl/bijzondere-initiatieven/vip/"))
    text = page.select_one("main").get_text(" ", strip=True)

    assert "VluchtelingenWerk Nederland" in text
    assert "AMIF" in text and "Rabobank Foundation" in text
    assert [dd.get_text(strip=True) for dd in page.select(".key-figures dd")] == ["500+", "1.500"]
    assert "29 gemeenten" in text


@pytest.mark.django_db
def test_demo_filters_work_in_english(client, demo):
    running = client.get("/en/special-initiatives/", {"status": "running"})
    volunteering = client.get("/en/special-initiatives/", {"focus": "volunteering"})

    assert card_titles(running) == ["Work helpdesk"]
    assert sorted(card_titles(volunteering)) == ["Refugee Start Force", "VIP: Refugees Investing in Participation"]


@pytest.mark.django_db
def test_demo_uses_placeholder_contact_details_only(client, demo):
    for page in InitiativePage.objects.all():
        assert page.contact_email.endswith("@example.org"), page.title
        assert re.fullmatch(r"\+31 \d\d 000 00 00", page.contact_phone), page.title
        assert page.contact_name == "Naam Achternaam"
        assert page.website.startswith("https://example.org/")


@pytest.mark.django_db
def test_demo_is_never_synthetic(demo):
    assert not InitiativePage.objects.filter(title__startswith="[synthetic]").exists()


@pytest.mark.django_db
def test_demo_loader_runs_twice_without_duplicates(demo, django_capture_on_commit_callbacks):
    before = InitiativePage.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    assert InitiativePage.objects.count() == before
    assert InitiativePage.objects.filter(locale__language_code="nl", slug="vip").count() == 1
