"""The staff notification's link opens the submission for intake staff, and for nobody else yet."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from intake.models import Submission
from tests.intake_helpers import SIGN_UP

pytestmark = pytest.mark.django_db


def link_in_notification() -> str:
    notification = next(message for message in mail.outbox if message.to == ["intake@example.org"])
    return next(line for line in notification.body.splitlines() if "/admin/" in line).strip()


def test_superuser_opens_the_link(client, form_pages, post_form):
    post_form("/nl/aanmelden/", SIGN_UP)
    path = link_in_notification().split("://", 1)[1].split("/", 1)[1]
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)

    response = client.get("/" + path)

    assert response.status_code == 200
    assert "Amal Test" in response.content.decode()
    assert Submission.objects.get().reference in response.content.decode()


def test_editors_and_moderators_see_nothing(client, form_pages, post_form):
    post_form("/nl/aanmelden/", SIGN_UP)
    path = "/" + link_in_notification().split("://", 1)[1].split("/", 1)[1]
    for group_name in ["Editors", "Moderators"]:
        user = get_user_model().objects.create_user(group_name.lower(), f"{group_name}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)

        for url in [path, "/admin/intake/queue/"]:
            response = client.get(url)
            assert response.status_code in {302, 403}, (group_name, url)
            assert "Amal Test" not in response.content.decode()
        assert "/admin/intake/queue/" not in client.get("/admin/").content.decode()


def test_intake_staff_open_the_link(client, form_pages, post_form):
    post_form("/nl/aanmelden/", SIGN_UP)
    path = "/" + link_in_notification().split("://", 1)[1].split("/", 1)[1]
    staff = get_user_model().objects.create_user("intake", "intake-staff@example.org", "pw")
    staff.groups.add(Group.objects.get(name="Intake staff"))
    client.force_login(staff)

    listing = client.get("/admin/intake/queue/")
    detail = client.get(path)

    assert listing.status_code == 200
    assert Submission.objects.get().reference in listing.content.decode()
    assert detail.status_code == 200
    assert "Amal Test" in detail.content.decode()
    assert {p.codename for p in Group.objects.get(name="Intake staff").permissions.all()} >= {
        "view_submission",
        "change_submission",
        "export_submission",
        "erase_submission",
        "access_admin",
    }
