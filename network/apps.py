from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")

    def ready(self):
        from integration_portal import registry, roles
        from network import sections, sitemaps
        from network.models.organizations import partner_organization

        roles.declare("network.organization", roles.OWNER)
        roles.declare("network.workinggroup", roles.CONTENT)
        for content in ("event", "news", "volunteerrole"):
            roles.declare(f"network.{content}", roles.OWNED)
        for part in ("contactperson", "meeting"):
            roles.declare(f"network.{part}", roles.PARTS)
        # Registering a partner's calendar is a staff tool, like adding a place.
        roles.declare("network.partnerfeed", roles.STAFF_TOOLS)
        roles.declare("network.partneraccount", roles.ACCOUNTS)
        # Who was asked to check their entries: the staff who keep entries fresh read it.
        roles.declare(
            "network.verificationrequest", {roles.EDITORS: roles.VIEW, roles.PUBLISHERS: roles.VIEW}
        )
        roles.partner_scopes.append(partner_organization)

        registry.home_sections.append(sections.home_events)
        registry.search_sections += [
            sections.search_organizations,
            sections.search_events,
            sections.search_volunteer_roles,
            sections.search_news,
        ]
        registry.municipality_sections += [
            sections.municipality_organizations,
            sections.municipality_events,
            sections.municipality_volunteer_roles,
        ]
        registry.sitemaps.update(
            organizations=sitemaps.OrganizationSitemap,
            working_groups=sitemaps.WorkingGroupSitemap,
            events=sitemaps.EventSitemap,
            news=sitemaps.NewsSitemap,
            volunteering=sitemaps.VolunteerRoleSitemap,
        )
