from integration_portal.sitemaps import PublishedSitemap
from projects.models import FundingProgramme, Project


class ProjectSitemap(PublishedSitemap):
    model = Project
    changefreq = "monthly"


class FundingProgrammeSitemap(PublishedSitemap):
    model = FundingProgramme
    changefreq = "monthly"
