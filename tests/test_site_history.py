"""Reports → Site history after exports: it lists them, for intake staff and superusers alike."""

import importlib

import pytest

from django.test import Client
from django.utils import timezone

from wagtail.models import ModelLogEntry

from intake.models import Submission
from tests.factories import SubmissionFactory

pytest_plugins = ["tests.triage_fixtures"]
pytestmark = pytest.mark.django_db
SITE_HISTORY = "/admin/reports/site-history/"


@pytest.mark.parametrize("role", ["intake", "superuser"])
def test_site_history_answers_after_a_queue_export(client, people, role):
    exported = SubmissionFactory()
    client.force_login(people["intake"])
    assert client.get("/admin/intake/queue/?export=csv").status_code == 200
    assert client.get("/admin/intake/queue/?export=xlsx").status_code == 200
    client.force_login(people[role])

    response = client.get(SITE_HISTORY)

    assert response.status_code == 200
    assert "Submissions exported" in response.content.decode()
    entries = ModelLogEntry.objects.filter(action="intake.export")
    assert [entry.object_id for entry in entries] == [str(exported.pk)] * 2  # the CSV and the XLSX
    assert exported.email not in response.content.decode()


@pytest.mark.parametrize("role", ["intake", "superuser"])
def test_site_history_answers_after_an_access_request_export(client, people, role):
    exported = SubmissionFactory()
    client.force_login(people["intake"])
    client.post("/admin/intake/requests/", {"action": "export", "submission": exported.pk})
    client.force_login(people[role])

    response = client.get(SITE_HISTORY)

    assert response.status_code == 200
    assert "Submissions exported" in response.content.decode()
    assert exported.reference in response.content.decode()


def test_export_entries_of_the_old_writer_are_split_per_submission(people):
    """Rows written before the fix (object_id "-") stop breaking Site history once the data migration ran."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    migration = importlib.import_module("intake.migrations.0006_erasure_export_log_entries")
    first, second = SubmissionFactory(), SubmissionFactory()
    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Submission),
        object_id="-",
        label="2 submissions",
        action="intake.export",
        user=people["intake"],
        data={"submissions": [first.pk, second.pk], "count": 2, "request": "access"},
        timestamp=timezone.now(),
    )
    client = Client(raise_request_exception=False)
    client.force_login(people["superuser"])
    assert client.get(SITE_HISTORY).status_code == 500

    migration.split_export_entries(apps, None)

    entries = ModelLogEntry.objects.filter(action="intake.export")
    assert sorted(entries.values_list("object_id", flat=True)) == sorted([str(first.pk), str(second.pk)])
    assert {entry.data["request"] for entry in entries} == {"access"}
    assert {entry.user for entry in entries} == {people["intake"]}
    assert client.get(SITE_HISTORY).status_code == 200
