"""Everything the page frame needs about the page tree, in one query per request at most.

The header, the language switcher, the hreflang links, the "not yet translated"
notice and the footer links all read from one Navigation object.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from . import page_cache
from .locales import language_name_local
from .models import OrganisationSettings

# What the frame reads of the page's translations and ancestors: links, titles, languages.
OWN_FIELDS = ("path", "depth", "title", "url_path", "translation_key", "alias_of", "locale__language_code")


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool


@dataclass
class Navigation:
    language: str
    page: Page | None
    homes: dict[str, Page] = field(default_factory=dict)
    menu: list[Page] = field(default_factory=list)
    translations: dict[str, Page] = field(default_factory=dict)
    setting_pages: dict[int, Page] = field(default_factory=dict)
    ancestors: list[Page] = field(default_factory=list)  # below the home page, for breadcrumbs

    @property
    def home(self) -> Page | None:
        return self.homes.get(self.language)

    @property
    def untranslated_source(self) -> Page | None:
        """The page whose text an untranslated alias shows, when it is in another language."""
        page = self.page
        if page is None or page.alias_of_id is None:
            return None
        source = next((t for t in self.translations.values() if t.pk == page.alias_of_id), None)
        return source if source and source.locale_id != page.locale_id else None

    def localized_setting_page(self, page_id: int | None) -> Page | None:
        """The version in the current language of a page chosen in the site settings."""
        chosen = self.setting_pages.get(page_id)
        if chosen is None:
            return None
        home = self.home
        siblings = [p for p in self.setting_pages.values() if p.translation_key == chosen.translation_key]
        return next((p for p in siblings if home and p.path.startswith(home.path)), chosen)


def build_navigation(request: HttpRequest, page: Page | None) -> Navigation:
    language = get_language()
    nav = Navigation(language=language, page=page)
    organisation = OrganisationSettings.for_request(request)
    chosen = ("privacy_page_id", "contact_page_id", "signup_page_id", "report_initiative_page_id")
    setting_ids = tuple(pk for pk in (getattr(organisation, name) for name in chosen) if pk)

    # The same for every page of a language: kept in this process until the next publish or move.
    shared = page_cache.remembered(f"navigation:{language}:{setting_ids}", lambda: language_rows(language, setting_ids))
    # This page's translations (the language switcher needs them in every language) and its ancestors.
    ancestor_paths = []
    if page is not None and page.depth > 3:
        steplen = Page.steplen
        ancestor_paths = [page.path[: steplen * depth] for depth in range(3, page.depth)]
    own = []
    if page is not None and page.depth > 2 and (page.translation_key or ancestor_paths):
        wanted = Q(path__in=ancestor_paths)
        if page.translation_key:
            wanted |= Q(translation_key=page.translation_key)
        own = list(Page.objects.live().filter(wanted).select_related("locale").only(*OWN_FIELDS))

    for row in shared:
        if row.depth == 2:
            nav.homes[row.locale.language_code] = row
    for row in [*shared, *own]:
        if page is not None and row.translation_key == page.translation_key:
            nav.translations[row.locale.language_code] = row
    home = nav.home
    nav.menu = [
        row for row in shared if row.depth == 3 and row.show_in_menus and home and row.path.startswith(home.path)
    ]
    nav.ancestors = sorted((row for row in own if row.path in ancestor_paths), key=lambda row: row.path)
    keys = {row.translation_key for row in shared if row.pk in setting_ids}
    nav.setting_pages = {row.pk: row for row in shared if row.translation_key in keys}
    return nav


def language_rows(language: str, setting_ids: tuple[int, ...]) -> list[Page]:
    """The homes of every language, this language's menu and its versions of the pages the settings choose."""
    in_language = Q(locale__language_code=language)
    wanted = Q(depth=2) | Q(depth=3, show_in_menus=True) & in_language
    if setting_ids:
        chosen_keys = Page.objects.filter(pk__in=setting_ids).values("translation_key")
        wanted |= Q(pk__in=setting_ids) | Q(translation_key__in=chosen_keys) & in_language
    pages = page_cache.public(Page.objects.live().filter(wanted))
    return list(pages.select_related("locale", "alias_of__locale").order_by("path"))


def get_navigation(request: HttpRequest, page: Page | None) -> Navigation:
    """The request's Navigation, built on first use."""
    nav = getattr(request, "_onboard_navigation", None)
    if nav is None or nav.page is not page:
        nav = build_navigation(request, page)
        request._onboard_navigation = nav
    return nav


def language_links(request: HttpRequest, nav: Navigation) -> list[LanguageLink]:
    """One link per language: the page's version there, the same view, or that language's home."""
    match = getattr(request, "resolver_match", None)
    own_view = nav.page is None and match is not None and match.url_name != "wagtail_serve"
    links = []
    for code, _name in settings.LANGUAGES:
        if nav.page is not None and code in nav.translations:
            url = nav.translations[code].get_url(request)
        elif own_view:
            url = translate_url(request.path, code)
        else:
            home = nav.homes.get(code)
            url = home.get_url(request) if home else f"/{code}/"
        links.append(LanguageLink(code, language_name_local(code), url, code == nav.language))
    return links
