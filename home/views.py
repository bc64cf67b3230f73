"""Site-wide views: search, sitemap, robots.txt, favicon and the error pages."""

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page

from .search import clean_query
from .sitemaps import TranslatedSitemap

SEARCH_RESULTS_PER_PAGE = 10


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search over the live pages of the current language only."""
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        # Untranslated aliases stay in: they keep the visitor in their own interface.
        pages = Page.objects.live().public().filter(locale=Locale.get_active(), depth__gt=1)
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
    home = Page.objects.filter(depth=2, locale=Locale.get_active()).first()
    return TemplateResponse(request, "404.html", {"home_url": home.url if home else "/"}, status=404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without a valid security token: a page in the visitor's language, nothing saved."""
    response = TemplateResponse(request, "403_csrf.html", {}, status=403)
    response["Cache-Control"] = "private, no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """A 500 that needs neither the database nor the request context to render."""
    return HttpResponse(loader.render_to_string("500.html"), status=500)
