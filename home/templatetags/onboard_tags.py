"""Navigation, language switcher and hreflang alternates for every public template."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Locale, Page

from home.locales import language_name_local

register = template.Library()


def _locale_homes(request) -> dict[str, Page]:
    """Each language's home page, fetched once per request."""
    if not hasattr(request, "_onboard_locale_homes"):
        homes = Page.objects.live().filter(depth=2).select_related("locale")
        request._onboard_locale_homes = {home.locale.language_code: home for home in homes}
    return request._onboard_locale_homes


def _translations(request, page) -> dict[str, Page]:
    """Live versions of ``page`` in every language (translations and aliases)."""
    if page is None or not getattr(page, "translation_key", None):
        return {}
    cache = getattr(request, "_onboard_translations", {})
    if page.pk not in cache:
        siblings = Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
        cache[page.pk] = {sibling.locale.language_code: sibling for sibling in siblings}
        request._onboard_translations = cache
    return cache[page.pk]


@register.simple_tag(takes_context=True)
def locale_home(context):
    request = context["request"]
    return _locale_homes(request).get(get_language())


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    # Arguments: page (optional) — the page whose translations the links lead to.
    request = context["request"]
    page = page or None  # templates without a page pass ""
    current = get_language()
    translations = _translations(request, page)
    homes = _locale_homes(request)
    match = getattr(request, "resolver_match", None)
    own_view = page is None and match is not None and match.url_name != "wagtail_serve"
    languages = []
    for code, _name in settings.LANGUAGES:
        if page is not None and code in translations:
            url = translations[code].get_url(request)
        elif own_view:
            url = translate_url(request.path, code)
        else:
            home = homes.get(code)
            url = home.get_url(request) if home else f"/{code}/"
        languages.append({"code": code, "name": language_name_local(code), "url": url, "current": code == current})
    return {"languages": languages}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context, page=None):
    # Arguments: page (optional) — alternates are its real (non-alias) translations.
    request = context["request"]
    translations = [t for t in _translations(request, page).values() if t.alias_of_id is None]
    links = [{"code": t.locale.language_code, "url": t.get_full_url(request)} for t in translations]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"links": links if len(links) > 1 else [], "default": default if len(links) > 1 else None}


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context, current_page=None):
    # Arguments: current_page (optional) — marked with aria-current.
    request = context["request"]
    home = _locale_homes(request).get(get_language())
    items = list(home.get_children().live().in_menu().select_related("alias_of__locale")) if home else []
    return {"home": home, "items": items, "current_page": current_page, "request": request}


@register.filter
def locale_language_name(locale: Locale) -> str:
    return language_name_local(locale.language_code)


@register.filter
def language_dir(code: str) -> str:
    return "rtl" if code in settings.LANGUAGES_BIDI else "ltr"
