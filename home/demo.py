"""Loads the home family's demo content; other apps add theirs in their own demo.py."""

from collections.abc import Callable, Iterator
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from . import demo_content as content
from .models import HomePage, OrganisationSettings, StandardPage

Log = Callable[[str], None]


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def strings(value: Any) -> Iterator[str]:
    """Every string of a language's content, in a fixed order, so two languages line up."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key in value:
            yield from strings(value[key])
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def body_blocks(blocks: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    built = []
    for kind, value in blocks:
        if kind == "heading":
            built.append(("heading", {"text": value, "level": "h2"}))
        elif kind == "paragraph":
            built.append(("paragraph", paragraphs(value)))
        else:
            raise CommandError(f"demo content: unknown block {kind!r}")
    return built


def translate_page(page: Page, locale: Locale, source_text: dict, target_text: dict, log: Log) -> None:
    """Translate ``page`` the way an editor would, through wagtail-localize's own records."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if not created and translation.get_target_instance() and not translation.get_target_instance().alias_of_id:
        log(f"  {locale.language_code}: {page} is already translated")
        return
    mapping = dict(zip(strings(source_text), strings(target_text), strict=True))
    po = translation.export_po()
    for entry in po:
        if entry.msgid not in mapping:
            raise CommandError(f"demo content: no {locale.language_code} text for {entry.msgid!r} ({entry.msgctxt})")
        entry.msgstr = mapping[entry.msgid]
    translation.import_po(po, tool_name="demo content")
    translation.save_target(publish=True)
    log(f"  {locale.language_code}: translated {page}")


def update_translations(page: Page, log: Log) -> None:
    """After the source changed: refresh its wagtail-localize source and republish every translation."""
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    for translation in Translation.objects.filter(source=source, enabled=True):
        translation.save_target(publish=True)
        log(f"  {translation.target_locale.language_code}: updated {page.title}")


def publish(page: Page) -> None:
    page.save_revision().publish()


def fill_home(home: HomePage, text: dict, cta_page: Page, featured: list[Page]) -> None:
    home.title = text["title"]
    home.slug = text["slug"]
    home.search_description = text["search_description"]
    home.intro = paragraphs(text["intro"])
    home.call_to_action = [("link", {"label": text["cta_label"], "page": cta_page, "external_url": ""})]
    home.featured = [("page", page) for page in featured]
    home.body = [
        (
            "key_figures",
            {
                "heading": text["figures_heading"],
                "figures": [{"figure": figure, "label": label} for figure, label in text["figures"]],
            },
        ),
        (
            "faq",
            {
                "heading": text["faq_heading"],
                "questions": [{"question": question, "answer": paragraphs(answer)} for question, answer in text["faq"]],
            },
        ),
    ]


def add_once(parent: Page, page: Page, log: Log) -> tuple[Page, bool]:
    """Add and publish ``page`` under ``parent``, unless a page of its type and slug is there already."""
    existing = type(page).objects.child_of(parent).filter(slug=page.slug).first()
    if existing:
        log(f"  nl: {existing.title} exists")
        return existing, False
    parent.add_child(instance=page)
    publish(page)
    log(f"  nl: created {page.title}")
    return page, True


def standard_page(parent: Page, text: dict, log: Log) -> StandardPage:
    page = StandardPage(
        title=text["title"],
        slug=text["slug"],
        search_description=text["search_description"],
        intro=text["intro"],
        body=body_blocks(text["body"]),
        show_in_menus=True,
    )
    return add_once(parent, page, log)[0]


def configure_site() -> Site:
    """Point the default site at the address the dev server runs on."""
    from urllib.parse import urlsplit

    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.get(is_default_site=True)
    site.hostname = base.hostname or "localhost"
    site.port = base.port or (443 if base.scheme == "https" else 80)
    site.site_name = "Onboard"
    site.save()
    return site


@transaction.atomic
def load(log: Log) -> None:
    site = configure_site()
    nl = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(depth=2, locale=nl)

    log("home: Dutch pages")
    about = standard_page(home, content.ABOUT["nl"], log)
    privacy = standard_page(home, content.PRIVACY["nl"], log)
    contact = standard_page(home, content.CONTACT["nl"], log)
    if not home.intro:
        fill_home(home, content.HOME["nl"], contact, [about])
        publish(home)
        log("  nl: filled the home page")
    else:
        log("  nl: the home page is already filled")

    organisation = OrganisationSettings.for_site(site)
    if not organisation.contact_email:
        for field, value in content.ORGANISATION.items():
            setattr(organisation, field, value)
        organisation.privacy_page = privacy
        organisation.contact_page = contact
        organisation.save()
        log("  organisation details set (placeholders)")

    # Aliases in every other language first, as the admin would have made them.
    call_command("sync_locale_trees")

    log("home: translations")
    translations = [
        (home, content.HOME, ["en", "ar"]),
        (about, content.ABOUT, ["en"]),
        (privacy, content.PRIVACY, ["en"]),
        (contact, content.CONTACT, ["en"]),
    ]
    for page, texts, languages in translations:
        page.refresh_from_db()
        for code in languages:
            translate_page(page, Locale.objects.get(language_code=code), texts["nl"], texts[code], log)
