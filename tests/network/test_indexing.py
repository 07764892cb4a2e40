"""The index follows every change once, after commit, only where something searched changed."""

import datetime
import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from integration_portal.models import Municipality
from network.models import Organization


def indexed_ids(queries) -> list[int]:
    """The entries the indexing wrote, read from the captured statements."""
    return [
        int(i) for query in queries for i in re.findall(r'\{"id": (\d+), "facets"', query["sql"])
    ]


@pytest.fixture
def three(make_organization):
    return [
        make_organization("Verein Imst", municipality="imst"),
        make_organization("Verein Silz", municipality="silz"),
        make_organization("Verein Oetz", municipality="oetz"),
    ]


@pytest.mark.django_db
def test_marking_verified_indexes_nothing(three):
    with CaptureQueriesContext(connection) as queries:
        three[0].last_verified = datetime.date.today()
        three[0].save()
    assert indexed_ids(queries) == []


@pytest.mark.django_db
def test_renaming_indexes_that_entry_only_and_once(three):
    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        three[1].name = "Verein Silz-Mötz"
        three[1].save()
        three[1].description_de = "Neu beschrieben."
        three[1].save()
    assert indexed_ids(queries) == [three[1].pk]
    assert three[1].pk in Organization.objects.published().filter(
        search_de="beschrieb"
    ).values_list("pk", flat=True)


@pytest.mark.django_db
def test_renaming_a_municipality_indexes_the_entries_there(three):
    silz = Municipality.objects.get(slug="silz")
    with CaptureQueriesContext(connection) as queries:
        silz.name = "Silz im Inntal"
        silz.save()
    assert indexed_ids(queries) == [three[1].pk]
    with CaptureQueriesContext(connection) as queries:
        silz.district = "Imst"  # not searched, not filtered
        silz.save()
    assert indexed_ids(queries) == []


@pytest.mark.django_db
def test_a_rolled_back_change_indexes_nothing(three):
    with (
        CaptureQueriesContext(connection) as queries,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        three[2].name = "Nie gespeichert"
        three[2].save()
        raise RuntimeError
    assert indexed_ids(queries) == []
