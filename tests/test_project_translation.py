"""Every project page type translates through wagtail-localize and reads right-to-left in Arabic."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    ProjectResultsPageFactory,
)


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def tree(homes, sync_trees):
    index = publish(ProjectIndexPageFactory(parent=homes["nl"]))
    project = publish(
        ProjectPageFactory(
            parent=index,
            title="Werk in zicht",
            slug="werk-in-zicht",
            activities=[("item", "Taallessen")],
            results_general=[("item", "Meer zelfvertrouwen.")],
        )
    )
    year = publish(ProjectResultsPageFactory(parent=project, year=2021, started=12, intro="Het eerste jaar."))
    news_index = publish(NewsIndexPageFactory(parent=homes["nl"]))
    news = publish(NewsPageFactory(parent=news_index, title="Bericht", slug="bericht", intro="Kort nieuws."))
    sync_trees()
    return {"index": index, "project": project, "year": year, "news_index": news_index, "news": news}


@pytest.mark.django_db
def test_project_page_in_arabic(client, tree, translate_page):
    translate_page(tree["index"], "ar", {"Projecten": "المشاريع"})
    arabic = translate_page(
        tree["project"],
        "ar",
        {"Werk in zicht": "العمل في الأفق", "Taallessen": "دروس اللغة", "Meer zelfvertrouwen.": "ثقة أكبر بالنفس."},
    )

    response = client.get(arabic.url)
    soup = BeautifulSoup(response.content, "html.parser")

    assert response.status_code == 200
    assert soup.html["dir"] == "rtl"
    assert soup.h1.get_text() == "العمل في الأفق"
    assert "دروس اللغة" in soup.select_one("main").get_text()
    assert arabic.alias_of_id is None
    assert arabic.status == tree["project"].status


@pytest.mark.django_db
def test_results_and_news_translate(client, tree, translate_page):
    year = translate_page(tree["year"], "en", {"Het eerste jaar.": "The first year."})
    news = translate_page(tree["news"], "en", {"Bericht": "Item", "Kort nieuws.": "Short news."})

    year_page = BeautifulSoup(client.get(year.url).content, "html.parser")
    news_page = BeautifulSoup(client.get(news.url).content, "html.parser")

    assert year.started == 12  # figures are synchronised, not translated
    assert "The first year." in year_page.select_one("main").get_text()
    assert news_page.h1.get_text() == "Item"


@pytest.mark.django_db
def test_untranslated_project_shows_notice_in_farsi(client, tree):
    soup = BeautifulSoup(client.get("/fa/projecten/werk-in-zicht/").content, "html.parser")

    assert soup.html["dir"] == "rtl"
    assert soup.select_one("main .notice") is not None
    assert soup.select_one("main .page")["lang"] == "nl"
