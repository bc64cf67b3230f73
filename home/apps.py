from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save


class HomeConfig(AppConfig):
    name = "home"

    def ready(self):
        from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

        from . import page_cache, publication
        from .locales import ensure_locales, sync_trees_unless_raw

        post_migrate.connect(ensure_locales, sender=self)
        # A deploy runs migrate: new code or templates may render every page differently.
        post_migrate.connect(page_cache.invalidate, sender=self, dispatch_uid="page_cache_migrated")
        page_cache.connect_signals()
        publication.connect_signals()
        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        post_save.connect(sync_trees_unless_raw, sender=LocaleSynchronization)
