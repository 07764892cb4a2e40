"""The lists of projects, the toolbox and the funding priorities: filters and their
combinations, bad input, and costs that stay flat."""

import datetime

import pytest

from directory.models import TargetGroup
from projects.models import FundingPriority

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects(make_project, action_fields, programme, db):
    women = TargetGroup.objects.create(name="Frauen", slug="frauen")
    make_project(
        "Sprachcafé", slug="sprachcafe", phase="running", starts_on=datetime.date(2017, 3, 1),
        ends_on=datetime.date(2018, 6, 30), primary_action_field=action_fields["ehrenamt"],
        good_practice=True, transfer_notes="Ein Raum und zwei Freiwillige.", audiences=[women],
    )  # fmt: skip
    make_project(
        "Betriebslotsen", slug="lotsen", phase="selected", decided_on=datetime.date(2019, 7, 25),
        primary_action_field=action_fields["wirtschaft"], programme=programme,
        further_action_fields=[action_fields["ehrenamt"]], good_practice=True,
    )  # fmt: skip
    make_project("Idee ohne Datum", slug="idee", phase="idea")


def titles(response):
    return [project.title for project in response.context["page"].object_list]


def test_filters_and_their_combinations(visitor, site_settings, projects):
    def shown(**query):
        response = visitor.get("/de/projekte/", query)
        assert response.status_code == 200, query
        return titles(response)

    assert shown() == ["Betriebslotsen", "Idee ohne Datum", "Sprachcafé"]
    assert shown(phase="running") == ["Sprachcafé"]
    # Further action fields count too.
    assert shown(action_field="ehrenamt") == ["Betriebslotsen", "Sprachcafé"]
    assert shown(action_field="ehrenamt", phase="selected") == ["Betriebslotsen"]
    assert shown(programme="landesprogramm") == ["Betriebslotsen"]
    # Every year it ran; the decision year for one that has not started.
    assert shown(year="2018") == ["Sprachcafé"]
    assert shown(year="2019") == ["Betriebslotsen"]
    assert shown(year="2018", phase="selected") == []
    assert shown(q="Sprachcafe") == ["Sprachcafé"]  # without the accent
    assert shown(q="Sprachkafe") == ["Sprachcafé"]  # a typo


def test_the_toolbox_shows_good_practice_by_action_field_and_target_group(
    visitor, site_settings, projects
):
    response = visitor.get("/de/projekte/werkzeugkiste/")
    assert titles(response) == ["Betriebslotsen", "Sprachcafé"]
    assert "Ein Raum und zwei Freiwillige." in response.content.decode()
    assert titles(visitor.get("/de/projekte/werkzeugkiste/", {"target_group": "frauen"})) == [
        "Sprachcafé"
    ]
    assert titles(visitor.get("/de/projekte/werkzeugkiste/", {"action_field": "wirtschaft"})) == [
        "Betriebslotsen"
    ]
    # The toolbox and the project list count apart: same filters, other answers.
    assert visitor.get("/de/projekte/", {"phase": "idea"}).context["count"] == 1
    assert visitor.get("/de/projekte/werkzeugkiste/", {"phase": "idea"}).context["count"] == 0


BAD = [
    ("/de/projekte/", {"phase": "ueberall"}),
    ("/de/projekte/", {"year": "20x7"}),
    ("/de/projekte/", {"action_field": "<script>"}),
    ("/de/projekte/werkzeugkiste/", {"target_group": "niemand", "q": "Sprachcafé"}),
    ("/de/projekte/foerderprogramme/", {"applicant": "konzern"}),
    ("/de/projekte/foerderprogramme/", {"sort": "random"}),
    ("/de/projekte/", {"q": "x" * 500}),
]


@pytest.mark.parametrize(("url", "query"), BAD)
def test_bad_parameters_answer_400_with_the_input_kept(
    visitor, site_settings, projects, url, query
):
    response = visitor.get(url, query)
    assert response.status_code == 400
    page = response.content.decode()
    assert "error-summary" in page
    if "q" in query and len(query["q"]) < 200:
        assert query["q"] in page
    # The next visitor, asking well, gets the real answer.
    good = visitor.get(url)
    assert good.status_code == 200 and good.context["count"] > 0


def test_a_bad_request_does_not_spoil_the_next_good_one(visitor, site_settings, projects):
    visitor.get("/de/projekte/", {"phase": "running", "year": "nie"})
    response = visitor.get("/de/projekte/", {"phase": "running"})
    assert titles(response) == ["Sprachcafé"]


def test_priorities_order_by_deadline_and_filter_open_ones(visitor, site_settings, programme):
    FundingPriority.objects.create(
        programme=programme, slug="ohne", title="Ohne Frist", applicants=["company"]
    )
    by_deadline = visitor.get("/de/projekte/foerderprogramme/", {"sort": "deadline"})
    assert titles(by_deadline) == [
        "Kommunale Koordinationsstellen", "Ehrenamtliche Dolmetscherinnen und Dolmetscher",
        "Ohne Frist",
    ]  # fmt: skip
    open_ones = visitor.get("/de/projekte/foerderprogramme/", {"open": "on", "sort": "deadline"})
    assert titles(open_ones) == ["Ehrenamtliche Dolmetscherinnen und Dolmetscher", "Ohne Frist"]
    page = " ".join(by_deadline.content.decode().split())
    assert "noch 10 Tage" in page and "Frist abgelaufen" in page


def add_projects(make_project, action_fields, start, stop):
    for number in range(start, stop):
        make_project(
            f"Vorhaben {number:03}", slug=f"v{number}", phase="running",
            starts_on=datetime.date(2018, 1, 1), primary_action_field=action_fields["ehrenamt"],
            good_practice=True, transfer_notes="Übertragbar.",
        )  # fmt: skip


@pytest.mark.parametrize("url", ["/de/projekte/", "/de/projekte/werkzeugkiste/"])
def test_list_query_count_stays_flat(
    visitor, site_settings, make_project, action_fields, django_assert_max_num_queries, url
):
    add_projects(make_project, action_fields, 0, 3)
    query = {"q": "Vorhaben", "action_field": "ehrenamt", "sort": "relevance"}
    visitor.get(url)
    with django_assert_max_num_queries(12) as few:
        assert visitor.get(url, query).status_code == 200
    count = len(few)  # now: the connection keeps only the latest queries
    add_projects(make_project, action_fields, 3, 45)
    visitor.get(url)
    with django_assert_max_num_queries(count):
        response = visitor.get(url, {**query, "page": "2"})
    assert response.context["count"] == 45


def test_a_project_page_costs_the_same_with_more_parts(
    visitor, site_settings, make_project, action_fields, organization, django_assert_max_num_queries
):
    from projects.models import Measure

    umbrella = make_project("Schirm", slug="schirm", sponsor=organization)

    def add(start, stop):
        for number in range(start, stop):
            make_project(f"Teil {number}", slug=f"t{number}", parent=umbrella, sponsor=organization)
            Measure.objects.create(project=umbrella, text=f"Schritt {number}", position=number)
        umbrella.partners.add(organization)
        umbrella.further_action_fields.set(action_fields.values())

    add(0, 2)
    visitor.get("/de/projekte/schirm/")
    with django_assert_max_num_queries(20) as few:
        visitor.get("/de/projekte/schirm/")
    count = len(few)
    add(2, 20)
    with django_assert_max_num_queries(count):
        page = visitor.get("/de/projekte/schirm/").content.decode()
    assert "Teil 19" in page and "Schritt 19" in page


def test_a_municipality_shows_its_newest_projects_and_links_to_all(
    visitor, site_settings, make_project, reference_data
):
    from integration_portal.models import Municipality

    imst = Municipality.objects.get(slug="imst")
    for number in range(12):
        make_project(
            f"Ortsprojekt {number:02}", slug=f"o{number}", municipalities=[imst],
            starts_on=datetime.date(2010 + number, 1, 1),
        )  # fmt: skip
    page = visitor.get("/de/gemeinden/imst/").content.decode()
    assert "Ortsprojekt 11" in page and "Ortsprojekt 02" in page
    assert "Ortsprojekt 01" not in page  # the oldest wait behind the link
    assert 'href="/de/projekte/?municipality=imst"' in page
    assert visitor.get("/de/projekte/", {"municipality": "imst"}).context["count"] == 12
