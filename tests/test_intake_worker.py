"""Production's task queue: the request only enqueues the mails; the worker sends them."""

import io

import pytest

from django.core import mail
from django.core.management import call_command

from intake.models import Submission
from tests.intake_helpers import CONTACT

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS  # django-tasks resets its backends when the setting changes


def test_mails_wait_for_the_worker(client, form_pages, database_tasks):
    from django_tasks_db.models import DBTaskResult

    from tests.intake_helpers import started

    response = client.post("/nl/vraag/", {**CONTACT, "consent": "on", "started": started()})

    assert response.status_code == 302
    assert Submission.objects.count() == 1
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path="intake.mail.send_submission_mails").count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO(), stderr=io.StringIO())

    assert sorted(message.to[0] for message in mail.outbox) == ["intake@example.org", "piet@example.org"]
    assert Submission.objects.get().notification_sent_at is not None


def test_failed_mail_is_queued_again_for_later(client, form_pages, database_tasks, settings):
    import socket

    from django_tasks_db.models import DBTaskResult

    from tests.intake_helpers import started

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", closed_port, 2
    client.post("/nl/vraag/", {**CONTACT, "consent": "on", "started": started()})

    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO(), stderr=io.StringIO())

    submission = Submission.objects.get()
    assert submission.mail_attempts == 1
    retry = DBTaskResult.objects.filter(task_path="intake.mail.send_submission_mails", status="READY").get()
    assert retry.run_after is not None and retry.run_after > submission.updated_at
