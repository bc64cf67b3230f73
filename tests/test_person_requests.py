"""Access and erasure requests: find one person's submissions, give them a copy, erase them everywhere."""

import json

import pytest

from wagtail.models import Locale, ModelLogEntry, Revision

from initiatives.models import InitiativePage
from intake.models import Submission, SubmissionEvent, SubmissionTally
from tests.factories import SubmissionFactory
from tests.intake_helpers import no_planted_data

pytest_plugins = ["tests.triage_fixtures", "tests.initiatives_fixtures"]
pytestmark = pytest.mark.django_db
REQUESTS = "/admin/intake/requests/"


@pytest.fixture
def person():
    """Two submissions of one person (typed differently) and one of someone else."""
    first = SubmissionFactory(email="amal@example.org", phone="+31 6 1234 5678")
    second = SubmissionFactory(email="AMAL@example.org", phone="", kind="contact")
    SubmissionEvent.objects.create(submission=first, action="note", note="Prefers mornings")
    other = SubmissionFactory(email="someone@example.org", phone="06 9999 0000", name="Someone Else")
    return first, second, other


def found(response, *submissions) -> bool:
    page = response.content.decode()
    return all(s.reference in page for s in submissions)


def test_find_by_email_phone_or_reference(staff_client, person):
    first, second, other = person

    by_email = staff_client.post(REQUESTS, {"action": "find", "email": "Amal@Example.org"})
    by_phone = staff_client.post(REQUESTS, {"action": "find", "phone": "06-12345678"})
    by_reference = staff_client.post(REQUESTS, {"action": "find", "reference": second.reference.lower()})

    assert found(by_email, first, second) and not found(by_email, other)
    assert found(by_phone, first) and not found(by_phone, second) and not found(by_phone, other)
    assert found(by_reference, second) and not found(by_reference, first)
    assert by_email["Cache-Control"].count("no-store") == 1


def test_an_empty_search_says_what_to_give(staff_client, person):
    response = staff_client.post(REQUESTS, {"action": "find"})
    assert response.status_code == 400
    assert "Give an e-mail address, a phone number or a reference code." in response.content.decode()


def test_export_as_json_is_logged(staff_client, people, person):
    first, second, _other = person

    response = staff_client.post(REQUESTS, {"action": "export", "submission": [first.pk, second.pk]})

    data = json.loads(response.content)
    assert response["Content-Disposition"].startswith("attachment")
    assert {s["reference"] for s in data["submissions"]} == {first.reference, second.reference}
    exported = next(s for s in data["submissions"] if s["reference"] == first.reference)
    assert exported["answers"]["municipality"] == "Plantdorp"
    assert exported["notes"][0]["note"] == "Prefers mornings"
    assert exported["consent_version"] == "2026-11"
    entries = ModelLogEntry.objects.filter(action="intake.export")  # one per submission
    assert sorted(entry.data["submission"] for entry in entries) == sorted([first.pk, second.pk])
    assert all(entry.data["request"] == "access" for entry in entries)
    assert all(no_planted_data(e.label + str(e.data)) and "amal" not in str(e.data) for e in entries)


def test_erasure_needs_the_confirmation(staff_client, person):
    first, second, _other = person

    response = staff_client.post(REQUESTS, {"action": "erase", "submission": [first.pk, second.pk]})

    assert response.status_code == 400
    assert "nothing has been erased" in response.content.decode()
    assert Submission.objects.count() == 3


def test_erasure_removes_everything_but_anonymous_counts(staff_client, people, person):
    first, second, other = person

    response = staff_client.post(
        REQUESTS, {"action": "erase", "submission": [first.pk, second.pk], "confirm": "yes"}, follow=True
    )

    assert "2 submissions erased" in response.content.decode()
    assert list(Submission.objects.all()) == [other]
    assert not SubmissionEvent.objects.filter(submission_id__in=[first.pk, second.pk]).exists()
    assert sum(SubmissionTally.objects.values_list("count", flat=True)) == 2
    assert set(SubmissionTally.objects.values_list("kind", flat=True)) == {"sign_up", "contact"}
    entries = ModelLogEntry.objects.filter(action="intake.erase")
    assert {e.object_id for e in entries} == {str(first.pk), str(second.pk)}
    assert all(e.user == people["intake"] and e.data["reason"] == "request" for e in entries)
    assert all(no_planted_data(e.label + str(e.data)) and "amal" not in str(e.data) for e in entries)


def test_erasure_takes_the_contact_off_the_initiative_page_and_its_revisions(staff_client, directory, sync_trees):
    sync_trees()
    report = SubmissionFactory(initiative=True, status="accepted", locale=Locale.objects.get(language_code="nl"))
    staff_client.post(f"/admin/intake/queue/inspect/{report.pk}/", {"action": "create_page"})
    page = InitiativePage.objects.get(locale__language_code="nl")
    assert page.contact_email == report.email
    assert InitiativePage.objects.filter(alias_of=page).count() == 5  # its aliases in the other languages
    page.title = "Planted Initiative, checked"
    page.save_revision()  # an editor's later revision still carries the contact person

    staff_client.post(REQUESTS, {"action": "erase", "submission": report.pk, "confirm": "yes"})

    for copy in InitiativePage.objects.filter(translation_key=page.translation_key):
        assert (copy.contact_name, copy.contact_email, copy.contact_phone) == ("", "", ""), copy.locale
    revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    assert revisions.count() == 2
    personal = [report.name, report.email, report.phone]
    for revision in revisions:
        assert not any(value in json.dumps(revision.content) for value in personal), revision.pk
    from wagtail.search.models import IndexEntry

    entries = " ".join(f"{e.title} {e.body} {e.autocomplete}" for e in IndexEntry.objects.all())
    assert not any(value in entries for value in personal)


def test_without_the_erase_permission_nothing_is_erased(client, people, person):
    from django.contrib.auth.models import Permission

    reader = people["colleague"]
    reader.groups.clear()
    reader.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_submission", "export_submission", "access_admin"])
    )
    client.force_login(reader)
    first, _second, _other = person

    page = client.post(REQUESTS, {"action": "find", "email": "amal@example.org"}).content.decode()
    response = client.post(REQUESTS, {"action": "erase", "submission": first.pk, "confirm": "yes"})

    assert "Erase these submissions" not in page
    assert response.status_code in {302, 403}
    assert Submission.objects.filter(pk=first.pk).exists()
