"""The demo projects and news carry the seeds' figures, and only those."""

import pytest
from bs4 import BeautifulSoup

from projects.models import ProjectResultsPage


@pytest.fixture
def demo(demo_content, db):
    """The demo content of the module (see conftest.py)."""


def main(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").select_one("main")


@pytest.mark.django_db
def test_refugee_on_board_figures(client, demo):
    page = main(client, "/nl/projecten/refugee-on-board/")
    cohorts = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in page.select("section[aria-labelledby=cohorts] tbody tr")
    ]
    per_year = [int(bar["data-value"]) for bar in page.select("section[aria-labelledby=per-year] rect")]

    assert [row[3] for row in cohorts] == ["15", "25", "35"]
    assert cohorts[0][0].startswith("12") and cohorts[0][1].startswith("6")
    assert per_year == [15, 25, 35, 35]  # started 2018, 2019; selected and started 2020
    assert "Haaglanden" in page.get_text()


@pytest.mark.django_db
def test_the_next_step_keeps_unknown_outcomes_empty(client, demo):
    page = main(client, "/en/projects/refugee-on-board/2020-the-next-step/")
    year = ProjectResultsPage.objects.get(slug="2020-the-next-step", locale__language_code="nl")

    assert "55" in page.get_text()  # more than 55 candidates, told in words
    assert year.candidates is None
    assert (year.selected, year.started) == (35, 35)
    assert all(getattr(year, field) is None for field in ["paid_job", "internship", "education", "volunteering"])
    assert [bar["data-value"] for bar in page.select("rect")] == ["35", "35"]


@pytest.mark.django_db
def test_project_in_arabic_and_news_in_english(client, demo):
    arabic = client.get("/ar/projecten/refugee-on-board/")
    news = main(client, "/en/news/magazine-lessons-from-two-projects/")

    soup = BeautifulSoup(arabic.content, "html.parser")
    assert soup.html["dir"] == "rtl"
    assert soup.select_one("main .notice") is None
    assert "هاغلاندن" in soup.select_one("main").get_text()
    assert news.select_one(".key-figures dd").get_text() == "38 %"
    assert "Municipalities and professionals" in news.get_text()
    assert news.select_one("time")["datetime"] == "2021-01-07"


@pytest.mark.django_db
def test_home_features_the_project_and_the_latest_news(client, demo):
    home = main(client, "/en/")

    assert "/en/projects/refugee-on-board/" in [a["href"] for a in home.select(".cards a")]
    assert home.select_one("section[aria-labelledby=latest-news-heading] .card__title a")["href"] == (
        "/en/news/magazine-lessons-from-two-projects/"
    )
