"""Loads the demo content of every app that has a demo.py; safe to run again."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the demo content (home, about, privacy, contact, ...) in Dutch, English and Arabic."

    def handle(self, *args, **options):
        # Apps are visited in INSTALLED_APPS order, so home comes before the apps built on it.
        for app in apps.get_app_configs():
            module_name = f"{app.name}.demo"
            if app.name.startswith(("django", "wagtail", "modelcluster", "taggit")) or not find_spec(module_name):
                continue
            import_module(module_name).load(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
