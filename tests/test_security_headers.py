"""Security headers as production sends them: on a public page, a form page, a static file, a document, the admin.

The header settings are read from the production settings in a separate process and applied
here, so these tests see what production sends, over HTTPS, without needing HTTPS themselves.
"""

import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents.models import Document

from tests.intake_helpers import started
from tests.production_helpers import production_settings

pytestmark = pytest.mark.django_db

HEADER_SETTINGS = [
    "MIDDLEWARE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "CSRF_COOKIE_SAMESITE",
    "LANGUAGE_COOKIE_SECURE",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_RECAPTCHA",
    "CONTENT_SECURITY_POLICY_ADMIN",
    "PERMISSIONS_POLICY",
]
EVERYWHERE = {
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
SWITCHED_OFF = ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]
GOOGLE = ("https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/")


@pytest.fixture(scope="session")
def production_headers() -> dict:
    values = production_settings(*HEADER_SETTINGS)
    values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production(settings, production_headers):
    """Production's header settings for this test (the test client builds its middleware afterwards)."""
    for name, value in production_headers.items():
        setattr(settings, name, value)
    return settings


def policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def assert_everywhere(response) -> None:
    for header, value in EVERYWHERE.items():
        assert response[header] == value, header
    for feature in SWITCHED_OFF:
        assert feature in response["Permissions-Policy"].split(", ")


def assert_public_policy(csp: dict[str, list[str]]) -> None:
    assert csp["default-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    sources = [source for sources in csp.values() for source in sources]
    assert "'unsafe-inline'" not in sources
    assert "'unsafe-eval'" not in sources


def test_public_page(client, production, homes):
    response = client.get("/nl/", secure=True)

    assert response.status_code == 200
    assert_everywhere(response)
    assert response["X-Frame-Options"] == "DENY"
    csp = policy(response)
    assert_public_policy(csp)
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-src"] == ["'self'"]
    assert csp["connect-src"] == ["'self'"]


def test_behind_a_proxy_that_ends_https(client, production, homes):
    response = client.get("/nl/", headers={"x-forwarded-proto": "https"})

    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_plain_http_is_redirected_to_https(client, production, homes):
    response = client.get("/nl/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/nl/"


def test_form_page_allows_recaptcha_only_there(client, production, form_pages):
    production.RECAPTCHA_PUBLIC_KEY = "site-key"
    form = client.get("/nl/aanmelden/", secure=True)
    other = client.get("/nl/", secure=True)

    assert form.status_code == 200
    assert_everywhere(form)
    script = BeautifulSoup(form.content, "html.parser").select_one("script[src^='https://www.google.com/recaptcha/']")
    assert script is not None
    csp = policy(form)
    assert_public_policy(csp)
    assert csp["script-src"] == ["'self'", *GOOGLE]
    assert csp["frame-src"] == [
        "'self'",
        "https://www.google.com/recaptcha/",
        "https://recaptcha.google.com/recaptcha/",
    ]
    assert csp["connect-src"] == ["'self'", "https://www.google.com/recaptcha/"]
    assert not any(host in other["Content-Security-Policy"] for host in GOOGLE)


def test_form_page_with_mistakes_still_allows_recaptcha(client, production, form_pages):
    production.RECAPTCHA_PUBLIC_KEY = "site-key"
    response = client.post("/nl/aanmelden/", {"started": started(30)}, secure=True)

    assert response.status_code == 400
    assert GOOGLE[0] in policy(response)["script-src"]


def test_form_page_without_recaptcha_keys_allows_no_google(client, production, form_pages):
    response = client.get("/nl/aanmelden/", secure=True)

    assert response.status_code == 200
    assert not any(host in response["Content-Security-Policy"] for host in GOOGLE)


def test_form_page_cookie_is_secure_httponly_and_same_site(client, production, form_pages):
    response = client.get("/nl/aanmelden/", secure=True)

    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_static_file(client, production):
    response = client.get("/static/css/site.css", secure=True)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert_everywhere(response)
    assert_public_policy(policy(response))


@pytest.mark.parametrize(
    ("filename", "content_type", "disposition"),
    [
        ("verslag.pdf", "application/pdf", "inline"),
        ("cijfers.csv", "text/csv", "attachment"),
        ("notities.txt", "text/plain", "attachment"),
        # Not an allowed upload type, but should one ever be stored, it downloads instead of running in the site.
        ("pagina.html", "text/html", "attachment"),
    ],
)
def test_document(client, production, tmp_path, filename, content_type, disposition):
    # Files on disk, as in production (the test settings keep them in memory, which Wagtail cannot send).
    production.MEDIA_ROOT = tmp_path
    production.STORAGES = {**production.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    document = Document.objects.create(title=filename, file=ContentFile(b"content", name=filename))

    response = client.get(document.url, secure=True)

    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].startswith(disposition)
    assert_everywhere(response)
    assert response["Content-Security-Policy"] == "default-src 'none'"  # Wagtail's own, nothing may run


def test_admin_login(client, production):
    response = client.get("/admin/login/", secure=True)

    assert response.status_code == 200
    assert_everywhere(response)
    assert "no-store" in response["Cache-Control"]
    csp = policy(response)
    # Wagtail 8's admin runs inline scripts and styles; nothing else is loosened, and nothing comes from elsewhere.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "https:" not in response["Content-Security-Policy"]


def test_admin_session_cookie_is_secure_httponly_and_same_site(production, django_user_model):
    django_user_model.objects.create_superuser("redacteur", "redacteur@example.org", "een-lang-wachtwoord")
    client = Client()

    response = client.post("/admin/login/", {"username": "redacteur", "password": "een-lang-wachtwoord"}, secure=True)

    assert response.status_code == 302
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] is True
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"


def test_admin_preview_may_frame_the_page_it_previews(homes):
    """The preview renders the public page inside the admin: the one place it may be framed."""
    response = homes["nl"].make_preview_request()

    assert response.status_code == 200
    csp = policy(response)
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
