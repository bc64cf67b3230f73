"""404 and 500 pages speak the visitor's language."""

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def boom(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = [path("boom/", boom), *site_urlpatterns]
handler500 = "home.views.server_error"


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "direction"), [("nl", "ltr"), ("ar", "rtl"), ("uk", "ltr")])
def test_404_is_localised(client, code, direction):
    response = client.get(f"/{code}/bestaat-niet/")

    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    assert soup.html["dir"] == direction
    assert soup.select_one("main a")["href"] == f"/{code}/"


@pytest.mark.django_db
def test_404_texts_differ_per_language(client):
    dutch = BeautifulSoup(client.get("/nl/bestaat-niet/").content, "html.parser").h1.get_text()
    arabic = BeautifulSoup(client.get("/ar/bestaat-niet/").content, "html.parser").h1.get_text()

    assert dutch != arabic


@pytest.mark.django_db
@pytest.mark.urls("tests.test_error_pages")
def test_500_page_renders_without_a_stack_trace(settings):
    settings.DEBUG = False
    client = Client(raise_request_exception=False)

    response = client.get("/boom/", HTTP_ACCEPT_LANGUAGE="ar")

    assert response.status_code == 500
    body = response.content.decode()
    assert "deliberate failure" not in body
    assert BeautifulSoup(body, "html.parser").h1.get_text(strip=True)
