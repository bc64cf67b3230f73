"""Synthetic submissions for the triage benchmark: varied, obviously fake, and removable without a trace."""

import datetime
import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from wagtail.models import Locale

from intake.models import REFERENCE_ALPHABET, Submission, SubmissionEvent, SubmissionTally
from projects.models import ProjectPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, SubmissionFactory, make_user

pytestmark = pytest.mark.django_db
REFERENCE = re.compile(f"[{REFERENCE_ALPHABET}]{{4}}-[{REFERENCE_ALPHABET}]{{4}}")


def generate(*args) -> str:
    out = io.StringIO()
    call_command("generate_submissions", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def users(db) -> dict:
    return {"staff": make_user("intake", "Intake staff"), "editor": make_user("editor", "Editors")}


@pytest.fixture
def projects(homes, sync_trees):
    index = ProjectIndexPageFactory(parent=homes["nl"])
    ProjectPageFactory(parent=index, title="Werk in zicht", slug="werk-in-zicht")
    sync_trees()
    return ProjectPage.objects.all()


def test_generates_varied_marked_submissions(users, projects):
    output = generate("600")

    synthetic = Submission.objects.all()
    assert synthetic.count() == 600
    assert "Added 600 synthetic submissions." in output
    assert set(synthetic.values_list("consent_version", flat=True)) == {"synthetic"}
    references = list(synthetic.values_list("reference", flat=True))
    assert len(set(references)) == 600
    assert all(REFERENCE.fullmatch(reference) for reference in references)
    assert all(name.startswith("Synthetic Person ") for name in synthetic.values_list("name", flat=True))
    assert {email.split("@")[-1] for email in synthetic.values_list("email", flat=True)} == {"example.invalid", ""}

    assert set(synthetic.values_list("kind", flat=True)) == set(Submission.Kind.values)
    assert set(synthetic.values_list("status", flat=True)) == set(Submission.Status.values)
    assert set(synthetic.values_list("locale__language_code", flat=True)) == set(
        Locale.objects.values_list("language_code", flat=True)
    )
    assert len(Locale.objects.all()) == 6
    assert set(synthetic.exclude(project=None).values_list("project", flat=True)) <= set(
        projects.values_list("pk", flat=True)
    )
    assert synthetic.exclude(project=None).exists() and synthetic.filter(project=None).exists()
    assert set(synthetic.values_list("verified", flat=True)) == {True, False}

    now = timezone.now()
    dates = sorted(synthetic.values_list("created_at", flat=True))
    assert dates[-1] - dates[0] > datetime.timedelta(days=365)
    assert now - datetime.timedelta(days=2 * 365 + 1) < dates[0] and dates[-1] <= now
    assert not synthetic.filter(status="new").exclude(status_changed_at=None).exists()
    assert all(s.status_changed_at >= s.created_at for s in synthetic.exclude(status="new"))

    assert set(synthetic.exclude(assignee=None).values_list("assignee", flat=True)) == {users["staff"].pk}
    assert synthetic.filter(assignee=None).exists()
    notes = SubmissionEvent.objects.filter(action="note")
    assert 0 < notes.count() < 100
    assert all(note.startswith("Synthetic note") for note in notes.values_list("note", flat=True))


def test_superusers_find_them_in_the_queue(client, users):
    generate("30")
    submission = Submission.objects.exclude(status="spam").order_by("pk").first()
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.org", "pw"))

    response = client.get("/admin/intake/queue/", {"q": submission.reference})

    assert response.status_code == 200
    assert submission.reference in response.content.decode()


def test_delete_removes_only_synthetic_submissions(users):
    real = SubmissionFactory()
    SubmissionEvent.objects.create(submission=real, action="note", note="A real note")
    generate("20")
    generate("20")
    assert len(set(Submission.objects.values_list("name", flat=True))) == 41

    output = generate("--delete")

    assert list(Submission.objects.all()) == [real]
    assert list(SubmissionEvent.objects.values_list("note", flat=True)) == ["A real note"]
    assert not SubmissionTally.objects.exists()
    assert "Removed 40 synthetic submissions." in output


def test_without_projects_or_staff_the_submissions_have_none(db):
    generate("50")

    assert Submission.objects.filter(project=None, assignee=None).count() == 50


def test_needs_a_number(db):
    with pytest.raises(CommandError):
        generate()
