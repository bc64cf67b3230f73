"""Who may see and do what in the triage queue: only intake staff and superusers.

Everyone else is redirected or refused, sees none of the planted personal data,
and leaves the database as it was.
"""

import pytest

from wagtail.models import ModelLogEntry

from intake.models import Submission, SubmissionEvent
from tests.factories import SubmissionFactory
from tests.intake_helpers import no_planted_data

pytest_plugins = ["tests.triage_fixtures"]
pytestmark = pytest.mark.django_db

ALLOWED = {"intake", "superuser"}
ACTIONS = ["list", "detail", "export", "erase", "bulk_action", "person_export", "bulk_erase"]


def state():
    """What must not change when someone without permission tries something."""
    return (
        list(Submission.objects.order_by("pk").values_list("pk", "status", "assignee_id", "name", "email")),
        SubmissionEvent.objects.count(),
        ModelLogEntry.objects.filter(action__startswith="intake.").count(),
    )


def attempt(client, action: str, submission):
    pk = submission.pk
    if action == "list":
        return client.get("/admin/intake/queue/")
    if action == "detail":
        return client.get(f"/admin/intake/queue/inspect/{pk}/")
    if action == "export":
        return client.get("/admin/intake/queue/?export=csv")
    if action == "erase":
        return client.post("/admin/intake/requests/", {"action": "erase", "submission": pk, "confirm": "yes"})
    if action == "person_export":
        return client.post("/admin/intake/requests/", {"action": "export", "submission": pk})
    if action == "bulk_erase":
        return client.post(f"/admin/bulk/intake/submission/delete/?id={pk}")
    return client.post(f"/admin/bulk/intake/submission/mark_spam/?id={pk}")


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ["anonymous", "editor", "moderator"])
def test_refused(client, people, role, action):
    submission = SubmissionFactory()
    if role != "anonymous":
        client.force_login(people[role])
    before = state()

    response = attempt(client, action, submission)

    assert response.status_code in {302, 403}, (role, action)
    if response.status_code == 302 and role == "anonymous":
        assert "/admin/login/" in response["Location"]
    assert no_planted_data(body(response))
    assert state() == before


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", sorted(ALLOWED))
def test_allowed(client, people, role, action):
    submission = SubmissionFactory()
    client.force_login(people[role])

    response = attempt(client, action, submission)
    text = body(response)

    if action == "list":
        assert response.status_code == 200
        assert submission.reference in text
    elif action == "detail":
        assert response.status_code == 200
        assert "Planted Person" in text and "Plantdorp" in text
    elif action == "export":
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert submission.reference in text and submission.email in text
    elif action == "person_export":
        assert response.status_code == 200
        assert submission.email in text
    elif action in {"erase", "bulk_erase"}:
        assert response.status_code == 302
        assert not Submission.objects.filter(pk=submission.pk).exists()
    else:
        assert response.status_code == 302
        assert Submission.objects.get(pk=submission.pk).status == Submission.Status.SPAM


def test_editors_have_no_intake_menu_and_no_dashboard_panel(client, people):
    SubmissionFactory()
    for role in ["editor", "moderator"]:
        client.force_login(people[role])
        dashboard = client.get("/admin/").content.decode()
        assert "/admin/intake/" not in dashboard
        assert 'id="intake-panel-title"' not in dashboard


def test_intake_staff_see_the_menu_and_the_panel(staff_client):
    SubmissionFactory()
    dashboard = staff_client.get("/admin/").content.decode()
    assert "/admin/intake/queue/" in dashboard
    assert 'id="intake-panel-title"' in dashboard


def test_nobody_adds_edits_or_deletes_a_submission_directly(client, people):
    submission = SubmissionFactory()
    client.force_login(people["superuser"])
    for url in [
        "/admin/intake/queue/add/",
        f"/admin/intake/queue/delete/{submission.pk}/",
        f"/admin/snippets/intake/submission/edit/{submission.pk}/",
    ]:
        assert client.get(url, follow=True).status_code == 404, url
    edit = client.get(f"/admin/intake/queue/edit/{submission.pk}/")
    assert edit["Location"] == f"/admin/intake/queue/inspect/{submission.pk}/"  # no form to change it
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_submissions_are_not_listed_under_snippets(staff_client):
    SubmissionFactory()
    dashboard = staff_client.get("/admin/").content.decode()
    assert "/admin/intake/queue/" in dashboard
    assert "/admin/snippets/" not in dashboard  # no second way in through the Snippets menu
