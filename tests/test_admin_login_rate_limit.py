"""Admin sign-in: failed attempts are limited per address and per user name, and nobody else is locked out."""

import socket

import pytest
from bs4 import BeautifulSoup

from django.conf import settings as django_settings
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "een-lang-wachtwoord-voor-tests"
LIMIT = 10  # ADMIN_LOGIN_RATE_LIMIT = "10/10m"


@pytest.fixture
def staff(django_user_model):
    for name in ("redacteur", "intake"):
        django_user_model.objects.create_superuser(name, f"{name}@example.org", PASSWORD)


def sign_in(username: str, password: str, address: str = "192.0.2.1", language: str = "en"):
    client = Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE=language)
    return client.post("/admin/login/", {"username": username, "password": password})


def messages(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(strip=True) for item in soup.select(".messages li")]


def guess(username: str, address: str = "192.0.2.1", times: int = LIMIT) -> None:
    for _ in range(times):
        response = sign_in(username, "geraden", address)
        assert response.status_code == 200  # the form again, with "enter a correct username and password"


def test_wrong_passwords_are_refused_with_a_clear_message_after_the_limit(staff):
    guess("redacteur")

    response = sign_in("redacteur", "nog-een-gok")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    [message] = messages(response)
    assert message.startswith("Too many failed sign-in attempts. Please wait")
    assert "minute" in message
    assert "no-store" in response["Cache-Control"]
    form = BeautifulSoup(response.content, "html.parser").select_one("form.login-form")
    assert form.select_one("input[name=username]")["value"] == "redacteur"


def test_the_message_is_in_the_visitor_language(staff):
    guess("redacteur")

    response = sign_in("redacteur", "nog-een-gok", language="nl")

    assert response.status_code == 429
    assert messages(response)[0].startswith("Te veel mislukte inlogpogingen.")


def test_the_right_password_does_not_get_through_while_limited(staff):
    guess("redacteur")

    response = sign_in("redacteur", PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in response.wsgi_request.session


def test_limit_per_address_covers_other_names(staff):
    guess("redacteur", address="192.0.2.1")

    assert sign_in("intake", PASSWORD, address="192.0.2.1").status_code == 429


def test_limit_per_name_covers_other_addresses(staff):
    for number in range(LIMIT):  # a guesser spreads over many addresses
        guess("Redacteur ", address=f"198.51.100.{number}", times=1)

    assert sign_in("redacteur", PASSWORD, address="203.0.113.5").status_code == 429


def test_other_people_still_sign_in(staff):
    guess("redacteur", address="192.0.2.1")

    response = sign_in("intake", PASSWORD, address="203.0.113.5")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_successful_sign_ins_are_not_counted(staff):
    """Colleagues behind one office address sign in all day without tripping the limit."""
    for _ in range(LIMIT + 5):
        assert sign_in("intake", PASSWORD).status_code == 302


def test_a_few_mistakes_do_not_block(staff):
    guess("redacteur", times=LIMIT - 1)

    assert sign_in("redacteur", PASSWORD).status_code == 302


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_sign_in_works_while_the_cache_is_down(staff, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{unused_port()}/0",  # nothing listens: Redis is down
            "OPTIONS": django_settings.REDIS_CACHE_OPTIONS,
        }
    }
    guess("redacteur", times=LIMIT + 1)

    assert sign_in("redacteur", PASSWORD).status_code == 302
