"""Every taxonomy term of every language in one cached snapshot.

The directory shows terms in the visitor's language and filters by slug. A page may
point to terms of another language: aliases copy their source's relations, and
translated pages keep the source's focus areas and regions. So a term is known by
its translation key, and a slug selects every language's version of that term.
The snapshot is small (a few hundred rows), costs one query per process and generation,
and is made anew whenever a term is saved or deleted (home/page_cache.py). Which terms
each page points to is remembered the same way (``get_term_ids``).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Value

from home import page_cache


@dataclass(frozen=True)
class CachedTerm:
    kind: str
    pk: int
    locale_id: int
    language: str
    key: str
    slug: str
    name: str
    sort_order: int


def term_models() -> dict:
    from .models import FocusArea, Region, Status

    return {"focus": FocusArea, "region": Region, "status": Status}


class Terms:
    def __init__(self, rows: Iterable[tuple]):
        self.by_pk: dict[tuple[str, int], CachedTerm] = {}
        self.by_kind: dict[str, list[CachedTerm]] = defaultdict(list)
        self.versions: dict[tuple[str, str], dict[str, CachedTerm]] = defaultdict(dict)
        self.locale_languages: dict[int, str] = {}
        for row in rows:
            term = CachedTerm(*row)
            self.by_pk[term.kind, term.pk] = term
            self.by_kind[term.kind].append(term)
            self.versions[term.kind, term.key][term.language] = term
            self.locale_languages[term.locale_id] = term.language

    def language_of_locale(self, locale_id: int) -> str:
        return self.locale_languages.get(locale_id, settings.LANGUAGE_CODE)

    def term(self, kind: str, pk: int | None, language: str) -> CachedTerm | None:
        """The term with this id, in ``language`` when it has been translated."""
        term = self.by_pk.get((kind, pk))
        if term is None:
            return None
        return self.versions[kind, term.key].get(language, term)

    def options(self, kind: str, language: str) -> list[CachedTerm]:
        """One entry per term, in ``language`` or else in the default language, in the editors' order."""
        chosen: dict[str, CachedTerm] = {}
        for versions in (v for (k, _key), v in self.versions.items() if k == kind):
            term = versions.get(language) or versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
            if term.slug not in chosen or term.language == language:
                chosen[term.slug] = term
        return sorted(chosen.values(), key=lambda t: (t.sort_order, t.name.casefold()))

    def versions_of(self, kind: str, ids: Iterable[int]) -> set[int]:
        """The ids, in every language, of the terms with these ids."""
        keys = {term.key for pk in ids if (term := self.by_pk.get((kind, pk)))}
        return {term.pk for term in self.by_kind[kind] if term.key in keys}

    def ids_for_slugs(self, kind: str, slugs: Iterable[str]) -> set[int]:
        """The ids, in every language, of the terms with these slugs."""
        slugs = set(slugs)
        keys = {term.key for term in self.by_kind[kind] if term.slug in slugs}
        return {term.pk for term in self.by_kind[kind] if term.key in keys}


def load_rows() -> list[tuple]:
    """Every term of every kind and language, in one query."""
    fields = ["kind", "pk", "locale_id", "locale__language_code", "translation_key", "slug", "name", "sort_order"]
    querysets = [
        model.objects.annotate(kind=Value(kind)).values_list(*fields).order_by()
        for kind, model in term_models().items()
    ]
    union = querysets[0].union(*querysets[1:], all=True)
    return [
        (kind, pk, locale_id, code, str(key), slug, name, order)
        for kind, pk, locale_id, code, key, slug, name, order in union
    ]


def get_terms() -> Terms:
    """Remembered in each process until the page cache's generation changes (a term saved or deleted)."""
    return page_cache.remembered("initiative-terms", lambda: Terms(load_rows()))


def term_ids_of(page, kind: str) -> list[int]:
    """The ids of the terms a page points to; from ``page._term_ids`` when a query brought them along."""
    if kind == "status":
        return [page.status_id] if page.status_id else []
    fetched = getattr(page, "_term_ids", None)
    if fetched is not None:
        return fetched.get(kind, [])
    relation = page.focus_areas if kind == "focus" else page.regions
    return [term.pk for term in relation.all()]


def focus_through():
    from .models import InitiativePage

    return InitiativePage.focus_areas.through


def region_through():
    from .models import InitiativePage

    return InitiativePage.regions.through


def load_term_ids() -> dict[int, dict[str, list[int]]]:
    """Every initiative page's focus area and region ids, in one query."""
    focus = focus_through().objects.annotate(kind=Value("focus"))
    region = region_through().objects.annotate(kind=Value("region"))
    focus = focus.values_list("initiativepage_id", "kind", "focusarea_id")
    region = region.values_list("initiativepage_id", "kind", "region_id")
    found: dict[int, dict[str, list[int]]] = {}
    for page_id, kind, term_id in focus.order_by().union(region.order_by(), all=True):
        found.setdefault(page_id, {"focus": [], "region": []})[kind].append(term_id)
    return found


def get_term_ids() -> dict[int, dict[str, list[int]]]:
    """Remembered like the terms: a page's relations change only when it is published, and so does the generation.

    For 5,000 initiative pages: about 2 MB per process, read in some 50 ms once per generation
    (benchmarks/directory.py's database). In exchange no card query carries two subqueries per row.
    """
    return page_cache.remembered("initiative-term-ids", load_term_ids)
