from directory.models import Offer
from integration_portal.sitemaps import PublishedSitemap


class OfferSitemap(PublishedSitemap):
    model = Offer
    changefreq = "weekly"
