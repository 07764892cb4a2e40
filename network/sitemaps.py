from integration_portal.sitemaps import I18nSitemap
from network.models import Organization


class OrganizationSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Organization.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, organization):
        return organization.updated_at
