from django.apps import AppConfig


class InitiativesConfig(AppConfig):
    name = "initiatives"

    def ready(self):
        from home import page_cache

        from .taxonomies import term_models

        # The directory and the initiative pages show the terms' names; get_terms() follows the same generation.
        page_cache.invalidate_on_change(term_models().values())
