"""Home's hooks into Wagtail's page serving."""

from wagtail import hooks

from . import page_cache

hooks.register("before_serve_page", page_cache.remember_page)
