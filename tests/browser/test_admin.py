"""The admin works under our Content Security Policy: nothing from other hosts."""

import pytest


@pytest.fixture
def staff_login(transactional_db, django_user_model, site_settings, reference_data):
    django_user_model.objects.create_superuser(
        "chefin", "chefin@example.org", "ein-langes-passwort"
    )


def test_offer_form_has_working_translation_tabs_without_csp_violations(
    live_server, staff_login, browser
):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(5000)
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.goto(f"{live_server.url}/admin/login/?next=/admin/directory/offer/add/")
    page.fill("#id_username", "chefin")
    page.fill("#id_password", "ein-langes-passwort")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/directory/offer/add/")
    assert page.locator(".ui-tabs").count() > 0  # jQuery UI came from our own server
    page.locator(".ui-tabs-nav a", has_text="AR").first.click()
    assert page.locator("input[name=title_ar]").is_visible()
    assert problems == []
    context.close()
