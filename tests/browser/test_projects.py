"""A partner walks the good-practice toolbox to a project and on to its sponsor, and finds
a funding priority for a volunteer-interpreter pool, on a phone and at a desk."""

import pytest

from network.demo import load_organizations
from projects import demo


@pytest.fixture
def records(transactional_db, site_settings, reference_data):
    load_organizations()
    demo.load()


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_from_the_toolbox_to_a_project_to_its_sponsor(
    live_server, records, phone, axe, screenshot, language, direction
):
    phone.goto(f"{live_server.url}/{language}/projekte/werkzeugkiste/")
    assert phone.locator("html").get_attribute("dir") == direction
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe(phone) == []
    assert phone.csp_violations == []
    screenshot(phone, f"toolbox-{language}-390")

    phone.locator(".offer-card h3 a", has_text="Networking").click()
    phone.wait_for_url("**/projekte/networking/")
    facts = phone.locator("dl.facts").inner_text()
    assert "65 %" in facts and "01.06.2017 – 31.12.2018" in facts
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe(phone) == []
    screenshot(phone, f"project-networking-{language}-390")

    # Up to the umbrella, which lists it back.
    phone.locator(".notice a", has_text="Schirmprojekt LAG Imst").click()
    phone.wait_for_url("**/projekte/schirmprojekt-lag-imst-2016-2018/")
    assert phone.locator("#subprojects-heading ~ ol a", has_text="Networking").count() == 1
    phone.go_back()

    phone.locator("dl.facts a", has_text="Regionalmanagement Bezirk Imst").click()
    phone.wait_for_url("**/netzwerk/regionalmanagement-bezirk-imst/")
    # The organisation's page lists the projects it carries.
    assert phone.locator("#projects-heading ~ ol a", has_text="Networking").count() == 1
    assert axe(phone) == []
    screenshot(phone, f"project-sponsor-{language}-390")


def test_a_partner_finds_the_priority_for_an_interpreter_pool(
    live_server, records, desktop, axe, screenshot
):
    desktop.goto(f"{live_server.url}/de/projekte/foerderprogramme/")
    desktop.fill("#id_q", "Dolmetsch")
    desktop.locator("form.filters button[type=submit]").click()
    desktop.wait_for_url("**/foerderprogramme/?*q=Dolmetsch*")
    card = desktop.locator(".offer-card h3 a", has_text="Laiendolmetsch")
    assert card.count() == 1
    assert axe(desktop) == []
    screenshot(desktop, "priorities-dolmetsch-de-1280")
    card.click()
    desktop.wait_for_url("**/wir-programm-hessen/#schwerpunkt-ehrenamtliche-dolmetscher")
    target = desktop.locator("#schwerpunkt-ehrenamtliche-dolmetscher")
    assert "Vereine und Kommunen" in target.inner_text()
    assert axe(desktop) == []
    assert desktop.csp_violations == []
    screenshot(desktop, "programme-wir-de-1280")
