"""Finding the page for an address in two queries, whatever its depth.

Wagtail routes level by level: at each level one query for the child with the next
slug and one for its specific type, so a results page five levels down costs ten
queries before any content is read. Here one query fetches every page that can lie
on the way (by slug, below the language's home page) and one more makes the last of
them specific. Where a page on the way answers the rest of the address itself (a
routable page's CSV, feed or thank-you view), or has a routing of its own, the
address is left to Wagtail's routing, which then gives the same answer it always did.

Before that, Wagtail asks the database for the active locale and for the home page's
translation into it on every request; ``route_for_request`` takes the language's home
page from the per-process memory of home/page_cache.py instead.
"""

from django.http import Http404, HttpRequest
from django.utils.translation import get_language

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from . import page_cache


def route_for_request(request: HttpRequest, path: str):
    """What Wagtail's ``Page.route_for_request`` answers: (page, args, kwargs), or None for a 404."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    home = page_cache.remembered(f"home-page:{site.pk}:{get_language()}", lambda: site.root_page.localized.specific)
    try:
        return home.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


# What finding the way needs; the page found is then read whole as its specific type.
WAY_FIELDS = ("path", "depth", "slug", "live", "content_type")


def find_route_target(root: Page, components: list[str]) -> Page | None:
    """The live-or-not page at ``components`` below ``root``, or None to let Wagtail route."""
    if not components:
        return None
    candidates = list(
        Page.objects.filter(
            path__startswith=root.path,
            depth__gt=root.depth,
            depth__lte=root.depth + len(components),
            slug__in=set(components),
        ).only(*WAY_FIELDS)
    )
    parent, chain = root, []
    for slug in components:
        child = next(
            (
                page
                for page in candidates
                if page.depth == parent.depth + 1 and page.slug == slug and page.path.startswith(parent.path)
            ),
            None,
        )
        if child is None:
            return None  # no such page: Wagtail's routing says 404 (or a routable view on the way answers)
        chain.append(child)
        parent = child
    for index, page in enumerate(chain[:-1]):
        if answers_itself(page, components[index + 1 :]):
            return None
    target = chain[-1]
    target._cached_parent_obj = chain[-2] if len(chain) > 1 else root  # as Wagtail's routing leaves it
    return target


def answers_itself(page: Page, rest: list[str]) -> bool:
    """Whether ``page`` would route ``rest`` otherwise than to its child pages, as Wagtail asks it to."""
    page_class = page.specific_class
    if page_class is None:
        return True
    if page_class.route is Page.route:
        return False
    if page_class.route is not RoutablePageMixin.route:
        return True  # a routing of its own: only Wagtail's way asks it
    if not page.live:
        return False  # a routable page that is not live passes on to its children
    try:
        page_class.get_resolver().resolve("/" + "/".join(rest) + "/")
    except Http404:
        return False
    return True
