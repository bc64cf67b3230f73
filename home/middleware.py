"""Security headers Django does not set by itself: a content security policy per area, and Permissions-Policy.

Both middlewares sit before whitenoise in MIDDLEWARE, so static files get the same headers as pages.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with three policies instead of one.

    - every response: ``CONTENT_SECURITY_POLICY`` (strict: no inline code, nothing from other hosts);
    - a page whose template loads Google's reCAPTCHA script, which is what a ``recaptcha_site_key`` in its
      context means (the intake form pages): ``CONTENT_SECURITY_POLICY_RECAPTCHA`` adds Google's hosts;
    - the Wagtail admin: ``CONTENT_SECURITY_POLICY_ADMIN`` replaces the public policy. The admin's preview
      renders a page through the middleware again, as a request of its own: that page keeps the public
      policy, except that the admin may frame it.

    A response that already has a policy keeps it (Wagtail's document view sets ``default-src 'none'``).
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and (getattr(response, "context_data", None) or {}).get("recaptcha_site_key"):
            parts.update = {**(parts.update or {}), **settings.CONTENT_SECURITY_POLICY_RECAPTCHA["DIRECTIVES"]}
        admin = settings.CONTENT_SECURITY_POLICY_ADMIN
        if not report_only and parts.config is None and request.path_info.startswith(admin["PATH_PREFIX"]):
            parts.config = admin["DIRECTIVES"]
        if getattr(request, "is_dummy", False):  # Wagtail's preview (and moderation) of a page
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class PermissionsPolicyMiddleware:
    """Switch off browser features the site never uses, for the page and anything it embeds."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})" for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
