"""The page frame (navigation, switcher, alternates, footer) costs a fixed number of queries."""

import pytest

from home.models import OrganisationSettings
from tests.factories import StandardPageFactory
from tests.query_helpers import warm_query_count

MAX_QUERIES = 12


@pytest.fixture
def demo_site(homes, about_page, site):
    organisation = OrganisationSettings.for_site(site)
    organisation.privacy_page = about_page
    organisation.save()
    for n in range(5):
        StandardPageFactory(parent=homes["nl"], show_in_menus=True, slug=f"menu-{n}").save_revision().publish()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/nl/", "/ar/", "/nl/over-ons/", "/en/about-us/", "/fa/over-ons/", "/nl/search/?q=x"])
def test_public_pages_stay_within_the_query_budget(client, demo_site, url, django_assert_max_num_queries):
    client.get(url)  # warm Wagtail's site-root cache, as any running server has it

    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_menu_length_does_not_add_queries(client, demo_site, homes):
    before = warm_query_count(client, "/nl/over-ons/")
    for n in range(10):
        StandardPageFactory(parent=homes["nl"], show_in_menus=True, slug=f"extra-{n}").save_revision().publish()

    assert warm_query_count(client, "/nl/over-ons/") == before
    response = client.get("/nl/over-ons/")

    assert response.content.decode().count('class="main-menu"') == 1
    assert "extra-9" in response.content.decode()
