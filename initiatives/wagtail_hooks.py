"""The initiatives' admin: taxonomies under one menu item, and a directory listing that flags stale initiatives."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView, IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet, PageViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FocusArea, InitiativePage, Region, Status, stale_before


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class FocusAreaViewSet(TermViewSet):
    model = FocusArea
    icon = "tag"
    menu_label = _("Focus areas")


class RegionViewSet(TermViewSet):
    model = Region
    icon = "site"
    menu_label = _("Regions")


class StatusViewSet(TermViewSet):
    model = Status
    icon = "time"
    menu_label = _("Statuses")


class DirectoryTaxonomies(SnippetViewSetGroup):
    items = (FocusAreaViewSet, RegionViewSet, StatusViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Directory taxonomies")
    menu_name = "directory-taxonomies"
    menu_order = 300


register_snippet(DirectoryTaxonomies)


class LastUpdatedColumn(Column):
    """The date an editor last checked the initiative, with a "Needs review" tag after 12 months."""

    cell_template_name = "initiatives/admin/last_updated_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["stale"] = instance.is_stale
        return context


def initiative_columns(base: list) -> list:
    """Wagtail's page listing columns with "Last checked" before "Updated"."""
    columns = list(base)
    names = [column.name for column in columns]
    position = names.index("latest_revision_created_at") if "latest_revision_created_at" in names else len(columns)
    columns.insert(
        position,
        LastUpdatedColumn("last_updated", label=_("Last checked"), sort_key="last_updated", width="16%"),
    )
    return columns


class InitiativePageViewSet(PageViewSet):
    """Used by the page explorer for the children of a directory (its only allowed child type)."""

    model = InitiativePage
    icon = "doc-full"
    columns = initiative_columns(ExplorableIndexView.base_columns)


class StaleInitiativesIndexView(IndexView):
    """Every language's initiatives that nobody has checked for 12 months, oldest first."""

    default_ordering = "last_updated"
    page_title = _("Initiatives to review")

    def get_base_queryset(self):
        return super().get_base_queryset().filter(last_updated__lt=stale_before(), alias_of__isnull=True)


class StaleInitiativesViewSet(PageListingViewSet):
    """A report under Reports: the explorer shows one directory at a time, this one shows them all."""

    model = InitiativePage
    index_view_class = StaleInitiativesIndexView
    columns = initiative_columns(IndexView.base_columns)
    icon = "time"
    menu_label = _("Initiatives to review")
    menu_name = "stale-initiatives"
    menu_hook = "register_reports_menu_item"


@hooks.register("register_admin_viewset")
def register_initiative_page_viewset():
    return InitiativePageViewSet("initiative_pages")


@hooks.register("register_admin_viewset")
def register_stale_initiatives_viewset():
    return StaleInitiativesViewSet("stale_initiatives")
