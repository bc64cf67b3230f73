"""The directory's filters, search, sorting, pagination and CSV download, and the initiative page's extras.

Query budget, on top of the page frame:
- the directory without a search: one query brings a page of results and the total;
- with a search: one query for the matching ids, one for the page's rows;
- an initiative page: one query for its related initiatives.
Taxonomy terms (names in every language), and which of them each page points to, come
from snapshots remembered per process and generation (taxonomies.py). A card's query
reads only the columns a card shows.
"""

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Count, F, QuerySet, Window
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home import page_cache
from home.search import clean_query
from home.spreadsheets import safe_cell

from .models import InitiativePage
from .taxonomies import (
    CachedTerm,
    Terms,
    focus_through,
    get_term_ids,
    get_terms,
    region_through,
    term_ids_of,
)

# The columns a card shows (card_rows); the CSV reads them all.
CARD_FIELDS = ("title", "slug", "intro", "last_updated", "locale", "alias_of", "status")
NO_TERMS = {"focus": [], "region": []}
PER_PAGE = 20
MAX_PAGE = 10_000
MAX_VALUES_PER_FILTER = 20
RELATED_COUNT = 3
FACETS = (
    # (GET parameter, taxonomy kind, legend)
    ("focus", "focus", _("Focus area")),
    ("region", "region", _("Region")),
    ("status", "status", _("Status")),
)
SORTS = {
    "recent": _("Recently updated"),
    "title": _("Title (A–Z)"),
    "relevance": _("Best match"),
}
# Also when searching: Wagtail's SQLite search backend ranks by running the full-text match
# once per result (0.3-0.5 s for a common word among 5,000 initiatives); "Best match" stays
# one click away.
DEFAULT_SORT = "recent"


@dataclass
class Filters:
    """What the visitor asked for, with unknown values dropped."""

    chosen: dict[str, list[str]] = field(default_factory=dict)
    query: str = ""
    sort: str = DEFAULT_SORT
    page: int = 1

    @classmethod
    def from_request(cls, data: QueryDict, terms: Terms, language: str) -> "Filters":
        chosen = {}
        for param, kind, _legend in FACETS:
            known = {term.slug for term in terms.options(kind, language)}
            chosen[param] = list(dict.fromkeys(v for v in data.getlist(param)[:MAX_VALUES_PER_FILTER] if v in known))
        query = clean_query(data.get("q", ""))
        sort = data.get("sort", DEFAULT_SORT)
        if sort not in SORTS or (sort == "relevance" and not query):
            sort = DEFAULT_SORT
        try:
            page = min(max(1, int(data.get("page", 1))), MAX_PAGE)
        except ValueError:
            page = 1
        return cls(chosen=chosen, query=query, sort=sort, page=page)

    @property
    def value_count(self) -> int:
        return sum(len(values) for values in self.chosen.values())

    @property
    def is_filtered(self) -> bool:
        return bool(self.value_count or self.query)

    def as_params(self) -> list[tuple[str, str]]:
        """The filters, search and sorting as GET parameters (without the page number)."""
        params = [(param, value) for param, values in self.chosen.items() for value in values]
        if self.query:
            params.append(("q", self.query))
        if self.sort != DEFAULT_SORT:
            params.append(("sort", self.sort))
        return params


def filter_by_terms(pages: QuerySet, chosen: dict[str, list[str]], terms: Terms) -> QuerySet:
    """Pages that match every chosen facet (any of the slugs within one facet).

    Slugs are matched in every language's terms: aliases point to the source language's
    terms, translations may point to their own.
    """
    for param, kind, _legend in FACETS:
        slugs = chosen.get(param)
        if not slugs:
            continue
        ids = terms.ids_for_slugs(kind, slugs)
        if kind == "status":
            pages = pages.filter(status_id__in=ids)
        elif kind == "focus":
            pages = pages.filter(
                pk__in=focus_through().objects.filter(focusarea_id__in=ids).values("initiativepage_id")
            )
        else:
            pages = pages.filter(pk__in=region_through().objects.filter(region_id__in=ids).values("initiativepage_id"))
    return pages


def children_of(parent: Page) -> QuerySet:
    """The public initiatives directly below ``parent``; a path range (unlike LIKE) can use the path index."""
    step = "0" * Page.steplen, "Z" * Page.steplen
    return page_cache.public(
        InitiativePage.objects.live().filter(
            path__range=(parent.path + step[0], parent.path + step[1]), depth=parent.depth + 1
        )
    )


def filtered_initiatives(directory: Page, filters: Filters, terms: Terms) -> QuerySet:
    """The directory's initiatives (translations and aliases alike) that match the filters."""
    return filter_by_terms(children_of(directory), filters.chosen, terms)


def ordered(pages: QuerySet, sort: str, *, searching: bool = False) -> QuerySet:
    # Search results can only be sorted on FilterFields; the id is not one, but breaks ties elsewhere.
    tie_break = () if searching else ("pk",)
    if sort == "title":
        return pages.order_by("title", *tie_break)
    return pages.order_by("-last_updated", "title", *tie_break)


def search_ids(pages: QuerySet, filters: Filters) -> list[int]:
    """The ids of the pages that match the search, in the chosen order.

    Wagtail search on the filtered queryset: the filters stay in SQL (the database backend
    checks they are FilterFields), the backend adds the text match and the relevance.
    """
    pages = pages.only("pk")
    if filters.sort == "relevance":
        results = pages.search(filters.query)
    else:
        results = ordered(pages, filters.sort, searching=True).search(filters.query, order_by_relevance=False)
    return [result.pk for result in results]


def with_card_data(pages: QuerySet, *, every_column: bool = False) -> QuerySet:
    """A card's columns (``every_column`` for the CSV) and, in the same query, an alias's source locale."""
    pages = pages.annotate(
        source_locale_id=F("alias_of__locale_id"), source_language_code=F("alias_of__locale__language_code")
    )
    return pages.defer_streamfields() if every_column else pages.only(*CARD_FIELDS)


def card_rows(pages: QuerySet, parent_url: str, terms: Terms) -> list[InitiativePage]:
    """Run a card query and prepare its pages for the card template."""
    language = get_language()
    term_ids = get_term_ids()
    rows = list(pages)
    for row in rows:
        row._term_ids = term_ids.get(row.pk, NO_TERMS)
        row.terms = page_terms(row, terms, language)
        # Every card's page is a child of the same parent: its URL needs no lookup of its own.
        row.card_url = f"{parent_url}{row.slug}/"
        is_translated_source = row.source_locale_id is not None and row.source_locale_id != row.locale_id
        row.source_language = row.source_language_code if is_translated_source else ""
    return rows


def rows_in_order(ids: list[int], parent_url: str, terms: Terms, *, every_column: bool = False) -> list[InitiativePage]:
    pages = with_card_data(InitiativePage.objects.filter(pk__in=ids), every_column=every_column)
    by_pk = {row.pk: row for row in card_rows(pages, parent_url, terms)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def one_page(base: QuerySet, sort: str, number: int) -> QuerySet:
    """The page's rows with the total count of ``base`` as ``total_count`` on every row."""
    offset = (number - 1) * PER_PAGE
    # COUNT(*) OVER (): counted before LIMIT, in the same query.
    counted = with_card_data(ordered(base, sort)).annotate(total_count=Window(Count("pk")))
    return counted[offset : offset + PER_PAGE]


def results_page(directory: Page, filters: Filters, terms: Terms, parent_url: str) -> PaginatorPage:
    """One page of results, as a Django paginator page."""
    base = filtered_initiatives(directory, filters, terms)
    if filters.query:
        page = Paginator(search_ids(base, filters), PER_PAGE).get_page(filters.page)
        page.object_list = rows_in_order(list(page.object_list), parent_url, terms)
        return page

    number = filters.page
    rows = card_rows(one_page(base, filters.sort, number), parent_url, terms)
    if rows:
        total = rows[0].total_count
    else:
        total = base.count() if number > 1 else 0
        if total:
            # Past the last page: show the last one.
            number = (total + PER_PAGE - 1) // PER_PAGE
            rows = card_rows(one_page(base, filters.sort, number), parent_url, terms)
    paginator = Paginator(range(total), PER_PAGE)
    return PaginatorPage(rows, min(number, paginator.num_pages), paginator)


def page_terms(page: InitiativePage, terms: Terms, language: str) -> dict[str, list[CachedTerm]]:
    """The page's focus areas, regions and status in ``language``, each list in the editors' order."""
    found = {}
    for kind in ("focus", "region", "status"):
        items = {term.key: term for pk in term_ids_of(page, kind) if (term := terms.term(kind, pk, language))}
        found[kind] = sorted(items.values(), key=lambda t: (t.sort_order, t.name.casefold()))
    return found


def directory_context(directory: Page, request: HttpRequest) -> dict:
    terms = get_terms()
    language = get_language()
    filters = Filters.from_request(request.GET, terms, language)
    facets = [
        {
            "param": param,
            "legend": legend,
            "options": [
                {"slug": term.slug, "name": term.name, "checked": term.slug in filters.chosen[param]}
                for term in terms.options(kind, language)
            ],
        }
        for param, kind, legend in FACETS
    ]
    return {
        "filters": filters,
        "facets": facets,
        "sorts": [(key, label) for key, label in SORTS.items() if key != "relevance" or filters.query],
        "results": results_page(directory, filters, terms, directory.get_url(request) or ""),
        "csv_query": urlencode(filters.as_params()),
        # One filter value makes a page worth indexing; combinations and searches do not.
        "noindex": filters.value_count > 1 or bool(filters.query),
    }


def initiative_context(page: InitiativePage, request: HttpRequest) -> dict:
    """The page's terms in the visitor's language and up to three public siblings that share a focus area."""
    terms = get_terms()
    language = get_language()
    if not getattr(request, "is_preview", False):
        # A preview shows the editor's unsaved choices, which only the relation managers know.
        page._term_ids = get_term_ids().get(page.pk, NO_TERMS)
    # A focus area in any language: aliases point to their source's terms, translations may have their own.
    shared = focus_through().objects.filter(focusarea_id__in=terms.versions_of("focus", term_ids_of(page, "focus")))
    siblings = page_cache.public(InitiativePage.objects.live().sibling_of(page, inclusive=False))
    related = siblings.filter(pk__in=shared.values("initiativepage_id"))
    parent_url = (page.get_url(request) or "").removesuffix(f"{page.slug}/")
    related = card_rows(with_card_data(ordered(related, "recent"))[:RELATED_COUNT], parent_url, terms)
    return {"terms": page_terms(page, terms, language), "related": related}


# --- CSV ---

CSV_COLUMNS = (
    ("title", _("Title")),
    ("url", _("Web address")),
    ("intro", _("Summary")),
    ("organisation", _("Organisation or developer")),
    ("funders", _("Funders")),
    ("focus", _("Focus areas")),
    ("region", _("Regions")),
    ("status", _("Status")),
    ("start_year", _("Start year")),
    ("end_year", _("End year")),
    ("website", _("Website")),
    ("contact_name", _("Contact person")),
    ("contact_phone", _("Contact phone")),
    ("contact_email", _("Contact e-mail")),
    ("last_updated", _("Last updated")),
)


def csv_rows(directory: Page, filters: Filters, terms: Terms, request: HttpRequest) -> Iterator[list[str]]:
    """Every initiative that matches the filters (all pages of them), in the directory's order."""
    base = filtered_initiatives(directory, filters, terms)
    parent_url = directory.get_url(request) or ""
    if filters.query:
        rows = rows_in_order(search_ids(base, filters), parent_url, terms, every_column=True)
    else:
        rows = card_rows(with_card_data(ordered(base, filters.sort), every_column=True), parent_url, terms)
    for page in rows:
        values = {
            "title": page.title,
            "url": request.build_absolute_uri(page.card_url),
            "intro": page.intro,
            "organisation": page.organisation,
            "funders": page.funders,
            "focus": "; ".join(term.name for term in page.terms["focus"]),
            "region": "; ".join(term.name for term in page.terms["region"]),
            "status": "; ".join(term.name for term in page.terms["status"]),
            "start_year": page.start_year,
            "end_year": page.end_year,
            "website": page.website,
            "contact_name": page.contact_name,
            "contact_phone": page.contact_phone,
            "contact_email": page.contact_email,
            "last_updated": page.last_updated.isoformat(),
        }
        yield [safe_cell(values[key]) for key, _label in CSV_COLUMNS]


def csv_response(directory: Page, request: HttpRequest) -> HttpResponse:
    terms = get_terms()
    filters = Filters.from_request(request.GET, terms, get_language())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="initiatives-{get_language()}.csv"'
    response["X-Robots-Tag"] = "noindex"
    # A byte order mark, so spreadsheet programs read the UTF-8 (Arabic, Ukrainian, ...) correctly.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(label) for _key, label in CSV_COLUMNS])
    writer.writerows(csv_rows(directory, filters, terms, request))
    return response
