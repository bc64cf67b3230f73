"""Counting a page's SQL queries as a running server spends them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def warm_query_count(client, url: str, data: dict | None = None) -> int:
    """The queries of a second request for ``url``: the first warms what a running server keeps.

    That is Wagtail's site root paths, the directory's terms, and what home/page_cache.py
    remembers per generation (the site, the restricted pages), which a publish renews.
    """
    client.get(url, data)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)
