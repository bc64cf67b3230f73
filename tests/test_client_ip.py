"""Behind a proxy the rate limits count the visitor's address; no missing, forged or listed header stops them."""

import pytest

from django.test import Client, RequestFactory

from home.client_ip import client_ip
from intake.models import Submission
from tests.intake_helpers import CONTACT

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # the reverse proxy: every request comes from here
INTAKE_LIMIT = 20  # INTAKE_RATE_LIMIT = "20/m"
LOGIN_LIMIT = 10  # ADMIN_LOGIN_RATE_LIMIT = "10/10m"
PASSWORD = "een-lang-wachtwoord-voor-tests"

# What reaches the site in the header when the proxy passes nothing, something unreadable, or a list.
BAD_HEADERS = {"missing": None, "unreadable": "not-an-ip", "a list": "198.51.100.7, 127.0.0.1"}


@pytest.fixture
def behind_proxy(settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    settings.TRUSTED_PROXY_COUNT = 1
    return settings


@pytest.fixture
def one_window(monkeypatch):
    """One fixed window, so a test cannot straddle a minute boundary."""
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 1_000_000)


def visitor(header_value: str | None, header: str = "HTTP_X_REAL_IP") -> Client:
    extra = {} if header_value is None else {header: header_value}
    return Client(REMOTE_ADDR=PROXY, **extra)


def address(settings, header: str, value: str | None, *, proxies: int = 1, remote: str = PROXY) -> str:
    settings.CLIENT_IP_HEADER, settings.TRUSTED_PROXY_COUNT = header, proxies
    meta = {"REMOTE_ADDR": remote}
    if value is not None:
        meta["HTTP_" + header.upper().replace("-", "_")] = value
    return client_ip(RequestFactory().get("/", **meta))


# --- reading the address ---


def test_without_a_configured_header_the_connecting_address(settings):
    settings.CLIENT_IP_HEADER = ""

    assert client_ip(RequestFactory().get("/", REMOTE_ADDR="192.0.2.4", HTTP_X_REAL_IP="203.0.113.1")) == "192.0.2.4"


def test_the_right_most_address_that_no_visitor_could_write(settings):
    forged = "6.6.6.6, 198.51.100.7, 10.0.0.9"

    assert address(settings, "X-Forwarded-For", "198.51.100.7") == "198.51.100.7"
    assert address(settings, "X-Forwarded-For", forged) == "10.0.0.9"
    assert address(settings, "X-Forwarded-For", forged, proxies=2) == "198.51.100.7"
    assert address(settings, "X-Real-IP", " 2001:db8::1 ") == "2001:db8::1"


@pytest.mark.parametrize("value", [None, "", "not-an-ip", "198.51.100.7:443", " , "])
def test_a_missing_or_unreadable_header_gives_the_connecting_address(settings, value, caplog):
    assert address(settings, "X-Forwarded-For", value) == PROXY
    assert "X-Forwarded-For missing or unreadable" in caplog.text
    assert PROXY not in caplog.text  # addresses are personal data: never logged


def test_a_chain_shorter_than_the_proxies_gives_the_connecting_address(settings):
    assert address(settings, "X-Forwarded-For", "198.51.100.7", proxies=2) == PROXY


def test_no_address_at_all_still_counts(settings):
    assert address(settings, "X-Real-IP", None, remote="") == "0.0.0.0"  # noqa: S104


# --- the intake limit ---


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_intake_limit_holds_whatever_the_header(case, behind_proxy, one_window, form_pages, post_form):
    client = visitor(BAD_HEADERS[case])
    statuses = [post_form("/nl/vraag/", {**CONTACT, "consent": "on"}, client=client).status_code for _ in range(30)]

    assert statuses[:INTAKE_LIMIT] == [302] * INTAKE_LIMIT, case
    assert set(statuses[INTAKE_LIMIT:]) == {429}, case
    assert Submission.objects.count() == INTAKE_LIMIT


def test_intake_limit_counts_visitors_behind_the_proxy_apart(behind_proxy, one_window, form_pages, post_form):
    for _ in range(INTAKE_LIMIT + 1):
        post_form("/nl/vraag/", {**CONTACT, "consent": "on"}, client=visitor("198.51.100.7"))

    other = post_form("/nl/vraag/", {**CONTACT, "consent": "on"}, client=visitor("198.51.100.8"))
    limited = post_form("/nl/vraag/", {**CONTACT, "consent": "on"}, client=visitor("198.51.100.7"))

    assert (other.status_code, limited.status_code) == (302, 429)


def test_forwarded_for_list_from_the_visitor_does_not_escape_the_limit(behind_proxy, one_window, form_pages, post_form):
    """A bot that writes a new address into X-Forwarded-For each time: the proxy appends the real one."""
    behind_proxy.CLIENT_IP_HEADER = "X-Forwarded-For"
    statuses = [
        post_form(
            "/nl/vraag/",
            {**CONTACT, "consent": "on"},
            client=visitor(f"203.0.113.{number}, 198.51.100.7", header="HTTP_X_FORWARDED_FOR"),
        ).status_code
        for number in range(INTAKE_LIMIT + 5)
    ]

    assert set(statuses[INTAKE_LIMIT:]) == {429}


# --- the admin sign-in limit ---


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_admin_sign_in_limit_holds_whatever_the_header(case, behind_proxy, django_user_model):
    django_user_model.objects.create_superuser("redacteur", "redacteur@example.org", PASSWORD)
    statuses = [
        visitor(BAD_HEADERS[case]).post("/admin/login/", {"username": f"naam{number}", "password": "geraden"})
        for number in range(LOGIN_LIMIT)
    ]
    after = visitor(BAD_HEADERS[case]).post("/admin/login/", {"username": "redacteur", "password": PASSWORD})

    assert [response.status_code for response in statuses] == [200] * LOGIN_LIMIT, case
    assert after.status_code == 429, case
