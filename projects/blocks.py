"""Blocks used only by project pages."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class CohortBlock(blocks.StructBlock):
    """A group of participants who started together; figures stay empty where unknown."""

    start_date = blocks.DateBlock(label=_("start date"))
    length_months = blocks.IntegerBlock(required=False, min_value=1, label=_("length in months"))
    aftercare_months = blocks.IntegerBlock(required=False, min_value=0, label=_("months of aftercare"))
    candidates = blocks.IntegerBlock(required=False, min_value=0, label=_("candidates"))
    participants_started = blocks.IntegerBlock(required=False, min_value=0, label=_("participants started"))

    class Meta:
        icon = "group"
        label = _("Cohort")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"))
    role = blocks.ChoiceBlock(
        choices=[("partner", _("partner")), ("funder", _("funder"))], default="partner", label=_("role")
    )
    url = blocks.URLBlock(required=False, label=_("website"))

    class Meta:
        icon = "site"
        label = _("Partner or funder")


class ProgrammePartBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "tick"
        label = _("Programme part")
