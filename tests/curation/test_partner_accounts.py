"""A partner organisation's login sees and changes only its own organisation and entries,
and never publishes; the administration keeps accounts without handing out more rights
than the roles give."""

import io

import pytest
from django.contrib.auth.models import Group

from directory.models import Offer
from integration_portal import roles
from integration_portal.publishing import Status
from network.models import Event, Organization, PartnerAccount
from tests.conftest import staff_client
from tests.directory.test_offer_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_organisations(make_offer, organization, make_organization):
    other = make_organization("Anderer Verein", slug="anderer-verein")
    own = make_offer("Eigener Deutschkurs", slug="eigen", status=Status.PUBLISHED)
    foreign = make_offer("Fremder Kurs", slug="fremd", status=Status.DRAFT, organization=other)
    return {"own": own, "foreign": foreign, "other": other}


@pytest.fixture
def partner(django_user_model, organization):
    client = staff_client(django_user_model, "partner", roles.PARTNERS)
    PartnerAccount.objects.create(user=client.user, organization=organization)
    return client


def test_a_partner_sees_only_its_own_entries(partner, two_organisations, organization):
    page = partner.get("/admin/directory/offer/").content.decode()
    assert "Eigener Deutschkurs" in page and "Fremder Kurs" not in page
    foreign = two_organisations["foreign"]
    for url in (
        f"/admin/directory/offer/{foreign.pk}/change/",
        f"/admin/directory/offer/{foreign.pk}/history/",
        f"/admin/directory/offer/{foreign.pk}/preview/?lang=de",
        f"/admin/network/organization/{two_organisations['other'].pk}/change/",
    ):
        response = partner.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "Fremder Kurs" not in response.content.decode(), url
    assert partner.get(f"/admin/network/organization/{organization.pk}/change/").status_code == 200
    # Its organisation is the only one it can choose, and the only one it can search for.
    found = partner.get(
        "/admin/autocomplete/",
        {"app_label": "directory", "model_name": "offer", "field_name": "organization", "term": ""},
    ).json()
    assert [item["text"] for item in found["results"]] == ["Bildungsforum Test"]


def test_a_partner_changes_its_own_offer_but_cannot_publish_or_move_it(partner, two_organisations):
    own, other = two_organisations["own"], two_organisations["other"]
    Offer.objects.filter(pk=own.pk).update(status=Status.REVIEW)
    own.refresh_from_db()
    url = f"/admin/directory/offer/{own.pk}/change/"
    response = partner.post(url, form_data(own, title_de="Eigener Kurs, neu", status="review"))
    assert response.status_code == 302, response.content.decode()[:2000]
    own.refresh_from_db()
    assert own.title == "Eigener Kurs, neu"
    assert partner.post(url, form_data(own, status="published")).status_code == 200
    moved = partner.post(url, form_data(own, organization=str(other.pk)))
    assert moved.status_code == 200
    own.refresh_from_db()
    assert own.status == Status.REVIEW and own.organization_id != other.pk
    # Nor by the bulk action, nor on another organisation's entry.
    partner.post("/admin/directory/offer/", {"action": "publish", "_selected_action": [own.pk]})
    own.refresh_from_db()
    assert own.status == Status.REVIEW
    foreign = two_organisations["foreign"]
    partner.post(
        "/admin/directory/offer/", {"action": "send_to_review", "_selected_action": [foreign.pk]}
    )
    foreign.refresh_from_db()
    assert foreign.status == Status.DRAFT


def test_a_partner_without_an_organisation_sees_nothing(django_user_model, two_organisations):
    lost = staff_client(django_user_model, "lost", roles.PARTNERS)
    page = lost.get("/admin/directory/offer/").content.decode()
    assert "Eigener Deutschkurs" not in page and "Fremder Kurs" not in page


def test_a_partner_cannot_reach_what_is_not_its_organisations(partner, organization):
    assert partner.get("/admin/projects/project/").status_code == 403
    assert partner.get("/admin/network/workinggroup/").status_code == 403
    assert partner.get("/admin/auth/user/").status_code == 403
    assert Event.objects.count() == 0 or partner.get("/admin/network/event/").status_code == 200


def test_the_administration_hands_out_roles_not_superpowers(
    administration, django_user_model, superuser
):
    root = django_user_model.objects.get(username="admin")
    listing = administration.get("/admin/auth/user/").content.decode()
    assert "administration" in listing and f"/admin/auth/user/{root.pk}/change/" not in listing
    assert administration.get(f"/admin/auth/user/{root.pk}/change/").status_code in (302, 403)
    colleague = django_user_model.objects.create_user("kollegin", password="x", is_staff=True)
    form = administration.get(f"/admin/auth/user/{colleague.pk}/change/").content.decode()
    assert 'name="is_superuser"' not in form and 'name="user_permissions"' not in form
    editors = Group.objects.get(name=roles.EDITORS)
    response = administration.post(
        f"/admin/auth/user/{colleague.pk}/change/",
        {
            "username": "kollegin", "is_active": "on", "is_staff": "on", "is_superuser": "on",
            "groups": [str(editors.pk)], "last_login_0": "", "last_login_1": "",
            "date_joined_0": "03.12.2026", "date_joined_1": "10:00:00",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    colleague.refresh_from_db()
    assert not colleague.is_superuser
    assert list(colleague.groups.values_list("name", flat=True)) == [roles.EDITORS]


def test_a_renamed_role_keeps_its_members(django_user_model):
    Group.objects.filter(name=roles.PUBLISHERS).update(name="Veröffentlichung")
    member = django_user_model.objects.create_user("langjaehrig")
    member.groups.add(Group.objects.get(name="Veröffentlichung"))
    roles.sync_roles()
    assert list(member.groups.values_list("name", flat=True)) == [roles.PUBLISHERS]
    assert not Group.objects.filter(name="Veröffentlichung").exists()
    wanted = roles.role_permissions()[roles.PUBLISHERS]
    assert ("network", "organization", "publish_organization") in wanted
    assert Organization.objects.count() == 0  # nothing else was touched


def test_the_demo_logins_have_one_role_each(settings, organization, django_user_model):
    from django.core.management import call_command

    settings.DEVELOPMENT = True
    Organization.objects.filter(pk=organization.pk).update(slug="freiwilligenzentrum-region-imst")
    call_command("create_demo_staff", stdout=io.StringIO())
    for username, role in (("redaktion", roles.EDITORS), ("freigabe", roles.PUBLISHERS)):
        user = django_user_model.objects.get(username=username)
        assert not user.is_superuser and list(user.groups.values_list("name", flat=True)) == [role]
    partner = django_user_model.objects.get(username="partner")
    assert partner.partner_account.organization_id == organization.pk
