from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

urlpatterns = [
    # Before Wagtail's own login URL: the same sign-in, with failed attempts limited.
    path("admin/login/", home_views.AdminLoginView.as_view(), name="admin_login"),
    # Before Wagtail's own bulk actions: their ids checked first (a 400, not a 500, for ?id=x).
    path("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", home_views.bulk_action),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("api/v2/", include("initiatives.api")),  # open data: Wagtail's API v2, outside the language prefix
]

if settings.DEBUG:
    from django.conf.urls.static import static as media_static

    urlpatterns += media_static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public URL carries its language prefix (/nl/, /ar/, ...); "/" is
# redirected by LocaleMiddleware to the best match of Accept-Language.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    # Wagtail's password and login forms, then its pages: served from the page cache to
    # anonymous visitors (home/page_cache.py).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, home_views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
