"""Working a submission: assign, change status with a note, add notes, and the traces they leave."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail

from wagtail.models import ModelLogEntry

from intake.models import Submission, SubmissionEvent
from tests.factories import SubmissionFactory
from tests.intake_helpers import no_planted_data

pytest_plugins = ["tests.triage_fixtures"]
pytestmark = pytest.mark.django_db


def detail(submission) -> str:
    return f"/admin/intake/queue/inspect/{submission.pk}/"


def test_the_detail_shows_every_field_the_consent_and_the_locale(staff_client):
    submission = SubmissionFactory(data={"municipality": "Plantdorp", "looking_for": ["paid_work", "education"]})

    page = staff_client.get(detail(submission)).content.decode()

    for text in ["Planted Person", submission.email, "+31 6 11112222", "Plantdorp", "Consent text version", "2026-11"]:
        assert text in page
    assert "Paid work" in page  # a choice shown by its label, not its value
    assert "Dutch" in page or "Nederlands" in page
    assert staff_client.get(detail(submission))["Cache-Control"].count("no-store") == 1


def test_an_unanswered_optional_question_says_so_not_its_placeholder(staff_client):
    submission = SubmissionFactory(data={"municipality": "Plantdorp", "heard_from": "", "background": ""})

    soup = BeautifulSoup(staff_client.get(detail(submission)).content, "html.parser")
    answers = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in soup.select("dt")}

    assert answers["How did you hear about us?"] == "Not answered"
    assert answers["Tell us a little about yourself"] == "Not answered"
    assert "Choose if you like" not in soup.get_text()


def test_the_access_and_erasure_page_header_shows_its_own_title(staff_client):
    soup = BeautifulSoup(staff_client.get("/admin/intake/requests/").content, "html.parser")

    crumbs = soup.select("header nav[aria-label=Breadcrumb] li")
    assert crumbs[-1].get_text(strip=True) == "Access and erasure requests"


def test_an_initiative_report_shows_its_focus_area_and_region_by_name(staff_client):
    submission = SubmissionFactory(initiative=True)

    page = staff_client.get(detail(submission)).content.decode()

    assert "Work and entrepreneurship" in page or "Werken en ondernemerschap" in page
    assert "work-and-entrepreneurship" not in page  # the slug the form sent, not what staff read
    assert "Utrecht" in page


def test_viewing_is_logged_with_ids_only(staff_client, people):
    submission = SubmissionFactory()
    staff_client.get(detail(submission))

    entry = ModelLogEntry.objects.get(action="intake.view")
    assert entry.user == people["intake"]
    assert entry.object_id == str(submission.pk)
    assert no_planted_data(entry.label + str(entry.data))


def test_assign_to_me_and_to_a_colleague_who_gets_a_link_only(staff_client, people, django_capture_on_commit_callbacks):
    submission = SubmissionFactory()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(detail(submission), {"action": "assign_me"})
    assert Submission.objects.get().assignee == people["intake"]
    assert mail.outbox == []  # nobody mails themselves

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            detail(submission), {"action": "assign", "assignee": people["colleague"].pk}, follow=True
        )

    assert "has been assigned" in response.content.decode()
    assert Submission.objects.get().assignee == people["colleague"]
    [message] = mail.outbox
    assert message.to == ["colleague@example.org"]
    assert submission.reference in message.subject
    assert f"/admin/intake/queue/inspect/{submission.pk}/" in message.body
    assert no_planted_data(message.subject + message.body)
    timeline = staff_client.get(detail(submission)).content.decode()
    assert "assigned to Colleague" in timeline


def test_only_intake_staff_can_be_assigned(staff_client, people):
    submission = SubmissionFactory()
    response = staff_client.post(detail(submission), {"action": "assign", "assignee": people["editor"].pk})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert Submission.objects.get().assignee is None


def test_status_moves_along_with_a_note_in_the_timeline(staff_client, people):
    submission = SubmissionFactory()

    staff_client.post(detail(submission), {"action": "status", "status": "in_review", "note": "Called, no answer."})
    staff_client.post(detail(submission), {"action": "status", "status": "contacted", "note": ""})

    submission.refresh_from_db()
    assert submission.status == "contacted"
    assert submission.status_changed_at is not None
    events = list(SubmissionEvent.objects.filter(submission=submission))
    assert [(e.old_status, e.new_status) for e in events] == [("new", "in_review"), ("in_review", "contacted")]
    assert events[0].note == "Called, no answer." and events[0].user == people["intake"]
    page = staff_client.get(detail(submission)).content.decode()
    assert "Called, no answer." in page
    entries = ModelLogEntry.objects.filter(action="intake.status").order_by("pk")
    assert [e.data["new"] for e in entries] == ["in_review", "contacted"]
    assert all("Called" not in str(e.data) for e in entries)  # the note stays in the timeline, not the audit log


def test_a_status_that_does_not_follow_is_refused_with_a_message(staff_client):
    submission = SubmissionFactory()

    response = staff_client.post(detail(submission), {"action": "status", "status": "accepted", "note": "Kept?"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "Kept?" in page  # the note typed is not lost
    assert Submission.objects.get().status == "new"


def test_notes_are_added_and_an_empty_note_gets_a_message(staff_client, people):
    submission = SubmissionFactory()

    staff_client.post(detail(submission), {"action": "note", "note": "Prefers a call after 3 pm."})
    empty = staff_client.post(detail(submission), {"action": "note", "note": "  "})

    assert empty.status_code == 400
    assert "This field is required" in empty.content.decode()
    [event] = SubmissionEvent.objects.all()
    assert (event.action, event.note, event.user) == ("note", "Prefers a call after 3 pm.", people["intake"])


def test_bulk_assign_and_status_change(staff_client, people, django_capture_on_commit_callbacks):
    first, second = SubmissionFactory(), SubmissionFactory(status="closed")
    ids = f"id={first.pk}&id={second.pk}&next=/admin/intake/queue/"

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(f"/admin/bulk/intake/submission/assign/?{ids}", {"assignee": people["colleague"].pk})
    response = staff_client.post(
        f"/admin/bulk/intake/submission/change_status/?{ids}", {"status": "in_review", "note": "Batch"}, follow=True
    )

    assert set(Submission.objects.values_list("assignee", flat=True)) == {people["colleague"].pk}
    assert Submission.objects.get(pk=first.pk).status == "in_review"
    assert Submission.objects.get(pk=second.pk).status == "in_review"  # closed may be reopened for review
    assert "2 submissions changed" in response.content.decode()
    assert len(mail.outbox) == 2


def test_bulk_status_skips_what_cannot_follow_and_says_so(staff_client):
    new, accepted = SubmissionFactory(), SubmissionFactory(status="accepted")

    response = staff_client.post(
        f"/admin/bulk/intake/submission/change_status/?id={new.pk}&id={accepted.pk}&next=/admin/intake/queue/",
        {"status": "contacted"},
        follow=True,
    )

    page = response.content.decode()
    assert "1 submission changed" in page and "1 could not be changed" in page
    assert Submission.objects.get(pk=accepted.pk).status == "accepted"


def test_bulk_mark_as_spam(staff_client):
    submissions = SubmissionFactory.create_batch(3)
    ids = "&".join(f"id={s.pk}" for s in submissions)

    staff_client.post(f"/admin/bulk/intake/submission/mark_spam/?{ids}")

    assert set(Submission.objects.values_list("status", flat=True)) == {"spam"}
    assert ModelLogEntry.objects.filter(action="intake.status").count() == 3


def test_dashboard_panel_counts_new_unassigned_and_overdue(staff_client, people, settings):
    import datetime

    from django.utils import timezone

    settings.INTAKE_FIRST_CONTACT_DAYS = 7
    SubmissionFactory.create_batch(2)
    SubmissionFactory(assignee=people["intake"], status="in_review")
    late = SubmissionFactory()
    Submission.objects.filter(pk=late.pk).update(created_at=timezone.now() - datetime.timedelta(days=9))

    page = staff_client.get("/admin/").content.decode()

    assert "New: <strong>3</strong>" in page
    assert "Unassigned: <strong>3</strong>" in page
    assert "Overdue for a first contact: <strong>1</strong>" in page
    assert "Assigned to me: <strong>1</strong>" in page


def test_the_audit_trail_names_the_intake_actions(client, people):
    submission = SubmissionFactory()
    client.force_login(people["intake"])
    client.get(detail(submission))
    client.post(detail(submission), {"action": "status", "status": "in_review", "note": ""})
    client.force_login(people["superuser"])

    history = client.get(f"/admin/intake/queue/history/{submission.pk}/").content.decode()

    assert "Submission viewed" in history
    assert "Submission status changed" in history
    assert "Planted Person" not in history
