"""Public pages come from the cache for anonymous visitors, per language, and never stale or private."""

import socket
import uuid

import pytest
import redis
from bs4 import BeautifulSoup

from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from home import page_cache
from home.models import OrganisationSettings, StandardPage
from initiatives.models import Region
from tests.factories import StandardPageFactory

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def demo(demo_content, db, settings):
    """The demo site with the page cache on (it is on with Redis only; the tests use process memory)."""
    settings.PAGE_CACHE_SECONDS = 600


def h1(response) -> str:
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


def cached_twice(client, url: str):
    """Visit twice: the first visit is a miss and puts the page in the cache."""
    first = client.get(url)
    assert first["X-Cache"] == "MISS"
    return first, client.get(url)


def page_at(slug: str, language: str = "nl") -> StandardPage:
    return StandardPage.objects.get(slug=slug, locale__language_code=language)


def redis_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


# --- What is served from the cache ---


@pytest.mark.django_db
def test_second_visit_is_served_from_the_cache_without_queries(client, demo, django_assert_num_queries):
    first = client.get("/nl/")

    with django_assert_num_queries(0):
        second = client.get("/nl/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content
    assert int(second["Age"]) >= 0
    assert second["Content-Type"] == first["Content-Type"]


@pytest.mark.django_db
def test_a_hit_carries_the_same_security_and_language_headers(client, demo):
    first, second = cached_twice(client, "/ar/")

    assert second["X-Cache"] == "HIT"
    for header in [
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "Content-Language",
    ]:
        assert second[header] == first[header], header
    assert "'unsafe-inline'" not in second["Content-Security-Policy"]
    assert second["Content-Language"] == "ar"


@pytest.mark.django_db
def test_static_files_do_not_touch_the_page_cache(client, demo, settings):
    from django.core.cache import cache

    from home.page_cache import GENERATION_KEY

    cache.clear()
    client.get("/static/css/site.css")

    assert cache.get(GENERATION_KEY) is None  # no entry looked up, no generation started


@pytest.mark.django_db
def test_public_pages_set_no_cookies_cached_or_not(client, demo):
    first, second = cached_twice(client, "/nl/over-ons/")

    assert not first.cookies
    assert not second.cookies
    assert "Cookie" not in second.get("Vary", "")


@pytest.mark.django_db
def test_every_language_has_its_own_entry(client, demo):
    client.get("/nl/")
    arabic = client.get("/ar/")
    arabic_again = client.get("/ar/")
    dutch_again = client.get("/nl/")

    assert arabic["X-Cache"] == "MISS"
    assert (arabic_again["X-Cache"], dutch_again["X-Cache"]) == ("HIT", "HIT")
    assert '<html lang="ar" dir="rtl">' in arabic_again.content.decode()
    assert '<html lang="nl" dir="ltr">' in dutch_again.content.decode()
    assert arabic_again["Content-Language"] == "ar"


@pytest.mark.django_db
def test_head_request_is_answered_from_the_cache(client, demo):
    client.get("/nl/over-ons/")

    response = client.head("/nl/over-ons/")

    assert response.status_code == 200
    assert response["X-Cache"] == "HIT"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/nl/bijzondere-initiatieven/?region=national", "/nl/nieuws/?page=2", "/nl/?utm_source=nieuwsbrief"]
)
def test_a_query_string_is_rendered_every_time(client, demo, url):
    client.get(url)
    response = client.get(url)

    assert response.status_code == 200
    assert "X-Cache" not in response


@pytest.mark.django_db
def test_search_is_never_cached(client, demo):
    client.get("/nl/search/?q=werk")
    response = client.get("/nl/search/?q=werk")

    assert response.status_code == 200
    assert "X-Cache" not in response


# --- Who and what is never served from the cache ---


@pytest.mark.django_db
def test_logged_in_users_are_neither_served_nor_stored(client, admin_client, demo):
    editor_first = admin_client.get("/nl/over-ons/")
    anonymous = client.get("/nl/over-ons/")
    editor_again = admin_client.get("/nl/over-ons/")

    assert anonymous["X-Cache"] == "MISS"  # the editor's visit stored nothing
    assert client.get("/nl/over-ons/")["X-Cache"] == "HIT"
    assert editor_first.status_code == editor_again.status_code == 200
    assert "X-Cache" not in editor_first
    assert "X-Cache" not in editor_again  # the anonymous entry is not for them


@pytest.mark.django_db
def test_form_pages_are_never_cached(client, demo):
    first = client.get("/nl/aanmelden/")
    second = client.get("/nl/aanmelden/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert second["X-Cache"] == "MISS"
    assert "no-store" in second["Cache-Control"]
    assert "private" in second["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in second.content.decode()
    assert "csrftoken" in second.cookies


@pytest.mark.django_db
def test_the_admin_is_never_cached(client, admin_client, demo):
    login = [client.get("/admin/login/") for _ in range(2)]
    dashboard = [admin_client.get("/admin/") for _ in range(2)]

    assert [r.status_code for r in login + dashboard] == [200, 200, 200, 200]
    assert all("X-Cache" not in r for r in login + dashboard)
    assert "csrftoken" in login[1].cookies


@pytest.mark.django_db
def test_restricted_page_is_not_cached_and_restricting_a_cached_page_takes_effect(client, demo):
    cached_twice(client, "/nl/over-ons/")
    PageViewRestriction.objects.create(
        page=page_at("over-ons"), restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    first = client.get("/nl/over-ons/")
    second = client.get("/nl/over-ons/")

    assert 'name="password"' in first.content.decode()
    assert 'name="password"' in second.content.decode()
    assert second["X-Cache"] == "MISS"
    assert "no-store" in second["Cache-Control"]


@pytest.mark.django_db
def test_a_visitor_who_gave_the_password_does_not_open_the_page_for_others(client, demo):
    page = page_at("over-ons")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    insider = Client()
    insider.post(
        f"/nl/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "geheim", "return_url": "/nl/over-ons/"},
    )

    inside = [insider.get("/nl/over-ons/") for _ in range(2)]
    outside = client.get("/nl/over-ons/")

    assert [h1(r) for r in inside] == ["Over ons", "Over ons"]
    assert all("X-Cache" not in r for r in inside)
    assert 'name="password"' in outside.content.decode()
    assert "<h1>Over ons</h1>" not in outside.content.decode()


# --- Changes show at once ---


@pytest.mark.django_db
def test_publishing_a_change_shows_on_the_next_visit(client, demo):
    cached_twice(client, "/nl/over-ons/")
    page = page_at("over-ons")
    page.title = "Over ons en ons werk"
    page.save_revision().publish()

    response = client.get("/nl/over-ons/")

    assert response["X-Cache"] == "MISS"
    assert h1(response) == "Over ons en ons werk"


@pytest.mark.django_db
def test_a_draft_changes_nothing_for_visitors(client, demo):
    cached_twice(client, "/nl/over-ons/")
    page = page_at("over-ons")
    page.title = "Nog niet klaar"
    page.save_revision()

    response = client.get("/nl/over-ons/")

    assert response["X-Cache"] == "HIT"
    assert h1(response) == "Over ons"


@pytest.mark.django_db
def test_a_change_to_a_menu_page_shows_in_the_menu_of_other_pages(client, demo):
    cached_twice(client, "/nl/")
    cached_twice(client, "/uk/")
    page = page_at("over-ons")
    page.title = "Wie wij zijn"
    page.save_revision().publish()

    for url in ["/nl/", "/uk/"]:  # the Ukrainian page shows the Dutch page's alias
        menu = BeautifulSoup(client.get(url).content, "html.parser").select_one("nav.main-menu").get_text()
        assert "Wie wij zijn" in menu, url


@pytest.mark.django_db
def test_a_new_page_appears_in_the_menu_of_every_language(client, demo, homes, sync_trees):
    page = StandardPageFactory(parent=homes["nl"], title="Vacatures", slug="vacatures", show_in_menus=True)
    page.save_revision().publish()
    cached_twice(client, "/uk/")  # before the Ukrainian alias exists

    sync_trees()
    menu = BeautifulSoup(client.get("/uk/").content, "html.parser").select_one("nav.main-menu")

    assert menu.select_one('a[href="/uk/vacatures/"]') is not None


@pytest.mark.django_db
def test_an_unpublished_page_is_gone(client, demo):
    cached_twice(client, "/nl/over-ons/")
    page_at("over-ons").unpublish()

    response = client.get("/nl/over-ons/")
    menu = BeautifulSoup(client.get("/nl/").content, "html.parser").select_one("nav.main-menu")

    assert response.status_code == 404
    assert "/nl/over-ons/" not in str(menu)


@pytest.mark.django_db
def test_a_moved_page_leaves_its_old_address(client, demo):
    cached_twice(client, "/nl/over-ons/")
    page_at("over-ons").move(page_at("contact"), pos="last-child")

    old = client.get("/nl/over-ons/")

    assert old.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert old["Location"] == "/nl/contact/over-ons/"
    assert h1(client.get("/nl/contact/over-ons/")) == "Over ons"


@pytest.mark.django_db
def test_a_deleted_page_is_gone(client, demo):
    cached_twice(client, "/nl/over-ons/")
    Page.objects.get(pk=page_at("over-ons").pk).delete()

    assert client.get("/nl/over-ons/").status_code == 404


@pytest.mark.django_db
def test_changed_organisation_settings_show_at_once(client, demo, site):
    cached_twice(client, "/nl/over-ons/")
    organisation = OrganisationSettings.for_site(site)
    organisation.name = "Stichting Aan Boord"
    organisation.save()

    response = client.get("/nl/over-ons/")

    assert "Stichting Aan Boord" in BeautifulSoup(response.content, "html.parser").title.get_text()


@pytest.mark.django_db
def test_a_renamed_directory_term_shows_at_once(client, demo):
    cached_twice(client, "/nl/bijzondere-initiatieven/")
    region = Region.objects.get(locale__language_code="nl", slug="national")
    region.name = "Het hele land"
    region.save()

    response = client.get("/nl/bijzondere-initiatieven/")

    assert response["X-Cache"] == "MISS"
    assert "Het hele land" in response.content.decode()


# --- The cache itself ---


@pytest.mark.django_db
def test_off_without_a_shared_cache(client, demo, settings):
    settings.PAGE_CACHE_SECONDS = 0

    client.get("/nl/")
    response = client.get("/nl/")

    assert response.status_code == 200
    assert "X-Cache" not in response


@pytest.mark.django_db
def test_pages_render_as_usual_when_redis_is_down(client, demo):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    down = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": django_settings.REDIS_CACHE_OPTIONS,
    }

    with override_settings(CACHES={"default": down}):
        responses = [client.get("/nl/over-ons/") for _ in range(2)]

    assert [r.status_code for r in responses] == [200, 200]
    assert [r["X-Cache"] for r in responses] == ["MISS", "MISS"]
    assert h1(responses[1]) == "Over ons"


@pytest.mark.django_db
def test_while_redis_is_down_the_restrictions_are_read_once_a_request(client, demo):
    PageViewRestriction.objects.create(page=page_at("over-ons"), restriction_type="password", password="s3cret")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    down = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "OPTIONS": django_settings.REDIS_CACHE_OPTIONS,
    }

    with override_settings(CACHES={"default": down}), CaptureQueriesContext(connection) as queries:
        response = client.get("/nl/")

    assert response.status_code == 200
    assert "Over ons" not in " ".join(
        a.get_text() for a in BeautifulSoup(response.content, "html.parser").select("nav a")
    )
    restriction_reads = [
        q["sql"] for q in queries.captured_queries if 'FROM "wagtailcore_pageviewrestriction"' in q["sql"]
    ]
    assert len(restriction_reads) == 1, restriction_reads


@pytest.mark.django_db
@pytest.mark.skipif(not redis_reachable(), reason="no Redis at 127.0.0.1:6379")
def test_on_the_real_redis(client, demo):
    prefix = f"onboard-test-{uuid.uuid4().hex}"
    shared = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
        "OPTIONS": django_settings.REDIS_CACHE_OPTIONS,
    }
    try:
        with override_settings(CACHES={"default": shared}):
            first, second = cached_twice(client, "/nl/over-ons/")
            other_visitor = Client().get("/nl/over-ons/")
            page = page_at("over-ons")
            page.title = "Over ons (bijgewerkt)"
            page.save_revision().publish()
            after = client.get("/nl/over-ons/")
    finally:
        server = redis.Redis.from_url(REDIS_URL)
        for key in server.scan_iter(f"{prefix}:*"):
            server.delete(key)

    assert (second["X-Cache"], other_visitor["X-Cache"]) == ("HIT", "HIT")
    assert second.content == first.content
    assert after["X-Cache"] == "MISS"
    assert h1(after) == "Over ons (bijgewerkt)"


@pytest.mark.django_db
def test_an_erased_page_put_back_by_a_visitor_during_the_erasure_leaves_at_the_commit(
    django_capture_on_commit_callbacks,
):
    url = "https://example.org/nl/bijzondere-initiatieven/planted/"
    key = page_cache.url_key(url)
    with django_capture_on_commit_callbacks(execute=True):
        page_cache.forget([url])
        cache.set(key, {"content": "the old page, contact included"})  # rendered from the old rows meanwhile

    assert cache.get(key) is None
