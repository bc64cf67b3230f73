"""The anonymous counts report: erased and live submissions per year, project, kind and outcome, for intake staff."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from intake.erasure import erase
from intake.models import Submission, SubmissionTally
from projects.models import ProjectPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, SubmissionFactory, make_user

pytestmark = pytest.mark.django_db
URL = "/admin/intake/counts/"
HEADER = ["Year", "Project", "Kind", "Outcome", "Submissions"]


def login(client, group: str):
    user = make_user(group.lower().replace(" ", "-"), group)
    client.force_login(user)
    return user


def received(year: int, month: int = 6, **fields) -> Submission:
    submission = SubmissionFactory(**fields)
    moment = timezone.make_aware(datetime.datetime(year, month, 15, 12, 0))
    Submission.objects.filter(pk=submission.pk).update(created_at=moment, status=fields.get("status", "new"))
    return Submission.objects.get(pk=submission.pk)


def table(response) -> list[list[str]]:
    soup = BeautifulSoup(response.content, "html.parser")
    listing = soup.select_one("table.listing")
    return [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in listing.select("tbody tr")]


def csv_rows(response) -> list[list[str]]:
    assert response.content.startswith("\ufeff".encode())  # a byte-order mark, for Excel
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def projects(homes, sync_trees):
    """Two Dutch projects; the first also exists as an Arabic alias (same translation key)."""
    index = ProjectIndexPageFactory(parent=homes["nl"])
    work = ProjectPageFactory(parent=index, title="Werk in zicht", slug="werk-in-zicht")
    language = ProjectPageFactory(parent=index, title="Taal en werk", slug="taal-en-werk")
    sync_trees()
    arabic_work = ProjectPage.objects.get(locale__language_code="ar", translation_key=work.translation_key)
    return {"work": work, "arabic_work": arabic_work, "language": language}


@pytest.fixture
def counts(projects):
    """Three accepted sign-ups for "Werk in zicht" in 2024 already erased (two in Arabic), one still live; and more."""
    nl, ar = Locale.objects.get(language_code="nl"), Locale.objects.get(language_code="ar")
    tally = [
        ("sign_up", datetime.date(2024, 3, 1), projects["arabic_work"], ar, "accepted", 2),
        ("sign_up", datetime.date(2024, 11, 1), projects["work"], nl, "accepted", 1),
        ("sign_up", datetime.date(2024, 4, 1), projects["language"], nl, "declined", 4),
        ("contact", datetime.date(2023, 1, 1), None, nl, "closed", 7),
    ]
    for kind, month, project, locale, outcome, count in tally:
        SubmissionTally.objects.create(
            kind=kind, month=month, project=project, locale=locale, outcome=outcome, count=count
        )
    received(2024, project=projects["arabic_work"], locale=ar, status="accepted")
    received(2025, project=projects["work"], status="new")
    received(2025, kind="initiative", status="in_review")


def test_intake_staff_see_erased_and_live_submissions_together(client, counts):
    login(client, "Intake staff")

    response = client.get(URL)

    assert response.status_code == 200
    assert table(response) == [
        ["2025", "Werk in zicht", "Sign-up", "New", "1"],
        ["2025", "no project", "Initiative report", "In review", "1"],
        ["2024", "Taal en werk", "Sign-up", "Declined", "4"],
        ["2024", "Werk in zicht", "Sign-up", "Accepted", "4"],
        ["2023", "no project", "Question", "Closed", "7"],
    ]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("table.listing caption").get_text(strip=True)
    assert soup.select_one("table.listing tfoot").get_text(" ", strip=True) == "Total 17"
    assert "Planted Person" not in response.content.decode()


def test_year_filter_and_csv_show_the_same_numbers(client, counts):
    login(client, "Intake staff")

    page = client.get(URL, {"year": "2024"})
    download = client.get(URL, {"year": "2024", "format": "csv"})

    assert table(page) == [
        ["2024", "Taal en werk", "Sign-up", "Declined", "4"],
        ["2024", "Werk in zicht", "Sign-up", "Accepted", "4"],
    ]
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/csv")
    assert 'filename="anonymous-counts-2024.csv"' in download["Content-Disposition"]
    assert csv_rows(download) == [HEADER, *table(page)]
    everything = client.get(URL, {"format": "csv"})
    assert csv_rows(everything) == [HEADER, *table(client.get(URL))]


def test_erasing_a_submission_keeps_it_in_the_counts(client, projects):
    login(client, "Intake staff")
    for _ in range(3):
        received(2024, project=projects["arabic_work"], locale=Locale.objects.get(language_code="ar"), status="closed")
    before = table(client.get(URL))

    erase(Submission.objects.filter(pk__in=list(Submission.objects.values_list("pk", flat=True)[:2])), reason="test")

    assert Submission.objects.count() == 1
    assert before == [["2024", "Werk in zicht", "Sign-up", "Closed", "3"]]
    assert table(client.get(URL)) == before


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_do_not_see_the_counts(client, counts, group):
    login(client, group)

    for address in [URL, f"{URL}?format=csv"]:
        response = client.get(address)
        assert response.status_code in {302, 403}
        assert "Werk in zicht" not in response.content.decode()
    assert URL not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_the_login(client, counts):
    response = client.get(URL)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_menu_links_staff_to_the_report(client, counts):
    login(client, "Intake staff")

    assert URL in client.get("/admin/").content.decode()


def test_queries_do_not_grow_with_submissions(client, projects):
    login(client, "Intake staff")
    received(2024, project=projects["work"])
    client.get(URL)  # warm the caches (content types, site, locales)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    dutch = Locale.get_default()
    for year in [2022, 2023, 2024, 2025]:
        for project in [projects["work"], projects["arabic_work"], projects["language"], None]:
            received(year, project=project, status="accepted")
            SubmissionTally.objects.create(
                kind="sign_up",
                month=datetime.date(year, 2, 1),
                project=project,
                locale=dutch,
                outcome="closed",
                count=2,
            )
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL)

    assert len(table(response)) == 4 * 3 * 2 + 1  # years x projects (two are one) x outcomes, and the first one
    assert len(many) == len(few)
