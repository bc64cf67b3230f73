"""Erasing a reporter reaches every copy of them: translations, aliases, revisions, wagtail-localize, index, caches."""

import datetime
import io
import os
import shutil
import subprocess

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, Revision, Site
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationContext, TranslationSource

from home import page_cache
from initiatives.models import InitiativePage
from intake.models import Submission
from intake.retention import purge_expired
from tests.conftest import translate
from tests.factories import SubmissionFactory

pytest_plugins = ["tests.triage_fixtures", "tests.initiatives_fixtures"]
REQUESTS = "/admin/intake/requests/"
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


def erase_by_request(client, report):
    client.post(REQUESTS, {"action": "erase", "submission": report.pk, "confirm": "yes"})


def erase_by_retention(client, report):
    long_ago = timezone.now() - datetime.timedelta(days=400)
    Submission.objects.filter(pk=report.pk).update(status="closed", status_changed_at=long_ago)
    purge_expired()


def personal(report) -> list[str]:
    return [report.name, report.email, report.phone, "11112222", "1111 2222"]


def published_and_translated(staff_client, sync_trees, capture_on_commit) -> tuple[Submission, InitiativePage]:
    """A Dutch report made into a page, published, given aliases, translated into English and published again."""
    sync_trees()
    report = SubmissionFactory(initiative=True, status="accepted", locale=Locale.objects.get(language_code="nl"))
    staff_client.post(f"/admin/intake/queue/inspect/{report.pk}/", {"action": "create_page"})
    page = InitiativePage.objects.get(locale__language_code="nl")
    with capture_on_commit(execute=True):
        page.get_latest_revision().publish()
    sync_trees()  # aliases in every other language, as the admin makes them
    with capture_on_commit(execute=True):
        translate(page, "en", {"Planted Initiative": "Planted Initiative (EN)", page.slug: "planted-initiative-en"})
    english = InitiativePage.objects.get(locale__language_code="en", translation_key=page.translation_key)
    # The translator wrote the number the way English readers dial it: an override of the source's value.
    SegmentOverride.objects.create(
        locale=english.locale,
        context=TranslationContext.objects.get(object_id=page.translation_key, path="contact_phone"),
        data_json='"+31 (0)6 1111 2222"',
    )
    with capture_on_commit(execute=True):
        english.save_revision().publish()  # a second revision of the translation
    assert english.contact_email == report.email
    assert Revision.objects.for_instance(english).count() >= 2
    assert report.email in TranslationSource.objects.get(object_id=page.translation_key).content_json
    assert any(report.email in s.data_json for s in OverridableSegment.objects.all())
    assert InitiativePage.objects.filter(alias_of=page).exists()
    return report, page


def cached_copy(url: str) -> str:
    """Visit twice as an anonymous visitor at the site's host name: the second answer comes from the page cache."""
    visitor = Client(HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
    visitor.get(url)
    response = visitor.get(url)
    assert response.status_code == 200
    return response


def everything_in_the_database() -> str:
    out = io.StringIO()
    call_command("dumpdata", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("erase", [erase_by_request, erase_by_retention])
def test_erasure_leaves_nothing_of_the_reporter(
    staff_client, directory, sync_trees, settings, django_capture_on_commit_callbacks, erase
):
    settings.PAGE_CACHE_SECONDS = 600
    report, page = published_and_translated(staff_client, sync_trees, django_capture_on_commit_callbacks)
    pages = InitiativePage.objects.filter(translation_key=page.translation_key)
    shown = pages.filter(locale__language_code__in=["nl", "en", "ar"], live=True)
    urls = [p.url for p in shown]
    assert len(urls) == 3  # the page, its translation, an alias
    entries = [page_cache.url_key(p.get_full_url()) for p in shown]
    for url in urls:
        response = cached_copy(url)
        assert response["X-Cache"] == "HIT" and report.email in response.content.decode()
    assert report.name in everything_in_the_database()
    assert all(report.email in cache.get(key)["content"].decode() for key in entries)

    with django_capture_on_commit_callbacks(execute=True):
        erase(staff_client, report)

    assert not Submission.objects.filter(pk=report.pk).exists()
    dump = everything_in_the_database()
    for value in personal(report):
        assert value not in dump, value
    assert cache.get_many(entries) == {}  # the copies are gone from the cache, not only out of date
    for url in urls:
        response = Client().get(url)
        assert response.status_code == 200
        assert response["X-Cache"] == "MISS", url  # the copy with the contact is gone
        assert not any(value in response.content.decode() for value in personal(report)), url


@pytest.mark.skipif(not (ON_POSTGRES and shutil.which("pg_dump")), reason="needs PostgreSQL and pg_dump")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("erase", [erase_by_request, erase_by_retention])
def test_a_database_dump_after_an_erasure_holds_nothing_of_the_reporter(
    staff_client, directory, sync_trees, django_capture_on_commit_callbacks, erase
):
    report, _page = published_and_translated(staff_client, sync_trees, django_capture_on_commit_callbacks)
    erase(staff_client, report)

    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    command = ["pg_dump", "--data-only", "-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432)]
    command += ["-U", db["USER"], db["NAME"]]
    dump = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout  # noqa: S603
    assert "wagtail_localize_translationsource" in dump
    for value in personal(report):
        assert value not in dump, value
