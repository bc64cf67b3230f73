"""Scheduled publishing, unpublishing and expiry: every language follows the Dutch source, at its time."""

import datetime
import importlib
import io
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import formats, timezone, translation

from wagtail.models import Page
from wagtail_localize.models import Translation

from projects.models import NewsPage
from tests.conftest import LANGUAGE_CODES
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db
ATOM = {"a": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def news_index(homes, sync_trees):
    index = NewsIndexPageFactory(parent=homes["nl"])
    index.save_revision().publish()
    sync_trees()
    return index


def draft(parent, **fields) -> NewsPage:
    """A news item saved as a draft, as the admin's "Save draft" leaves it, with the locale sync's aliases."""
    item = NewsPageFactory(parent=parent, title="Open dag", slug="open-dag", live=False, **fields)
    item.save_revision()
    call_command("sync_locale_trees")
    return item


def schedule(item: NewsPage, when: datetime.datetime) -> None:
    """ "Publicatie inplannen": the edit view publishes a revision that has a go-live date."""
    item.go_live_at = when
    item.save_revision().publish()


def at(when: datetime.datetime):
    return mock.patch("django.utils.timezone.now", return_value=when)


def run_scheduler() -> None:
    call_command("run_scheduler", "--once", stdout=io.StringIO(), stderr=io.StringIO())


def versions(item: Page) -> dict[str, Page]:
    return {page.locale.language_code: page for page in Page.objects.filter(translation_key=item.translation_key)}


def statuses(client, item: Page) -> dict[str, int]:
    return {code: client.get(page.url).status_code for code, page in versions(item).items()}


def card_titles(response) -> list[str]:
    return [h.get_text(strip=True) for h in BeautifulSoup(response.content, "html.parser").select("main .card__title")]


def latest_news(client, language: str) -> list[str]:
    soup = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
    section = soup.select_one("section[aria-labelledby=latest-news-heading]")
    return [h.get_text(strip=True) for h in section.select(".card__title")] if section else []


def feed_titles(client, url: str) -> list[str]:
    feed = ElementTree.fromstring(client.get(url).content)
    return [entry.find("a:title", ATOM).text for entry in feed.findall("a:entry", ATOM)]


def everywhere(client, item: Page, title: str = "Open dag") -> dict[str, bool]:
    """Where a visitor sees the item: its page in each language, the English index, Arabic home, English feed."""
    seen = {code: status == 200 for code, status in statuses(client, item).items()}
    seen["en index"] = title in card_titles(client.get("/en/nieuws/"))
    seen["ar home"] = title in latest_news(client, "ar")
    seen["en feed"] = title in feed_titles(client, "/en/nieuws/feed/")
    return seen


def test_scheduled_item_is_nowhere_before_its_time_and_everywhere_after(client, news_index):
    now = timezone.now()
    item = draft(news_index)
    schedule(item, now + datetime.timedelta(days=2))

    assert sorted(versions(item)) == sorted(LANGUAGE_CODES)
    assert not any(page.live for page in versions(item).values())
    assert set(everywhere(client, item).values()) == {False}

    with at(now + datetime.timedelta(days=1)):
        run_scheduler()
    assert set(everywhere(client, item).values()) == {False}

    with at(now + datetime.timedelta(days=2, minutes=1)):
        run_scheduler()
    assert all(page.live for page in versions(item).values())
    assert everywhere(client, item) == dict.fromkeys(everywhere(client, item), True)


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def news_form(**fields) -> dict[str, str]:
    return {
        "title": "Open dag",
        "slug": "open-dag",
        "date": "2026-12-10",
        "kind": "news",
        "intro": "Kom langs.",
        "body-count": "0",
        "publication_title": "",
        "publication_url": "",
        "seo_title": "",
        "search_description": "",
        **fields,
    }


def test_saved_as_draft_then_scheduled_in_the_admin_is_nowhere_until_its_time(editor_client, client, news_index):
    """The journey as reported: "Concept opslaan", then "Publicatie inplannen" two days ahead."""
    now = timezone.now()
    added = editor_client.post(
        f"/admin/pages/add/projects/newspage/{news_index.pk}/", news_form(**{"action-draft": "draft"})
    )
    assert added.status_code == 302, BeautifulSoup(added.content, "html.parser").select(".error-message")
    item = NewsPage.objects.get(locale__language_code="nl", slug="open-dag")
    assert len(versions(item)) == 6  # the admin's hook made the aliases

    go_live = timezone.localtime(now + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    scheduled = editor_client.post(
        f"/admin/pages/{item.pk}/edit/", news_form(go_live_at=go_live, **{"action-publish": "publish"})
    )
    assert scheduled.status_code == 302, BeautifulSoup(scheduled.content, "html.parser").select(".error-message")
    assert item.revisions.filter(approved_go_live_at__isnull=False).exists()

    client.logout()
    assert set(everywhere(client, item).values()) == {False}

    with at(now + datetime.timedelta(days=2, minutes=2)):
        run_scheduler()
    assert everywhere(client, item) == dict.fromkeys(everywhere(client, item), True)


def test_aliases_made_while_the_source_is_only_scheduled_wait_for_it(client, news_index):
    """The locale sync runs after the scheduling (the admin's hook, or sync_locale_trees)."""
    now = timezone.now()
    item = NewsPageFactory(parent=news_index, title="Open dag", slug="open-dag", live=False)
    schedule(item, now + datetime.timedelta(days=2))
    call_command("sync_locale_trees")

    assert len(versions(item)) == 6
    assert set(statuses(client, item).values()) == {404}

    with at(now + datetime.timedelta(days=2, minutes=1)):
        run_scheduler()
    assert set(statuses(client, item).values()) == {200}


def test_translation_published_before_its_scheduled_source_waits_for_it(client, news_index, translate_page):
    now = timezone.now()
    item = draft(news_index)
    schedule(item, now + datetime.timedelta(days=2))

    english = translate_page(item, "en", {"Open dag": "Open day", "open-dag": "open-day"})

    assert not Page.objects.get(pk=english.pk).live
    assert client.get(english.url).status_code == 404
    assert "Open day" not in card_titles(client.get("/en/nieuws/"))

    with at(now + datetime.timedelta(days=2, minutes=1)):
        run_scheduler()
    response = client.get(english.url)
    assert response.status_code == 200
    assert "Open day" in response.content.decode()
    assert "Open day" in card_titles(client.get("/en/nieuws/"))
    assert "Open day" in feed_titles(client, "/en/nieuws/feed/")


@pytest.fixture
def published_item(news_index, translate_page):
    """A live item with an English translation and aliases in the four other languages."""
    item = draft(news_index)
    item.save_revision().publish()
    item.refresh_from_db()
    english = translate_page(item, "en", {"Open dag": "Open day", "open-dag": "open-day"})
    return item, english


def test_unpublishing_takes_every_language_down_and_publishing_brings_it_back(client, published_item):
    item, english = published_item
    assert set(statuses(client, item).values()) == {200}

    item.unpublish()

    assert set(statuses(client, item).values()) == {404}
    assert "Open day" not in card_titles(client.get("/en/nieuws/"))
    assert "Open dag" not in latest_news(client, "ar")

    item.get_latest_revision().publish()

    assert set(statuses(client, item).values()) == {200}
    assert "Open day" in client.get(english.url).content.decode()
    assert "Open dag" in latest_news(client, "ar")


def test_an_unpublished_translation_stays_down_when_its_source_is_published_again(client, published_item):
    item, english = published_item
    Page.objects.get(pk=english.pk).unpublish()  # the translator takes it offline

    item.unpublish()
    item.get_latest_revision().publish()

    assert client.get(english.url).status_code == 404
    assert client.get(versions(item)["ar"].url).status_code == 200


def test_expiry_takes_every_language_down(client, published_item):
    item, english = published_item
    now = timezone.now()
    item.expire_at = now + datetime.timedelta(days=7)
    item.save_revision().publish()

    with at(now + datetime.timedelta(days=6)):
        run_scheduler()
    assert set(statuses(client, item).values()) == {200}

    with at(now + datetime.timedelta(days=7, minutes=1)):
        run_scheduler()
    assert set(statuses(client, item).values()) == {404}
    assert Page.objects.get(pk=item.pk).expired
    assert "Open day" not in feed_titles(client, "/en/nieuws/feed/")
    assert "Open dag" not in latest_news(client, "ar")


def test_existing_wrongly_live_aliases_are_repaired():
    """The data migration takes down aliases left live by the old behaviour."""
    migration = importlib.import_module("home.migrations.0004_sched_hold_back_aliases")
    source = Page.objects.get(depth=2, locale__language_code="nl")
    child = NewsIndexPageFactory(parent=source)
    call_command("sync_locale_trees")
    child.unpublish()
    Page.objects.filter(alias_of=child).update(live=True)  # as a scheduled publication left them

    migration.hold_back_aliases(apps, None)

    assert not Page.objects.filter(alias_of=child, live=True).exists()
    assert Page.objects.filter(alias_of=child).count() == 5


@pytest.fixture
def scheduled_with_translation(news_index, translate_page):
    """A Dutch item scheduled two days ahead, translated into English (held back until then)."""
    item = draft(news_index)
    schedule(item, timezone.now() + datetime.timedelta(days=2))
    english = translate_page(item, "en", {"Open dag": "Open day", "open-dag": "open-day"})
    assert not Page.objects.get(pk=english.pk).live
    return item, english


def messages_of(response) -> list[str]:
    return [str(message.message) for message in response.context["messages"]]


def explorer_status(client, page: Page) -> str:
    """The status tag of ``page`` in the admin's page explorer."""
    soup = BeautifulSoup(client.get(f"/admin/pages/{page.get_parent().pk}/").content, "html.parser")
    row = next(row for row in soup.select("tr") if page.title in row.get_text())
    return row.select_one(".w-status").get_text(" ", strip=True).split(":")[-1].strip()


def go_live_now(item: Page) -> None:
    """The original's time has come: Wagtail's ``publish_scheduled`` runs just after it."""
    with at(item.scheduled_revision.approved_go_live_at + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled", stdout=io.StringIO())


def test_publishing_in_the_translation_editor_warns_that_it_waits_for_its_scheduled_original(
    editor_client, client, scheduled_with_translation, django_capture_on_commit_callbacks
):
    item, english = scheduled_with_translation
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"}, follow=True)

    with translation.override("nl"):  # the admin's language here
        when = formats.date_format(timezone.localtime(item.scheduled_revision.approved_go_live_at), "DATETIME_FORMAT")
    assert (
        "Deze vertaling is nog niet live: ze gaat live samen met het origineel “Open dag”, "
        f"dat gepland staat voor {when}." in messages_of(response)
    )
    assert not Page.objects.get(pk=english.pk).live
    assert client.get(english.url).status_code == 404
    assert explorer_status(editor_client, english) == "gepland"  # the copy took the original's go-live date

    go_live_now(item)
    assert Page.objects.get(pk=english.pk).live
    assert client.get(english.url).status_code == 200
    assert explorer_status(editor_client, english) == "live"


def test_publishing_in_the_page_editor_warns_that_it_waits_for_its_scheduled_original(
    editor_client, client, scheduled_with_translation
):
    item, english = scheduled_with_translation
    Translation.objects.filter(target_locale=english.locale).update(enabled=False)  # converted to a manual one
    # The copy took the original's go-live date, whose schedule locks the page editor: "Cancel scheduled publish".
    english.revisions.update(approved_go_live_at=None)

    response = editor_client.post(
        f"/admin/pages/{english.pk}/edit/",
        news_form(title="Open day", slug="open-day", **{"action-publish": "publish"}),
        follow=True,
    )

    warning = "ze gaat live samen met het origineel “Open dag”, dat gepland staat voor"
    assert any(warning in message for message in messages_of(response))
    assert not Page.objects.get(pk=english.pk).live
    assert client.get(english.url).status_code == 404
    assert explorer_status(editor_client, english) == "concept"  # Wagtail's word for not live, not "live"

    go_live_now(item)
    assert Page.objects.get(pk=english.pk).live
    assert client.get(english.url).status_code == 200


def test_publishing_a_translation_of_an_unpublished_original_warns(editor_client, published_item):
    item, english = published_item
    item.unpublish()

    response = editor_client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"}, follow=True)

    assert (
        "Deze vertaling is niet live: ze gaat live samen met het origineel “Open dag”, dat niet gepubliceerd is."
        in messages_of(response)
    )


def test_publishing_a_translation_of_a_live_original_gives_no_warning(editor_client, published_item):
    item, english = published_item
    response = editor_client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"}, follow=True)
    assert not any("samen met het origineel" in m for m in messages_of(response))
    assert any("gepubliceerd" in m for m in messages_of(response))
