"""Loads the demo form pages and points the site settings and the home page at them."""

from django.core.management import call_command
from django.db import transaction

from wagtail.models import Locale, Page, Site

from home.demo import Log, add_once, paragraphs, publish, translate_page, update_translations
from home.models import HomePage, OrganisationSettings, StandardPage

from . import demo_content as content
from .models import ContactPage, InitiativeReportPage, SignUpPage


def form_page(parent: Page, model, text: dict, log: Log, *, in_menu: bool = False):
    page = model(
        title=text["title"],
        slug=text["slug"],
        intro=paragraphs(text["intro"]),
        thank_you_text=paragraphs(text["thank_you_text"]),
        show_in_menus=in_menu,
    )
    return add_once(parent, page, log)


@transaction.atomic
def load(log: Log) -> None:
    nl = Locale.objects.get(language_code="nl")
    home = HomePage.objects.get(depth=2, locale=nl)
    contact = StandardPage.objects.child_of(home).filter(slug="contact").first() or home

    log("intake: form pages")
    signup, new_signup = form_page(home, SignUpPage, content.SIGN_UP["nl"], log, in_menu=True)
    report, new_report = form_page(home, InitiativeReportPage, content.REPORT["nl"], log)
    question, new_question = form_page(contact, ContactPage, content.CONTACT["nl"], log)

    organisation = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    if organisation.signup_page_id is None:
        organisation.signup_page = signup
        organisation.report_initiative_page = report
        organisation.save()
        log("  site settings point at the forms")

    links = list(home.call_to_action)
    if links and links[0].value.get("page") and links[0].value["page"].pk != signup.pk:
        value = links[0].value
        home.call_to_action = [("link", {"label": value["label"], "page": signup, "external_url": ""})]
        publish(home)
        update_translations(home, log)
        log("  the home page's call to action opens the sign-up form")

    call_command("sync_locale_trees")
    for page, texts, created, languages in [
        (signup, content.SIGN_UP, new_signup, ["en", "ar"]),
        (report, content.REPORT, new_report, ["en"]),
        (question, content.CONTACT, new_question, ["en"]),
    ]:
        if created:
            for code in languages:
                translate_page(page, Locale.objects.get(language_code=code), texts["nl"], texts[code], log)
