from integration_portal.sitemaps import PublishedSitemap
from network.models import Organization


class OrganizationSitemap(PublishedSitemap):
    model = Organization
    changefreq = "monthly"
