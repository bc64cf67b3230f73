"""Factories for test content; the demo loader writes real content, these write just enough."""

import factory
import wagtail_factories

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
