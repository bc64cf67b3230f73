from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "projects"

    def ready(self):
        from home import page_cache

        # News items show their audience's name.
        page_cache.invalidate_on_change([self.get_model("AudienceCategory")])
