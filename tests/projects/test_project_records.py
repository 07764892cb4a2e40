"""The real records from the project documents, as a partner reads them."""

import pytest

from network.demo import load_organizations
from projects import demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(reference_data, site_settings):
    load_organizations()
    demo.load()


def text_of(response) -> str:
    return " ".join(response.content.decode().split())


def test_networking_shows_its_facts_and_its_umbrella(visitor, records):
    page = text_of(visitor.get("/de/projekte/networking/"))
    assert "65 %" in page
    assert "01.06.2017 – 31.12.2018" in page
    assert 'href="/de/projekte/schirmprojekt-lag-imst-2016-2018/"' in page
    assert 'href="/de/netzwerk/regionalmanagement-bezirk-imst/"' in page  # its sponsor
    assert 'href="/de/netzwerk/freiwilligenzentrum-region-imst/"' in page  # its partner
    # Its six tasks, in order.
    assert page.index("Netzwerk für Integration und Gemeinwohl aufbauen") < page.index(
        "Eng mit dem Freiwilligenzentrum Region Imst zusammenarbeiten"
    )
    umbrella = text_of(visitor.get("/de/projekte/schirmprojekt-lag-imst-2016-2018/"))
    assert 'href="/de/projekte/networking/"' in umbrella
    assert "2016–2018" in umbrella


def test_moving_migration_shows_decision_date_and_place(visitor, records):
    page = text_of(visitor.get("/de/projekte/moving-migration/"))
    assert "25.07.2019" in page
    assert "Münsingen" in page
    assert "Diakonieverband Reutlingen" in page
    assert "LEADER-Region Mittlere Alb" in page
    assert "Ein Integrationskonzept für die Region erarbeiten" in page


def test_the_transnational_project_names_its_partner_regions(visitor, records):
    page = text_of(visitor.get("/de/projekte/integration-in-laendlichen-gebieten/"))
    for region in ("regio³", "Kitzbüheler Alpen", "KUUSK", "Wipptal", "regioL", "Linz-Land",
                   "Hochsauerland", "Halland", "Finnland"):  # fmt: skip
        assert region in page, region
    assert 'href="/de/projekte/arbeitskreis-integration-und-gemeinwohl/"' in page


def test_a_partner_finds_the_wir_priority_for_an_interpreter_pool(visitor, records):
    response = visitor.get("/de/projekte/foerderprogramme/", {"q": "Dolmetsch"})
    titles = [priority.title for priority in response.context["page"].object_list]
    assert "Ehrenamtliche Dolmetscherinnen und Dolmetscher (Laiendolmetsch-Pools)" in titles
    assert "WIR-Koordinatorinnen und -Koordinatoren" not in titles
    page = text_of(visitor.get("/de/projekte/foerderprogramme/wir-programm-hessen/"))
    assert 'id="schwerpunkt-ehrenamtliche-dolmetscher"' in page
    assert "Waldeck-Frankenberg" in page
    assert page.count('class="priority"') == 9


def test_who_may_apply_filters_the_priorities(visitor, records):
    response = visitor.get("/de/projekte/foerderprogramme/", {"applicant": "migrant_organisation"})
    titles = {priority.title for priority in response.context["page"].object_list}
    assert "Gemeinnützige Migrantenorganisationen" in titles
    assert "WIR-Koordinatorinnen und -Koordinatoren" not in titles  # districts and towns only
    companies = visitor.get("/de/projekte/foerderprogramme/", {"applicant": "company"})
    assert [p.title for p in companies.context["page"].object_list] == ["Lehre und Betrieb (Demo)"]


def test_deadlines_show_days_left_and_passed_ones_are_marked(visitor, records):
    page = text_of(
        visitor.get("/de/projekte/foerderprogramme/kleinprojektefonds-gemeinwohl-oberland/")
    )
    assert "noch 30 Tage" in page
    assert "Frist abgelaufen" in page
    open_only = visitor.get(
        "/de/projekte/foerderprogramme/", {"open": "on", "applicant": "company"}
    )
    assert open_only.context["count"] == 0


def test_loading_twice_changes_nothing(records):
    from projects.models import Measure, Project

    before = (Project.objects.count(), Measure.objects.count())
    demo.load()
    assert (Project.objects.count(), Measure.objects.count()) == before
