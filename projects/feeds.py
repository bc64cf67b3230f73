"""An Atom feed of a news index: the latest items in that index's language."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed


class NewsFeed(Feed):
    feed_type = Atom1Feed
    limit = 20

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def subtitle(self):
        return self.index.intro

    def link(self):
        return self.index.get_url(self.request)

    def feed_url(self):
        return self.index.get_url(self.request) + "feed/"

    def items(self):
        return self.index.news_items()[: self.limit]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.audience.name] if item.audience else []
