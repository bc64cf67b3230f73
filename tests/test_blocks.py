"""Every shared block renders what an editor entered, and a link needs exactly one target."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError

from home.blocks import LinkBlock
from tests.factories import StandardPageFactory


@pytest.fixture
def page_with_every_block(homes, about_page):
    image = wagtail_factories.ImageFactory(title="Training")
    page = StandardPageFactory(
        parent=homes["nl"],
        slug="alle-blokken",
        body=[
            ("heading", {"text": "Onze aanpak", "level": "h2"}),
            ("paragraph", "<p>Wekelijkse coaching op maat.</p>"),
            ("quote", {"text": "Ik heb nu een baan.", "attribution": "Een deelnemer"}),
            ("image", {"image": image, "alt_text": "Deelnemers tijdens een training", "caption": "Training"}),
            (
                "call_to_action",
                {
                    "title": "Doe mee",
                    "text": "<p>Meld je aan.</p>",
                    "link": {"label": "", "page": about_page, "external_url": ""},
                },
            ),
            ("key_figures", {"heading": "Cijfers", "figures": [{"figure": "35", "label": "deelnemers"}]}),
            (
                "faq",
                {"heading": "Vragen", "questions": [{"question": "Kost het iets?", "answer": "<p>Nee.</p>"}]},
            ),
        ],
    )
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_every_block_renders(client, page_with_every_block):
    response = client.get("/nl/alle-blokken/")
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.select_one("main")

    assert response.status_code == 200
    assert main.find("h2", string="Onze aanpak")
    assert "Wekelijkse coaching op maat." in main.get_text()
    assert main.select_one("blockquote").get_text(strip=True) == "Ik heb nu een baan."
    assert main.select_one("figure.image img")["alt"] == "Deelnemers tijdens een training"
    cta = main.select_one(".call-to-action a")
    assert cta["href"] == "/nl/over-ons/"
    assert cta.get_text(strip=True) == "Over ons"  # no label: the page title
    assert main.select_one(".key-figures dd").get_text() == "35"
    assert main.select_one(".faq summary").get_text() == "Kost het iets?"


@pytest.mark.django_db
def test_call_to_action_leads_to_the_visitors_language(client, page_with_every_block, translate_page):
    english = translate_page(page_with_every_block, "en")

    soup = BeautifulSoup(client.get(english.url).content, "html.parser")

    assert soup.select_one(".call-to-action a")["href"] == "/en/about-us/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    [
        {"label": "x", "page": None, "external_url": ""},
        {"label": "x", "page": "both", "external_url": "https://example.org/"},
    ],
)
def test_link_needs_exactly_one_target(value, about_page):
    if value["page"] == "both":
        value["page"] = about_page
    block = LinkBlock()

    with pytest.raises(ValidationError, match="Choose a page or enter an external URL"):
        block.clean(block.to_python({**value, "page": value["page"].pk if value["page"] else None}))


def test_an_unpublished_featured_page_leaves_the_home_page(client, homes):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=homes["nl"], title="Soon withdrawn")
    page.save_revision().publish()
    home = homes["nl"]
    home.featured = [("page", page)]
    home.call_to_action = [("link", {"page": page, "label": "Go there", "external_url": ""})]
    home.save_revision().publish()
    assert "Soon withdrawn" in client.get("/nl/").content.decode()

    page.unpublish()
    html = client.get("/nl/").content.decode()

    assert "Soon withdrawn" not in html
    assert "Go there" not in html  # no button leading to a page nobody can see
