"""The directory of special initiatives by other organisations, and its translatable taxonomies."""

import calendar
import datetime

from django import forms
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_BASIC, RICH_TEXT_BODY, BodyStreamBlock
from home.models import BasePage

from .forms import InitiativePageForm
from .serializers import TermListField

STALE_AFTER_MONTHS = 12


def months_ago(today: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier (the month's last day when that day does not exist)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    return datetime.date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Initiatives last updated before this date need an editor's review."""
    return months_ago(today or datetime.date.today(), STALE_AFTER_MONTHS)


# --- Taxonomies ---


class Term(TranslatableMixin, models.Model):
    """A translatable taxonomy term whose slug, the same in every language, names it in the directory's filters."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in the directory's web addresses; the same in every language, so never translated."),
    )
    sort_order = models.SmallIntegerField(
        _("sort order"), default=0, help_text=_("Lower numbers come first; equal numbers are sorted by name.")
    )

    # The slug and the order are the term's identity across languages; only the name is translated.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("locale", "slug")]

    def __str__(self) -> str:
        return self.name


class FocusArea(Term):
    class Meta(Term.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")


class Region(Term):
    class Meta(Term.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Status(Term):
    class Meta(Term.Meta):
        verbose_name = _("status")
        verbose_name_plural = _("statuses")


# --- Pages ---


class InitiativeDirectoryPage(RoutablePageMixin, BasePage):
    """Lists the initiatives below it, with filters, search, sorting, pagination and a CSV download."""

    intro = RichTextField(features=RICH_TEXT_BASIC, blank=True, verbose_name=_("introduction"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.InitiativePage"]
    max_count_per_parent = 1

    search_fields = Page.search_fields + [index.SearchField("intro")]

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("initiative directory")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from .directory import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(self, request))
        return context

    @path("csv/", name="csv")
    def csv(self, request: HttpRequest) -> HttpResponse:
        """Every initiative that matches the current filters, as a spreadsheet."""
        from .directory import csv_response

        return csv_response(self, request)


class InitiativePage(BasePage):
    """One initiative by another organisation that helps refugees into work, learning or volunteering."""

    intro = models.TextField(
        _("summary"), help_text=_("One or two sentences, shown in the directory and in search results.")
    )
    goal = RichTextField(_("goal"), features=RICH_TEXT_BODY, blank=True)
    approach = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("approach"))
    success_factors = RichTextField(_("success factors"), features=RICH_TEXT_BODY, blank=True)
    points_of_attention = RichTextField(_("points of attention"), features=RICH_TEXT_BODY, blank=True)
    results = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("results"))
    transferability = RichTextField(_("transferability and evaluation"), features=RICH_TEXT_BODY, blank=True)

    organisation = models.CharField(_("organisation or developer"), max_length=255, blank=True)
    funders = models.CharField(_("funders"), max_length=255, blank=True)
    focus_areas = ParentalManyToManyField(
        FocusArea, blank=True, related_name="initiatives", verbose_name=_("focus areas")
    )
    regions = ParentalManyToManyField(Region, blank=True, related_name="initiatives", verbose_name=_("regions"))
    status = models.ForeignKey(
        Status,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        verbose_name=_("status"),
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, help_text=_("Leave empty while the initiative runs.")
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    last_updated = models.DateField(
        _("last updated"),
        default=datetime.date.today,
        help_text=_("When the information was last checked. After 12 months the admin flags it for review."),
    )

    parent_page_types = ["initiatives.InitiativeDirectoryPage"]
    subpage_types: list[str] = []
    base_form_class = InitiativePageForm

    # Names and numbers of contact people are not translated; the focus areas follow the source page
    # (the directory matches terms by slug, whichever language's term a page points to).
    override_translatable_fields = [
        SynchronizedField("contact_name"),
        SynchronizedField("contact_phone"),
        SynchronizedField("focus_areas"),
        SynchronizedField("regions"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=2),
        index.SearchField("goal"),
        index.SearchField("approach"),
        index.SearchField("success_factors"),
        index.SearchField("points_of_attention"),
        index.SearchField("results"),
        index.SearchField("organisation", boost=2),
        index.SearchField("funders"),
        index.AutocompleteField("organisation"),
        # The directory filters and sorts search results on these.
        index.FilterField("status"),
        index.FilterField("last_updated"),
    ]

    api_fields = [
        APIField("intro"),
        APIField("goal"),
        APIField("approach"),
        APIField("success_factors"),
        APIField("points_of_attention"),
        APIField("results"),
        APIField("transferability"),
        APIField("organisation"),
        APIField("funders"),
        APIField("focus_areas", serializer=TermListField("focus")),
        APIField("regions", serializer=TermListField("region")),
        APIField("status", serializer=TermListField("status", many=False)),
        APIField("start_year"),
        APIField("end_year"),
        APIField("website"),
        APIField("contact_name"),
        APIField("contact_phone"),
        APIField("contact_email"),
        APIField("last_updated"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("goal"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("transferability"),
    ]
    practice_panels = [FieldPanel("success_factors"), FieldPanel("points_of_attention")]
    information_panels = [
        MultiFieldPanel([FieldPanel("organisation"), FieldPanel("funders")], heading=_("Who")),
        MultiFieldPanel(
            [
                FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("status", widget=forms.RadioSelect),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading=_("Duration")),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_name"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("last_updated"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(practice_panels, heading=_("Practice")),
            ObjectList(information_panels, heading=_("Project information")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("initiative")

    @property
    def is_stale(self) -> bool:
        return self.last_updated < stale_before()

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from .directory import initiative_context

        context = super().get_context(request, *args, **kwargs)
        context.update(initiative_context(self, request))
        return context
