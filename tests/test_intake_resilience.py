"""Whatever fails around a submission (mail, Google, the cache, bots, bad input) a person's form is saved."""

import io
import json
import socket
import threading
import time
import urllib.error
import urllib.parse

import pytest
from bs4 import BeautifulSoup

from django.conf import settings as django_settings
from django.core import mail
from django.core.management import call_command
from django.core.signals import got_request_exception
from django.test import Client
from django.views.debug import ExceptionReporter

from intake.models import Submission
from tests.intake_helpers import CONTACT, SIGN_UP, started

pytestmark = pytest.mark.django_db
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def silent_smtp_server():
    """A mail server that accepts connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    connections = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connections.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in connections:
        connection.close()
    server.close()


# --- mail server down ---


def test_mail_server_refusing_loses_nothing_and_is_retried(client, form_pages, post_form, settings):
    settings.EMAIL_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2

    response = post_form("/nl/aanmelden/", SIGN_UP)

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.mail_attempts == 1
    assert submission.mail_error == "ConnectionRefusedError"
    assert submission.notification_sent_at is None

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_mails", stdout=io.StringIO())
    submission.refresh_from_db()

    assert sorted(message.to[0] for message in mail.outbox) == ["amal@example.org", "intake@example.org"]
    assert submission.notification_sent_at and submission.confirmation_sent_at
    call_command("send_pending_mails", stdout=io.StringIO())
    assert len(mail.outbox) == 2  # nothing is sent twice


def test_mail_server_that_hangs_answers_within_the_timeout(client, form_pages, post_form, settings, silent_smtp_server):
    settings.EMAIL_BACKEND = SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", silent_smtp_server, 2

    began = time.monotonic()
    response = post_form("/nl/aanmelden/", SIGN_UP)
    took = time.monotonic() - began

    assert response.status_code == 302
    assert took < settings.EMAIL_TIMEOUT + 1
    submission = Submission.objects.get()
    assert submission.mail_attempts == 1
    assert submission.mail_error in {"TimeoutError", "SMTPServerDisconnected", "timeout"}


# --- reCAPTCHA ---


class FakeGoogle:
    def __init__(self, answer: dict):
        self.body = json.dumps(answer).encode()

    def read(self):
        return self.body

    def close(self):
        pass


@pytest.mark.parametrize(
    ("google", "verified", "note"),
    [
        (urllib.error.URLError(ConnectionRefusedError()), False, "Google unreachable (URLError)"),
        (TimeoutError(), False, "Google unreachable (TimeoutError)"),
        (FakeGoogle({"success": True, "score": 0.1}), False, "low score 0.1"),
        (FakeGoogle({"success": True}), False, "no score (test keys?)"),
        (FakeGoogle({"success": False, "error-codes": ["invalid-input-response"]}), False, "refused"),
        (FakeGoogle({"success": True, "score": 0.9, "action": "submit"}), True, "score 0.9"),
    ],
)
def test_recaptcha_never_turns_a_person_away(
    client, form_pages, post_form, settings, monkeypatch, google, verified, note
):
    settings.RECAPTCHA_PUBLIC_KEY, settings.RECAPTCHA_PRIVATE_KEY = "site-key", "secret-key"

    def ask_google(params):
        if isinstance(google, Exception):
            raise google
        return google

    monkeypatch.setattr("django_recaptcha.client.recaptcha_request", ask_google)

    response = post_form("/nl/vraag/", {**CONTACT, "consent": "on", "g-recaptcha-response": "token-123"})

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.verified is verified
    assert submission.verification_note.startswith(note)
    stored = json.dumps(submission.data) + submission.verification_note
    assert "token-123" not in stored


def test_recaptcha_is_told_the_visitors_address_not_the_proxys(
    client, form_pages, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.RECAPTCHA_PUBLIC_KEY, settings.RECAPTCHA_PRIVATE_KEY = "site-key", "secret-key"
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    sent = []

    def ask_google(params):
        sent.append(urllib.parse.parse_qs(params.decode()))
        return FakeGoogle({"success": True, "score": 0.9})

    monkeypatch.setattr("django_recaptcha.client.recaptcha_request", ask_google)
    data = {**CONTACT, "consent": "on", "g-recaptcha-response": "token-123", "started": started(30)}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/nl/vraag/", data, HTTP_X_FORWARDED_FOR="198.51.100.7", REMOTE_ADDR="10.0.0.2")

    assert response.status_code == 302
    assert [params["remoteip"] for params in sent] == [["198.51.100.7"]]


def test_recaptcha_script_only_on_form_pages_when_keys_are_set(client, form_pages, settings):
    settings.RECAPTCHA_PUBLIC_KEY, settings.RECAPTCHA_PRIVATE_KEY = "site-key", "secret-key"

    form_page = client.get("/nl/aanmelden/").content.decode()
    home = client.get("/nl/").content.decode()

    assert "https://www.google.com/recaptcha/api.js?render=site-key" in form_page
    assert "reCAPTCHA" in BeautifulSoup(form_page, "html.parser").select_one(".form-note").get_text()
    assert "recaptcha" not in home.lower()


# --- bots ---


def test_honeypot_stores_nothing_and_looks_normal(client, form_pages, post_form):
    response = post_form("/nl/vraag/", {**CONTACT, "consent": "on", "fax_number": "+1 555"})

    assert response.status_code == 200
    assert Submission.objects.count() == 0
    assert BeautifulSoup(response.content, "html.parser").select_one(".reference") is None
    assert mail.outbox == []


def test_too_fast_stores_nothing(client, form_pages, post_form):
    response = post_form("/nl/vraag/", {**CONTACT, "consent": "on"}, seconds_ago=0)

    assert response.status_code == 200
    assert Submission.objects.count() == 0


def test_rate_limit_per_address(client, form_pages, post_form, monkeypatch):
    # One fixed window, so the test cannot straddle a minute boundary.
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 1_000_000)
    statuses = [post_form("/nl/vraag/", {**CONTACT, "consent": "on"}).status_code for _ in range(30)]
    other = Client(REMOTE_ADDR="10.9.8.7")
    other_status = post_form("/nl/vraag/", {**CONTACT, "consent": "on"}, client=other).status_code

    assert statuses[:20] == [302] * 20
    assert set(statuses[20:]) == {429}
    assert other_status == 302
    assert Submission.objects.count() == 21
    limited = post_form("/nl/vraag/", {**CONTACT, "consent": "on"})
    assert limited["Retry-After"] == "60"
    assert BeautifulSoup(limited.content, "html.parser").html["lang"] == "nl"


def test_cache_down_lets_people_through(client, form_pages, post_form, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": django_settings.REDIS_CACHE_OPTIONS,
        }
    }

    form = client.get("/nl/vraag/")
    response = post_form("/nl/vraag/", {**CONTACT, "consent": "on"})

    assert form.status_code == 200
    assert response.status_code == 302
    assert Submission.objects.count() == 1


# --- bad input ---


def test_huge_field_gets_a_form_error(client, form_pages, post_form):
    response = post_form("/nl/vraag/", {**CONTACT, "consent": "on", "message": "x" * 1_000_000})

    assert response.status_code == 400
    assert Submission.objects.count() == 0
    assert BeautifulSoup(response.content, "html.parser").select_one(".error-summary a[href='#id_message']")


def test_invalid_utf8_is_a_clear_error(client, form_pages):
    body = b"name=%FF%FE&email=piet%40example.org&topic=general&message=hoi&consent=on&started=" + started().encode()

    response = client.post("/nl/vraag/", body, content_type="application/x-www-form-urlencoded")

    assert response.status_code in {400, 302}
    assert response.status_code != 500


def test_wrong_types_and_unknown_project(client, form_pages, post_form):
    response = post_form("/nl/aanmelden/", {**SIGN_UP, "looking_for": ["banana"], "project": "999999"})
    soup = BeautifulSoup(response.content, "html.parser")
    summary = [link["href"] for link in soup.select(".error-summary a")]

    assert response.status_code == 400
    assert "#id_looking_for_0" in summary
    assert "#id_project" in summary
    assert Submission.objects.count() == 0
    # Everything the person typed is still there.
    assert soup.select_one("input[name=name]")["value"] == "Amal Test"
    assert soup.select_one("textarea[name=background]").get_text().strip() == "Ik was boekhouder."


def test_missing_phone_and_email(client, form_pages, post_form):
    response = post_form("/nl/aanmelden/", {**SIGN_UP, "phone": "", "email": ""})
    soup = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 400
    assert soup.select_one("#id_phone")["aria-invalid"] == "true"
    assert "id_phone_error" in soup.select_one("#id_phone")["aria-describedby"]
    assert soup.select_one(".error-summary").has_attr("autofocus")


def test_missing_csrf_token_is_refused_politely(form_pages):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/ar/vraag/", {**CONTACT, "consent": "on", "started": started()})

    assert response.status_code == 403
    assert BeautifulSoup(response.content, "html.parser").html["dir"] == "rtl"
    assert Submission.objects.count() == 0


def test_expired_form_keeps_the_answers(client, form_pages, post_form, settings):
    settings.INTAKE_FORM_MAX_AGE = 0
    time.sleep(1.1)

    response = post_form("/nl/vraag/", {**CONTACT, "consent": "on"})
    soup = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 400
    assert Submission.objects.count() == 0
    assert soup.select_one("input[name=name]")["value"] == "Piet Test"
    assert soup.select_one("[role=alert]") is not None


def test_crash_reports_hold_no_form_data(client, form_pages, monkeypatch, settings):
    reports = []

    def crash(*args, **kwargs):
        raise RuntimeError("database on fire")

    def capture(sender, request, **kwargs):
        reports.append(ExceptionReporter(request, *__import__("sys").exc_info()).get_traceback_text())

    monkeypatch.setattr("intake.views.save_submission", crash)
    got_request_exception.connect(capture)
    try:
        response = Client(raise_request_exception=False).post(
            "/nl/vraag/", {**CONTACT, "consent": "on", "started": started()}
        )
    finally:
        got_request_exception.disconnect(capture)

    assert response.status_code == 500
    assert reports
    assert "Piet Test" not in reports[0]
    assert "piet@example.org" not in reports[0]


def test_empty_form_sent_at_once_shows_what_is_missing(client, form_pages, post_form):
    response = post_form("/nl/vraag/", {}, seconds_ago=0)

    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").select(".error-summary a")
    assert Submission.objects.count() == 0


def test_field_errors_in_tigrinya(client, form_pages, post_form):
    response = post_form("/ti/vraag/", {"consent": "on"})
    errors = " ".join(p.get_text() for p in BeautifulSoup(response.content, "html.parser").select(".field__error"))

    assert response.status_code == 400
    assert "This field is required." not in errors
    assert "ክምላእ" in errors
