"""The foundation's projects, their yearly results, and news with participant stories."""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import page_cache
from home.blocks import RICH_TEXT_BASIC, BodyStreamBlock, QuoteBlock
from home.models import BasePage

from . import figures
from .blocks import CohortBlock, PartnerBlock, ProgrammePartBlock

LIST_ITEM = [("item", blocks.CharBlock(label=_("Item")))]


class ProjectIndexPage(BasePage):
    """Lists the foundation's projects, running ones first."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("project index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        projects = page_cache.public(ProjectPage.objects.child_of(self).live())
        context["projects"] = projects.order_by(
            models.Case(models.When(status=ProjectPage.Status.RUNNING, then=0), default=1),
            "-start_date",
            "title",
        ).defer_streamfields()
        return context


class ProjectPage(RoutablePageMixin, BasePage):
    """One project: who it is for, what it does, its figures and results."""

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        FINISHED = "finished", _("finished")

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    target_group = RichTextField(features=RICH_TEXT_BASIC, blank=True, verbose_name=_("target group"))
    goal = RichTextField(features=RICH_TEXT_BASIC, blank=True, verbose_name=_("goal"))
    approach = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("approach"))
    activities = StreamField(LIST_ITEM, blank=True, verbose_name=_("activities offered"))
    mandatory_parts = StreamField(
        [("part", ProgrammePartBlock())], blank=True, verbose_name=_("mandatory parts of the programme")
    )
    partners = StreamField([("partner", PartnerBlock())], blank=True, verbose_name=_("partners and funders"))

    region = models.CharField(_("region"), max_length=100, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RUNNING)
    cohorts = StreamField([("cohort", CohortBlock())], blank=True, verbose_name=_("cohorts"))

    results_general = StreamField(LIST_ITEM, blank=True, verbose_name=_("general results"))
    results_specific = StreamField(LIST_ITEM, blank=True, verbose_name=_("specific results"))
    results_personal = StreamField(LIST_ITEM, blank=True, verbose_name=_("personal results"))
    results_note = models.TextField(_("note on the results"), blank=True)

    contact_text = RichTextField(features=RICH_TEXT_BASIC, blank=True, verbose_name=_("contact text"))
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = ["projects.ProjectResultsPage"]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("target_group"),
        index.SearchField("goal"),
        index.SearchField("approach"),
        index.FilterField("status"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("target_group"),
        FieldPanel("goal"),
        FieldPanel("approach"),
        FieldPanel("activities"),
        FieldPanel("mandatory_parts"),
        FieldPanel("partners"),
    ]
    figures_panels = [
        FieldPanel("region"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("status"),
        FieldPanel("cohorts"),
    ]
    results_panels = [
        FieldPanel("results_general"),
        FieldPanel("results_specific"),
        FieldPanel("results_personal"),
        FieldPanel("results_note"),
    ]
    contact_panels = [
        FieldPanel("contact_text"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact person"),
            help_text=_("Leave empty to show the organisation's contact details."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(figures_panels, heading=_("Figures")),
            ObjectList(results_panels, heading=_("Results")),
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("project")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def yearly_results(self):
        """Live results pages of this project, oldest year first, in one query."""
        return list(
            page_cache.public(ProjectResultsPage.objects.child_of(self).live())
            .order_by("year", "path")
            .defer_streamfields()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        years = self.yearly_results()
        context["yearly_results"] = years
        context["participants"] = figures.participants_per_year(years)
        return context

    @path("csv/", name="results_csv")
    def results_csv(self, request):
        """Every year's figures of this project as one CSV table."""
        rows = figures.download_rows(self.yearly_results(), figures.INTAKE_FIELDS + figures.OUTCOME_FIELDS)
        return figures.csv_response(rows, f"{self.slug}-results.csv")

    @path("csv/semicolon/", name="results_csv_semicolon")
    def results_csv_semicolon(self, request):
        """The same, separated by semicolons: what Excel set to Dutch opens straight into columns."""
        rows = figures.download_rows(self.yearly_results(), figures.INTAKE_FIELDS + figures.OUTCOME_FIELDS)
        return figures.csv_response(rows, f"{self.slug}-results-semicolon.csv", delimiter=";")


class ProjectResultsPage(RoutablePageMixin, BasePage):
    """One year (or cohort) of a project's results: the figures, a narrative and quotes."""

    # Nullable for drafts only: Wagtail's autosave keeps a half-typed page before its year is
    # known (a FieldPanel on a nullable field is required on publish, not on save), and a live
    # page is fully cleaned, so it always has a year.
    year = models.PositiveSmallIntegerField(_("year"), null=True)
    cohort_label = models.CharField(
        _("cohort"), max_length=100, blank=True, help_text=_("Optional, for example “cohort March 2019”.")
    )
    intro = models.TextField(_("introduction"), blank=True)

    candidates = models.PositiveIntegerField(_("candidates"), null=True, blank=True)
    selected = models.PositiveIntegerField(_("selected"), null=True, blank=True)
    started = models.PositiveIntegerField(_("participants started"), null=True, blank=True)
    paid_job = models.PositiveIntegerField(_("paid job"), null=True, blank=True)
    internship = models.PositiveIntegerField(_("internship"), null=True, blank=True)
    education = models.PositiveIntegerField(_("education"), null=True, blank=True)
    work_and_learn = models.PositiveIntegerField(_("work and learn"), null=True, blank=True)
    volunteering = models.PositiveIntegerField(_("volunteering"), null=True, blank=True)
    dropped_out = models.PositiveIntegerField(_("dropped out"), null=True, blank=True)
    still_in_programme = models.PositiveIntegerField(_("still in the programme"), null=True, blank=True)

    narrative = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("narrative"))
    quotes = StreamField([("quote", QuoteBlock())], blank=True, verbose_name=_("quotes"))

    parent_page_types = ["projects.ProjectPage"]
    subpage_types: list[str] = []

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("narrative")]

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("year"), FieldPanel("cohort_label")]),
        FieldPanel("intro"),
        FieldPanel("narrative"),
        FieldPanel("quotes"),
    ]
    figures_panels = [
        MultiFieldPanel(
            [FieldPanel("candidates"), FieldPanel("selected"), FieldPanel("started")],
            heading=_("Intake"),
            help_text=_("Only enter figures you know; empty fields are left out, never shown as zero."),
        ),
        MultiFieldPanel([FieldPanel(name) for name in figures.OUTCOME_FIELDS], heading=_("Outcomes")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(figures_panels, heading=_("Figures")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    class Meta:
        verbose_name = _("yearly results")
        verbose_name_plural = _("yearly results")

    def clean(self):
        super().clean()
        errors = {}
        if self.selected is not None and self.candidates is not None and self.selected > self.candidates:
            errors["selected"] = _("More people selected than there were candidates.")
        outcomes = sum(getattr(self, name) or 0 for name in figures.OUTCOME_FIELDS)
        if self.started is not None and outcomes > self.started:
            errors["started"] = _("The outcomes add up to more than the number of participants who started.")
        if self.year is not None and not 1990 <= self.year <= datetime.date.today().year + 1:
            errors["year"] = _("Enter a year between 1990 and next year.")
        if errors:
            raise ValidationError(errors)

    @path("csv/", name="results_csv")
    def results_csv(self, request):
        rows = figures.download_rows([self], figures.INTAKE_FIELDS + figures.OUTCOME_FIELDS)
        return figures.csv_response(rows, f"{self.get_parent().slug}-{self.year}.csv")

    @path("csv/semicolon/", name="results_csv_semicolon")
    def results_csv_semicolon(self, request):
        """The same, separated by semicolons: what Excel set to Dutch opens straight into columns."""
        rows = figures.download_rows([self], figures.INTAKE_FIELDS + figures.OUTCOME_FIELDS)
        return figures.csv_response(rows, f"{self.get_parent().slug}-{self.year}-semicolon.csv", delimiter=";")


@register_snippet
class AudienceCategory(TranslatableMixin, models.Model):
    """Who a news item is mainly for, e.g. "municipalities and professionals"."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("The same in every language."))

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # The slug is the same in every language, so links and filters work everywhere.
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience category")
        verbose_name_plural = _("audience categories")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class NewsIndexPage(RoutablePageMixin, BasePage):
    """News and participant stories, newest first, with an Atom feed per language."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.NewsPage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    per_page = 10

    class Meta:
        verbose_name = _("news index")

    def news_items(self):
        return page_cache.public(
            NewsPage.objects.child_of(self).live().select_related("audience").order_by("-date", "-pk")
        ).defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        kind = request.GET.get("kind")
        if kind in NewsPage.Kind.values:
            items = items.filter(kind=kind)
            context["kind"] = kind
        paginator = Paginator(items, self.per_page)
        try:
            context["items"] = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            context["items"] = paginator.page(1)
        except EmptyPage:
            context["items"] = paginator.page(paginator.num_pages)
        return context

    @path("feed/", name="feed")
    def feed(self, request) -> HttpResponse:
        from .feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsPage(BasePage):
    """A dated news item or a participant's story."""

    class Kind(models.TextChoices):
        NEWS = "news", _("news")
        STORY = "story", _("participant story")

    date = models.DateField(_("date"), default=datetime.date.today)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    audience = models.ForeignKey(
        AudienceCategory,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("audience"),
    )
    intro = models.TextField(_("introduction"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    publication_url = models.URLField(_("link to a publication"), blank=True)
    publication_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("publication document"),
    )
    publication_title = models.CharField(_("title of the publication"), max_length=255, blank=True)

    parent_page_types = ["projects.NewsIndexPage"]
    subpage_types: list[str] = []

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("kind"),
    ]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind"), FieldPanel("audience")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("publication_title"), FieldPanel("publication_url"), FieldPanel("publication_document")],
            heading=_("Publication"),
            help_text=_("Optional: a report or magazine this item is about."),
        ),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def clean(self):
        super().clean()
        if self.publication_url and self.publication_document_id:
            raise ValidationError({"publication_url": _("Link to a web page or to a document, not both.")})
