"""Addresses lead to the same pages as Wagtail's own routing, with a cost that does not grow with depth.

Also: what each process remembers per generation (the site for a host name, each
language's home page, which pages are restricted) follows changes at once.
"""

import pytest

from wagtail.models import PageViewRestriction, Site

from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, ProjectResultsPageFactory, StandardPageFactory
from tests.query_helpers import warm_query_count

pytestmark = pytest.mark.django_db


def published(factory, **kwargs):
    page = factory(**kwargs)
    page.save_revision().publish()
    return page


def test_a_deep_page_costs_no_more_queries_than_a_shallow_one(client, homes):
    parent = homes["nl"]
    for level in range(1, 5):
        parent = published(StandardPageFactory, parent=parent, title=f"Niveau {level}", slug=f"niveau-{level}")

    shallow = warm_query_count(client, "/nl/niveau-1/")
    deep = warm_query_count(client, "/nl/niveau-1/niveau-2/niveau-3/niveau-4/")

    assert "<h1>Niveau 4</h1>" in client.get("/nl/niveau-1/niveau-2/niveau-3/niveau-4/").content.decode()
    assert deep == shallow


def test_a_page_in_another_language_routes_with_the_same_queries(client, homes, sync_trees):
    """The language's home page comes from memory: no locale or translation query for the Arabic address."""
    published(StandardPageFactory, parent=homes["nl"], title="Over ons", slug="over-ons")
    sync_trees()

    assert client.get("/ar/over-ons/").status_code == 200
    assert warm_query_count(client, "/ar/over-ons/") == warm_query_count(client, "/nl/over-ons/")


def test_a_new_title_on_the_home_page_shows_at_once_in_every_language(client, homes):
    for code in ("nl", "ar"):
        assert client.get(f"/{code}/").status_code == 200  # each language's home page is remembered now
    home = homes["nl"]
    home.title = "Samen aan het werk"
    home.save_revision().publish()

    for code in ("nl", "ar"):  # the Arabic home page is an alias of the Dutch one
        assert "<h1>Samen aan het werk</h1>" in client.get(f"/{code}/").content.decode()


def test_a_routable_view_wins_over_a_child_page_of_the_same_name(client, homes):
    """As in Wagtail: the project's CSV download answers /csv/, even with a child page slugged "csv"."""
    index = published(ProjectIndexPageFactory, parent=homes["nl"], slug="projecten")
    project = published(ProjectPageFactory, parent=index, slug="werkstart")
    published(ProjectResultsPageFactory, parent=project, year=2019, slug="csv", started=4)

    response = client.get("/nl/projecten/werkstart/csv/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")


def test_routable_views_of_a_deep_page_still_answer(client, homes):
    index = published(ProjectIndexPageFactory, parent=homes["nl"], slug="projecten")
    project = published(ProjectPageFactory, parent=index, slug="werkstart")
    published(ProjectResultsPageFactory, parent=project, year=2019, started=4)

    assert client.get("/nl/projecten/werkstart/2019/").status_code == 200
    csv = client.get("/nl/projecten/werkstart/2019/csv/")
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")


def test_a_live_page_below_a_draft_is_served_and_the_draft_is_not(client, homes):
    draft = StandardPageFactory(parent=homes["nl"], title="Concept", slug="concept", live=False)
    published(StandardPageFactory, parent=draft, title="Gepubliceerd", slug="gepubliceerd")

    assert client.get("/nl/concept/").status_code == 404
    child = client.get("/nl/concept/gepubliceerd/")
    assert child.status_code == 200 and "<h1>Gepubliceerd</h1>" in child.content.decode()


@pytest.mark.parametrize("url", ["/nl/bestaat-niet/", "/nl/over/bestaat-niet/", "/nl/over/nog/dieper/"])
def test_unknown_addresses_are_not_found(client, homes, url):
    published(StandardPageFactory, parent=homes["nl"], title="Over", slug="over")

    assert client.get(url).status_code == 404


def test_a_new_site_for_a_host_name_answers_at_once(client, homes):
    other_root = published(StandardPageFactory, parent=homes["nl"], title="Andere site", slug="andere-site")
    assert "<h1>Andere site</h1>" not in client.get("/nl/", HTTP_HOST="127.0.0.1").content.decode()

    Site.objects.create(hostname="127.0.0.1", port=80, root_page=other_root, site_name="Andere")

    assert "<h1>Andere site</h1>" in client.get("/nl/", HTTP_HOST="127.0.0.1").content.decode()


def test_a_restriction_added_or_removed_takes_effect_at_once(client, homes, sync_trees):
    page = published(StandardPageFactory, parent=homes["nl"], title="Notulen", slug="notulen")
    sync_trees()
    assert "<h1>Notulen</h1>" in client.get("/nl/notulen/").content.decode()

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for url in ["/nl/notulen/", "/ar/notulen/"]:  # the Arabic alias obeys its source
        closed = client.get(url).content.decode()
        assert 'name="password"' in closed and "<h1>Notulen</h1>" not in closed, url

    restriction.delete()
    assert "<h1>Notulen</h1>" in client.get("/nl/notulen/").content.decode()
