"""Fixtures of the triage tests (loaded with ``pytest_plugins``): one user per role, reading the admin in English."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

ROLES = ["editor", "moderator", "intake", "superuser"]
GROUPS = {"editor": "Editors", "moderator": "Moderators", "intake": "Intake staff"}


@pytest.fixture
def people(db) -> dict:
    """A user for every role; the intake colleague is a second intake-staff member to assign to."""
    users = {}
    User = get_user_model()
    for role in [*ROLES, "colleague"]:
        if role == "superuser":
            user = User.objects.create_superuser(role, f"{role}@example.org", "pw")
        else:
            user = User.objects.create_user(role, f"{role}@example.org", "pw", first_name=role.title())
            user.groups.add(Group.objects.get(name=GROUPS.get(role, "Intake staff")))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        users[role] = user
    return users


@pytest.fixture
def staff_client(client, people):
    client.force_login(people["intake"])
    return client
