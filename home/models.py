"""Home, standard pages and the site-wide settings every other app builds on."""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from . import page_cache
from .blocks import RICH_TEXT_BASIC, BodyStreamBlock, LinkBlock
from .forms import DraftPageForm
from .locales import localized_pages
from .routing import find_route_target


class BasePage(Page):
    """Every public page type of the site derives from this."""

    base_form_class = DraftPageForm

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Wagtail's rule, and the source's ancestors and the translations too.

        An alias obeys whatever guards its source, and a translation whatever guards its
        original (or any other version of the page, in whichever language). Wagtail resolves
        an alias to its source page, but not the source's ancestors, follows each alias with
        a query of its own and ignores translations. The restrictions that apply are known
        from page_cache.restricted_paths (remembered until the next change): no query
        at all for a page no restriction guards, one for the restrictions otherwise.
        """
        ids = page_cache.view_restriction_ids(self)
        if not ids:
            return PageViewRestriction.objects.none()  # the usual case, known without a query
        return PageViewRestriction.objects.filter(pk__in=ids)


class HomePage(BasePage):
    """The root of each language tree."""

    intro = RichTextField(features=RICH_TEXT_BASIC, blank=True, verbose_name=_("introduction"))
    call_to_action = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("sign-up call to action"),
        help_text=_("The button that invites refugees to sign up for a project."),
    )
    featured = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        max_num=6,
        verbose_name=_("featured pages"),
        help_text=_("Projects or pages to show on the home page."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "projects.ProjectIndexPage",
        "projects.NewsIndexPage",
        "initiatives.InitiativeDirectoryPage",
        "intake.SignUpPage",
        "intake.InitiativeReportPage",
        "intake.ContactPage",
    ]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("call_to_action"),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Every address of a language starts here: find its page in two queries (home/routing.py)."""
        target = find_route_target(self, path_components)
        if target is None:
            return super().route(request, path_components)
        return target.specific.route(request, [])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One query localises the call to action and every featured page.
        links = [block.value for block in self.call_to_action]
        featured = [block.value for block in self.featured if block.value]
        localized = localized_pages([link.get("page") for link in links] + featured)
        for link, page in zip(links, localized, strict=False):
            link._localized_page = page
        context["featured_pages"] = [page for page in localized[len(links) :] if page is not None]
        # Apps built on home add sections (latest news, ...) through this hook,
        # so home never imports them.
        context["sections"] = [section(self, request) for section in hooks.get_hooks("onboard_home_sections")]
        return context


class StandardPage(BasePage):
    """About, privacy statement, contact and other pages of plain content."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "intake.SignUpPage", "intake.InitiativeReportPage", "intake.ContactPage"]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """Contact details, registration and social links shown in the footer."""

    name = models.CharField(_("organisation name"), max_length=255, default="Stichting Onboard")
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    intake_email = models.EmailField(
        _("intake e-mail"),
        blank=True,
        help_text=_("New submissions are announced here, with a link and no personal data."),
    )
    kvk_number = models.CharField(_("Chamber of Commerce number"), max_length=20, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy statement"),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact page"),
    )
    signup_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("sign-up form"),
        help_text=_("Project pages link here with the project chosen."),
    )
    report_initiative_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("initiative report form"),
    )
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("address"),
                    MultiFieldPanel(
                        [FieldPanel("phone"), FieldPanel("contact_email"), FieldPanel("intake_email")],
                        heading=_("Contact"),
                    ),
                    FieldPanel("kvk_number"),
                ],
                heading=_("Organisation"),
            ),
            ObjectList(
                [
                    FieldPanel("privacy_page"),
                    FieldPanel("contact_page"),
                    FieldPanel("signup_page"),
                    FieldPanel("report_initiative_page"),
                ],
                heading=_("Pages"),
            ),
            ObjectList(
                [FieldPanel("facebook_url"), FieldPanel("linkedin_url"), FieldPanel("instagram_url")],
                heading=_("Social media"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("organisation")

    @classmethod
    def for_site(cls, site):
        """Every public page shows these details: keep them in the shared cache, not a query per request."""
        key = f"onboard:organisation-settings:{site.pk}"
        instance = cache.get(key)
        if instance is None:
            instance = super().for_site(site)
            cache.set(key, instance, timeout=None)
        return instance

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(f"onboard:organisation-settings:{self.site_id}")

    @property
    def social_links(self) -> list[tuple[str, str]]:
        links = [("Facebook", self.facebook_url), ("LinkedIn", self.linkedin_url), ("Instagram", self.instagram_url)]
        return [(name, url) for name, url in links if url]
