"""The public forms' widget writer (intake/rendering.py) writes exactly what Django's widget templates write."""

import pytest

from django.forms.renderers import DjangoTemplates
from django.utils import translation

from home.templatetags.onboard_tags import field_widget, is_choice_group
from intake import forms as intake_forms
from intake.forms import ContactForm, InitiativeReportForm, SignUpForm
from intake.rendering import RENDERER
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory

pytestmark = pytest.mark.django_db

TRICKY = '<b>"Tom" & Jerry\'s</b></textarea><script>alert(1)</script>'
ANSWERS = {
    # Every field of every form, with markup, quotes and ampersands where a person can type them.
    "name": TRICKY,
    "phone": "+31 6 <00>",
    "email": "not an address & <more>",
    "contact_channel": "whatsapp",
    "municipality": TRICKY,
    "languages": "Arabisch, Engels",
    "dutch_level": "basic",
    "contact_language": "ar",
    "interpreter": "on",
    "looking_for": ["paid_work", "education"],
    "background": TRICKY + "\nsecond line",
    "heard_from": "friends",
    "consent": "on",
    "initiative_name": TRICKY,
    "organisation": "A & B",
    "website": "https://example.org/?a=1&b=<2>",
    "focus_areas": ["language", "work-and-entrepreneurship"],
    "region": "utrecht",
    "description": TRICKY,
    "publish_contact": "on",
    "topic": "general",
    "message": TRICKY,
    "fax_number": "",
}


@pytest.fixture
def running_project(homes):
    index = ProjectIndexPageFactory(parent=homes["nl"], slug="projecten")
    project = ProjectPageFactory(parent=index, slug="rob", title='Refugee "On" Board & <co>')
    project.save_revision().publish()
    return project


def make_form(form_class, answers, renderer=None):
    kwargs = {"privacy_url": "/nl/privacy/?a=1&b=2", "renderer": renderer}
    return form_class(**kwargs) if answers is None else form_class(answers, **kwargs)


def pieces(form) -> list[tuple[str, str]]:
    """Every piece of widget HTML a form page asks for: plain, with the accessibility attributes, each option."""
    found = []
    for field in form:
        found.append((field.name, field.as_widget()))
        found.append((f"{field.name} (aria)", field_widget(field)))
        if is_choice_group(field):
            for n, option in enumerate(field):
                found.append((f"{field.name} option {n}", option.tag()))
                found.append((f"{field.name} option {n} in its label", option.tag(wrap_label=True)))
    return found


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("form_class", [SignUpForm, InitiativeReportForm, ContactForm])
@pytest.mark.parametrize("state", ["blank", "answered", "all wrong"])
def test_every_widget_comes_out_as_djangos_templates_write_it(
    running_project, language, form_class, state, monkeypatch
):
    monkeypatch.setattr(intake_forms, "new_start_token", lambda: "signed-start-and-token")  # the same in both forms
    answers = {"blank": None, "answered": {**ANSWERS, "project": str(running_project.pk)}, "all wrong": {}}[state]
    with translation.override(language):
        ours = make_form(form_class, answers)
        django = make_form(form_class, answers, renderer=DjangoTemplates())
        if answers is not None:
            assert ours.is_valid() is django.is_valid()
        ours_html, django_html = pieces(ours), pieces(django)

    assert ours.renderer is RENDERER
    assert len(ours_html) > len(form_class.base_fields)
    for (name, mine), (_name, theirs) in zip(ours_html, django_html, strict=True):
        assert mine == theirs, name


def test_the_sign_up_page_escapes_what_was_typed(client, form_pages, post_form):
    response = post_form("/nl/aanmelden/", {"name": TRICKY, "background": TRICKY})

    html = response.content.decode()
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;&quot;Tom&quot; &amp; Jerry&#x27;s&lt;/b&gt;" in html
