"""StreamField blocks shared by every page family (home, projects, initiatives, intake)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .locales import localized_pages

# Rich-text feature lists, named once.
RICH_TEXT_BASIC = ["bold", "italic", "link", "document-link"]
RICH_TEXT_BODY = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class LinkValue(blocks.StructValue):
    """Resolves a link to either an internal page or an external URL."""

    def localized_page(self):
        """The chosen page in the current language; a caller may set it in advance."""
        if not hasattr(self, "_localized_page"):
            self._localized_page = localized_pages([self.get("page")])[0]
        return self._localized_page

    def url(self, request=None) -> str:
        """With the request (the ``link_url`` tag), Wagtail finds the site's root paths in memory."""
        page = self.localized_page()
        return page.get_url(request) if page else self.get("external_url") or ""

    def text(self) -> str:
        page = self.localized_page()
        return self.get("label") or (page.title if page else "")


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(required=False, label=_("Label"), help_text=_("Defaults to the page title."))
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    external_url = blocks.URLBlock(required=False, label=_("External URL"))

    class Meta:
        icon = "link"
        value_class = LinkValue
        label = _("Link")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            raise ValidationError(_("Choose a page or enter an external URL, not both."))
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level"))

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        group = _("Text")
        label = _("Heading")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_BODY, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        group = _("Text")
        label = _("Text")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        group = _("Text")
        label = _("Quote")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        group = _("Media")
        label = _("Image")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_BASIC, required=False, label=_("Text"))
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        group = _("Calls to action")
        label = _("Call to action")


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(label=_("Figure"), help_text=_("For example 35 or 38 %."))
    label = blocks.CharBlock(label=_("What it counts"))


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, label=_("Heading"))
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, label=_("Figures"))

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        group = _("Facts")
        label = _("Key figures")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_BODY, label=_("Answer"))


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, label=_("Heading"))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"
        group = _("Facts")
        label = _("Questions and answers")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of standard pages; other apps reuse it or its blocks."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    faq = FaqBlock()
