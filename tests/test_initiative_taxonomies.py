"""Focus areas, regions and statuses: translatable snippets with one slug in every language."""

import pytest

from django.conf import settings

from wagtail.models import Locale

from initiatives.models import FocusArea, InitiativePage, Region, Status
from tests.initiatives_helpers import card_titles, soup

pytest_plugins = ["tests.initiatives_fixtures"]

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "count"), [(FocusArea, 5), (Region, 14), (Status, 3)])
def test_default_terms_exist_in_every_language_with_one_slug(model, count):
    for code in LANGUAGES:
        assert model.objects.filter(locale__language_code=code).count() == count, code
    for slug in model.objects.values_list("slug", flat=True).distinct():
        versions = model.objects.filter(slug=slug)
        assert versions.count() == len(LANGUAGES)
        assert versions.values("translation_key").distinct().count() == 1


@pytest.mark.django_db
def test_terms_have_names_in_each_language():
    names = {
        term.locale.language_code: term.name
        for term in FocusArea.objects.filter(slug="volunteering").select_related("locale")
    }

    assert names["nl"] == "Vrijwilligerswerk"
    assert names["en"] == "Volunteering"
    assert names["ar"] == "العمل التطوعي"
    assert len(set(names.values())) == len(LANGUAGES)


@pytest.mark.django_db
def test_new_term_translated_with_wagtail_localize_filters_everywhere(
    client, make_initiative, sync_trees, translate_page
):
    nl = Locale.objects.get(language_code="nl")
    sport = FocusArea.objects.create(name="Sport en bewegen", slug="sport", locale=nl)
    make_initiative(title="Voetbalteam", focus=["sport"])
    make_initiative(title="Taalcafé", focus=["language"])
    sync_trees()

    english = translate_page(sport, "en", {"Sport en bewegen": "Sport and exercise"})

    assert english.slug == "sport"
    assert english.translation_key == sport.translation_key
    response = client.get("/en/bijzondere-initiatieven/", {"focus": "sport"})
    assert card_titles(response) == ["Voetbalteam"]
    assert soup(response).select_one('label[for="focus-sport"]').get_text(strip=True) == "Sport and exercise"
    # Not translated into Farsi yet: the Dutch name stands in.
    farsi = soup(client.get("/fa/bijzondere-initiatieven/", {"focus": "sport"}))
    assert farsi.select_one('label[for="focus-sport"]').get_text(strip=True) == "Sport en bewegen"
    assert [t.get_text(strip=True) for t in farsi.select(".directory__results .card__title")] == ["Voetbalteam"]


@pytest.mark.django_db
def test_renamed_term_shows_at_once(client, make_initiative):
    make_initiative(title="Taalcafé", focus=["language"])
    client.get("/nl/bijzondere-initiatieven/")  # fills the cache of terms
    language = FocusArea.objects.get(locale__language_code="nl", slug="language")
    language.name = "Nederlandse taal"
    language.save()

    page = soup(client.get("/nl/bijzondere-initiatieven/"))

    assert page.select_one('label[for="focus-language"]').get_text(strip=True) == "Nederlandse taal"
    assert "Nederlandse taal" in page.select_one(".initiative-card__meta").get_text()


@pytest.mark.django_db
def test_translated_page_edit_form_ticks_its_own_languages_terms(make_initiative, sync_trees, translate_page):
    initiative = make_initiative(title="Taalcafé", slug="taalcafe", focus=["language"], status="running")
    sync_trees()
    translate_page(initiative.get_parent().specific, "en")
    english = translate_page(initiative, "en").specific

    form_class = InitiativePage.get_edit_handler().get_form_class()
    form = form_class(instance=english, for_user=None, parent_page=english.get_parent())
    chosen = FocusArea.objects.filter(pk__in=form.initial["focus_areas"])

    assert [(term.slug, term.locale.language_code) for term in chosen] == [("language", "en")]
    assert Status.objects.get(pk=form.initial["status"]).locale.language_code == "en"
    assert set(form.fields["regions"].queryset.values_list("locale__language_code", flat=True)) == {"en"}


@pytest.mark.django_db
def test_taxonomies_are_grouped_in_the_admin(english_admin):
    menu = english_admin.get("/admin/").content.decode()
    listing = english_admin.get("/admin/snippets/initiatives/region/", {"locale": "en"})

    assert "Directory taxonomies" in menu
    assert listing.status_code == 200
    assert "North Brabant" in listing.content.decode()
