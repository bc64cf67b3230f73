"""The admin handles every site language, Tigrinya included, and stays offline."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.users.models import UserProfile

from home.models import HomePage


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_locales_listing_names_all_six(admin_client):
    response = admin_client.get("/admin/locales/")

    assert response.status_code == 200
    body = response.content.decode()
    for name in ["Dutch", "English", "Arabic", "Persian", "Tigrinya", "Ukrainian"]:
        assert name in body


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ti", "ar", "fa"])
def test_page_explorer_and_editor_open_for_each_locale(admin_client, code):
    home = HomePage.objects.get(locale__language_code=code)

    assert admin_client.get(f"/admin/pages/{home.pk}/").status_code == 200
    assert admin_client.get(f"/admin/pages/{home.pk}/edit/").status_code == 200


@pytest.mark.django_db
def test_admin_makes_no_calls_to_the_internet(admin_client):
    body = admin_client.get("/admin/").content.decode()

    assert "gravatar" not in body.lower()
    assert "releases.wagtail.io" not in body


@pytest.mark.django_db
def test_admin_offers_its_languages_without_tigrinya(admin_client):
    body = admin_client.get("/admin/account/").content.decode()

    assert "Nederlands" in body
    assert "ትግርኛ" not in body
