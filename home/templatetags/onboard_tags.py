"""Template tags of the page frame: navigation, language switcher, hreflang alternates."""

from django import template
from django.conf import settings

from home.navigation import Navigation, get_navigation, language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context, page=None) -> Navigation:
    # Templates without a page pass "" for the missing variable.
    return get_navigation(context["request"], page or None)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, nav: Navigation):
    # Arguments: nav — the request's Navigation.
    return {"languages": language_links(context["request"], nav)}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context, nav: Navigation):
    # Arguments: nav — alternates are its page's real (non-alias) translations.
    request = context["request"]
    translations = [t for t in nav.translations.values() if t.alias_of_id is None]
    if len(translations) < 2:
        return {"links": [], "default": None}
    links = [{"code": t.locale.language_code, "url": t.get_full_url(request)} for t in translations]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default}


@register.simple_tag
def localized_setting_page(nav: Navigation, page_id):
    return nav.localized_setting_page(page_id)


@register.simple_tag(takes_context=True)
def link_url(context, link) -> str:
    # Arguments: link — a LinkBlock's value.
    return link.url(context.get("request"))


@register.filter
def language_dir(code: str) -> str:
    return "rtl" if code in settings.LANGUAGES_BIDI else "ltr"


@register.filter
def field_widget(field):
    """The field's widget with the accessibility attributes its help text and errors need."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}_help")
    if field.errors:
        described_by.append(f"{field.auto_id}_error")
    attrs = {}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def first_input_id(field) -> str:
    """Where an error summary link should land: the field, or its first option."""
    if getattr(field.field.widget, "input_type", None) in {"radio", "checkbox"} and hasattr(field.field, "choices"):
        return f"{field.auto_id}_0"
    return field.auto_id


@register.filter
def is_choice_group(field) -> bool:
    widget = field.field.widget
    return getattr(widget, "input_type", None) in {"radio", "checkbox"} and hasattr(field.field, "choices")
