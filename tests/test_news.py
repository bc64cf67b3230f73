"""News and participant stories: listing, filters, pagination, the Atom feed and the home page."""

import datetime

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from django.core.exceptions import ValidationError

from projects.models import AudienceCategory, NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def news_index(homes):
    return publish(NewsIndexPageFactory(parent=homes["nl"]))


def titles(response) -> list[str]:
    return [h.get_text(strip=True) for h in BeautifulSoup(response.content, "html.parser").select("main .card__title")]


@pytest.mark.django_db
def test_index_lists_newest_first_and_paginates(client, news_index):
    for day in range(12):
        publish(NewsPageFactory(parent=news_index, title=f"Bericht {day}", date=datetime.date(2021, 1, day + 1)))

    first = client.get("/nl/nieuws/")
    second = client.get("/nl/nieuws/", {"page": 2})

    assert titles(first) == [f"Bericht {day}" for day in range(11, 1, -1)]
    assert titles(second) == ["Bericht 1", "Bericht 0"]
    assert client.get("/nl/nieuws/", {"page": "abc"}).status_code == 200


@pytest.mark.django_db
def test_stories_are_a_kind_of_news(client, news_index):
    publish(NewsPageFactory(parent=news_index, title="Nieuws"))
    publish(NewsPageFactory(parent=news_index, title="Verhaal van Samira", story=True))

    assert titles(client.get("/nl/nieuws/", {"kind": "story"})) == ["Verhaal van Samira"]
    assert titles(client.get("/nl/nieuws/", {"kind": "news"})) == ["Nieuws"]
    assert len(titles(client.get("/nl/nieuws/", {"kind": "rubbish"}))) == 2


@pytest.mark.django_db
def test_news_page_shows_date_audience_and_publication(client, news_index, homes):
    audience = AudienceCategory.objects.create(
        name="Gemeenten en professionals", slug="gemeenten", locale=homes["nl"].locale
    )
    item = publish(
        NewsPageFactory(
            parent=news_index,
            date=datetime.date(2021, 1, 7),
            audience=audience,
            publication_url="https://example.org/magazine.pdf",
            publication_title="Het magazine",
        )
    )

    main = BeautifulSoup(client.get(item.url).content, "html.parser").select_one("main")

    assert main.select_one("time")["datetime"] == "2021-01-07"
    assert "Gemeenten en professionals" in main.select_one(".card__meta").get_text()
    link = main.select_one(".call-to-action a")
    assert link["href"] == "https://example.org/magazine.pdf"
    assert link.get_text(strip=True) == "Het magazine"


@pytest.mark.django_db
def test_publication_is_a_link_or_a_document_not_both(news_index):
    item = NewsPage(title="x", intro="x", publication_url="https://example.org/", publication_document_id=1)

    with pytest.raises(ValidationError):
        item.clean()


@pytest.mark.django_db
def test_atom_feed_per_language(client, news_index, translate_page, sync_trees):
    first = publish(NewsPageFactory(parent=news_index, title="Eerste", date=datetime.date(2021, 1, 1)))
    publish(NewsPageFactory(parent=news_index, title="Tweede", date=datetime.date(2021, 2, 1)))
    sync_trees()
    translate_page(news_index, "en", {"Nieuws": "News", "nieuws": "news"})
    translate_page(first, "en", {"Eerste": "First"})

    dutch = client.get("/nl/nieuws/feed/")
    english = client.get("/en/news/feed/")
    dutch_feed = ElementTree.fromstring(dutch.content)
    english_feed = ElementTree.fromstring(english.content)

    assert dutch["Content-Type"].startswith("application/atom+xml")
    assert dutch_feed.tag == "{http://www.w3.org/2005/Atom}feed"
    for feed in (dutch_feed, english_feed):
        for required in ("a:id", "a:title", "a:updated"):
            assert feed.find(required, ATOM) is not None
        for entry in feed.findall("a:entry", ATOM):
            assert entry.find("a:id", ATOM).text
            assert entry.find("a:updated", ATOM).text
            assert entry.find("a:link", ATOM).get("href").startswith("http://")
    assert [e.find("a:title", ATOM).text for e in dutch_feed.findall("a:entry", ATOM)] == ["Tweede", "Eerste"]
    english_titles = [e.find("a:title", ATOM).text for e in english_feed.findall("a:entry", ATOM)]
    assert "First" in english_titles
    assert all("/en/news/" in e.find("a:link", ATOM).get("href") for e in english_feed.findall("a:entry", ATOM))
    soup = BeautifulSoup(client.get("/nl/nieuws/").content, "html.parser")
    assert soup.select_one('link[type="application/atom+xml"]')["href"] == "/nl/nieuws/feed/"


@pytest.mark.django_db
def test_home_shows_the_three_latest_items(client, news_index):
    for day in range(5):
        publish(NewsPageFactory(parent=news_index, title=f"Bericht {day}", date=datetime.date(2021, 3, day + 1)))

    soup = BeautifulSoup(client.get("/nl/").content, "html.parser")
    section = soup.select_one("section[aria-labelledby=latest-news-heading]")

    assert [h.get_text(strip=True) for h in section.select(".card__title")] == ["Bericht 4", "Bericht 3", "Bericht 2"]


@pytest.mark.django_db
def test_audience_slug_stays_the_same_in_translations(homes, translate_page):
    audience = AudienceCategory.objects.create(name="Werkgevers", slug="werkgevers", locale=homes["nl"].locale)

    english = translate_page(audience, "en", {"Werkgevers": "Employers"})

    assert english.name == "Employers"
    assert english.slug == "werkgevers"
