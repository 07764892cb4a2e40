"""Staff roles and the shared admin pages."""

import pytest
from django.contrib.auth.models import Group

from integration_portal.models import SiteSettings
from integration_portal.roles import ADMINISTRATORS, EDITORS, PUBLISHERS


@pytest.mark.django_db
def test_roles_exist_after_migrate_with_their_permissions():
    editors = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    publishers = set(
        Group.objects.get(name=PUBLISHERS).permissions.values_list("codename", flat=True)
    )
    administration = set(
        Group.objects.get(name=ADMINISTRATORS).permissions.values_list("codename", flat=True)
    )
    assert "view_municipality" in editors
    assert "change_municipality" not in editors
    assert "change_municipality" in publishers and "change_sitesettings" not in publishers
    assert {"change_sitesettings", "change_user", "add_partneraccount"} <= administration
    assert "publish_offer" not in administration


@pytest.mark.django_db
def test_editor_cannot_change_the_site_settings(editor, site_settings):
    assert editor.get("/admin/integration_portal/sitesettings/1/change/").status_code == 403


@pytest.mark.django_db
def test_administration_edits_the_site_texts_per_language(administration, visitor, site_settings):
    url = "/admin/integration_portal/sitesettings/1/change/"
    form = administration.get(url).content.decode()
    assert 'name="imprint_ar"' in form and 'name="imprint_de"' in form
    data = {
        f"{field}_{code}": getattr(site_settings, f"{field}_{code}") or ""
        for field in ["site_name", "region_name", "tagline", "imprint", "privacy", "accessibility"]
        for code in ["de", "en", "ar", "fa", "uk", "ru", "tr", "bs"]
    }
    data.update(operator="Freiwilligenzentrum Region Imst", contact_email="", contact_phone="")
    data.update(address="", imprint_ar="نص تجريبي")
    response = administration.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert SiteSettings.load().operator == "Freiwilligenzentrum Region Imst"
    assert "نص تجريبي" in visitor.get("/ar/impressum/").content.decode()


@pytest.mark.django_db
def test_site_settings_list_leads_straight_to_the_one_form(superuser, site_settings):
    response = superuser.get("/admin/integration_portal/sitesettings/")
    assert response["Location"] == "/admin/integration_portal/sitesettings/1/change/"


@pytest.mark.django_db
def test_municipalities_are_searchable_by_postcode(superuser):
    from django.core.management import call_command

    call_command("loaddata", "municipalities_bezirk_imst", verbosity=0)
    html = superuser.get("/admin/integration_portal/municipality/", {"q": "6444"}).content.decode()
    assert "Längenfeld" in html and "Sölden" not in html
