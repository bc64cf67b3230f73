"""Loads the demo projects, yearly results and news (after home's demo content)."""

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Locale

from home.demo import Log, add_once, paragraphs, publish, translate_page, update_translations
from home.models import HomePage

from . import demo_content as content
from .models import AudienceCategory, NewsIndexPage, NewsPage, ProjectIndexPage, ProjectPage, ProjectResultsPage


def list_items(items: list[str]) -> list[tuple[str, str]]:
    return [("item", item) for item in items]


def project_page(text: dict) -> ProjectPage:
    facts = content.PROJECT_FACTS
    return ProjectPage(
        title=text["title"],
        slug=text["slug"],
        region=text["region"],
        search_description=text["search_description"],
        intro=text["intro"],
        target_group=paragraphs(text["target_group"]),
        goal=paragraphs(text["goal"]),
        approach=[("paragraph", paragraphs(text["approach"]))],
        activities=list_items(text["activities"]),
        mandatory_parts=[("part", {"title": t, "description": d}) for t, d in text["mandatory_parts"]],
        start_date=facts["start_date"],
        status=facts["status"],
        cohorts=[("cohort", cohort) for cohort in facts["cohorts"]],
        results_general=list_items(text["results_general"]),
        results_specific=list_items(text["results_specific"]),
        results_personal=list_items(text["results_personal"]),
        results_note=text["results_note"],
        contact_text=paragraphs(text["contact_text"]),
        show_in_menus=False,
    )


def news_page(item: dict, audience: AudienceCategory) -> NewsPage:
    text = item["nl"]
    return NewsPage(
        title=text["title"],
        slug=text["slug"],
        intro=text["intro"],
        date=item["facts"]["date"],
        kind=item["facts"]["kind"],
        audience=audience,
        body=[
            ("paragraph", paragraphs(text["body"])),
            ("key_figures", {"heading": "", "figures": [{"figure": text["figure"], "label": text["figure_label"]}]}),
        ],
    )


@transaction.atomic
def load(log: Log) -> None:
    nl = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(depth=2, locale=nl)
    created = []

    log("projects: Dutch pages")
    index, new = add_once(home, ProjectIndexPage(show_in_menus=True, **content.PROJECT_INDEX["nl"]), log)
    if new:
        created.append((index, content.PROJECT_INDEX, ["en"]))
    project, new = add_once(index, project_page(content.PROJECT["nl"]), log)
    if new:
        created.append((project, content.PROJECT, ["en", "ar"]))
    for result in content.RESULTS:
        text = result["nl"]
        narrative = [("paragraph", paragraphs(text["narrative"]))] if "narrative" in text else []
        page = ProjectResultsPage(
            title=text["title"], slug=text["slug"], intro=text["intro"], narrative=narrative, **result["facts"]
        )
        page, new = add_once(project, page, log)
        if new:
            created.append((page, result, ["en"]))

    audience = AudienceCategory.objects.filter(locale=nl, slug=content.AUDIENCE["slug"]).first()
    if audience is None:
        audience = AudienceCategory.objects.create(locale=nl, slug=content.AUDIENCE["slug"], **content.AUDIENCE["nl"])
        created.append((audience, content.AUDIENCE, ["en"]))
    news_index, new = add_once(home, NewsIndexPage(show_in_menus=True, **content.NEWS_INDEX["nl"]), log)
    if new:
        created.append((news_index, content.NEWS_INDEX, ["en"]))
    for item in content.NEWS:
        page, new = add_once(news_index, news_page(item, audience), log)
        if new:
            created.append((page, item, ["en"]))

    if not created:
        log("  everything exists already")
        return

    featured = [block.value for block in home.featured if block.value]
    if project.pk not in {page.pk for page in featured}:
        # The home page features the project; its translations follow the new source.
        home.featured = [("page", page) for page in [project, *featured]]
        publish(home)
        update_translations(home, log)

    call_command("sync_locale_trees")
    log("projects: translations")
    for instance, texts, languages in created:
        for code in languages:
            translate_page(instance, Locale.objects.get(language_code=code), texts["nl"], texts[code], log)
