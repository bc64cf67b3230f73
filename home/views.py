"""Site-wide views: Wagtail's pages, search, sitemap, robots.txt, favicon, the error pages and the admin login."""

import logging
import math

from django_ratelimit.core import get_usage

from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import ngettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail import views as wagtail_views
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import LoginView
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action
from wagtail.models import Page

from . import page_cache
from .routing import route_for_request
from .search import clean_query
from .sitemaps import TranslatedSitemap

logger = logging.getLogger(__name__)
SEARCH_RESULTS_PER_PAGE = 10


@page_cache.cached
def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's serve view, routed from the language's home page in memory (home/routing.py)."""
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route_for_request(request, path)
    return wagtail_views.serve(request, path)


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over the live pages of the current language only."""
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        # Untranslated aliases stay in: they keep the visitor in their own interface.
        pages = page_cache.public(Page.objects.live().filter(locale=page_cache.active_locale(), depth__gt=1))
        paginator = Paginator(pages.search(query), SEARCH_RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return TemplateResponse(request, "home/search.html", {"query": query, "results": results})


@cache_control(max_age=3600, public=True)
def sitemap(request: HttpRequest) -> HttpResponse:
    return django_sitemap(request, sitemaps={"pages": TranslatedSitemap(request)})


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def favicon(request: HttpRequest) -> HttpResponse:
    return redirect(static("images/favicon.svg"), permanent=True)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A 404 in the visitor's language (the URL prefix has already activated it)."""
    home = Page.objects.filter(depth=2, locale=page_cache.active_locale()).first()
    return TemplateResponse(request, "404.html", {"home_url": home.url if home else "/"}, status=404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid security token: a page in the visitor's language, nothing saved."""
    response = TemplateResponse(request, "403_csrf.html", {}, status=403)
    response["Cache-Control"] = "private, no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """A 500 that needs neither the database nor the request context to render."""
    return HttpResponse(loader.render_to_string("500.html"), status=500)


def _login_name(group: str, request: HttpRequest) -> str:
    return request.POST.get("username", "").strip().lower()


# Failed sign-ins are counted per address (one guesser, many names) and per user name (many addresses, one name).
LOGIN_LIMITS = (("admin-login-address", "ip"), ("admin-login-name", _login_name))


def _login_usage(request: HttpRequest, *, increment: bool) -> list[dict]:
    """The address's and the name's counts; none while the cache is down (nothing counted, nobody locked out).

    The address is read through the proxies (home/client_ip.py); only a cache that is down
    (``RATELIMIT_FAIL_OPEN``) switches the limit off.
    """
    usages = [
        get_usage(
            request, group=group, key=key, rate=settings.ADMIN_LOGIN_RATE_LIMIT, method="POST", increment=increment
        )
        for group, key in LOGIN_LIMITS
    ]
    if None in usages:
        logger.warning("admin sign-in limit skipped: the cache is unavailable")
    return [usage for usage in usages if usage]


class AdminLoginView(LoginView):
    """Wagtail's sign-in, with failed attempts limited against guessing passwords.

    Only failures count, so colleagues behind one address who sign in correctly never
    trip the limit; a limit lasts until its window ends, and other names and addresses
    are not affected. If the cache is down, sign-in works without the limit.
    """

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        wait = self.seconds_to_wait()
        if wait:
            return self.too_many_attempts(wait)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form) -> HttpResponse:
        _login_usage(self.request, increment=True)
        return super().form_invalid(form)

    def seconds_to_wait(self) -> int:
        """Seconds until this address and this user name may try again; 0 when they may now."""
        usages = _login_usage(self.request, increment=False)
        return max((max(usage["time_left"], 1) for usage in usages if usage["count"] >= usage["limit"]), default=0)

    def too_many_attempts(self, wait: int) -> HttpResponse:
        logger.warning("admin sign-in refused: too many failed attempts")  # no name, no address: both are personal
        minutes = math.ceil(wait / 60)
        messages.error(
            self.request,
            ngettext(
                "Too many failed sign-in attempts. Please wait %(minutes)d minute and try again.",
                "Too many failed sign-in attempts. Please wait %(minutes)d minutes and try again.",
                minutes,
            )
            % {"minutes": minutes},
        )
        form = self.get_form_class()(self.request, initial={"username": self.request.POST.get("username", "")})
        response = self.render_to_response(self.get_context_data(form=form), status=429)
        response["Retry-After"] = str(wait)
        return response


# The largest integer a database column holds (PostgreSQL's bigint; SQLite refuses more with an OverflowError).
LARGEST_ID = 2**63 - 1


@require_admin_access
def bulk_action(request: HttpRequest, app_label: str, model_name: str, action: str) -> HttpResponse:
    """Wagtail's bulk-action dispatcher, after checking the ids it is given.

    Wagtail 8.0 passes the ``id`` and ``childOf`` parameters straight into a query, so a
    signed-in user's ``?id=x`` was a 500 (ValueError); here it is a 400.
    """
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    ids = [value for value in request.GET.getlist("id") if value != "all"]
    parents = request.GET.getlist("childOf")
    try:
        keys = [model._meta.pk.to_python(value) for value in ids]
        keys += [Page._meta.pk.to_python(value) for value in parents]
    except ValidationError:
        return HttpResponseBadRequest("The ids of a bulk action are numbers.")
    if any(isinstance(key, int) and abs(key) > LARGEST_ID for key in keys):
        return HttpResponseBadRequest("The ids of a bulk action are numbers.")
    return wagtail_bulk_action(request, app_label, model_name, action)
