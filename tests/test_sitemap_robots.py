"""sitemap.xml lists every real translation with its hreflang alternates; robots.txt points to it."""

import pytest
from defusedxml import ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_sitemap_lists_alternates(client, about_page):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    assert entries["http://localhost/nl/over-ons/"] == {
        "nl": "http://localhost/nl/over-ons/",
        "en": "http://localhost/en/about-us/",
    }
    assert entries["http://localhost/en/about-us/"]["nl"] == "http://localhost/nl/over-ons/"
    # Untranslated aliases repeat Dutch text and are left out.
    assert "http://localhost/ar/over-ons/" not in entries


@pytest.mark.django_db
def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.django_db
def test_favicon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("images/favicon.svg")
    assert client.get(response["Location"]).status_code == 200
