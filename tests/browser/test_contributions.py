"""The public's part, in Chromium on a phone: a visitor suggests an offer (with a mistake
first, in Arabic), reports a problem with an offer by keyboard only, and a partner answers
the link to check its entries. No axe violation, no CSP violation, nothing sideways."""

import pytest

from directory.models import Offer
from integration_portal.models import Report
from network.models import VerificationRequest
from network.verification import token_for


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_a_visitor_suggests_an_offer_after_a_mistake(
    live_server, transactional_db, site_settings, taxonomy, phone, axe, screenshot, language,
    direction,
):  # fmt: skip
    phone.goto(f"{live_server.url}/{language}/angebote/")
    phone.locator(".suggest-offer a").click()
    phone.wait_for_url(f"**/{language}/angebote/vorschlagen/")
    assert phone.locator("html").get_attribute("dir") == direction
    assert axe(phone) == []
    phone.fill("#id_title", "Nähcafé für Frauen")
    phone.fill("#id_provider", "Pfarre Tarrenz")
    phone.fill("#id_description", "Jeden Dienstag nähen und Deutsch üben.")
    phone.fill("#id_email", "keine-adresse")
    phone.check("#id_consent")
    phone.locator("form.public-form button[type=submit]").click()
    # The mistake is named, in the reader's language, and nothing typed is lost.
    assert phone.locator(".error-summary").is_visible()
    assert phone.input_value("#id_title") == "Nähcafé für Frauen"
    assert phone.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe(phone) == []
    screenshot(phone, f"suggest-error-{language}-390")
    phone.fill("#id_email", "amina@example.org")
    phone.check("#id_consent")
    phone.locator("form.public-form button[type=submit]").click()
    phone.wait_for_url(f"**/{language}/angebote/vorschlagen/danke/")
    assert Offer.objects.get().suggested_by == ""
    assert phone.csp_violations == []


def test_a_problem_is_reported_by_keyboard_alone(
    live_server, transactional_db, site_settings, make_offer, phone, axe
):
    offer = make_offer("Deutschkurs A2")
    phone.goto(f"{live_server.url}/de/angebote/{offer.slug}/problem-melden/")
    assert axe(phone) == []
    phone.locator("#id_problem_2").focus()  # "I could not reach anyone"
    phone.keyboard.press("Space")
    phone.keyboard.press("Tab")
    phone.keyboard.type("Die Nummer ist nicht mehr vergeben.")
    phone.keyboard.press("Tab")
    phone.keyboard.press("Tab")  # past the e-mail field, to the button
    phone.keyboard.press("Enter")
    phone.wait_for_url(f"**/de/angebote/{offer.slug}/problem-melden/danke/")
    report = Report.objects.get()
    assert report.problem == "contact" and "Nummer" in report.message


def test_a_partner_confirms_its_entries_on_a_phone(
    live_server, transactional_db, site_settings, make_offer, organization, phone, axe, screenshot
):
    make_offer("Deutschkurs A1")
    organization.email = "buero@example.org"
    organization.save()
    asked = VerificationRequest.objects.create(
        organization=organization, sent_to="buero@example.org"
    )
    phone.goto(f"{live_server.url}/de/netzwerk/pruefen/{token_for(asked)}/")
    assert "Deutschkurs A1" in phone.locator("main").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe(phone) == []
    screenshot(phone, "verify-de-390")
    phone.locator("button[value=correct]").click()
    assert phone.locator("[role=status]").is_visible()
    assert Offer.objects.get().last_verified is not None
    assert phone.csp_violations == []
