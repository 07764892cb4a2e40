from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from integration_portal import registry, roles
        from network import registry as network_registry
        from projects import sections, sitemaps

        for content in ("project", "fundingprogramme"):
            roles.declare(f"projects.{content}", roles.CONTENT)
        for part in ("measure", "projectlink", "projectdocument", "fundingpriority"):
            roles.declare(f"projects.{part}", roles.PARTS)
        for reference in ("actionfield", "partnerregion"):
            roles.declare(f"projects.{reference}", roles.REFERENCE)

        registry.search_sections += [sections.search_projects, sections.search_priorities]
        registry.municipality_sections.append(sections.municipality_projects)
        network_registry.organization_sections.append(sections.organization_projects)
        registry.sitemaps.update(
            projects=sitemaps.ProjectSitemap, funding=sitemaps.FundingProgrammeSitemap
        )
