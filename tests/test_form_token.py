"""A form is good for one submission: posted again, from the same or another browser, it stores nothing more."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail, signing
from django.test import Client

from intake import captcha
from intake.forms import TIMESTAMP_SALT, ContactForm
from intake.models import Submission
from intake.views import save_submission
from tests.intake_helpers import CONTACT, SIGN_UP, started

pytestmark = pytest.mark.django_db


def token_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").select_one("input[name=started]")["value"]


def reference_on(response) -> str | None:
    shown = BeautifulSoup(response.content, "html.parser").select_one(".reference")
    return shown.get_text(strip=True) if shown else None


def send(client: Client, url: str, data: dict, token: str, capture):
    """Post and follow to the thank-you page; mails run as after the commit."""
    with capture(execute=True):
        return client.post(url, {**data, "started": token}, follow=True)


@pytest.fixture
def no_waiting(settings):
    """The tests post right after opening the form; the minimum fill-in time is not what they are about."""
    settings.INTAKE_MIN_FILL_SECONDS = 0


def test_a_double_click_stores_one_submission_and_shows_its_thank_you_page(
    client, form_pages, no_waiting, django_capture_on_commit_callbacks
):
    token = token_of(client.get("/nl/aanmelden/"))

    first = send(client, "/nl/aanmelden/", SIGN_UP, token, django_capture_on_commit_callbacks)
    mails_after_first = len(mail.outbox)
    second = send(client, "/nl/aanmelden/", SIGN_UP, token, django_capture_on_commit_callbacks)

    [submission] = Submission.objects.all()
    assert reference_on(first) == reference_on(second) == submission.reference
    assert second.redirect_chain == [("/nl/aanmelden/thanks/", 302)]
    assert len(mail.outbox) == mails_after_first  # no second confirmation, no second notification


def test_the_same_form_from_another_browser_stores_nothing(
    client, form_pages, no_waiting, django_capture_on_commit_callbacks
):
    token = token_of(client.get("/nl/vraag/"))
    send(client, "/nl/vraag/", {**CONTACT, "consent": "on"}, token, django_capture_on_commit_callbacks)

    bots = [Client(REMOTE_ADDR=f"203.0.113.{number}") for number in range(5)]
    answers = [
        send(bot, "/nl/vraag/", {**CONTACT, "consent": "on"}, token, django_capture_on_commit_callbacks) for bot in bots
    ]

    assert Submission.objects.count() == 1
    assert {answer.status_code for answer in answers} == {200}
    assert {reference_on(answer) for answer in answers} == {Submission.objects.get().reference}


def test_every_opened_form_has_a_token_of_its_own(client, form_pages, no_waiting, django_capture_on_commit_callbacks):
    tokens = {token_of(client.get("/nl/vraag/")) for _ in range(3)}
    for token in tokens:
        send(client, "/nl/vraag/", {**CONTACT, "consent": "on"}, token, django_capture_on_commit_callbacks)

    assert len(tokens) == 3
    assert Submission.objects.count() == 3


def test_a_start_time_without_a_token_is_an_expired_form(client, form_pages):
    """What forms handed out before the token was added carry: sent again with a new one, answers kept."""
    old = signing.TimestampSigner(salt=TIMESTAMP_SALT).sign("1700000000")
    response = client.post("/nl/vraag/", {**CONTACT, "consent": "on", "started": old})

    assert response.status_code == 400
    assert Submission.objects.count() == 0
    assert token_of(response) != old
    assert BeautifulSoup(response.content, "html.parser").select_one("input[name=name]")["value"] == "Piet Test"


def test_two_posts_at_the_same_moment_keep_the_first(form_pages):
    """The second of two posts that both found the token unused: the unique token sends it to the first."""
    token = "same-token-twice"
    form = ContactForm({**CONTACT, "consent": "on", "started": started()})
    assert form.is_valid()
    result = captcha.Result(False, "test mode: no reCAPTCHA keys")

    first = save_submission(form_pages["contact"], form, result, token)
    second = save_submission(form_pages["contact"], form, result, token)

    assert second.pk == first.pk
    assert Submission.objects.count() == 1
