"""Projects' contributions to shared places: the home page's latest news."""

from wagtail import hooks

from home import page_cache

from .models import NewsPage


@hooks.register("onboard_home_sections")
def latest_news(home, request):
    """The three newest items under this home page, for the home page's news section."""
    items = page_cache.public(
        NewsPage.objects.live().descendant_of(home).select_related("audience").order_by("-date", "-pk")
    ).defer_streamfields()[:3]
    return {"template": "projects/components/latest_news.html", "items": list(items)}
