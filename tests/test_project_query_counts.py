"""A project page costs the same queries with 1 or 20 yearly results pages, at most 12."""

import pytest

from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, ProjectResultsPageFactory
from tests.query_helpers import warm_query_count

MAX_QUERIES = 12


def publish(page):
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_project_page_queries_do_not_grow_with_results(client, homes, sync_trees):
    index = publish(ProjectIndexPageFactory(parent=homes["nl"]))
    small = publish(ProjectPageFactory(parent=index, slug="klein"))
    large = publish(ProjectPageFactory(parent=index, slug="groot"))
    publish(ProjectResultsPageFactory(parent=small, year=2000, started=5))
    for year in range(2000, 2020):
        publish(ProjectResultsPageFactory(parent=large, year=year, started=year - 1990, paid_job=2))
    sync_trees()

    one = warm_query_count(client, small.url)
    twenty = warm_query_count(client, large.url)

    assert one == twenty
    assert twenty <= MAX_QUERIES


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fa"])
def test_results_and_news_pages_stay_within_budget(client, homes, sync_trees, language):
    from tests.factories import NewsIndexPageFactory, NewsPageFactory

    index = publish(ProjectIndexPageFactory(parent=homes["nl"]))
    project = publish(ProjectPageFactory(parent=index, slug="rob"))
    publish(ProjectResultsPageFactory(parent=project, year=2020, started=35))
    news = publish(NewsIndexPageFactory(parent=homes["nl"]))
    for _ in range(12):
        publish(NewsPageFactory(parent=news))
    sync_trees()

    for url in [
        f"/{language}/projecten/",
        f"/{language}/projecten/rob/",
        f"/{language}/projecten/rob/2020/",
        f"/{language}/nieuws/",
        f"/{language}/nieuws/feed/",
        f"/{language}/",
    ]:
        assert warm_query_count(client, url) <= MAX_QUERIES, url
