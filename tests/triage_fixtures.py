"""Fixtures of the triage tests (loaded with ``pytest_plugins``): one user per role, reading the admin in English."""

import pytest

from tests.factories import make_user

ROLES = ["editor", "moderator", "intake", "superuser"]
GROUPS = {"editor": "Editors", "moderator": "Moderators", "intake": "Intake staff"}


@pytest.fixture
def people(db) -> dict:
    """A user for every role; the intake colleague is a second intake-staff member to assign to."""
    users = {"superuser": make_user("superuser", superuser=True)}
    for role in ["editor", "moderator", "intake", "colleague"]:
        users[role] = make_user(role, GROUPS.get(role, "Intake staff"), first_name=role.title())
    return users


@pytest.fixture
def staff_client(client, people):
    client.force_login(people["intake"])
    return client
