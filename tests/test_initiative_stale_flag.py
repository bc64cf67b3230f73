"""Initiatives nobody has checked for 12 months are flagged to editors in the admin's page listing."""

import datetime

import pytest

from initiatives.models import months_ago, stale_before
from tests.initiatives_helpers import soup

pytest_plugins = ["tests.initiatives_fixtures"]


def listing_rows(response) -> dict[str, str]:
    """Each row of the explorer's table as {title: text of the "Last checked" cell}."""
    page = soup(response)
    headers = [th.get_text(" ", strip=True) for th in page.select("table.listing thead th")]
    column = next(i for i, header in enumerate(headers) if header.startswith("Last checked"))
    rows = {}
    for row in page.select("table.listing tbody tr"):
        cells = row.find_all("td")
        title = row.select_one(".title-wrapper a, .title a, td.title a").get_text(" ", strip=True)
        rows[title] = cells[column].get_text(" ", strip=True)
    return rows


@pytest.mark.django_db
def test_old_initiative_is_flagged_and_a_recent_one_is_not(english_admin, directory, make_initiative):
    today = datetime.date.today()
    make_initiative(title="Oud initiatief", last_updated=months_ago(today, 13))
    make_initiative(title="Recent initiatief", last_updated=months_ago(today, 2))

    response = english_admin.get(f"/admin/pages/{directory.pk}/")
    rows = listing_rows(response)

    assert response.status_code == 200
    assert "Needs review" in rows["Oud initiatief"]
    assert "Needs review" not in rows["Recent initiatief"]
    flagged = soup(response).select("table.listing .w-status--primary")
    assert any("Needs review" in tag.get_text() for tag in flagged)


@pytest.mark.django_db
def test_listing_sorts_by_last_checked(english_admin, directory, make_initiative):
    today = datetime.date.today()
    make_initiative(title="B nieuw", last_updated=today)
    make_initiative(title="A oud", last_updated=months_ago(today, 20))

    response = english_admin.get(f"/admin/pages/{directory.pk}/", {"ordering": "last_updated"})

    assert list(listing_rows(response)) == ["A oud", "B nieuw"]


@pytest.mark.django_db
def test_other_listings_keep_wagtails_columns(english_admin, homes):
    response = english_admin.get(f"/admin/pages/{homes['nl'].pk}/")

    assert response.status_code == 200
    assert "Last checked" not in response.content.decode()


def test_twelve_months_back_handles_short_months():
    assert months_ago(datetime.date(2025, 3, 31), 12) == datetime.date(2024, 3, 31)
    assert months_ago(datetime.date(2024, 2, 29), 12) == datetime.date(2023, 2, 28)
    assert months_ago(datetime.date(2025, 1, 15), 13) == datetime.date(2023, 12, 15)
    assert stale_before(datetime.date(2025, 6, 1)) == datetime.date(2024, 6, 1)


@pytest.mark.django_db
def test_report_lists_only_stale_initiatives_of_every_language(
    english_admin, directory, make_initiative, sync_trees, translate_page
):
    today = datetime.date.today()
    old = make_initiative(title="Oud initiatief", slug="oud", last_updated=months_ago(today, 13))
    make_initiative(title="Recent initiatief", last_updated=months_ago(today, 2))
    sync_trees()
    translate_page(directory, "en", {"Bijzondere initiatieven": "Special initiatives"})
    translate_page(old, "en", {"Oud initiatief": "Old initiative", "oud": "old"})

    menu = english_admin.get("/admin/").content.decode()
    response = english_admin.get("/admin/stale_initiatives/")
    rows = listing_rows(response)

    assert "Initiatives to review" in menu
    assert response.status_code == 200
    assert sorted(rows) == ["Old initiative", "Oud initiatief"]
    assert all("Needs review" in cell for cell in rows.values())
