import datetime
import itertools

import pytest
from django.utils import timezone

from integration_portal.publishing import Status
from projects.models import ActionField, FundingPriority, FundingProgramme, Project
from tests.network.conftest import make_organization, organization  # noqa: F401

_numbers = itertools.count(1)


@pytest.fixture
def action_fields(db):
    return {
        slug: ActionField.objects.create(name=name, slug=slug)
        for slug, name in [
            ("wirtschaft", "Regionale Wirtschaft"),
            ("ehrenamt", "Freiwilligenarbeit"),
        ]
    }


@pytest.fixture
def make_project(db):
    """make_project(title, slug=…, status=…, **fields) -> a saved project."""

    def make(title="Projekt Test", *, status=Status.PUBLISHED, **fields):
        many = {name: fields.pop(name) for name in list(fields) if name in MANY}
        project = Project.objects.create(
            title=title,
            slug=fields.pop("slug", f"projekt-{next(_numbers)}"),
            status=status,
            **fields,
        )
        for name, values in many.items():
            getattr(project, name).set(values)
        return project

    return make


MANY = {
    "further_action_fields",
    "partners",
    "partner_regions",
    "offers",
    "municipalities",
    "audiences",
}


@pytest.fixture
def programme(db):
    """A published programme with two priorities: one for associations with a deadline in
    ten days, one for municipalities whose deadline passed."""
    today = timezone.localdate()
    found = FundingProgramme.objects.create(
        name="Landesprogramm Test", slug="landesprogramm", status=Status.PUBLISHED
    )
    FundingPriority.objects.create(
        programme=found, slug="dolmetsch", title="Ehrenamtliche Dolmetscherinnen und Dolmetscher",
        description="Pools von Freiwilligen, die bei Terminen übersetzen.",
        applicants=["association", "municipality"], deadline=today + datetime.timedelta(days=10),
        position=1,
    )  # fmt: skip
    FundingPriority.objects.create(
        programme=found, slug="koordination", title="Kommunale Koordinationsstellen",
        applicants=["municipality"], deadline=today - datetime.timedelta(days=3), position=2,
    )  # fmt: skip
    return found
