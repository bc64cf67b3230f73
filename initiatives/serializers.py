"""API v2 fields that show an initiative's taxonomy terms by slug and by name in the page's language."""

from rest_framework import serializers


class TermListField(serializers.Field):
    """The page's focus areas, regions or status as ``{"slug", "name"}`` (a list, or one object for status)."""

    def __init__(self, kind: str, many: bool = True, **kwargs):
        self.kind = kind
        self.many = many
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def to_representation(self, page):
        from .taxonomies import get_terms, term_ids_of

        terms = get_terms()
        language = terms.language_of_locale(page.locale_id)
        found = [terms.term(self.kind, pk, language) for pk in term_ids_of(page, self.kind)]
        found = [{"slug": term.slug, "name": term.name} for term in found if term]
        if self.many:
            return found
        return found[0] if found else None
