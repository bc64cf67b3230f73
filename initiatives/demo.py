"""Loads the initiatives directory's demo content in Dutch and English; safe to run again."""

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Locale, Page

from home.demo import Log, add_once, paragraphs, translate_page
from home.models import HomePage

from . import demo_content as content
from .models import FocusArea, InitiativeDirectoryPage, InitiativePage, Region, Status


def directory_page(home: HomePage, text: dict, log: Log) -> InitiativeDirectoryPage:
    page = InitiativeDirectoryPage(
        title=text["title"],
        slug=text["slug"],
        search_description=text["search_description"],
        intro=paragraphs(text["intro"]),
        show_in_menus=True,
    )
    return add_once(home, page, log)[0]


def results_blocks(text: dict) -> list[tuple[str, object]]:
    blocks = []
    if text["figures"]:
        figures = [{"figure": figure, "label": label} for figure, label in text["figures"]]
        blocks.append(("key_figures", {"heading": "", "figures": figures}))
    if text["results"]:
        blocks.append(("paragraph", paragraphs(text["results"])))
    return blocks


def initiative_page(directory: Page, text: dict, facts: dict, log: Log) -> InitiativePage:
    locale = directory.locale
    page = InitiativePage(
        title=text["title"],
        slug=text["slug"],
        search_description=text["search_description"],
        intro=text["intro"],
        goal=paragraphs(text["goal"]),
        approach=[("paragraph", paragraphs(text["approach"]))] if text["approach"] else [],
        success_factors=paragraphs(text["success_factors"]),
        points_of_attention=paragraphs(text["points_of_attention"]),
        results=results_blocks(text),
        transferability=paragraphs(text["transferability"]),
        organisation=text["organisation"],
        funders=text["funders"],
        status=Status.objects.get(locale=locale, slug=facts["status"]),
        start_year=facts["start_year"],
        end_year=facts["end_year"],
        website=facts["website"],
        last_updated=facts["last_updated"],
        **content.PLACEHOLDER_CONTACT,
    )
    page.focus_areas = FocusArea.objects.filter(locale=locale, slug__in=facts["focus"])
    page.regions = Region.objects.filter(locale=locale, slug__in=facts["regions"])
    return add_once(directory, page, log)[0]


@transaction.atomic
def load(log: Log) -> None:
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(depth=2, locale=nl)

    log("initiatives: Dutch pages")
    directory = directory_page(home, content.DIRECTORY["nl"], log)
    pages = [
        (initiative_page(directory, texts["nl"], content.FACTS[key], log), texts)
        for key, texts in content.INITIATIVES.items()
    ]

    # Aliases in every other language first, as the admin would have made them.
    call_command("sync_locale_trees")

    log("initiatives: translations")
    directory.refresh_from_db()
    translate_page(directory, en, content.DIRECTORY["nl"], content.DIRECTORY["en"], log)
    for page, texts in pages:
        page.refresh_from_db()
        translate_page(page, en, texts["nl"], texts["en"], log)
