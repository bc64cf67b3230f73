"""Home's hooks into Wagtail's page serving and its editor."""

from django.contrib import messages
from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.models import Page
from wagtail_localize import wagtail_hooks as localize_hooks

from . import page_cache, publication

hooks.register("before_serve_page", page_cache.remember_page)


@hooks.register("insert_editor_js")
def autosave_before_submit():
    """A form sent while Wagtail's autosave is on its way waits for it (static/js/admin-autosave.js)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-autosave.js"))


def warn_if_held_back(request, page) -> None:
    """A translation published while its original is not live waits for it: say so, beside "published"."""
    message = publication.held_back_message(page)
    if message:
        messages.warning(request, message)


@hooks.register("after_publish_page")
def warn_held_back_after_publish(request, page):
    """The page editor's "Publish", which a wagtail-localize translation gets once converted to a manual one."""
    warn_if_held_back(request, page)


@hooks.register("before_edit_page", order=-1)
def warn_held_back_after_translation_publish(request, page):
    """wagtail-localize's editor "Publish": it publishes through ``Translation.save_target`` and fires no
    ``after_publish_page``, so this runs its own ``before_edit_page`` (which serves the translation editor)
    and adds the warning when a new revision was published. Any other request is left to the hooks after this."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    revisions = Page.objects.filter(pk=page.pk).values_list("latest_revision_id", flat=True)
    before = revisions.get()
    response = localize_hooks.before_edit_page(request, page)
    if response is not None and revisions.get() != before:
        warn_if_held_back(request, page)
    return response
