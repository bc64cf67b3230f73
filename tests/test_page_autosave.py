"""Wagtail's autosave of a page being written: a half-typed page is a draft, never a server error.

The autosave (Wagtail's w-autosave controller) posts the whole edit form in the background,
without an action button and with ``Accept: application/json``, as soon as anything changes:
the first time to the create view, which then answers with the new page's edit URL. It can
come before the year is typed, and before the slug has followed the title.
"""

import json

import pytest

from projects.models import ProjectResultsPage
from tests.factories import make_user

pytestmark = pytest.mark.django_db

# Every field of the form as the browser sends it (FormData of the whole form), all empty.
EMPTY_FORM = {
    "title": "",
    "slug": "",
    "year": "",
    "cohort_label": "",
    "intro": "",
    **dict.fromkeys(["candidates", "selected", "started", "paid_job", "internship", "education"], ""),
    **dict.fromkeys(["work_and_learn", "volunteering", "dropped_out", "still_in_programme"], ""),
    "narrative-count": "0",
    "quotes-count": "0",
    "seo_title": "",
    "search_description": "",
}


@pytest.fixture
def editor_client(client, db):
    client.force_login(make_user("publisher", "Moderators"))
    return client


def autosave(client, url, **fields):
    return client.post(url, {**EMPTY_FORM, **fields}, HTTP_ACCEPT="application/json")


def add_url(project) -> str:
    return f"/admin/pages/add/projects/projectresultspage/{project.pk}/"


@pytest.mark.parametrize(
    "typed",
    [
        {"title": "Resultaten 2021"},  # the slug not yet synced, no year yet
        {"title": "Resultaten 2021", "slug": "resultaten-2021"},  # no year yet
        {"title": "Resultaten 2021", "slug": "resultaten-2021", "intro": "Een nieuwe groep."},
    ],
)
def test_autosave_keeps_a_page_without_year_as_a_draft(editor_client, project, typed):
    response = autosave(editor_client, add_url(project), **typed)

    assert response.status_code == 200, response.content
    answer = json.loads(response.content)
    assert answer["success"] is True
    page = ProjectResultsPage.objects.get(pk=answer["pk"])
    assert (page.live, page.year, page.slug) == (False, None, "resultaten-2021")
    assert answer["url"] == f"/admin/pages/{page.pk}/edit/"


def test_autosave_then_publish_requires_the_year(editor_client, project):
    answer = json.loads(autosave(editor_client, add_url(project), title="Resultaten 2021").content)
    edit_url = answer["url"]

    again = autosave(
        editor_client,
        edit_url,
        title="Resultaten 2021",
        slug="resultaten-2021",
        candidates="40",
        overwrite_revision_id=str(answer["revision_id"]),
    )
    assert again.status_code == 200, again.content

    refused = editor_client.post(
        edit_url, {**EMPTY_FORM, "title": "Resultaten 2021", "slug": "resultaten-2021", "action-publish": "publish"}
    )
    assert refused.status_code == 200
    assert "year" in refused.context["form"].errors
    assert not ProjectResultsPage.objects.get(pk=answer["pk"]).live

    published = editor_client.post(
        edit_url,
        {
            **EMPTY_FORM,
            "title": "Resultaten 2021",
            "slug": "resultaten-2021",
            "year": "2021",
            "candidates": "40",
            "action-publish": "publish",
        },
    )
    assert published.status_code == 302
    page = ProjectResultsPage.objects.get(pk=answer["pk"])
    assert (page.live, page.year, page.candidates) == (True, 2021, 40)


def test_publishing_a_new_page_still_requires_year_and_slug(editor_client, project):
    response = editor_client.post(add_url(project), {**EMPTY_FORM, "title": "Resultaten 2021", "action-publish": "1"})

    assert response.status_code == 200
    assert {"year", "slug"} <= set(response.context["form"].errors)
    assert not ProjectResultsPage.objects.exists()


def test_a_wrong_year_while_typing_is_a_validation_answer(editor_client, project):
    """A year half typed ("202") is refused the way the admin's script understands: paused, not broken."""
    response = autosave(editor_client, add_url(project), title="Resultaten 2021", slug="resultaten-2021", year="202")

    assert response.status_code == 400
    assert json.loads(response.content)["error_code"] == "validation_error"
    assert not ProjectResultsPage.objects.exists()


def test_autosave_without_slug_keeps_the_pages_own(editor_client, project):
    """The slug box stays empty after a first save made the slug from the title: later saves keep that slug."""
    answer = json.loads(autosave(editor_client, add_url(project), title="Resultaten 2021").content)

    again = autosave(
        editor_client,
        answer["url"],
        title="Resultaten 2021 (voorjaar)",
        year="2021",
        overwrite_revision_id=str(answer["revision_id"]),
    )

    assert again.status_code == 200, again.content
    page = ProjectResultsPage.objects.get(pk=answer["pk"])
    draft = page.get_latest_revision_as_object()
    assert (page.slug, draft.slug, draft.title, draft.year) == (
        "resultaten-2021",
        "resultaten-2021",
        "Resultaten 2021 (voorjaar)",
        2021,
    )
