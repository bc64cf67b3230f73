"""The queue list: filters, counts per status, overdue marks, search by reference, sorting, export."""

import csv
import datetime
import html
import io

import openpyxl
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Locale, ModelLogEntry

from intake.admin_views import answers_for_display
from intake.models import Submission
from tests.factories import SubmissionFactory

pytest_plugins = ["tests.triage_fixtures"]
pytestmark = pytest.mark.django_db
QUEUE = "/admin/intake/queue/"


def aged(days: int, **kwargs) -> Submission:
    submission = SubmissionFactory(**kwargs)
    Submission.objects.filter(pk=submission.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))
    return submission


def listed(client, query: str = "") -> str:
    response = client.get(f"{QUEUE}?{query}")
    assert response.status_code == 200
    return response.content.decode()


def test_filters_by_kind_status_locale_assignee_verified_and_age(staff_client, people):
    arabic = SubmissionFactory(locale=Locale.objects.get(language_code="ar"))
    report = SubmissionFactory(initiative=True, status="in_review")
    mine = SubmissionFactory(assignee=people["intake"], verified=True)
    old = aged(20)

    assert_only = {
        "kind=initiative": report,
        "status=in_review": report,
        "locale=ar": arabic,
        "assignee=me": mine,
        f"assignee={people['intake'].pk}": mine,
        "verified=true": mine,
        "age=older": None,
        "age=overdue": old,
    }
    everyone = [arabic, report, mine, old]
    for query, expected in assert_only.items():
        page = listed(staff_client, query)
        shown = {s.reference for s in everyone if s.reference in page}
        assert shown == ({expected.reference} if expected else set()), query

    unassigned = listed(staff_client, "assignee=none")
    assert mine.reference not in unassigned and arabic.reference in unassigned


def test_project_filter_covers_every_translation_of_the_project(staff_client, demo_content):
    from projects.models import ProjectPage

    project_nl = ProjectPage.objects.get(locale__language_code="nl", slug="refugee-on-board")
    project_ar = ProjectPage.objects.get(locale__language_code="ar", translation_key=project_nl.translation_key)
    signed_up_in_arabic = SubmissionFactory(project=project_ar, locale=project_ar.locale)
    other = SubmissionFactory()

    page = listed(staff_client, f"project={project_nl.translation_key}")

    assert signed_up_in_arabic.reference in page
    assert other.reference not in page


def test_counts_per_status_follow_the_other_filters(staff_client):
    SubmissionFactory.create_batch(3)
    SubmissionFactory(status="spam")
    SubmissionFactory(initiative=True, status="spam")

    everything = listed(staff_client)
    sign_ups = listed(staff_client, "kind=sign_up&status=new")

    assert "New: <strong>3</strong>" in everything and "Spam: <strong>2</strong>" in everything
    assert "New: <strong>3</strong>" in sign_ups and "Spam: <strong>1</strong>" in sign_ups


def test_overdue_submissions_are_marked_in_words(staff_client, settings):
    settings.INTAKE_FIRST_CONTACT_DAYS = 7
    late = aged(8)
    contacted = aged(8, status="contacted")
    recent = aged(6)

    page = listed(staff_client, "ordering=created_at")

    rows = {s.reference: row_of(page, s.reference) for s in [late, contacted, recent]}
    assert "overdue" in rows[late.reference]
    assert "overdue" not in rows[contacted.reference]
    assert "overdue" not in rows[recent.reference]


def row_of(page: str, reference: str) -> str:
    start = page.index(reference)
    return page[start : page.index("</tr>", start)]


def test_search_finds_a_reference_however_it_is_typed(staff_client):
    wanted, other = SubmissionFactory(), SubmissionFactory()
    typed = wanted.reference.replace("-", "").lower()

    page = listed(staff_client, f"q={typed}")

    assert wanted.reference in page and other.reference not in page


def test_search_does_not_look_into_personal_data(staff_client):
    person = SubmissionFactory(name="Findable Name")
    page = listed(staff_client, "q=Findable")
    assert person.reference not in page
    assert "Findable Name" not in page


def test_sorting_by_received(staff_client):
    older, newer = aged(3), aged(1)
    newest_first = listed(staff_client)
    oldest_first = listed(staff_client, "ordering=created_at")
    assert newest_first.index(newer.reference) < newest_first.index(older.reference)
    assert oldest_first.index(older.reference) < oldest_first.index(newer.reference)


def test_csv_export_of_the_filtered_queue_is_logged_with_ids_only(staff_client, people):
    wanted = SubmissionFactory(status="in_review", name='=HYPERLINK("http://evil")')
    SubmissionFactory(status="new")

    response = staff_client.get(f"{QUEUE}?status=in_review&export=csv")

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [row["Reference"] for row in rows] == [wanted.reference]
    assert rows[0]["E-mail"] == wanted.email
    assert rows[0]["Phone"] == "+31 6 11112222"
    assert rows[0]["Name"].startswith("'=")  # not run as a formula by a spreadsheet
    assert "no-store" in response["Cache-Control"]
    entry = ModelLogEntry.objects.get(action="intake.export")
    assert entry.user == people["intake"]
    assert entry.data["submission"] == wanted.pk and entry.object_id == str(wanted.pk)
    assert wanted.email not in str(entry.data) and "HYPERLINK" not in entry.label


def test_xlsx_export_holds_the_name_as_typed_in_a_text_cell(staff_client):
    SubmissionFactory(name="=1+2")

    response = staff_client.get(f"{QUEUE}?export=xlsx")

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header = [cell.value for cell in sheet[1]]
    name = sheet.cell(row=2, column=header.index("Name") + 1)
    assert name.value == "=1+2"  # not '=1+2: the cell is text, so no formula runs and no quote shows
    assert name.data_type == "s"


def test_csv_export_starts_with_a_byte_order_mark_and_carries_the_answers(staff_client):
    submission = SubmissionFactory(
        name="አማን ተስፋይ",
        data={"municipality": "Plantdorp", "dutch_level": "basic", "looking_for": ["paid_work", "education"]},
    )

    response = staff_client.get(f"{QUEUE}?export=csv")

    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode())  # Excel reads UTF-8 only with it
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0]["Name"] == "አማን ተስፋይ"
    assert rows[0]["Where do you live? (municipality)"] == "Plantdorp"  # the question as triage detail shows it
    assert rows[0]["How well do you speak Dutch?"] == "A little (A1–A2)"
    assert rows[0]["What are you looking for?"] == "Paid work, Education or a course"
    assert rows[0]["Name of the initiative"] == ""  # another form's question: a column, empty for a sign-up
    detail = staff_client.get(f"{QUEUE}inspect/{submission.pk}/").content.decode()
    with translation.override("en"):  # the staff member's language
        shown = answers_for_display(submission)
    for question, answer in shown:
        assert rows[0][question] == answer and html.escape(question) in detail


def test_export_button_only_with_the_export_permission(client, people):
    from django.contrib.auth.models import Permission

    SubmissionFactory()
    reader = people["colleague"]
    reader.groups.clear()
    reader.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_submission", "access_admin"], content_type__app_label__in=["intake", "wagtailadmin"]
        )
    )
    client.force_login(reader)

    page = listed(client)

    assert "Download CSV" not in page
    assert client.get(f"{QUEUE}?export=csv").status_code in {302, 403}
    assert not ModelLogEntry.objects.filter(action="intake.export").exists()


def test_the_list_costs_the_same_queries_for_5_and_50_rows(staff_client, people):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get(QUEUE).status_code == 200
        return len(captured)

    SubmissionFactory.create_batch(5, assignee=people["colleague"])
    queries()  # the first request of a process caches the locales
    few = queries()
    SubmissionFactory.create_batch(45, assignee=people["intake"])
    SubmissionFactory.create_batch(5, initiative=True)
    many = queries()

    assert many == few


def test_the_bulk_actions_offered_are_intake_ones_and_erase_replaces_delete(staff_client):
    SubmissionFactory()
    page = listed(staff_client)
    for action in ["assign", "change_status", "mark_spam", "delete"]:
        assert f"/admin/bulk/intake/submission/{action}/" in page
    confirm = staff_client.get(f"/admin/bulk/intake/submission/delete/?id={Submission.objects.get().pk}")
    assert "Erase these submissions for good?" in confirm.content.decode()
