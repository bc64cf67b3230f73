from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class InitiativesConfig(AppConfig):
    name = "initiatives"

    def ready(self):
        from home import page_cache

        from .taxonomies import forget_terms, term_models

        for model in term_models().values():
            post_save.connect(forget_terms, sender=model, dispatch_uid=f"forget_terms_save_{model.__name__}")
            post_delete.connect(forget_terms, sender=model, dispatch_uid=f"forget_terms_delete_{model.__name__}")
        # The directory and the initiative pages show the terms' names.
        page_cache.invalidate_on_change(term_models().values())
