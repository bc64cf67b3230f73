"""Fixtures of the initiatives tests (loaded with ``pytest_plugins``): a Dutch directory and a way to fill it."""

import pytest

from tests.factories import InitiativeDirectoryPageFactory, InitiativePageFactory


@pytest.fixture
def directory(homes):
    page = InitiativeDirectoryPageFactory(parent=homes["nl"], show_in_menus=True)
    page.save_revision().publish()
    return page


@pytest.fixture
def make_initiative(directory):
    """Create and publish an initiative, in the Dutch directory unless ``parent`` says otherwise."""

    def make(**kwargs):
        page = InitiativePageFactory(parent=kwargs.pop("parent", directory), **kwargs)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def english_admin(admin_user, admin_client):
    """The admin client of a superuser who reads the admin in English."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client
