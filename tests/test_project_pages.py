"""Project pages: where they may live, what they show, and the sign-up link."""

import pytest
from bs4 import BeautifulSoup

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, OrganisationSettings, StandardPage
from projects.models import NewsIndexPage, NewsPage, ProjectIndexPage, ProjectPage, ProjectResultsPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory, StandardPageFactory


class ProjectPageRulesTests(WagtailPageTestCase):
    def test_project_tree(self):
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, {ProjectResultsPage})
        self.assertAllowedParentPageTypes(ProjectResultsPage, {ProjectPage})
        self.assertAllowedSubpageTypes(ProjectResultsPage, set())

    def test_news_tree(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})

    def test_projects_cannot_go_under_standard_pages(self):
        self.assertCanNotCreateAt(StandardPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)


@pytest.fixture
def project_index(homes):
    index = ProjectIndexPageFactory(parent=homes["nl"])
    index.save_revision().publish()
    return index


def publish(page):
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_index_lists_running_projects_first(client, project_index):
    publish(ProjectPageFactory(parent=project_index, title="Afgerond", slug="afgerond", finished=True))
    publish(ProjectPageFactory(parent=project_index, title="Loopt nog", slug="loopt-nog"))

    soup = BeautifulSoup(client.get("/nl/projecten/").content, "html.parser")

    assert [h.get_text(strip=True) for h in soup.select("main .card__title")] == ["Loopt nog", "Afgerond"]


@pytest.mark.django_db
def test_project_page_shows_structured_fields(client, project_index):
    project = publish(
        ProjectPageFactory(
            parent=project_index,
            slug="rob",
            region="Haaglanden",
            target_group="<p>Statushouders in Haaglanden.</p>",
            goal="<p>Iedereen aan het werk of op school.</p>",
            activities=[("item", "Taallessen"), ("item", "Sollicitatietraining")],
            mandatory_parts=[("part", {"title": "Jobcoaching", "description": "Elke week."})],
            partners=[("partner", {"name": "Fonds X", "role": "funder", "url": ""})],
            cohorts=[
                (
                    "cohort",
                    {
                        "start_date": "2018-01-01",
                        "length_months": 12,
                        "aftercare_months": 6,
                        "candidates": None,
                        "participants_started": 15,
                    },
                )
            ],
            results_general=[("item", "Meer zelfvertrouwen.")],
        )
    )

    response = client.get(project.url)
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.select_one("main")

    assert response.status_code == 200
    assert "Haaglanden" in main.select_one(".project__meta").get_text()
    assert "Statushouders in Haaglanden." in main.get_text()
    assert [li.get_text() for li in main.select("#activities + ul li")] == ["Taallessen", "Sollicitatietraining"]
    assert main.select_one("dl.parts dt").get_text() == "Jobcoaching"
    cells = [td.get_text(" ", strip=True) for td in main.select("section[aria-labelledby=cohorts] tbody td")]
    assert cells[0] == "12 maanden"
    assert cells[2] == "– onbekend"  # an unknown figure is never shown as 0
    assert cells[3] == "15"
    assert "Fonds X" in main.get_text()
    assert "Meer zelfvertrouwen." in main.get_text()


@pytest.mark.django_db
def test_running_project_links_to_sign_up_with_project_preselected(client, project_index, homes, site):
    contact = publish(StandardPageFactory(parent=homes["nl"], title="Contact", slug="contact"))
    settings = OrganisationSettings.for_site(site)
    settings.signup_page = contact
    settings.save()
    running = publish(ProjectPageFactory(parent=project_index, slug="loopt"))
    finished = publish(ProjectPageFactory(parent=project_index, slug="klaar", finished=True))

    link = BeautifulSoup(client.get(running.url).content, "html.parser").select_one("main a.button--primary")
    finished_page = BeautifulSoup(client.get(finished.url).content, "html.parser")

    assert link["href"] == f"/nl/contact/?project={running.pk}"
    assert finished_page.select_one("main a.button--primary") is None


@pytest.mark.django_db
def test_end_date_before_start_date_is_refused(project_index):
    import datetime

    from django.core.exceptions import ValidationError

    project = ProjectPageFactory.build(start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2019, 1, 1))

    with pytest.raises(ValidationError) as error:
        project.clean()

    assert "end_date" in error.value.message_dict
