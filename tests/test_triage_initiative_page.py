"""An accepted initiative report becomes a draft page in the directory of the report's language, linked both ways."""

import pytest

from wagtail.models import Locale, ModelLogEntry

from initiatives.models import InitiativePage
from intake.models import Submission
from tests.factories import SubmissionFactory

pytest_plugins = ["tests.triage_fixtures", "tests.initiatives_fixtures"]
pytestmark = pytest.mark.django_db


def detail(submission) -> str:
    return f"/admin/intake/queue/inspect/{submission.pk}/"


@pytest.fixture
def english_report(directory, sync_trees):
    sync_trees()  # the Dutch directory gets its English alias, as in the admin
    return SubmissionFactory(initiative=True, status="accepted", locale=Locale.objects.get(language_code="en"))


def test_create_draft_initiative_page_in_the_reports_language(staff_client, people, english_report):
    response = staff_client.post(detail(english_report), {"action": "create_page"}, follow=True)

    assert "Draft initiative page" in response.content.decode()
    page = InitiativePage.objects.get(title="Planted Initiative")
    assert page.locale.language_code == "en"
    assert page.get_parent().specific.locale.language_code == "en"
    assert not page.live and page.has_unpublished_changes
    assert page.organisation == "Planted Org" and page.website == "https://example.org/planted"
    assert page.intro == "What the planted initiative does."
    assert "Its goal." in page.goal
    assert [term.slug for term in page.focus_areas.all()] == ["work-and-entrepreneurship"]
    assert [term.slug for term in page.regions.all()] == ["utrecht"]
    assert {term.locale.language_code for term in page.focus_areas.all()} == {"en"}
    assert page.contact_name == "Planted Person"  # the reporter allowed publishing it
    assert page.latest_revision.user == people["intake"]

    english_report.refresh_from_db()
    assert english_report.initiative_page_id == page.pk
    detail_page = staff_client.get(detail(english_report)).content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in detail_page
    assert "Create draft initiative page" not in detail_page  # once only
    staff_client.force_login(people["superuser"])  # intake staff do not edit pages; a superuser does both
    editor_view = staff_client.get(f"/admin/pages/{page.pk}/edit/")
    assert detail(english_report) in editor_view.content.decode()  # and back from the page to the report
    assert ModelLogEntry.objects.filter(action="intake.create_page", object_id=str(english_report.pk)).exists()


def test_contact_details_stay_out_unless_publishing_was_allowed(staff_client, english_report):
    english_report.data["publish_contact"] = False
    english_report.save()

    staff_client.post(detail(english_report), {"action": "create_page"})

    page = InitiativePage.objects.get()
    assert (page.contact_name, page.contact_email, page.contact_phone) == ("", "", "")


def test_only_accepted_reports_become_pages(staff_client, english_report):
    Submission.objects.filter(pk=english_report.pk).update(status="in_review")

    response = staff_client.post(detail(english_report), {"action": "create_page"}, follow=True)

    assert "Accept the report first" in response.content.decode()
    assert not InitiativePage.objects.exists()


def test_editors_do_not_see_the_link_back_to_the_report(client, people, english_report):
    client.force_login(people["intake"])
    client.post(detail(english_report), {"action": "create_page"})
    page = InitiativePage.objects.get()

    client.force_login(people["editor"])
    response = client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200  # editors work on the page...
    assert detail(english_report) not in response.content.decode()  # ...without a way into the report
    assert english_report.reference not in response.content.decode()


def test_a_page_made_from_a_dutch_report_reaches_every_language_once_published(
    client, staff_client, directory, sync_trees
):
    sync_trees()  # the Dutch directory has its aliases in the other languages
    report = SubmissionFactory(initiative=True, status="accepted", locale=Locale.objects.get(language_code="nl"))

    staff_client.post(detail(report), {"action": "create_page"})
    page = InitiativePage.objects.get(locale__language_code="nl")
    page.save_revision().publish()

    for language in ("nl", "en", "ar", "fa", "ti", "uk"):
        copy = InitiativePage.objects.get(translation_key=page.translation_key, locale__language_code=language)
        assert client.get(copy.url).status_code == 200, language
        listing = client.get(copy.get_parent().url).content.decode()
        assert "Planted Initiative" in listing, language
