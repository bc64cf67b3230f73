"""A sitemap of every language tree, with hreflang alternates per translation."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from . import page_cache


class TranslatedSitemap(Sitemap):
    def items(self):
        # Aliases repeat the source page's text; only real translations are listed.
        return page_cache.public(
            Page.objects.live()
            .filter(depth__gt=1, alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        siblings = defaultdict(list)
        for item in page_cache.public(
            Page.objects.live()
            .filter(translation_key__in={p.translation_key for p in pages}, alias_of__isnull=True)
            .select_related("locale")
        ):
            siblings[item.translation_key].append(item)

        urls = []
        for item in pages:
            translations = siblings[item.translation_key]
            alternates = (
                [{"lang_code": t.locale.language_code, "location": t.get_full_url(self.request)} for t in translations]
                if len(translations) > 1
                else []
            )
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls
