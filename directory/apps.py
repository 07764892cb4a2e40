from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Offer directory")

    def ready(self):
        from directory import sections, sitemaps
        from integration_portal import registry, roles
        from network import registry as network_registry

        roles.declare("directory.offer", roles.OWNED)
        roles.declare("directory.targetgroup", roles.REFERENCE)
        for part in ("offerlocation", "openinghours", "closure"):
            roles.declare(f"directory.{part}", roles.PARTS)

        # Topics first on the home page (the network's next events follow them), then the
        # newest offers and the municipalities.
        registry.home_sections.insert(0, sections.home_topics)
        registry.home_sections += [sections.home_new_offers, sections.home_municipalities]
        # Offers first on /suche/: what most people search for.
        registry.search_sections.insert(0, sections.search_offers)
        network_registry.organization_sections.append(sections.organization_offers)
        registry.municipality_sections.insert(0, sections.municipality_offers)
        registry.sitemaps["offers"] = sitemaps.OfferSitemap
