"""Editors can only build page trees that make sense."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from intake.models import ContactPage, InitiativeReportPage, SignUpPage


class PageRulesTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_children(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_standard_page_nests(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage, SignUpPage, InitiativeReportPage, ContactPage})

    def test_standard_page_cannot_be_a_site_root(self):
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_home_page_renders(self):
        # Routing under the /nl/ prefix is covered by test_locales.py.
        self.assertPageIsRenderable(HomePage.objects.get(locale__language_code="nl"))

    def test_standard_page_renders(self):
        home = HomePage.objects.get(locale__language_code="nl")
        page = home.add_child(instance=StandardPage(title="Over ons", slug="over-ons", intro="Wie wij zijn."))
        self.assertPageIsRenderable(page)
