"""The benchmark's synthetic initiatives: clearly marked, listed by the directory, removable."""

import io

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page

from initiatives.models import InitiativePage
from tests.initiatives_helpers import card_titles, result_count

pytest_plugins = ["tests.initiatives_fixtures"]


@pytest.mark.django_db
def test_generates_marked_live_initiatives_the_directory_lists(client, directory, make_initiative):
    make_initiative(title="Echt initiatief")

    call_command("generate_initiatives", 30, stdout=io.StringIO())

    synthetic = InitiativePage.objects.filter(title__startswith="[synthetic]")
    assert synthetic.count() == 30
    assert synthetic.filter(live=True).count() == 30
    assert Page.find_problems() == ([], [], [], [], [])
    response = client.get("/nl/bijzondere-initiatieven/")
    assert result_count(response) == 31
    assert client.get(synthetic.first().url).status_code == 200
    filtered = client.get("/nl/bijzondere-initiatieven/", {"focus": "education"})
    assert 0 < result_count(filtered) < 31
    searched = client.get("/nl/bijzondere-initiatieven/", {"q": "synthetisch"})
    assert result_count(searched) == 30


@pytest.mark.django_db
def test_delete_removes_only_synthetic_initiatives(client, directory, make_initiative):
    make_initiative(title="Echt initiatief")
    call_command("generate_initiatives", 5, stdout=io.StringIO())

    call_command("generate_initiatives", delete=True, stdout=io.StringIO())

    assert list(InitiativePage.objects.values_list("title", flat=True)) == ["Echt initiatief"]
    assert Page.find_problems() == ([], [], [], [], [])
    assert card_titles(client.get("/nl/bijzondere-initiatieven/")) == ["Echt initiatief"]


@pytest.mark.django_db
def test_needs_a_number(homes):
    with pytest.raises(CommandError):
        call_command("generate_initiatives", stdout=io.StringIO())
