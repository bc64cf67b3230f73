"""Who may do what with submissions (registered for Wagtail in apps.py)."""

from django.contrib.auth import get_user_model

from wagtail.permission_policies import ModelPermissionPolicy


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Submissions come only from the public forms and leave only by erasure: nobody adds or deletes them."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in {"add", "delete"}]
        return super().users_with_any_permission(actions) if actions else get_user_model().objects.none()
