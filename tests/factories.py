"""Factories for test content; the demo loader writes real content, these write just enough."""

import datetime

import factory
import wagtail_factories

from django.utils import timezone

from wagtail.models import Locale

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standaardpagina {n}")
    slug = factory.Sequence(lambda n: f"standaardpagina-{n}")
    intro = "Een korte inleiding."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = StandardPage

    class Params:
        in_menu = factory.Trait(show_in_menus=True)


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projecten"
    slug = "projecten"

    class Meta:
        model = "projects.ProjectIndexPage"


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Project {n}")
    slug = factory.Sequence(lambda n: f"project-{n}")
    intro = "Begeleiding naar werk."
    status = "running"

    class Meta:
        model = "projects.ProjectPage"

    class Params:
        finished = factory.Trait(status="finished")


class ProjectResultsPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda o: f"Resultaten {o.year}")
    slug = factory.LazyAttribute(lambda o: str(o.year))
    year = factory.Sequence(lambda n: 2000 + n % 25)

    class Meta:
        model = "projects.ProjectResultsPage"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = "projects.NewsIndexPage"


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nieuwsbericht {n}")
    slug = factory.Sequence(lambda n: f"nieuwsbericht-{n}")
    intro = "Een kort bericht."
    date = factory.Sequence(lambda n: datetime.date(2021, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = "projects.NewsPage"

    class Params:
        story = factory.Trait(kind="story")


def _terms(model_name: str, locale, slugs):
    from django.apps import apps

    return apps.get_model("initiatives", model_name).objects.filter(locale=locale, slug__in=slugs)


class InitiativeDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Bijzondere initiatieven"
    slug = "bijzondere-initiatieven"
    intro = "<p>Initiatieven van andere organisaties.</p>"

    class Meta:
        model = "initiatives.InitiativeDirectoryPage"


class InitiativePageFactory(wagtail_factories.PageFactory):
    """``focus=[slugs]``, ``regions=[slugs]`` and ``status="running"`` pick terms of the page's language."""

    title = factory.Sequence(lambda n: f"Initiatief {n}")
    slug = factory.Sequence(lambda n: f"initiatief-{n}")
    intro = "Een initiatief dat nieuwkomers op weg helpt."
    organisation = "Stichting Voorbeeld"
    last_updated = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = "initiatives.InitiativePage"
        skip_postgeneration_save = True

    class Params:
        stale = factory.Trait(
            last_updated=factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=400))
        )

    @factory.post_generation
    def status(obj, create, extracted, **kwargs):
        if extracted:
            obj.status = _terms("Status", obj.locale, [extracted]).get()
            if create:
                obj.save()

    @factory.post_generation
    def focus(obj, create, extracted, **kwargs):
        if extracted:
            obj.focus_areas.set(_terms("FocusArea", obj.locale, extracted))
            if create:
                obj.save()

    @factory.post_generation
    def regions(obj, create, extracted, **kwargs):
        if extracted:
            obj.regions.set(_terms("Region", obj.locale, extracted))
            if create:
                obj.save()


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A sign-up as the form saves it, with planted personal data the tests look for."""

    kind = "sign_up"
    locale = factory.LazyFunction(Locale.get_default)
    name = "Planted Person"
    email = factory.Sequence(lambda n: f"planted{n}@example.org")
    phone = "+31 6 11112222"
    data = factory.LazyFunction(lambda: {"municipality": "Plantdorp", "background": "Planted background story"})
    consent_version = "2026-11"
    consent_given_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = "intake.Submission"

    class Params:
        initiative = factory.Trait(
            kind="initiative",
            data=factory.LazyFunction(
                lambda: {
                    "initiative_name": "Planted Initiative",
                    "organisation": "Planted Org",
                    "website": "https://example.org/planted",
                    "focus_areas": ["work-and-entrepreneurship"],
                    "region": "utrecht",
                    "description": "What the planted initiative does.",
                    "goal": "Its goal.",
                    "approach": "Its approach.",
                    "results": "",
                    "publish_contact": True,
                }
            ),
        )


def make_user(username: str, *groups: str, password: str = "pw", superuser: bool = False, **fields):
    """An admin user in ``groups`` (by name), reading the admin in English, as the tests read its texts."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from wagtail.users.models import UserProfile

    User = get_user_model()
    create = User.objects.create_superuser if superuser else User.objects.create_user
    user = create(username, f"{username}@example.org", password, **fields)
    user.groups.set(Group.objects.filter(name__in=groups))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
