"""The admin form of every page type: a new page's draft may be saved before its slug is typed."""

from wagtail.admin.forms import WagtailAdminPageForm


class DraftPageForm(WagtailAdminPageForm):
    """Wagtail's page form, with the slug required on publishing only.

    Wagtail's autosave posts the whole form as soon as something changes. The slug follows
    the title in the browser on keyup, change or blur, so a title that arrived otherwise
    (pasted, filled by a script) can be autosaved before the slug is: Wagtail would refuse
    that draft (400), and the next ones too, as the slug box stays empty after the first
    save. A draft saved without a slug keeps the page's own, and a new page takes one from
    its title (``Page.full_clean``); publishing still requires a slug.
    """

    def defer_required_fields(self):
        super().defer_required_fields()
        slug = self.fields.get("slug")
        if slug is not None and slug.required:
            slug.required = False
            self.deferred_required_fields.append("slug")

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation and "slug" in cleaned_data and not cleaned_data["slug"]:
            cleaned_data["slug"] = self.instance.slug  # "" for a new page: then made from the title
        return cleaned_data
