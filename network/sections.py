"""The network's block in the search across the site."""

from integration_portal.registry import Section
from network.views import organizations


def search_organizations(request, text):
    found = organizations.search_preview(text)
    return Section("network/includes/search_organizations.html", found) if found else None
