from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Offer directory")

    def ready(self):
        from directory import sections, signals, sitemaps
        from integration_portal import registry

        registry.home_sections += [
            sections.home_topics,
            sections.home_new_offers,
            sections.home_municipalities,
        ]
        registry.search_sections.append(sections.search_offers)
        registry.sitemaps.update(
            offers=sitemaps.OfferSitemap, municipalities=sitemaps.MunicipalitySitemap
        )
        signals.connect()
