"""The admin form of every page type: a new page's draft may be saved before its slug is typed."""

from wagtail.admin.forms import WagtailAdminPageForm


class DraftPageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the slug of a page not yet created deferred to publishing.

    Wagtail's autosave posts the whole form as soon as something changes. The slug follows
    the title in the browser on keyup, change or blur, so a title that arrived otherwise
    (pasted, filled by a script) can be autosaved before the slug is: Wagtail would refuse
    that draft (400). Saved without one, the page takes its slug from its title
    (``Page.full_clean``); publishing still requires a slug, and an existing page keeps its own.
    """

    def defer_required_fields(self):
        super().defer_required_fields()
        slug = self.fields.get("slug")
        if self.instance.pk is None and slug is not None and slug.required:
            slug.required = False
            self.deferred_required_fields.append("slug")
