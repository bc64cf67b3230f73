"""The initiative edit form offers the taxonomy terms of the page's own language."""

from home.forms import DraftPageForm

TERM_FIELDS = ("focus_areas", "regions", "status")


class InitiativePageForm(DraftPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        if locale_id is None:
            return
        for name in TERM_FIELDS:
            field = self.fields.get(name)
            if field is None:
                continue
            model = field.queryset.model
            field.queryset = model.objects.filter(locale_id=locale_id)
            # A translated page may point to the source language's terms: tick their versions here.
            initial = self.initial.get(name)
            if not initial:
                continue
            many = not isinstance(initial, int | model)
            pks = [getattr(item, "pk", item) for item in initial] if many else [getattr(initial, "pk", initial)]
            keys = model.objects.filter(pk__in=pks).values("translation_key")
            local = list(field.queryset.filter(translation_key__in=keys).values_list("pk", flat=True))
            self.initial[name] = local if many else (local[0] if local else None)
