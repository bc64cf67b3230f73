"""An alias or translation is never live while the page it follows is unpublished, scheduled or expired.

Wagtail publishes a page's aliases whenever a revision of the page is "published", also when that
publication is only scheduled (``PublishRevisionAction`` runs ``_after_publish`` and so
``update_aliases`` either way): the locale sync's aliases of a news item scheduled two days ahead went
live at once in the five other languages. Translations made with wagtail-localize are pages of their
own and stay live when their source is unpublished or expires.

So every save of a live alias or translation whose source is not live keeps it offline (``pre_save``:
it covers Wagtail's ``update_aliases``, ``create_alias`` in wagtail-localize's locale sync and a
translator publishing early). A translation that had been published and is held back keeps its
``live_revision`` (Wagtail's own unpublish clears it), which is how it is told apart from one an editor
unpublished: when the source goes live (``page_published``, also from ``publish_scheduled``), held-back
translations go live again; aliases come back through Wagtail's ``update_aliases`` with the source's
content. When the source is unpublished or expires (``page_unpublished``), Wagtail takes its aliases
down and this module its translations.

The admin still says "published" when a translator publishes a translation that is held back, so
``held_back_message`` gives the warning that ``home/wagtail_hooks.py`` adds beside it.
"""

import logging

from django.db.models.signals import pre_save
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.models import Page, get_page_models
from wagtail.signals import page_published, page_unpublished
from wagtail_localize.models import Translation

logger = logging.getLogger(__name__)


def source_is_down(page: Page) -> bool:
    """Whether ``page`` is an alias or a translation whose source page is not live."""
    if page.alias_of_id:
        return not Page.objects.filter(pk=page.alias_of_id, live=True).exists()
    source_locales = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).values("source__locale_id")
    return Page.objects.filter(
        translation_key=page.translation_key, locale_id__in=source_locales, alias_of__isnull=True, live=False
    ).exists()


def original_of(page: Page) -> Page | None:
    """The wagtail-localize source page of the translation ``page`` (None for other pages and aliases)."""
    if page.alias_of_id or page.locale_id is None:
        return None
    source_locales = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).values("source__locale_id")
    return (
        Page.objects.filter(translation_key=page.translation_key, locale_id__in=source_locales, alias_of__isnull=True)
        .exclude(pk=page.pk)
        .first()
    )


def held_back_message(page: Page) -> str | None:
    """What an editor who just published the translation ``page`` must read if it is held back, else None."""
    original = original_of(page)
    if original is None or original.live:
        return None
    scheduled = original.scheduled_revision
    if scheduled is not None:
        when = formats.date_format(timezone.localtime(scheduled.approved_go_live_at), "DATETIME_FORMAT")
        return _(
            "This translation is not live yet: it goes live together with its original “%(title)s”, "
            "which is scheduled for %(when)s."
        ) % {"title": original.title, "when": when}
    return _(
        "This translation is not live: it goes live together with its original “%(title)s”, which is not published."
    ) % {"title": original.title}


def translations_of(page: Page):
    """The wagtail-localize translations made from ``page`` (not its aliases)."""
    target_locales = Translation.objects.filter(
        source__object_id=page.translation_key, source__locale_id=page.locale_id
    ).values("target_locale_id")
    return Page.objects.filter(
        translation_key=page.translation_key, locale_id__in=target_locales, alias_of__isnull=True
    ).exclude(pk=page.pk)


def hold_back_followers(sender, instance, raw: bool = False, update_fields=None, **kwargs) -> None:
    """pre_save: a live alias or translation of a page that is not live is saved offline."""
    if raw or not instance.live:
        return
    if update_fields is not None and "live" not in update_fields:
        return
    if instance.locale_id is None or not source_is_down(instance):
        return
    instance.live = False
    if instance.alias_of_id:
        instance.has_unpublished_changes = True
    logger.info('Held back "%s" pk=%s: the page it follows is not live', instance, instance.pk)


def hold_back_translations(page: Page) -> None:
    """Take the live translations of ``page`` offline, keeping their live revision for their return."""
    for translation in translations_of(page).filter(live=True).specific():
        Page.objects.filter(pk=translation.pk).update(live=False)
        translation.live = False
        logger.info('Held back "%s" pk=%s: its source is not live', translation, translation.pk)
        for alias in translation.aliases.filter(live=True):
            alias.unpublish(log_action=False)
        page_unpublished.send(sender=translation.specific_class, instance=translation)


def bring_back_translations(page: Page) -> None:
    """Translations held back while ``page`` was offline, and published themselves, go live again."""
    for translation in translations_of(page).filter(live=False, live_revision__isnull=False).specific():
        translation.live = True
        translation.save(update_fields=["live"], clean=False)
        logger.info('Live again "%s" pk=%s: its source is live', translation, translation.pk)
        page_published.send(sender=translation.specific_class, instance=translation, revision=translation.live_revision)
        translation.update_aliases(revision=translation.live_revision)


def follow_published_source(sender, instance: Page, alias: bool = False, **kwargs) -> None:
    """page_published, sent also for a revision only scheduled (then the page is not live)."""
    if alias:
        return
    if instance.live:
        bring_back_translations(instance)
    else:
        hold_back_translations(instance)


def follow_unpublished_source(sender, instance: Page, **kwargs) -> None:
    """page_unpublished: by an editor, or by ``publish_scheduled`` at the page's expiry."""
    hold_back_translations(instance)


def connect_signals() -> None:
    """Called from HomeConfig.ready()."""
    for model in get_page_models():  # pages only, as page_cache does: not every save in the project
        label = model._meta.label_lower
        pre_save.connect(hold_back_followers, sender=model, dispatch_uid=f"publication_hold_back_{label}")
    page_published.connect(follow_published_source, dispatch_uid="publication_follow_published")
    page_unpublished.connect(follow_unpublished_source, dispatch_uid="publication_follow_unpublished")
