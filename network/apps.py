from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")

    def ready(self):
        from integration_portal import registry, roles
        from network import sections, sitemaps

        roles.declare("network.organization", roles.CONTENT)
        registry.search_sections.append(sections.search_organizations)
        registry.municipality_sections.append(sections.municipality_organizations)
        registry.sitemaps["organizations"] = sitemaps.OrganizationSitemap
