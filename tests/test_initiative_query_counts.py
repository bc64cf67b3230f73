"""The directory costs the same small number of queries with 10 initiatives as with 200."""

import datetime
import random

import pytest

from tests.initiatives_helpers import card_titles
from tests.query_helpers import warm_query_count

pytest_plugins = ["tests.initiatives_fixtures"]

MAX_QUERIES = 12
FOCUS = ["volunteering", "work-and-entrepreneurship", "education", "language", "network-and-buddies"]
REGIONS = ["utrecht", "zuid-holland", "national", "international"]
URLS = [
    "/nl/bijzondere-initiatieven/",
    "/nl/bijzondere-initiatieven/?focus=language",
    "/nl/bijzondere-initiatieven/?focus=language&region=utrecht&status=running&sort=title&page=2",
    "/en/bijzondere-initiatieven/?focus=language&region=utrecht&status=running",
    "/ar/bijzondere-initiatieven/?focus=work-and-entrepreneurship",
]


def add(make_initiative, count: int, rng: random.Random) -> None:
    for _ in range(count):
        make_initiative(
            focus=rng.sample(FOCUS, 2),
            regions=[rng.choice(REGIONS)],
            status=rng.choice(["running", "ended", "continuous"]),
            last_updated=datetime.date.today() - datetime.timedelta(days=rng.randint(0, 900)),
        )


@pytest.mark.django_db
def test_query_count_is_the_same_with_10_and_200_initiatives(client, make_initiative, sync_trees):
    rng = random.Random(4)
    add(make_initiative, 10, rng)
    sync_trees()
    with_10 = {url: warm_query_count(client, url) for url in URLS}

    add(make_initiative, 190, rng)
    sync_trees()
    with_200 = {url: warm_query_count(client, url) for url in URLS}

    assert with_200 == with_10
    assert max(with_200.values()) <= MAX_QUERIES, with_200
    assert len(card_titles(client.get(URLS[0]))) == 20


@pytest.mark.django_db
def test_search_and_initiative_pages_have_a_fixed_count(client, make_initiative):
    rng = random.Random(5)
    add(make_initiative, 5, rng)
    page = make_initiative(title="Taalcafé", slug="taalcafe", focus=["language"], regions=["utrecht"])
    urls = ["/nl/bijzondere-initiatieven/?q=initiatief&focus=language", page.url]
    before = {url: warm_query_count(client, url) for url in urls}

    add(make_initiative, 60, rng)

    assert {url: warm_query_count(client, url) for url in urls} == before
    assert max(before.values()) <= MAX_QUERIES, before
