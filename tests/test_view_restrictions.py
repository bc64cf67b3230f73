"""Private pages stay private in every language: an alias obeys its source's restrictions."""

import pytest

from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory


@pytest.fixture
def private_parent(homes, sync_trees):
    parent = StandardPageFactory(parent=homes["nl"], title="Intern", slug="intern")
    parent.save_revision().publish()
    child = StandardPageFactory(parent=parent, title="Notulen", slug="notulen")
    child.save_revision().publish()
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.PASSWORD, password="x")
    sync_trees()
    return parent


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/nl/intern/", "/nl/intern/notulen/", "/fa/intern/", "/uk/intern/notulen/"])
def test_restricted_pages_ask_for_the_password_in_every_language(client, private_parent, url):
    response = client.get(url)

    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert "<h1>Notulen</h1>" not in response.content.decode()


@pytest.mark.django_db
def test_public_pages_stay_public(client, private_parent, homes):
    page = StandardPageFactory(parent=homes["nl"], title="Open", slug="open")
    page.save_revision().publish()

    assert 'name="password"' not in client.get("/nl/open/").content.decode()
