"""Open data: Wagtail's API v2 with one endpoint, the published initiatives of every language.

``/api/v2/pages/?locale=en`` lists the English directory's initiatives (translations and
aliases); ``focus``, ``region`` and ``status`` filter by slug, like the directory does.
Only live, public pages are served: drafts and private pages never appear (page_cache.public,
which also hides the aliases of a restricted page in every language). Input the database
cannot take (NUL characters, integers beyond its range), an unknown search operator and
values over 1,000 characters are answered with a 400.
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
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from home import page_cache
from home.views import LARGEST_ID

from .directory import FACETS, MAX_VALUES_PER_FILTER, filter_by_terms
from .models import InitiativePage
from .taxonomies import get_terms

TERM_PARAMETERS = [param for param, _kind, _legend in FACETS]
INTEGER_PARAMETERS = ("offset", "limit", "child_of", "descendant_of", "translation_of", "id")
SEARCH_OPERATORS = ("and", "or")
# Far more than any field list, filter or search needs; Wagtail's parser of ``fields`` takes
# about a minute over a 1 MB value.
MAX_PARAMETER_LENGTH = 1000


def check_input(query: dict[str, list[str]], pk: int | None = None) -> None:
    """Refuse, as a 400, what Wagtail's API would hand the database unchecked and turn into a 500."""
    if any("\x00" in name or any("\x00" in value for value in values) for name, values in query.items()):
        raise BadRequestError("null characters are not allowed")
    if any(len(value) > MAX_PARAMETER_LENGTH for values in query.values() for value in values):
        raise BadRequestError(f"a parameter can be at most {MAX_PARAMETER_LENGTH} characters long")
    for name in INTEGER_PARAMETERS:
        for value in query.get(name, []):
            try:
                number = int(value)
            except ValueError:
                continue  # Wagtail's own check answers it
            if number > LARGEST_ID:
                raise BadRequestError(f"{name} cannot be higher than {LARGEST_ID}")
    if any(value not in SEARCH_OPERATORS for value in query.get("search_operator", [])):
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if pk is not None and pk > LARGEST_ID:
        raise BadRequestError(f"id cannot be higher than {LARGEST_ID}")


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

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_input(dict(request.GET.lists()), kwargs.get("pk"))

    def get_base_queryset(self):
        # Wagtail's own exclusion lets through the aliases of a restricted page, and what a session's password opened.
        return page_cache.public(super().get_base_queryset().type(InitiativePage))

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, InitiativePage):
            queryset = queryset.prefetch_related("focus_areas", "regions").select_related("locale")
        return queryset.order_by("id")


api_router = WagtailAPIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", InitiativesAPIViewSet)

app_name = api_router.url_namespace
urlpatterns = api_router.get_urlpatterns()
