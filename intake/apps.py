from django.apps import AppConfig


class IntakeConfig(AppConfig):
    name = "intake"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import Submission
        from .permissions import SubmissionPermissionPolicy

        register_permission_policy(Submission, SubmissionPermissionPolicy(Submission))
