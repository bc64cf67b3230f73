"""Open data: Wagtail's API v2 with one endpoint, the published initiatives of every language.

``/api/v2/pages/?locale=en`` lists the English directory's initiatives (translations and
aliases); ``focus``, ``region`` and ``status`` filter by slug, like the directory does.
Only live, public pages are served: drafts and private pages never appear.
"""

from rest_framework.filters import BaseFilterBackend
from rest_framework.renderers import JSONRenderer

from wagtail.api.v2.filters import (
    ChildOfFilter,
    DescendantOfFilter,
    LocaleFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .directory import FACETS, MAX_VALUES_PER_FILTER, filter_by_terms
from .models import InitiativePage
from .taxonomies import get_terms

TERM_PARAMETERS = [param for param, _kind, _legend in FACETS]


class TermFilter(BaseFilterBackend):
    """``?focus=volunteering,education&region=utrecht``: any of the values within one parameter, all parameters."""

    def filter_queryset(self, request, queryset, view):
        if not issubclass(queryset.model, InitiativePage):
            return queryset
        chosen = {
            param: [value for value in request.GET[param].split(",") if value][:MAX_VALUES_PER_FILTER]
            for param in TERM_PARAMETERS
            if request.GET.get(param)
        }
        if not chosen:
            return queryset
        return filter_by_terms(queryset, chosen, get_terms())


class InitiativesAPIViewSet(PagesAPIViewSet):
    model = InitiativePage
    # JSON only: DRF's browsable HTML view needs inline scripts the content security policy forbids.
    renderer_classes = [JSONRenderer]
    filter_backends = [
        TermFilter,
        ChildOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(TERM_PARAMETERS)
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "intro",
        "organisation",
        "focus_areas",
        "regions",
        "status",
        "website",
        "last_updated",
    ]

    def get_base_queryset(self):
        return super().get_base_queryset().type(InitiativePage)

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, InitiativePage):
            queryset = queryset.prefetch_related("focus_areas", "regions").select_related("locale")
        return queryset.order_by("id")


api_router = WagtailAPIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", InitiativesAPIViewSet)

app_name = api_router.url_namespace
urlpatterns = api_router.get_urlpatterns()
