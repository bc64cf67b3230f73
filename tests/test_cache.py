"""The shared Redis cache works, and a Redis that refuses, hangs or is full costs little time and never a 500.

Measured on the development machine (two cores shared with other work) against the fake servers
of tests/redis_faults.py: a public page, a submission, the queue and the API took 0.05–0.66 s
each with Redis refusing, hanging or full (the first request after loading the demo up to
1.2 s). With the hand-written wrapper before django-redis: a 500 on every cacheable page and
on the sign-up form when full; 4.4 s a page, 4.2 s the form and 7.1 s its submission, 2.8 s
the queue when hanging. The bound asserted is a generous 2 s a request, for a busy machine.
"""

import logging
import time

import pytest
import redis

from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from home import cache as home_cache
from home.cache import PausingRedis
from intake.models import Submission
from tests.factories import make_user
from tests.intake_helpers import CONTACT, SIGN_UP, started
from tests.production_helpers import production_settings
from tests.redis_faults import FAULTS, hanging, refused

REAL_REDIS = "redis://127.0.0.1:6379/14"
SLOW = 2.0  # seconds; the measured figures are in the module's docstring
PAGES = ["/nl/", "/nl/over-ons/", "/nl/bijzondere-initiatieven/", "/en/"]


def redis_cache(url: str, **extra) -> dict:
    """The cache settings production uses (config/settings/base.py), at ``url``."""
    options = django_settings.REDIS_CACHE_OPTIONS
    return {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": url, "OPTIONS": options, **extra}}


def timed(call):
    begin = time.monotonic()
    result = call()
    return result, time.monotonic() - begin


@pytest.fixture(params=sorted(FAULTS))
def broken_redis(request):
    """The cache on a Redis that refuses, hangs or answers "out of memory", as production would use it."""
    with FAULTS[request.param]() as url, override_settings(CACHES=redis_cache(url)):
        yield request.param


@pytest.fixture
def demo(demo_content, db, settings):
    settings.PAGE_CACHE_SECONDS = 600  # the page cache is on with Redis
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"  # as in production


# --- Redis up ---


def test_round_trip_on_the_real_redis():
    prefix = f"onboard-test-{time.time_ns()}"
    with override_settings(CACHES=redis_cache(REAL_REDIS, KEY_PREFIX=prefix)):
        cache.set("value", {"a": 1}, 30)
        assert cache.get("value") == {"a": 1}
        assert cache.add("counter", 1, 30) is True
        assert cache.add("counter", 1, 30) is False
        assert cache.incr("counter") == 2
        cache.delete_many(["value", "counter"])
        assert cache.get("value") is None


def test_the_rate_limit_counts_on_the_real_redis(form_pages, post_form, monkeypatch):
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 1_000_000)  # one window
    prefix = f"onboard-test-{time.time_ns()}"
    try:
        with override_settings(CACHES=redis_cache(REAL_REDIS, KEY_PREFIX=prefix)):
            statuses = [post_form("/nl/vraag/", {**CONTACT, "consent": "on"}).status_code for _ in range(22)]
    finally:
        server = redis.Redis.from_url(REAL_REDIS)
        for key in server.scan_iter(f"{prefix}:*"):
            server.delete(key)

    assert statuses[:20] == [302] * 20
    assert statuses[20:] == [429, 429]


def test_the_pausing_client_is_the_one_in_use():
    with override_settings(CACHES=redis_cache(REAL_REDIS)):
        assert isinstance(cache.client.get_client(), PausingRedis)


def test_a_failed_call_pauses_redis_and_the_next_calls_cost_nothing():
    with refused() as url, override_settings(CACHES=redis_cache(url)):
        assert cache.get("x", "fallback") == "fallback"
        (values, seconds) = timed(lambda: [cache.get("x"), cache.set("x", 1), cache.add("x", 1), cache.incr("x")])

    assert values == [None, None, None, None]
    assert seconds < 0.05


@pytest.mark.parametrize("fault", ["full", "refused"])
def test_an_outage_logs_its_first_error_and_then_a_count(fault, caplog):
    """Without a bound, every cache call of every request logged a traceback while Redis failed."""
    home_cache.ignored_errors.quiet_until = 0.0  # no earlier test's outage
    with FAULTS[fault]() as url, override_settings(CACHES=redis_cache(url)):
        for number in range(50):
            cache.get(f"key-{number}")
        first = [record for record in caplog.records if record.levelno >= logging.ERROR]
        home_cache.ignored_errors.quiet_until = 0.0  # as when PAUSE_SECONDS have passed
        cache.get("key-50")
    later = [record for record in caplog.records if record.levelno >= logging.ERROR][len(first) :]

    assert len(first) == 1
    assert first[0].exc_info[1].__cause__ is not None  # the traceback, with Redis's own error
    assert {"full": "maxmemory", "refused": "refused"}[fault] in str(first[0].exc_info[1])
    assert [record.getMessage() for record in later] == ["Exception ignored (49 more left out before this one)"]


# --- Redis refusing, hanging or full ---


def test_cacheable_public_pages_answer(broken_redis, demo):
    client = Client()
    for url in PAGES * 2:
        response, seconds = timed(lambda url=url: client.get(url))

        assert response.status_code == 200, (broken_redis, url)
        assert seconds < SLOW, (broken_redis, url, seconds)


def test_a_submission_is_stored(broken_redis, demo, django_capture_on_commit_callbacks):
    client = Client()
    form, form_seconds = timed(lambda: client.get("/nl/aanmelden/"))
    with django_capture_on_commit_callbacks(execute=True):
        sent, sent_seconds = timed(lambda: client.post("/nl/aanmelden/", {**SIGN_UP, "started": started()}))
    thanks = client.get(sent["Location"])

    assert (form.status_code, sent.status_code, thanks.status_code) == (200, 302, 200)
    assert Submission.objects.count() == 1
    assert form_seconds < SLOW and sent_seconds < SLOW, (broken_redis, form_seconds, sent_seconds)


def test_the_queue_and_the_api_answer(broken_redis, demo):
    client = Client()
    client.force_login(make_user("intake-down", "Intake staff"))
    for url in ["/admin/intake/queue/", "/admin/", "/api/v2/pages/?locale=nl", "/api/v2/pages/?locale=en"]:
        response, seconds = timed(lambda url=url: client.get(url))

        assert response.status_code == 200, (broken_redis, url)
        assert seconds < SLOW, (broken_redis, url, seconds)
    assert Locale.objects.count() == 6  # the database was never in question


def test_one_call_to_a_hanging_redis_waits_one_timeout_and_is_not_retried():
    """redis-py's retries would multiply the socket timeout; the settings switch them off."""
    with hanging() as url, override_settings(CACHES=redis_cache(url)):
        retry = cache.client.get_client().connection_pool.connection_kwargs["retry"]
        _value, seconds = timed(lambda: cache.get("x"))

    assert retry.get_retries() == 0
    assert seconds < 0.5


# --- Signing out while Redis is down ---


@pytest.fixture
def production_sessions(settings):
    settings.SESSION_ENGINE = production_settings("SESSION_ENGINE")["SESSION_ENGINE"]


def test_a_sign_out_while_redis_is_down_sticks_when_it_is_back(db, production_sessions):
    """A session signed out (or flushed on a password change) while Redis failed never comes back to life."""
    prefix = f"onboard-test-{time.time_ns()}"
    admin = Client()
    try:
        with override_settings(CACHES=redis_cache(REAL_REDIS, KEY_PREFIX=prefix)):
            admin.force_login(make_user("signed-out", superuser=True))
            signed_in = admin.get("/admin/")
            old_cookie = admin.cookies[django_settings.SESSION_COOKIE_NAME].value
            with refused() as url, override_settings(CACHES=redis_cache(url)):
                signed_out = admin.post("/admin/logout/")
            stolen = Client()
            stolen.cookies[django_settings.SESSION_COOKIE_NAME] = old_cookie
            later = stolen.get("/admin/")
    finally:
        server = redis.Redis.from_url(REAL_REDIS)
        for key in server.scan_iter(f"{prefix}:*"):
            server.delete(key)

    assert (signed_in.status_code, signed_out.status_code) == (200, 302)
    assert later.status_code == 302
    assert later["Location"].startswith("/admin/login/")


def test_sessions_cost_public_pages_no_query_and_an_admin_request_one(demo, production_sessions):
    client = Client()
    with CaptureQueriesContext(connection) as anonymous:
        assert client.get("/nl/over-ons/").status_code == 200
    client.force_login(make_user("reader", superuser=True))
    with CaptureQueriesContext(connection) as signed_in:
        assert client.get("/admin/").status_code == 200

    def sessions(queries):
        return [query["sql"] for query in queries.captured_queries if "django_session" in query["sql"]]

    assert sessions(anonymous) == []
    assert len(sessions(signed_in)) == 1
