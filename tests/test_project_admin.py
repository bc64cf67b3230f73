"""Editors enter a year's figures in the admin; the edit screens are split into tabs they recognise."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from projects.models import ProjectResultsPage


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def tab_labels(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [tab.get_text(" ", strip=True) for tab in soup.select("[role=tab]")]


@pytest.mark.django_db
def test_project_edit_screen_has_editor_tabs(editor_client, project):
    labels = tab_labels(editor_client.get(f"/admin/pages/{project.pk}/edit/"))

    for expected in ["Content", "Figures", "Results", "Contact"]:
        assert any(label.startswith(expected) for label in labels), labels


@pytest.mark.django_db
def test_editor_publishes_a_year_by_entering_figures(editor_client, project, client):
    url = f"/admin/pages/add/projects/projectresultspage/{project.pk}/"
    form = {
        "title": "Resultaten 2021",
        "slug": "2021",
        "year": "2021",
        "cohort_label": "",
        "intro": "",
        "candidates": "40",
        "selected": "30",
        "started": "28",
        "paid_job": "9",
        "internship": "",
        "education": "",
        "work_and_learn": "",
        "volunteering": "",
        "dropped_out": "",
        "still_in_programme": "",
        "narrative-count": "0",
        "quotes-count": "0",
        "seo_title": "",
        "search_description": "",
        "action-publish": "publish",
    }

    response = editor_client.post(url, form)

    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".error-message")
    year = ProjectResultsPage.objects.get(slug="2021", locale__language_code="nl")
    assert year.live
    assert (year.candidates, year.selected, year.started, year.paid_job, year.internship) == (40, 30, 28, 9, None)
    page = BeautifulSoup(editor_client.get(year.url).content, "html.parser")
    assert [int(bar["data-value"]) for bar in page.select("svg.chart rect")] == [40, 30, 28, 9]
    # The admin made an alias in every other language at once.
    assert ProjectResultsPage.objects.filter(slug="2021").count() == 6


@pytest.mark.django_db
def test_impossible_figures_get_a_clear_message_and_keep_the_values(editor_client, project):
    url = f"/admin/pages/add/projects/projectresultspage/{project.pk}/"
    form = {
        "title": "Resultaten 2021",
        "slug": "2021",
        "year": "2021",
        "candidates": "10",
        "selected": "12",
        "narrative-count": "0",
        "quotes-count": "0",
        "action-publish": "publish",
    }

    response = editor_client.post(url, form)
    soup = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 200
    assert not ProjectResultsPage.objects.filter(slug="2021").exists()
    assert "More people selected than there were candidates." in soup.get_text()
    assert soup.select_one("input[name=selected]")["value"] == "12"
