"""Home's hooks into Wagtail's page serving and its editor."""

from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from . import page_cache

hooks.register("before_serve_page", page_cache.remember_page)


@hooks.register("insert_editor_js")
def autosave_before_submit():
    """A form sent while Wagtail's autosave is on its way waits for it (static/js/admin-autosave.js)."""
    return format_html('<script src="{}" defer></script>', static("js/admin-autosave.js"))
