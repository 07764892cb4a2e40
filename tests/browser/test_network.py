"""Finding a partner organisation on a phone, in German and in Arabic."""

import datetime

import pytest
from django.utils import timezone

from integration_portal.models import Location, Municipality
from integration_portal.publishing import Status
from network.models import Event, Organization


@pytest.fixture
def network(transactional_db, site_settings, make_offer):
    make_offer("Deutschkurs im Bildungsforum", slug="kurs-forum")  # by "Bildungsforum Test"
    silz = Municipality.objects.get(slug="silz")
    Organization.objects.create(
        name="Pfarre Silz",
        slug="pfarre-silz",
        kind=Organization.Kind.CHURCH,
        municipality=silz,
        location=Location.objects.create(
            name="Pfarrhaus", street_address="Kirchweg 2", municipality=silz,
            latitude=47.268, longitude=10.928,
        ),
        description_de="Sozialkreis und Deutschcafé der Pfarre.",
        description_ar="حلقة اجتماعية ومقهى لتعلم الألمانية.",
        phone="+43 5263 000 200",
        status=Status.PUBLISHED,
    )  # fmt: skip
    Organization.objects.create(name="Verein im Entwurf", slug="entwurf", status=Status.DRAFT)


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_phone_user_filters_the_network_and_opens_an_organisation(
    live_server, network, phone, axe, screenshot, language, direction
):
    phone.goto(f"{live_server.url}/{language}/netzwerk/")
    assert phone.locator("html").get_attribute("dir") == direction
    assert phone.locator(".offer-card").count() == 2  # the draft is not there
    summary = phone.locator("details.filters__more > summary")
    if phone.locator("details.filters__more").get_attribute("open") is None:
        summary.click()
    phone.select_option("#id_kind", "church")
    phone.locator("form.filters button[type=submit]").click()
    phone.wait_for_url("**/netzwerk/?*kind=church*")
    assert phone.locator(".offer-card").count() == 1
    assert axe(phone) == []
    assert phone.csp_violations == []
    screenshot(phone, f"network-filtered-{language}-390")

    phone.locator(".offer-card h3 a").click()
    phone.wait_for_url("**/netzwerk/pfarre-silz/")
    assert phone.locator("h1").inner_text() == "Pfarre Silz"
    assert phone.locator("a[href^='https://www.openstreetmap.org/']").count() == 1
    call = phone.locator("a[href^='tel:']").bounding_box()
    assert call["height"] >= 44
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    assert axe(phone) == []
    screenshot(phone, f"organization-detail-{language}-390")


def test_an_organisation_shows_its_published_offers(live_server, network, desktop, screenshot):
    desktop.goto(f"{live_server.url}/de/netzwerk/bildungsforum-test/")
    assert "Deutschkurs im Bildungsforum" in desktop.locator("main").inner_text()
    screenshot(desktop, "organization-with-offers-de-1280")


@pytest.fixture
def network_with_event(network, organization):
    soon = timezone.now() + datetime.timedelta(days=2)
    place = Location.objects.get(name="Pfarrhaus")
    Event.objects.create(
        title_de="Sprachcafé im Forum",
        title_ar="مقهى اللغة في المنتدى",
        slug="sprachcafe-forum",
        kind=Event.Kind.LANGUAGE_CAFE,
        starts_at=soon,
        repeat=Event.Repeat.WEEKLY,
        location=place,
        organizer=organization,
        status=Status.PUBLISHED,
    )


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_phone_user_follows_an_organisation_to_its_offer_and_its_next_event(
    live_server, network_with_event, phone, axe, screenshot, language, direction
):
    phone.goto(f"{live_server.url}/{language}/netzwerk/")
    phone.locator(".offer-card h3 a", has_text="Bildungsforum Test").click()
    phone.wait_for_url("**/netzwerk/bildungsforum-test/")
    assert phone.locator("html").get_attribute("dir") == direction
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe(phone) == []
    assert phone.csp_violations == []
    screenshot(phone, f"organization-offers-events-{language}-390")

    phone.locator("a", has_text="Deutschkurs im Bildungsforum").click()
    phone.wait_for_url("**/angebote/kurs-forum/")
    phone.go_back()
    phone.locator("#events-heading ~ ol .offer-card h3 a").first.click()
    phone.wait_for_url("**/veranstaltungen/sprachcafe-forum/")
    title = "Sprachcafé im Forum" if language == "de" else "مقهى اللغة في المنتدى"
    assert phone.locator("h1").inner_text() == title
    assert phone.locator("ul.dates li").count() >= 5  # the next dates of a weekly event
    calendar = phone.locator("a[href$='/kalender.ics']")
    assert calendar.bounding_box()["height"] >= 44
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe(phone) == []
    screenshot(phone, f"event-detail-{language}-390")
