"""The network's lists: filters with counts, and query counts that stay flat as entries grow."""

import datetime

import pytest
from django.utils import timezone

from integration_portal.models import Category, Language, Municipality
from integration_portal.publishing import Status
from network.models import ContactPerson, Event, News, VolunteerRole, WorkingGroup

pytestmark = pytest.mark.django_db


def add_entries(organization, start, stop):
    imst, silz = Municipality.objects.filter(slug__in=["imst", "silz"]).order_by("slug")
    german = Language.objects.get(code="de")
    topic = Category.objects.first()
    for number in range(start, stop):
        WorkingGroup.objects.create(
            name=f"Gruppe {number:03}", slug=f"g{number}", topic=topic, status=Status.PUBLISHED
        ).members.add(organization)
        News.objects.create(
            title=f"Meldung {number:03}", slug=f"n{number}", status=Status.PUBLISHED
        )
        VolunteerRole.objects.create(
            title=f"Aufgabe {number:03}", slug=f"v{number}", organization=organization,
            municipality=[imst, silz][number % 2], status=Status.PUBLISHED,
        ).languages.add(german)  # fmt: skip


LISTS = [
    ("/de/netzwerk/arbeitskreise/", {"q": "Gruppe"}),
    ("/de/aktuelles/", {"q": "Meldung"}),
    ("/de/netzwerk/ehrenamt/", {"municipality": "imst", "language": "de"}),
]


@pytest.mark.parametrize(("url", "query"), LISTS)
def test_list_query_count_stays_flat(
    visitor, site_settings, organization, django_assert_max_num_queries, url, query
):
    add_entries(organization, 0, 3)
    visitor.get(url)  # the versions' boundaries and the filter choices, once
    with django_assert_max_num_queries(12) as few:
        assert visitor.get(url, {**query, "sort": "relevance"}).status_code == 200
    count = len(few)
    add_entries(organization, 3, 45)
    visitor.get(url)
    with django_assert_max_num_queries(count):
        response = visitor.get(url, {**query, "sort": "relevance", "page": "2"})
    assert response.context["count"] > 20


def test_volunteer_roles_filter_by_municipality_with_counts(visitor, site_settings, organization):
    add_entries(organization, 0, 4)
    response = visitor.get("/de/netzwerk/ehrenamt/", {"municipality": "silz"})
    assert response.context["count"] == 2
    facets = {facet["name"]: facet["counts"] for facet in response.context["facets"]}
    assert facets["municipality"] == {"imst": 2, "silz": 2}
    assert facets["commitment"] == {"occasionally": 2}


def test_an_organisation_page_costs_the_same_with_more_events_and_roles(
    visitor, site_settings, organization, django_assert_max_num_queries
):
    place = organization.location

    def add(start, stop):
        for number in range(start, stop):
            Event.objects.create(
                title=f"Treffen {number}", slug=f"e{number}", location=place,
                starts_at=timezone.now() + datetime.timedelta(days=number + 1),
                organizer=organization, status=Status.PUBLISHED,
            )  # fmt: skip
            ContactPerson.objects.create(
                organization=organization, name=f"Person {number}", consent_on=datetime.date.today()
            )
        add_entries(organization, start, stop)

    add(0, 2)
    visitor.get(organization.get_absolute_url())
    with django_assert_max_num_queries(30) as few:
        visitor.get(organization.get_absolute_url())
    add(2, 12)
    with django_assert_max_num_queries(len(few)):
        page = visitor.get(organization.get_absolute_url()).content.decode()
    assert page.count('class="offer-card event-card"') == 5
    assert "Person 11" in page and "Aufgabe 011" in page and "Gruppe 011" in page
