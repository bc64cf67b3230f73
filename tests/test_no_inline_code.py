"""No public page carries inline scripts or styles: the content security policy would block them.

Every page of the demo content reachable by links from the Dutch, English and Arabic home
pages is checked, charts and forms included.
"""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

NOT_RUN = {"application/json", "application/ld+json"}  # data blocks, never executed


@pytest.fixture
def demo(demo_content, db):
    """The demo content of the module (see conftest.py)."""


def inline_code(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = [f"<style> {tag.get_text()[:40]}" for tag in soup.find_all("style")]
    found += [
        f"<script> {tag.get_text()[:40]}"
        for tag in soup.find_all("script")
        if not tag.get("src") and tag.get("type") not in NOT_RUN
    ]
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            if attribute == "style" or attribute.startswith("on"):
                found.append(f"<{tag.name} {attribute}>")
            elif attribute in {"href", "src", "action"} and str(value).strip().lower().startswith("javascript:"):
                found.append(f"<{tag.name} {attribute}=javascript:>")
    return found


@pytest.mark.django_db
def test_public_pages_have_no_inline_code(client, demo):
    queue, seen, problems = ["/nl/", "/en/", "/ar/"], set(), {}
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        if not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        if found := inline_code(html):
            problems[url] = found
        for link in BeautifulSoup(html, "html.parser").find_all("a", href=True):
            parts = urlsplit(link["href"])
            if not parts.netloc and parts.path[:4] in {"/nl/", "/en/", "/ar/"} and "/feed/" not in parts.path:
                queue.append(parts.path)

    assert len(seen) > 20  # the crawl reached the site, not just the home pages
    assert problems == {}
