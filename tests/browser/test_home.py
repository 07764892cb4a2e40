"""The home page as a person sees it in Chromium, in German and in Arabic."""

import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(transactional_db, site_settings):
    call_command("loaddata", "municipalities_bezirk_imst", "languages", verbosity=0)


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_home_reads_in_the_right_direction_and_passes_axe(
    live_server, demo_site, phone, axe, screenshot, language, direction
):
    phone.goto(f"{live_server.url}/{language}/")
    assert phone.locator("html").get_attribute("dir") == direction
    assert phone.locator("html").get_attribute("lang") == language
    assert phone.locator("h1").count() == 1
    assert axe(phone) == []
    assert phone.csp_violations == []
    screenshot(phone, f"home-{language}-390")


def test_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_main(
    live_server, demo_site, phone
):
    phone.goto(f"{live_server.url}/de/")
    phone.keyboard.press("Tab")
    focused = phone.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert phone.locator(".skip-link").is_visible()
    phone.keyboard.press("Enter")
    assert phone.evaluate("document.activeElement.id") == "main"


def test_language_switcher_works_by_keyboard_and_keeps_the_page(live_server, demo_site, phone):
    phone.goto(f"{live_server.url}/de/impressum/")
    phone.locator(".language-switcher summary").focus()
    phone.keyboard.press("Enter")
    phone.get_by_role("link", name="العربية").click()
    assert phone.url == f"{live_server.url}/ar/impressum/"
    assert phone.locator("html").get_attribute("dir") == "rtl"


def test_search_box_on_the_home_page_leads_to_search(live_server, demo_site, desktop, screenshot):
    desktop.goto(f"{live_server.url}/de/")
    screenshot(desktop, "home-de-1280")
    desktop.get_by_label("Wonach suchen Sie?").fill("Deutschkurs")
    desktop.keyboard.press("Enter")
    desktop.wait_for_url("**/de/suche/?q=Deutschkurs")
    assert desktop.locator("input[name=q]").input_value() == "Deutschkurs"
