"""Whole public pages for anonymous visitors, kept in Django's shared cache until anything changes.

A page change reaches menus, breadcrumbs, the home page's news, the language switcher
and the aliases in every other language, so invalidating one page's entry would leave
others stale. Instead the cache holds a *generation*: every publish, unpublish, move
or deletion of a page, and every save of a setting or snippet shown on pages, starts a
new one, and entries of an older generation are misses.

Only what is the same for everyone is kept: GET requests without a query string from
visitors without a session or messages cookie, answered with a 200 that sets no cookie,
uses no CSRF token, does not read the session, is not private and is not restricted.
"""

import hashlib
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from functools import lru_cache, reduce, wraps
from operator import or_

from asgiref.local import Local

from django.apps import apps
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models import Model, Q
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import cc_delim_re, get_max_age

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "onboard:page-cache:generation"
ENTRY_PREFIX = "onboard:page-cache:page:"
NOT_FOR_SHARING = {"private", "no-store", "no-cache"}
LANGUAGE_PREFIXES = frozenset(code for code, _name in settings.LANGUAGES)
PAGE_ATTRIBUTE = "_onboard_page_cache_page"
# Set by PageCacheMiddleware (False) on requests it may keep; the serve view sets its verdict.
KEEP_ATTRIBUTE = "_onboard_page_cache_keep"


def enabled() -> bool:
    """Off while DEBUG: a developer's template changes would hide behind the cache."""
    return settings.PAGE_CACHE_SECONDS > 0 and not settings.DEBUG


# --- Serving ---


class PageCacheMiddleware:
    """Answers a visitor from the cache before any other middleware runs, and keeps what the serve view allowed.

    It sits right after Django's SecurityMiddleware (HTTPS redirect and HSTS still apply to every
    answer). An entry holds the headers the rest of the middleware gave the page (its content
    security policy, X-Frame-Options, Content-Language), so a hit needs no URL resolving, no
    language activation and no database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not (enabled() and is_anonymous_read(request)):
            return self.get_response(request)
        key = entry_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        generation, entry = found.get(GENERATION_KEY), found.get(key)
        if generation is not None and isinstance(entry, dict) and entry.get("generation") == generation:
            return from_entry(entry)
        # Cold (or emptied) cache: start a generation before rendering, so a publish during the
        # rendering still makes this response a miss. None while the cache is down: nothing is kept.
        generation = start_generation(generation)
        setattr(request, KEEP_ATTRIBUTE, False)

        with request_generation(generation):  # read once: remembered() below uses it too
            response = self.get_response(request)
        verdict = getattr(request, KEEP_ATTRIBUTE)
        if verdict is None:
            return response  # not a Wagtail page (search, sitemap, a redirect...): neither kept nor marked
        if verdict and request.method == "GET" and generation is not None and is_shareable(response):
            keep(response, key, generation)
        response["X-Cache"] = "MISS"
        return response


def cached(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wrap Wagtail's serve view: tell PageCacheMiddleware whether this page is the same for every visitor."""

    @wraps(view)
    def serve(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        considered = hasattr(request, KEEP_ATTRIBUTE)
        response = view(request, *args, **kwargs)
        if considered:
            setattr(request, KEEP_ATTRIBUTE, may_keep(request, response))
        return response

    return serve


def is_anonymous_read(request: HttpRequest) -> bool:
    """Only these requests can see a page that is the same for everyone.

    A session cookie means a logged-in editor, or a visitor who passed a page's
    password; both are served as they always were. A query string (filters, pages
    of a listing, tracking tags) would let anyone fill the cache with variants.
    """
    return (
        request.method in ("GET", "HEAD")
        and request.path_info.split("/", 2)[1] in LANGUAGE_PREFIXES  # pages; not static files, the admin, the API
        and not request.META.get("QUERY_STRING")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def entry_key(request: HttpRequest) -> str:
    """Scheme, host and path: the path's language prefix gives every locale its own entry."""
    return url_key(request.build_absolute_uri())


def url_key(url: str) -> str:
    return ENTRY_PREFIX + hashlib.sha256(url.encode()).hexdigest()


def from_entry(entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])
    response["X-Cache"] = "HIT"
    response["Age"] = str(max(0, int(time.time() - entry["stored"])))
    return response


def may_keep(request: HttpRequest, response: HttpResponse) -> bool:
    """What only the serve view can tell: the page is public and was rendered alike for everyone.

    Whether the response itself may be shared (status, cookies, Cache-Control) PageCacheMiddleware
    checks once the rest of the middleware is done with it.
    """
    if callable(getattr(response, "render", None)):
        response.render()  # the checks below need the template to have run
    return rendered_alike_for_all(request) and is_public_page(getattr(request, PAGE_ATTRIBUTE, None))


def keep(response: HttpResponse, key: str, generation: str) -> None:
    entry = {
        "generation": generation,
        "stored": time.time(),
        "status": response.status_code,
        "headers": {name: value for name, value in response.items() if name != "X-Cache"},
        "content": response.content,
    }
    cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)


def is_shareable(response: HttpResponse) -> bool:
    """A full 200 that its view did not mark private, set no cookie on and does not vary."""
    directives = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    return (
        response.status_code == 200
        and not response.streaming
        and not directives & NOT_FOR_SHARING
        and get_max_age(response) != 0
        and not response.cookies
        and not response.has_header("Vary")
    )


def rendered_alike_for_all(request: HttpRequest) -> bool:
    """No CSRF token (it sets a cookie), no CSP nonce (one response only), nothing read from the session."""
    session = getattr(request, "session", None)
    return (
        not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and getattr(request, "_csp_nonce", None) is None  # django-csp keeps a nonce it handed out here
        and not (session is not None and session.accessed)  # the user, a passed page password
    )


def is_public_page(page: Page | None) -> bool:
    """Wagtail's privacy (a password, a login, groups) on the page or an ancestor: never kept."""
    return page is not None and not may_be_restricted(page)


def remember_page(page: Page, request: HttpRequest, serve_args, serve_kwargs) -> None:
    """before_serve_page hook: the page being served, for ``is_public_page``."""
    setattr(request, PAGE_ATTRIBUTE, page)


# --- What every page needs about the site, remembered in each process for one generation ---
#
# The site for a host name and which pages carry a view restriction change only when a
# generation ends (a Site or PageViewRestriction save, a publish, a move), yet Wagtail asks
# the database for them on every request. Each process keeps them until the shared
# generation changes: one cache read a request instead of two queries. The page cache
# itself may be off (PAGE_CACHE_SECONDS=0): this follows the generation all the same.

_remembered: dict = {"generation": None, "values": {}}
_current = Local()  # the generation the current request works with (per thread, and per task under ASGI)


def start_generation(generation: str | None = None) -> str | None:
    """The shared generation, ``generation`` if already read, started when missing; None while the cache is down."""
    if generation is None:
        generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


@contextmanager
def request_generation(generation: str | None):
    """Within this block current_generation() answers ``generation`` without asking the cache again."""
    previous = getattr(_current, "generation", None), getattr(_current, "values", None)
    _current.generation, _current.values = (generation,), {}
    try:
        yield
    finally:
        _current.generation, _current.values = previous


def current_generation() -> str | None:
    """The request's generation, read once by the middleware; outside a request (commands, tests) read now."""
    known = getattr(_current, "generation", None)
    return known[0] if known is not None else start_generation()


def remembered(name: str, compute: Callable[[], object]):
    """``compute()``, kept in this process until the generation changes.

    While the cache is down there is no generation to follow: the value is kept for the current
    request only, so an outage costs each value once a request, not once a call.
    """
    generation = current_generation()
    if generation is None:
        values = getattr(_current, "values", None)
        if values is None:  # outside a request
            return compute()
        if name not in values:
            values[name] = compute()
        return values[name]
    if _remembered["generation"] != generation:
        _remembered["generation"], _remembered["values"] = generation, {}
    values = _remembered["values"]
    if name not in values:
        values[name] = compute()
    return values[name]


class KnownSiteMiddleware:
    """Reads the generation once for the request, and hands Wagtail its Site and its sites' root paths from memory.

    Wagtail would query the site and read the root paths (which every page URL needs) from the cache.
    """

    MOST_HOSTS = 50  # host names remembered per process; more (a flood of made-up ones) are looked up each time

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with request_generation(current_generation()):  # PageCacheMiddleware may have read it already
            if not request.path_info.startswith(admin_prefix()):  # the admin edits sites: it reads them itself
                self.hand_over_site(request)
                request._wagtail_cached_site_root_paths = remembered("site-root-paths", Site.get_site_root_paths)
            return self.get_response(request)

    def hand_over_site(self, request: HttpRequest) -> None:
        try:
            key = f"site:{request.get_host()}:{request.get_port()}"
        except DisallowedHost:
            return  # Django answers 400 further on, as it would without this
        values = _remembered["values"]
        if key in values or sum(name.startswith("site:") for name in values) < self.MOST_HOSTS:
            request._wagtail_site = remembered(key, lambda: Site._find_for_request(request))


@lru_cache(maxsize=1)
def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


# Path prefixes OR-ed in one query at most: SQLite refuses expressions nested 1,000 deep.
MOST_PREFIXES = 200


def restricted_paths() -> dict[str, frozenset[int]]:
    """Every path a view restriction guards (with everything below it), and the restrictions guarding it.

    A restriction guards its page and the page's descendants. Whatever guards a page (a restriction
    on the page itself or on one of its ancestors) also guards every version of it: its translations
    in the other languages (pages sharing its ``translation_key``, whichever language carries the
    restriction) and its aliases, with everything below each of them, through chains as well (an
    alias of a translation, a translation of an alias). A page already guarded by the same
    restrictions through one of its own ancestors is not listed again, so a synced or translated
    language tree adds one path per language.
    """
    guarded: dict[str, set[int]] = {}
    for restriction_id, path in PageViewRestriction.objects.values_list("pk", "page__path"):
        guarded.setdefault(path, set()).add(restriction_id)
    frontier = outermost(guarded)
    while frontier:
        found = []
        for start in range(0, len(frontier), MOST_PREFIXES):
            inside = Page.objects.filter(under(frontier[start : start + MOST_PREFIXES]))
            found += Page.objects.filter(
                Q(alias_of__in=inside) | Q(translation_key__in=inside.values("translation_key"))
            ).values_list("path", "alias_of__path", "translation_key")
        # The versions of a page found here include those inside the frontier: what guards one guards all.
        by_key: dict[object, set[int]] = {}
        for path, _source_path, key in found:
            by_key.setdefault(key, set()).update(guarding(guarded, path))
        frontier = []
        for path, source_path, key in sorted(found):  # parents first: a page below a guarded one is already guarded
            needed = by_key[key] | (guarding(guarded, source_path) if source_path else set())
            missing = needed - guarding(guarded, path)
            if missing:
                guarded.setdefault(path, set()).update(missing)
                frontier.append(path)
        frontier = outermost(frontier)  # newly guarded paths, their versions not yet looked for
    return {path: frozenset(ids) for path, ids in guarded.items()}


def under(paths: list[str]) -> Q:
    """The pages at or below any of ``paths``."""
    return reduce(or_, (Q(path__startswith=path) for path in paths))


def outermost(paths: Iterable[str]) -> list[str]:
    """``paths`` without those below another one of them (in sorted order a subtree's paths follow its root's)."""
    kept: list[str] = []
    for path in sorted(paths):
        if not (kept and path.startswith(kept[-1])):
            kept.append(path)
    return kept


def guarded_page_ids(prefixes: list[str]) -> list[int]:
    ids: set[int] = set()
    for start in range(0, len(prefixes), MOST_PREFIXES):
        ids.update(Page.objects.filter(under(prefixes[start : start + MOST_PREFIXES])).values_list("pk", flat=True))
    return sorted(ids)


def guarding(guarded: dict[str, set[int]] | dict[str, frozenset[int]], path: str) -> set[int]:
    """The restrictions on ``path`` or an ancestor of it, among the ``guarded`` paths."""
    steplen = Page.steplen
    found: set[int] = set()
    for depth in range(1, len(path) // steplen + 1):
        found.update(guarded.get(path[: steplen * depth], ()))
    return found


def view_restriction_ids(page: Page) -> set[int]:
    """The ids of the view restrictions that apply to ``page`` (see restricted_paths), known without a query."""
    return guarding(remembered("restricted-paths", restricted_paths), page.path)


def may_be_restricted(page: Page) -> bool:
    """False when no view restriction guards the page (see restricted_paths): the usual case, known without a query."""
    return bool(view_restriction_ids(page))


def is_public(page: Page) -> bool:
    """The one rule of what anonymous visitors may find: live, and guarded by no view restriction."""
    return page.live and not may_be_restricted(page)


def public(queryset):
    """The pages of ``queryset`` no view restriction guards (see restricted_paths), without a query of its own.

    Wagtail's ``.public()`` reads the restrictions on every call and misses aliases and translations
    of restricted pages; every public listing, feed, sitemap, search and API answer goes through this instead.
    """
    guarded = remembered("restricted-paths", restricted_paths)
    if not guarded:
        return queryset
    # The outermost guarded paths are enough: everything below them is excluded with them.
    prefixes = remembered("restricted-prefixes", lambda: outermost(guarded))
    if len(prefixes) <= MOST_PREFIXES:
        return queryset.exclude(under(prefixes))
    # Aliases and translations below a translated parent each need a prefix of their own: by id beyond a few hundred.
    return queryset.exclude(pk__in=remembered("restricted-page-ids", lambda: guarded_page_ids(prefixes)))


def active_locale() -> Locale:
    """``Locale.get_active()``, remembered per language: the site's locales change only with a new generation."""
    from django.utils.translation import get_language

    return remembered(f"locale:{get_language()}", Locale.get_active)


# --- Invalidation ---


def invalidate(**kwargs) -> None:
    """Every cached page becomes a miss; again after the commit, for pages rendered from the old rows meanwhile."""
    new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(new_generation)


def forget(urls: Iterable[str | None]) -> None:
    """Every page becomes a miss, and the entries of these addresses (either scheme) leave the cache now.

    For an erasure: a new generation alone would stop serving them, yet leave their copies
    in the cache until they expire. Deleted again after the commit: a visitor may have put the
    old page back in the cache while the transaction ran.
    """
    keys = [url_key(scheme + url.split("://", 1)[-1]) for url in urls if url for scheme in ("http://", "https://")]
    cache.delete_many(keys)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: cache.delete_many(keys))
    invalidate()


def new_generation() -> None:
    # A random token, not a counter: a counter that restarts after Redis lost it could meet old entries again.
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def invalidate_on_change(models: Iterable[type[Model]]) -> None:
    """Saving or deleting one of these changes what public pages show (apps call this for their snippets)."""
    for model in models:
        label = model._meta.label_lower
        post_save.connect(invalidate, sender=model, dispatch_uid=f"page_cache_save_{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"page_cache_delete_{label}")


def invalidate_on_changed_setting(created: bool = False, **kwargs) -> None:
    """A settings row made on first reading (``for_request``) holds the defaults pages already showed."""
    if not created:
        invalidate()


def invalidate_on_new_live_page(instance: Page, created: bool = False, **kwargs) -> None:
    """A new alias (a page's stand-in in the other languages) goes live without a page_published signal."""
    if created and instance.live:
        invalidate()


def connect_signals() -> None:
    """Called from HomeConfig.ready(), when every model is loaded."""
    page_published.connect(invalidate, dispatch_uid="page_cache_published")
    page_unpublished.connect(invalidate, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page_cache_moved")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="page_cache_page_deleted")
    for model in get_page_models():
        post_save.connect(
            invalidate_on_new_live_page, sender=model, dispatch_uid=f"page_cache_new_{model._meta.label_lower}"
        )
    settings_models = [model for model in apps.get_models() if issubclass(model, BaseSiteSetting | BaseGenericSetting)]
    invalidate_on_change([PageViewRestriction, Site, Locale, get_image_model(), get_document_model()])
    for model in settings_models:
        label = model._meta.label_lower
        post_save.connect(invalidate_on_changed_setting, sender=model, dispatch_uid=f"page_cache_save_{label}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"page_cache_delete_{label}")
