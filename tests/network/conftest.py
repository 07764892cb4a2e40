import itertools

import pytest

from integration_portal.models import Location, Municipality
from integration_portal.publishing import Status
from network.models import Organization

_numbers = itertools.count(1)


@pytest.fixture
def make_organization(reference_data):
    """make_organization(name=…, municipality="imst", kind=…, status=…) -> a saved one."""

    def make(name="Verein Test", *, municipality="imst", status=Status.PUBLISHED, **fields):
        number = next(_numbers)
        place = Municipality.objects.get(slug=municipality) if municipality else None
        address = (
            Location.objects.create(
                name=f"Büro {number}", street_address="Dorfstraße 1", municipality=place,
                latitude=47.2394, longitude=10.7381,
            )
            if place
            else None
        )  # fmt: skip
        return Organization.objects.create(
            name=name,
            slug=fields.pop("slug", f"organisation-{number}"),
            municipality=place,
            location=address,
            status=status,
            **fields,
        )

    return make


@pytest.fixture
def organization(make_organization):
    return make_organization("Bildungsforum Test", slug="bildungsforum-test")
