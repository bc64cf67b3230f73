"""The public forms: short, plain language, and only what intake needs.

The sign-up form asks no nationality, citizen service number, date of birth or
health data (DESIGN.md). Every form carries a honeypot and a signed start time with a
one-time token: a form is good for one submission (intake/views.py).
"""

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from home import page_cache
from home.locales import language_name_local

from .rendering import RENDERER

SHORT = 200
LONG = 2000
TIMESTAMP_SALT = "intake.form-started"
NAME_ATTRS = {"autocomplete": "name"}
EMAIL_ATTRS = {"autocomplete": "email"}
PHONE_ATTRS = {"type": "tel", "autocomplete": "tel", "inputmode": "tel"}


class FormTooFast(Exception):
    """Sent faster than a person can type: treated as a bot, nothing is stored."""


class FormExpired(Exception):
    """The signed start time is missing, forged or too old: ask the person to send again."""


def new_start_token() -> str:
    """The time the form was handed out and a random one-time token, signed together."""
    return signing.TimestampSigner(salt=TIMESTAMP_SALT).sign(f"{int(time.time())}:{secrets.token_urlsafe(16)}")


class IntakeForm(forms.Form):
    """Fields and checks every public form shares."""

    default_renderer = RENDERER  # the same HTML as Django's widget templates, written faster

    # A field people never see; bots fill it in. Its name must not be a real field's.
    fax_number = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(widget=forms.HiddenInput)

    consent = forms.BooleanField(required=True)

    # Fields that are stored in the submission's own columns rather than its answers.
    column_fields = ("name", "email", "phone")
    not_stored = ("fax_number", "started", "consent", "g-recaptcha-response", "project")

    def __init__(self, *args, privacy_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = new_start_token()
        self.fields["fax_number"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["consent"].label = self.consent_label(privacy_url)
        self.fields["consent"].error_messages["required"] = _("Please agree, or we cannot handle your message.")

    def consent_label(self, privacy_url: str) -> str:
        text = _("I agree that the foundation keeps my answers to handle this form, as the privacy statement says.")
        if privacy_url:
            return format_html('{} <a href="{}">{}</a>', text, privacy_url, _("Read the privacy statement"))
        return text

    @property
    def is_honeypot_filled(self) -> bool:
        return bool(self.data.get("fax_number"))

    def check_timing(self) -> str:
        """The form's one-time token; raise FormTooFast or FormExpired instead when the timing is wrong."""
        signer = signing.TimestampSigner(salt=TIMESTAMP_SALT)
        try:
            value = signer.unsign(self.data.get("started", ""), max_age=settings.INTAKE_FORM_MAX_AGE)
            started, token = value.split(":")
            started = int(started)
        except (signing.BadSignature, ValueError) as error:
            raise FormExpired from error
        if time.time() - started < settings.INTAKE_MIN_FILL_SECONDS:
            raise FormTooFast
        return token

    def answers(self) -> dict:
        """The cleaned answers that go into the submission's JSON, as plain JSON values."""
        skip = set(self.column_fields) | set(self.not_stored)
        return {name: value for name, value in self.cleaned_data.items() if name not in skip}


class ListedChoices(ModelChoiceIterator):
    """The choices from one ordinary query, kept on the form's queryset for every later use.

    Django's iterator reads them with ``QuerySet.iterator()``, which on PostgreSQL opens a
    server-side cursor: a few milliseconds of round trips for a handful of rows, at every
    rendering of the form.
    """

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedModelChoiceField(forms.ModelChoiceField):
    iterator = ListedChoices


class ProjectChoiceField(forms.ModelChoiceField):
    """A project by id: an id beyond the database's integers (an OverflowError on SQLite) is no project in the list."""

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError as error:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice") from error


def language_choices() -> list[tuple[str, str]]:
    return [(code, language_name_local(code)) for code, _name in settings.LANGUAGES] + [
        ("other", _("Another language"))
    ]


class SignUpForm(IntakeForm):
    CHANNELS = [("phone", _("Phone call")), ("whatsapp", _("WhatsApp")), ("email", _("E-mail"))]
    DUTCH_LEVELS = [
        ("none", _("I do not speak Dutch yet")),
        ("basic", _("A little (A1–A2)")),
        ("intermediate", _("Quite well (B1)")),
        ("good", _("Well (B2 or higher)")),
    ]
    LOOKING_FOR = [
        ("paid_work", _("Paid work")),
        ("internship", _("An internship")),
        ("education", _("Education or a course")),
        ("volunteering", _("Volunteering")),
    ]
    HEARD_FROM = [
        ("", _("Choose if you like")),
        ("friends", _("Friends or family")),
        ("municipality", _("The municipality")),
        ("refugee_organisation", _("A refugee organisation")),
        ("social_media", _("Social media")),
        ("website", _("This website")),
        ("other", _("Somewhere else")),
    ]

    name = forms.CharField(label=_("Your name"), max_length=SHORT, widget=forms.TextInput(NAME_ATTRS))
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=40,
        required=False,
        help_text=_("Give a phone number, an e-mail address, or both."),
        widget=forms.TextInput(PHONE_ATTRS),
    )
    email = forms.EmailField(
        label=_("E-mail address"), max_length=SHORT, required=False, widget=forms.EmailInput(EMAIL_ATTRS)
    )
    contact_channel = forms.ChoiceField(
        label=_("How should we contact you?"), choices=CHANNELS, widget=forms.RadioSelect
    )
    municipality = forms.CharField(
        label=_("Where do you live? (municipality)"),
        max_length=100,
        widget=forms.TextInput({"autocomplete": "address-level2"}),
    )
    languages = forms.CharField(
        label=_("Which languages do you speak?"), max_length=SHORT, help_text=_("For example: Arabic, English")
    )
    dutch_level = forms.ChoiceField(label=_("How well do you speak Dutch?"), choices=DUTCH_LEVELS)
    contact_language = forms.ChoiceField(label=_("In which language shall we contact you?"))
    interpreter = forms.BooleanField(label=_("I would like an interpreter"), required=False)
    looking_for = forms.MultipleChoiceField(
        label=_("What are you looking for?"), choices=LOOKING_FOR, widget=forms.CheckboxSelectMultiple
    )
    background = forms.CharField(
        label=_("Tell us a little about yourself"),
        max_length=LONG,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Your work, your studies, what you are good at. Please do not write about your health."),
    )
    project = ProjectChoiceField(
        label=_("Which project?"), queryset=None, required=False, empty_label=_("I am not sure yet")
    )
    heard_from = forms.ChoiceField(label=_("How did you hear about us?"), choices=HEARD_FROM, required=False)

    field_order = [
        "name",
        "phone",
        "email",
        "contact_channel",
        "municipality",
        "languages",
        "dutch_level",
        "contact_language",
        "interpreter",
        "looking_for",
        "background",
        "project",
        "heard_from",
        "consent",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from projects.models import ProjectPage

        project = self.fields["project"]
        # What a chosen project is checked against when the form is sent...
        project.queryset = page_cache.public(
            ProjectPage.objects.live()
            .filter(locale=page_cache.active_locale(), status=ProjectPage.Status.RUNNING)
            .order_by("title")
        )
        # ...and what the list shows: remembered per language until the next publish, so a blank form needs no query.
        listed = page_cache.remembered(
            f"sign-up-projects:{page_cache.active_locale().language_code}",
            lambda: list(project.queryset.values_list("pk", "title")),
        )
        project.choices = [("", project.empty_label), *listed]
        project.error_messages["invalid_choice"] = _("Choose one of the projects in the list.")
        self.fields["contact_language"].choices = language_choices()
        if not self.is_bound:
            self.initial.setdefault("contact_language", page_cache.active_locale().language_code)

    def clean(self):
        cleaned = super().clean()
        phone, email = cleaned.get("phone"), cleaned.get("email")
        if not phone and not email and "email" not in self.errors:
            self.add_error("phone", _("Give a phone number or an e-mail address, so that we can reach you."))
        channel = cleaned.get("contact_channel")
        if channel in {"phone", "whatsapp"} and email and not phone:
            self.add_error("phone", _("Give your phone number, or choose e-mail as the way to contact you."))
        if channel == "email" and phone and not email and "email" not in self.errors:
            self.add_error("email", _("Give your e-mail address, or choose another way to contact you."))
        return cleaned


class InitiativeReportForm(IntakeForm):
    initiative_name = forms.CharField(label=_("Name of the initiative"), max_length=SHORT)
    organisation = forms.CharField(label=_("Organisation"), max_length=SHORT)
    website = forms.URLField(label=_("Website"), max_length=SHORT, required=False, assume_scheme="https")
    focus_areas = forms.MultipleChoiceField(
        label=_("What does it help with?"), widget=forms.CheckboxSelectMultiple, choices=[]
    )
    region = forms.ChoiceField(label=_("Where does it work?"), choices=[])
    description = forms.CharField(
        label=_("Short description"), max_length=LONG, widget=forms.Textarea(attrs={"rows": 4})
    )
    goal = forms.CharField(label=_("Goal"), max_length=LONG, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    approach = forms.CharField(
        label=_("Approach"), max_length=LONG, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    results = forms.CharField(
        label=_("Results so far"), max_length=LONG, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    name = forms.CharField(label=_("Contact person"), max_length=SHORT, widget=forms.TextInput(NAME_ATTRS))
    email = forms.EmailField(label=_("Contact e-mail address"), max_length=SHORT, widget=forms.EmailInput(EMAIL_ATTRS))
    phone = forms.CharField(
        label=_("Contact phone number"), max_length=40, required=False, widget=forms.TextInput(PHONE_ATTRS)
    )
    publish_contact = forms.BooleanField(
        label=_("You may publish these contact details with the initiative"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["focus_areas"].choices = term_choices("focus")
        self.fields["region"].choices = [("", _("Choose a region")), *term_choices("region")]


def term_choices(kind: str) -> list[tuple[str, str]]:
    """The directory's terms (focus areas, regions) by slug, named and ordered as its filters show them."""
    from initiatives.taxonomies import get_terms

    language = page_cache.active_locale().language_code
    return [(term.slug, term.name) for term in get_terms().options(kind, language)]


class ContactForm(IntakeForm):
    TOPICS = [
        ("general", _("A general question")),
        ("sign_up", _("Signing up for a project")),
        ("initiative", _("An initiative")),
        ("press", _("Press or research")),
        ("other", _("Something else")),
    ]

    name = forms.CharField(label=_("Your name"), max_length=SHORT, widget=forms.TextInput(NAME_ATTRS))
    email = forms.EmailField(label=_("E-mail address"), max_length=SHORT, widget=forms.EmailInput(EMAIL_ATTRS))
    topic = forms.ChoiceField(label=_("What is it about?"), choices=TOPICS)
    message = forms.CharField(label=_("Your message"), max_length=LONG, widget=forms.Textarea(attrs={"rows": 6}))
