"""Private pages stay private in every language: an alias obeys its source's restrictions."""

import pytest

from django.utils import translation

from wagtail.models import PageViewRestriction

from intake.forms import SignUpForm
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
)


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


def offered_projects() -> list[str]:
    with translation.override("nl"):
        return [project.title for project in SignUpForm().fields["project"].queryset]


@pytest.mark.django_db
def test_a_restricted_page_leaves_the_listings_at_once_and_returns_when_opened(client, homes):
    """News index, the home page's latest news, the sitemap and the sign-up form's projects."""
    news = NewsIndexPageFactory(parent=homes["nl"])
    news.save_revision().publish()
    item = NewsPageFactory(parent=news, title="Intern bericht", slug="intern-bericht")
    item.save_revision().publish()
    projects = ProjectIndexPageFactory(parent=homes["nl"])
    projects.save_revision().publish()
    project = ProjectPageFactory(parent=projects, title="Besloten project", slug="besloten-project")
    project.save_revision().publish()

    def listed() -> dict[str, bool]:
        return {
            "news index": "Intern bericht" in client.get("/nl/nieuws/").content.decode(),
            "home": "Intern bericht" in client.get("/nl/").content.decode(),
            "sitemap": "/nl/nieuws/intern-bericht/" in client.get("/sitemap.xml").content.decode(),
            "sign-up": "Besloten project" in offered_projects(),
        }

    assert all(listed().values()), listed()

    restrictions = [
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
        for page in (item, project)
    ]
    assert not any(listed().values()), listed()

    for restriction in restrictions:
        restriction.delete()
    assert all(listed().values()), listed()
