"""The network's blocks in the search across the site and on municipality pages."""

from integration_portal.registry import Section
from network.models import Organization
from network.views import organizations


def search_organizations(request, text):
    found = organizations.search_preview(text)
    return Section("network/includes/search_organizations.html", found) if found else None


def municipality_organizations(request, municipality):
    found = (
        Organization.objects.published()
        .with_facet("municipality", municipality.slug)
        .for_listing()
        .order_by("name")
    )
    return Section(
        "network/includes/municipality_organizations.html",
        {"municipality": municipality, "organizations": found},
    )
