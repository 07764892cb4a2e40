from directory.models import Offer
from integration_portal.sitemaps import I18nSitemap


class OfferSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Offer.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, offer):
        return offer.updated_at
