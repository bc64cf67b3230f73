"""Each form in each language: a valid submission is saved, confirmed on screen and by mail."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.utils import translation

from wagtail.models import Locale

from intake.models import Submission
from projects.models import ProjectPage
from tests.factories import ProjectIndexPageFactory, ProjectPageFactory
from tests.intake_helpers import CONTACT, SIGN_UP

pytestmark = pytest.mark.django_db


@pytest.fixture
def project(homes, form_pages):
    index = ProjectIndexPageFactory(parent=homes["nl"])
    index.save_revision().publish()
    project = ProjectPageFactory(parent=index, slug="rob", title="Refugee On Board")
    project.save_revision().publish()
    return project


def thanks(client, response):
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".field__error")
    page = client.get(response["Location"])
    assert page.status_code == 200
    return BeautifulSoup(page.content, "html.parser")


def test_sign_up_saves_and_confirms(client, form_pages, project, post_form):
    response = post_form("/nl/aanmelden/", {**SIGN_UP, "project": project.pk})
    soup = thanks(client, response)
    submission = Submission.objects.get()

    reference = soup.select_one(".reference").get_text()
    assert reference == submission.reference
    assert "We bellen je." in soup.get_text()
    assert submission.kind == "sign_up"
    assert submission.locale.language_code == "nl"
    assert submission.project == project
    assert (submission.name, submission.email, submission.phone) == ("Amal Test", "amal@example.org", "+31 6 00000000")
    assert submission.data["looking_for"] == ["paid_work", "education"]
    assert submission.data["interpreter"] is True
    assert submission.consent_version and submission.consent_given_at
    assert submission.status == "new"
    assert submission.verified is False  # no reCAPTCHA keys in tests: test mode


def test_the_two_mails(client, form_pages, project, post_form):
    post_form("/nl/aanmelden/", {**SIGN_UP, "project": project.pk})
    submission = Submission.objects.get()

    confirmation, notification = sorted(mail.outbox, key=lambda message: message.to[0])
    assert confirmation.to == ["amal@example.org"]
    assert submission.reference in confirmation.subject
    assert notification.to == ["intake@example.org"]
    assert f"/admin/intake/queue/inspect/{submission.pk}/" in notification.body
    for personal in ["Amal", "amal@example.org", "00000000", "Den Haag", "boekhouder", "Arabisch"]:
        assert personal not in notification.body
        assert personal not in notification.subject


@pytest.mark.parametrize(
    ("language", "subject_word"),
    [("nl", "ontvangen"), ("en", "received"), ("ar", "تلقينا"), ("fa", "دریافت"), ("uk", "отримали")],
)
def test_confirmation_mail_speaks_the_language_of_the_form(client, form_pages, language, subject_word, post_form):
    response = post_form(f"/{language}/aanmelden/", {**SIGN_UP, "contact_language": language})

    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.locale.language_code == language
    confirmation = next(message for message in mail.outbox if message.to == ["amal@example.org"])
    assert subject_word in confirmation.subject


def test_no_email_no_confirmation_but_staff_still_told(client, form_pages, post_form):
    data = {**SIGN_UP, "email": "", "contact_channel": "phone"}
    post_form("/nl/aanmelden/", data)

    assert Submission.objects.get().email == ""
    assert [message.to for message in mail.outbox] == [["intake@example.org"]]


def test_project_preselected_from_the_project_page_link(client, form_pages, project):
    soup = BeautifulSoup(client.get(f"/nl/aanmelden/?project={project.pk}").content, "html.parser")

    assert soup.select_one(f"select[name=project] option[value='{project.pk}']").has_attr("selected")


def test_initiative_report(client, form_pages, post_form):
    from initiatives.models import FocusArea, Region

    focus = FocusArea.objects.filter(locale__language_code="en").first()
    region = Region.objects.filter(locale__language_code="en").first()
    data = {
        "initiative_name": "Buddy Werk",
        "organisation": "Stichting Voorbeeld",
        "website": "https://example.org",
        "focus_areas": [focus.slug],
        "region": region.slug,
        "description": "Buddies voor werkzoekers.",
        "name": "Kim Test",
        "email": "kim@example.org",
        "publish_contact": "on",
        "consent": "on",
    }

    thanks(client, post_form("/en/initiatief-melden/", data))
    submission = Submission.objects.get()

    assert submission.kind == "initiative"
    assert submission.locale.language_code == "en"
    assert submission.data["focus_areas"] == [focus.slug]
    assert submission.data["publish_contact"] is True
    assert submission.name == "Kim Test"


def test_contact_question_in_ukrainian(client, form_pages, post_form):
    thanks(client, post_form("/uk/vraag/", {**CONTACT, "consent": "on"}))
    submission = Submission.objects.get()

    assert (submission.kind, submission.locale.language_code) == ("contact", "uk")
    assert submission.data == {"topic": "general", "message": "Hoe werkt het?"}


def test_form_pages_are_never_cached(client, form_pages):
    for url in ["/nl/aanmelden/", "/ar/aanmelden/", "/en/vraag/"]:
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control


def test_forms_read_right_to_left_in_arabic(client, form_pages):
    soup = BeautifulSoup(client.get("/ar/aanmelden/").content, "html.parser")

    assert soup.html["dir"] == "rtl"
    assert soup.select_one("label[for=id_name]").get_text(strip=True) != "Your name"


def test_sign_up_asks_nothing_it_should_not(client, form_pages):
    names = {
        field["name"]
        for field in BeautifulSoup(client.get("/nl/aanmelden/").content, "html.parser").select(
            "form.intake-form [name]"
        )
    }

    for forbidden in ["nationality", "bsn", "citizen_service_number", "date_of_birth", "birth_date", "health"]:
        assert forbidden not in names


def test_thanks_page_without_a_submission_goes_back_to_the_form(client, form_pages):
    response = client.get("/nl/aanmelden/thanks/")

    assert response.status_code == 302
    assert response["Location"] == "/nl/aanmelden/"


def test_running_projects_only_in_the_choice(client, form_pages, project):
    ProjectPageFactory(parent=project.get_parent(), slug="oud", title="Oud project", finished=True)
    soup = BeautifulSoup(client.get("/nl/aanmelden/").content, "html.parser")
    options = [option.get_text() for option in soup.select("select[name=project] option")]

    assert "Refugee On Board" in options
    assert "Oud project" not in options
    assert ProjectPage.objects.filter(title="Oud project").exists()


def project_options(client) -> list[str]:
    soup = BeautifulSoup(client.get("/nl/aanmelden/").content, "html.parser")
    return [option.get_text() for option in soup.select("select[name=project] option")]


def test_the_project_list_follows_publishing(client, form_pages, project):
    """The list is remembered between requests; publishing or ending a project shows at once."""
    assert "Taalcoaching" not in project_options(client)
    new = ProjectPageFactory(parent=project.get_parent(), slug="taal", title="Taalcoaching")
    new.save_revision().publish()
    assert "Taalcoaching" in project_options(client)

    project.status = ProjectPage.Status.FINISHED
    project.save_revision().publish()
    assert "Refugee On Board" not in project_options(client)


def test_a_project_that_ended_after_the_form_was_shown_is_refused(client, form_pages, project, post_form):
    assert "Refugee On Board" in project_options(client)
    ProjectPage.objects.filter(pk=project.pk).update(status=ProjectPage.Status.FINISHED)  # no publish, no new list

    response = post_form("/nl/aanmelden/", {**SIGN_UP, "project": project.pk})

    assert response.status_code == 400
    error = BeautifulSoup(response.content, "html.parser").select_one("#id_project_error")
    with translation.override("nl"):
        assert error.get_text(strip=True) == translation.gettext("Choose one of the projects in the list.")
    assert not Submission.objects.exists()


@pytest.mark.parametrize("language", ["nl", "en", "ar", "fa", "ti", "uk"])
@pytest.mark.parametrize("form", ["signup", "report", "contact"])
def test_every_form_in_every_language(client, form_pages, post_form, language, form):
    from initiatives.models import FocusArea, Region

    answers = {
        "signup": {**SIGN_UP, "contact_language": language},
        "report": {
            "initiative_name": "Buddy Werk",
            "organisation": "Stichting Voorbeeld",
            "focus_areas": [FocusArea.objects.first().slug],
            "region": Region.objects.first().slug,
            "description": "Buddies voor werkzoekers.",
            "name": "Kim Test",
            "email": "kim@example.org",
            "consent": "on",
        },
        "contact": {**CONTACT, "consent": "on"},
    }[form]
    url = form_pages[form].get_translation(Locale.objects.get(language_code=language)).url

    soup = thanks(client, post_form(url, answers))
    submission = Submission.objects.get()

    assert submission.locale.language_code == language
    assert soup.html["lang"] == language
    assert soup.select_one(".reference").get_text() == submission.reference
    assert sorted(message.to[0] for message in mail.outbox) == sorted({submission.email, "intake@example.org"} - {""})
