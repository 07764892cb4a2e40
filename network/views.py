from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from integration_portal.listing import Listing
from network import registry
from network.models import Organization

organizations = Listing(
    Organization,
    url_name="network:organization_list",
    template="network/organization_list.html",
    results_template="network/includes/organization_results.html",
)


@require_safe
def organization_list(request):
    return organizations(request)


@require_safe
def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.published().for_detail(), slug=slug)
    sections = [
        section
        for function in registry.organization_sections
        if (section := function(request, organization))
    ]
    return render(
        request,
        "network/organization_detail.html",
        {"organization": organization, "sections": sections},
    )
