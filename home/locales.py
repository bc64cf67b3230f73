"""Keeps the database's locales in step with settings.WAGTAIL_CONTENT_LANGUAGES."""

from django.conf import settings
from django.utils.translation import get_language_info

from wagtail.models import Locale

from . import page_cache


def ensure_locales(**kwargs) -> None:
    """Create a Locale per site language, each kept in sync with the default one.

    Runs after every migrate, so adding a language to settings is all it takes.
    """
    from wagtail_localize.models import LocaleSynchronization

    default = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if locale != default:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})


def sync_trees_unless_raw(sender, instance, raw=False, **kwargs) -> None:
    """wagtail-localize's own receiver, minus fixture loading.

    wagtail-localize 1.14.5 syncs page trees on every LocaleSynchronization save, also
    the raw saves of loaddata and of tests' serialized rollback, which arrive before
    the Locale rows they point to and fail with Locale.DoesNotExist.
    """
    if not raw:
        instance.sync_trees()


def language_name_local(code: str) -> str:
    """The language's name in that language, e.g. "العربية" for ar."""
    return get_language_info(code)["name_local"]


def localized_pages(pages: list) -> list:
    """Each page's public version in the current language (itself if that is public), in one query.

    ``None`` entries, and pages with no live version at all, come back as ``None``, so
    callers can zip the result with their input and leave out links to nowhere.
    """
    from django.utils.translation import get_language

    from wagtail.models import Page

    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return list(pages)
    versions = {
        version.translation_key: version
        for version in page_cache.public(
            Page.objects.live().filter(translation_key__in=keys, locale__language_code=get_language())
        ).select_related("alias_of__locale")
    }
    return [
        versions.get(page.translation_key) or (page if page_cache.is_public(page) else None)
        if page is not None
        else None
        for page in pages
    ]
