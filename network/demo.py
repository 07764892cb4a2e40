"""Demo organisations, from network/demo_data/ (CSV in the spreadsheet importer's format,
loaded through it). The two real ones come from the project documents; all contact data is
fictitious, and invented organisations carry "(Demo)" in their name."""

from pathlib import Path

from integration_portal.publishing import Status
from integration_portal.spreadsheets import LocationResource, load_file
from network.models import Organization
from network.spreadsheets import OrganizationResource

DATA = Path(__file__).parent / "demo_data"


def load_organizations() -> dict[str, Organization]:
    load_file(LocationResource, DATA / "orte.csv")
    slugs = load_file(
        OrganizationResource, DATA / "organisationen.csv", new_status=Status.PUBLISHED
    )
    return {o.slug: o for o in Organization.objects.filter(slug__in=slugs)}


def load() -> str:
    from network.demo_network import load_network

    organizations = load_organizations()
    return f"{len(organizations)} organisations, " + load_network(organizations)
