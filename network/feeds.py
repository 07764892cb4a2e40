"""The Atom feed of published news."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from integration_portal.models import SiteSettings
from network.models import News
from network.models.events import local_zone


class NewsFeed(Feed):
    feed_type = Atom1Feed
    description = _("News and press releases of the network")

    def title(self):
        return f"{SiteSettings.load().site_name}: {_('News')}"

    def link(self):
        return reverse("network:news_list")

    def items(self):
        return News.objects.published().for_listing().order_by("-published_on", "-pk")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.published_on, datetime.time(8), local_zone())

    def item_updateddate(self, item):
        return item.updated_at
