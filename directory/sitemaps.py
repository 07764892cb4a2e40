from directory.models import Offer
from integration_portal.models import Municipality
from integration_portal.sitemaps import I18nSitemap


class OfferSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Offer.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, offer):
        return offer.updated_at


class MunicipalitySitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Municipality.objects.only("slug")

    def location(self, municipality):
        from django.urls import reverse

        return reverse("directory:municipality_detail", args=[municipality.slug])
