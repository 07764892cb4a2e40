"""Finding an offer on a phone, in German and in Arabic, as a person would."""

import pytest

from integration_portal.publishing import Status


@pytest.fixture
def offers(transactional_db, site_settings, make_offer):
    make_offer(
        "Deutschkurs A1 mit Kinderbetreuung",
        slug="deutschkurs-laengenfeld",
        title_ar="دورة لغة ألمانية A1 مع رعاية الأطفال",
        summary_ar="دورة صباحية للمبتدئين، والأطفال في رعاية آمنة.",
        municipality="laengenfeld",
        languages=["de", "ar"],
        hours=[(1, "09:00", "11:30"), (3, "09:00", "11:30")],
        childcare=True,
    )
    make_offer(
        "Sozialberatung Imst", slug="beratung-imst", municipality="imst", categories=["beratung"]
    )
    make_offer("Deutschkurs Imst", slug="kurs-imst", municipality="imst")
    make_offer(
        "Entwurf in Längenfeld", slug="entwurf", municipality="laengenfeld", status=Status.DRAFT
    )


def open_filters(page):
    summary = page.locator("details.filters__more > summary")
    if page.locator("details.filters__more").get_attribute("open") is None:
        summary.click()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_phone_user_filters_by_municipality_and_topic_and_calls(
    live_server, offers, phone, axe, screenshot, language
):
    phone.goto(f"{live_server.url}/{language}/angebote/")
    open_filters(phone)
    phone.select_option("#id_municipality", "laengenfeld")
    phone.select_option("#id_category", "deutsch-lernen")
    phone.locator("form.filters button[type=submit]").click()
    phone.wait_for_url("**/angebote/?*municipality=laengenfeld*")
    cards = phone.locator(".offer-card")
    assert cards.count() == 1
    assert "Entwurf" not in phone.content()
    screenshot(phone, f"offers-filtered-{language}-390")
    assert axe(phone) == []

    cards.first.locator("h3 a").click()
    phone.wait_for_url("**/angebote/deutschkurs-laengenfeld/")
    call = phone.locator("a[href^='tel:']")
    assert call.get_attribute("href") == "tel:+435412000100"
    box = call.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44  # a big target for a thumb
    if language == "ar":
        assert phone.locator("h1").inner_text() == "دورة لغة ألمانية A1 مع رعاية الأطفال"
        assert phone.locator("html").get_attribute("dir") == "rtl"
    screenshot(phone, f"offer-detail-{language}-390")
    assert axe(phone) == []
    assert phone.csp_violations == []


def test_typo_in_arabic_interface_still_finds_the_course(live_server, offers, phone):
    phone.goto(f"{live_server.url}/ar/angebote/?q=Deutschkrus")
    assert phone.locator(".offer-card").count() == 2
    assert phone.locator(".notice").count() == 1


def test_desktop_list_and_detail_pass_axe(live_server, offers, desktop, axe, screenshot):
    desktop.goto(f"{live_server.url}/de/angebote/")
    assert desktop.locator("details.filters__more").get_attribute("open") is not None
    assert axe(desktop) == []
    screenshot(desktop, "offers-de-1280")
    desktop.goto(f"{live_server.url}/de/angebote/deutschkurs-laengenfeld/")
    assert axe(desktop) == []
    screenshot(desktop, "offer-detail-de-1280")
    desktop.goto(f"{live_server.url}/de/gemeinden/laengenfeld/")
    assert desktop.locator(".offer-card").count() == 1
    assert axe(desktop) == []


def test_filters_work_without_javascript(live_server, offers, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}/de/angebote/")
    page.locator("details.filters__more > summary").click()
    page.select_option("#id_municipality", "imst")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**municipality=imst*")
    assert page.locator(".offer-card").count() == 2
    context.close()
