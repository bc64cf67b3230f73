"""Only intake staff and superusers learn that a submission exists.

Editors and moderators reach no submission through Wagtail's generic screens: the
snippet chooser, the bulk-action confirmation pages, the page usage views (which
would list and count the sign-ups for a project) and wagtail-localize's snippet API.
"""

import pytest

from wagtail.models import ReferenceIndex

from intake.models import Submission
from tests.factories import SubmissionFactory

pytest_plugins = ["tests.triage_fixtures"]
pytestmark = pytest.mark.django_db

BULK_ACTIONS = ["assign", "change_status", "mark_spam", "delete"]


@pytest.fixture
def sign_ups(project):
    return [SubmissionFactory(project=project) for _ in range(3)]


def urls(submission, project) -> list[str]:
    pk = submission.pk
    return [
        "/admin/snippets/choose/intake/submission/",
        "/admin/snippets/choose/intake/submission/results/",
        f"/admin/snippets/choose/intake/submission/chosen/{pk}/",
        f"/admin/pages/{project.pk}/usage/",
        f"/admin/pages/{project.pk}/usage/results/",
        f"/admin/pages/{project.pk}/edit/",
        "/admin/localize/api/snippets/intake/submission/",
        f"/admin/localize/api/snippets/intake/submission/{pk}/",
        *[f"/admin/bulk/intake/submission/{action}/?id={pk}" for action in BULK_ACTIONS],
    ]


def traces(text: str, sign_ups) -> list[str]:
    """What in ``text`` gives a submission away: its code, its kind."""
    found = [s.reference for s in sign_ups if s.reference in text]
    found += [word for word in ("sign-up", "Sign-up", "submission", "Submission") if word in text]
    return found


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_learn_nothing_of_submissions(client, people, role, project, sign_ups):
    client.force_login(people[role])

    for url in urls(sign_ups[0], project):
        response = client.get(url, follow=True)
        assert response.status_code < 500, url
        assert traces(response.content.decode(), sign_ups) == [], url


def test_page_usage_counts_no_sign_ups(client, people, project, sign_ups):
    client.force_login(people["superuser"])

    response = client.get(f"/admin/pages/{project.pk}/usage/")

    assert response.status_code == 200
    assert traces(response.content.decode(), sign_ups) == []
    assert not ReferenceIndex.objects.filter(base_content_type__model="submission").exists()
    assert ReferenceIndex.get_grouped_references_to(project).count() == 0  # "Used 0 times"


@pytest.mark.parametrize("role", ["intake", "superuser"])
def test_localize_snippet_api_is_no_error(client, people, role, sign_ups):
    client.force_login(people[role])

    # A 404 (which the i18n middleware first redirects to the Dutch prefix): submissions are no snippets.
    for url in [
        "/admin/localize/api/snippets/intake/submission/",
        f"/admin/localize/api/snippets/intake/submission/{sign_ups[0].pk}/",
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 404, url


def test_submission_is_no_snippet():
    from wagtail.snippets.models import get_snippet_models

    assert Submission not in get_snippet_models()


@pytest.mark.parametrize("role", ["intake", "superuser"])
def test_intake_staff_still_work_the_queue(client, people, role, sign_ups):
    client.force_login(people[role])
    submission = sign_ups[0]

    queue = client.get("/admin/intake/queue/")
    assert queue.status_code == 200
    assert all(s.reference in queue.content.decode() for s in sign_ups)
    assert 'name="id"' in queue.content.decode() or "bulk-action" in queue.content.decode()

    detail = client.get(f"/admin/intake/queue/inspect/{submission.pk}/")
    assert detail.status_code == 200
    assert submission.reference in detail.content.decode()

    confirm = client.get(f"/admin/bulk/intake/submission/mark_spam/?id={submission.pk}")
    assert confirm.status_code == 200
    assert submission.reference in confirm.content.decode()

    done = client.post(f"/admin/bulk/intake/submission/mark_spam/?id={submission.pk}&next=/admin/intake/queue/")
    assert done.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SPAM


def test_migration_forgets_recorded_references(project, sign_ups):
    """Rows the index holds from before (when submissions were indexed) go with migration 0005."""
    from importlib import import_module

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    submission_type = ContentType.objects.get_for_model(Submission)
    page_type = ContentType.objects.get_for_model(project, for_concrete_model=False)
    for submission in sign_ups:
        ReferenceIndex.objects.create(
            content_type=submission_type,
            base_content_type=submission_type,
            object_id=str(submission.pk),
            to_content_type=page_type,
            to_object_id=str(project.pk),
            model_path="project",
            content_path="project",
            content_path_hash=ReferenceIndex._get_content_path_hash("project"),
        )

    import_module("intake.migrations.0005_admin_no_reference_index").forget_submissions(apps, None)

    assert not ReferenceIndex.objects.filter(base_content_type=submission_type).exists()
