"""Who may do what in the admin: one table, role × admin URL × method.

Every URL of every registered ModelAdmin joins the matrix by itself: a new admin page fails
`test_every_admin_model_is_in_the_table` until its row is written here.
"""

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from directory.models import Offer
from integration_portal import mail
from integration_portal.demo import load_site_settings
from integration_portal.models import Report, Revision
from integration_portal.publishing import Status
from network.models import Organization, PartnerAccount, VerificationRequest
from tests.conftest import staff_client

# What each role may do with each admin model: v(iew) a(dd) c(hange) d(elete).
# The superuser may do everything; a visitor nothing (the admin asks them to log in).
# A partner organisation's account has its rights only on its own organisation's entries
# (tested on its own below); here, what it may open at all.
TABLE = {
    #  model                              Redaktion Freigabe Administration Partnerorganisation
    "directory.offer":                    ("vac",   "vacd",  "",            "vac"),
    "directory.targetgroup":              ("v",     "vac",   "",            "v"),
    "network.organization":               ("vac",   "vacd",  "",            "vc"),
    "network.workinggroup":               ("vac",   "vacd",  "",            ""),
    "network.event":                      ("vac",   "vacd",  "",            "vac"),
    "network.news":                       ("vac",   "vacd",  "",            "vac"),
    "network.volunteerrole":              ("vac",   "vacd",  "",            "vac"),
    "network.partnerfeed":                ("vac",   "vacd",  "",            ""),
    "network.partneraccount":             ("",      "",      "vacd",        ""),
    "network.verificationrequest":        ("v",     "v",     "",            ""),
    "projects.project":                   ("vac",   "vacd",  "",            ""),
    "projects.fundingprogramme":          ("vac",   "vacd",  "",            ""),
    "projects.actionfield":               ("v",     "vac",   "",            "v"),
    "projects.partnerregion":             ("v",     "vac",   "",            "v"),
    "integration_portal.location":        ("vac",   "vacd",  "",            "va"),
    "integration_portal.municipality":    ("v",     "vac",   "",            "v"),
    "integration_portal.language":        ("v",     "vac",   "",            "v"),
    "integration_portal.category":        ("v",     "vac",   "",            "v"),
    "integration_portal.sitesettings":    ("",      "",      "vc",          ""),
    "integration_portal.revision":        ("v",     "v",     "",            "v"),
    "integration_portal.report":          ("vc",    "vcd",   "",            ""),
    "django_tasks_database.dbtaskresult": ("",      "",      "v",           ""),
    "axes.accessattempt":                 ("",      "",      "vd",          ""),
    "axes.accessfailurelog":              ("",      "",      "vd",          ""),
    "axes.accesslog":                     ("",      "",      "v",           ""),
    "otp_totp.totpdevice":                ("",      "",      "vd",          ""),
    "otp_static.staticdevice":            ("",      "",      "vd",          ""),
    "auth.user":                          ("",      "",      "vacd",        ""),
    "auth.group":                         ("",      "",      "v",           ""),
}  # fmt: skip
ROLE_COLUMNS = ("Redaktion", "Freigabe", "Administration", "Partnerorganisation")

# The admin URL names end in what they do; the letter is the permission it needs.
NEEDS = {"changelist": "v", "add": "a", "change": "v", "history": "v", "delete": "d"}
NEEDS_CUSTOM = {"preview": "v", "import": "a", "export": "v"}
# Answers that differ from 200/403 by design.
SPECIAL = {
    # the settings list leads straight to the one form; there is only one row
    ("integration_portal.sitesettings", "changelist", True): 302,
    ("integration_portal.sitesettings", "add", True): 403,
    ("integration_portal.sitesettings", "delete", True): 403,
    # a change for review is made by saving an entry, never added by hand
    ("integration_portal.revision", "add", True): 403,
    # reports come from the public and from partners
    ("integration_portal.report", "add", True): 403,
    # requests to check entries are written by the command and answered by partners
    ("network.verificationrequest", "add", True): 403,
    # sign-in attempts are recorded by django-axes, never added by hand
    ("axes.accessattempt", "add", True): 403,
    ("axes.accesslog", "add", True): 403,
    ("axes.accessfailurelog", "add", True): 403,
    # the mail queue is written by the site and read by people
    ("django_tasks_database.dbtaskresult", "add", True): 403,
    ("django_tasks_database.dbtaskresult", "delete", True): 403,
}


def admin_urls():
    """(model label, what, url) for every URL of every registered ModelAdmin."""
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        instance = model._default_manager.order_by("pk").first()
        for pattern in model_admin.get_urls():
            if not isinstance(pattern, URLPattern) or not pattern.name:
                continue
            if pattern.name.endswith("process_import"):
                continue  # POST only, after the import's dry run (tests/curation/test_imports.py)
            what = pattern.name.rsplit("_", 1)[-1]
            if what not in NEEDS and what not in NEEDS_CUSTOM:
                continue  # autocomplete and redirects are covered by the views they serve
            route = str(pattern.pattern)
            if route.startswith("^"):  # the history's view of one past version
                past = instance.history.order_by("history_id").first().history_id
                route = f"{instance.pk}/history/{past}/"
            assert instance is not None, f"the matrix needs one {label}"
            for parameter in ("<path:object_id>", "<int:pk>", "<id>"):
                route = route.replace(parameter, str(instance.pk))
            url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{route}"
            yield label, what, url


@pytest.fixture
def everything(transactional_db, site_settings):
    call_command("load_demo", verbosity=0)
    load_site_settings()


@pytest.mark.django_db
def test_every_admin_model_is_in_the_table():
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == set(TABLE)


def test_role_url_method_matrix(everything, visitor, django_user_model):
    clients = {
        role: staff_client(django_user_model, f"user-{n}", role)
        for n, role in enumerate(ROLE_COLUMNS)
    }
    PartnerAccount.objects.create(
        user=clients["Partnerorganisation"].user, organization=Organization.objects.first()
    )
    superuser = staff_client(django_user_model, "root", is_superuser=True)
    offer = Offer.objects.order_by("pk").first()
    Revision.objects.create(
        label="directory.offer", entry_id=offer.pk, title=offer.title, base={}, proposed={}
    )
    Report.about(offer, kind=Report.Kind.PROBLEM, message="Die Nummer stimmt nicht.")
    mail.queue("Test", "Eine Nachricht.", ["team@example.org"])
    VerificationRequest.objects.create(organization=offer.organization, sent_to="a@example.org")
    # A locked sign-in and a second factor, for the administration's pages about them.
    someone = Client(REMOTE_ADDR="203.0.113.5")
    for _attempt in range(6):
        someone.post("/admin/login/", {"username": "user-0", "password": "falsch"})
    Client().post("/admin/login/", {"username": "user-1", "password": "pw"})  # a sign-in
    TOTPDevice.objects.create(user=superuser.user, name="App")
    StaticDevice.objects.create(user=superuser.user, name="Codes")
    wrong = []
    for label, what, url in admin_urls():
        needs = NEEDS.get(what) or NEEDS_CUSTOM[what]
        expectations = [("visitor", visitor, None), ("superuser", superuser, True)]
        for column, role in enumerate(ROLE_COLUMNS):
            if role == "Partnerorganisation" and what not in ("changelist", "add"):
                continue  # single entries depend on whose they are
            if label == "integration_portal.revision" and what in ("change", "history"):
                continue  # whose proposal it is decides (tests/curation/test_review.py)
            expectations.append((role, clients[role], needs in TABLE[label][column]))
        for role, client, may in expectations:
            expected = 302 if may is None else SPECIAL.get((label, what, may), 200 if may else 403)
            status = client.get(url).status_code
            if status != expected:
                wrong.append(f"{role:20} GET {url}: {status}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def _publish(client, model, entry):
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
    client.post(url, {"action": "publish", "_selected_action": [entry.pk]})
    entry.refresh_from_db()
    return entry.status


@pytest.mark.django_db(transaction=True)
def test_publishing_is_a_right_per_content_type(everything, django_user_model):
    editor = staff_client(django_user_model, "editor", "Redaktion")
    publisher = staff_client(django_user_model, "publisher", "Freigabe")
    offers_only = staff_client(
        django_user_model,
        "offers-only",
        permissions=["view_offer", "change_offer", "publish_offer", "view_organization"],
    )
    offer = Offer.objects.order_by("pk").first()
    organization = Organization.objects.order_by("pk").first()
    for entry in (offer, organization):
        type(entry).objects.filter(pk=entry.pk).update(status=Status.REVIEW)

    # "by any path": the bulk action, posted even though it is not offered
    assert _publish(editor, Offer, offer) == Status.REVIEW
    assert _publish(editor, Organization, organization) == Status.REVIEW
    assert _publish(offers_only, Organization, organization) == Status.REVIEW
    assert _publish(offers_only, Offer, offer) == Status.PUBLISHED
    assert _publish(publisher, Organization, organization) == Status.PUBLISHED


@pytest.mark.django_db(transaction=True)
def test_an_editor_cannot_publish_an_organisation_through_its_form(everything, django_user_model):
    editor = staff_client(django_user_model, "editor", "Redaktion")
    organization = Organization.objects.order_by("pk").first()
    Organization.objects.filter(pk=organization.pk).update(status=Status.DRAFT)
    url = f"/admin/network/organization/{organization.pk}/change/"
    data = {
        "name": organization.name,
        "slug": organization.slug,
        "kind": organization.kind,
        "status": Status.PUBLISHED,
    }
    response = editor.post(url, data)
    assert response.status_code == 200  # the form again, with the message
    assert "Freigabe" in response.content.decode()
    organization.refresh_from_db()
    assert organization.status == Status.DRAFT


@pytest.mark.django_db(transaction=True)
def test_posts_are_refused_where_the_page_is(everything, django_user_model):
    """The same rights hold for the form posts, not only for showing the forms."""
    editor = staff_client(django_user_model, "editor", "Redaktion")
    publisher = staff_client(django_user_model, "publisher", "Freigabe")
    offer = Offer.objects.order_by("pk").first()
    delete = f"/admin/directory/offer/{offer.pk}/delete/"
    assert editor.post(delete, {"post": "yes"}).status_code == 403
    assert Offer.objects.filter(pk=offer.pk).exists()
    add_topic = "/admin/integration_portal/category/add/"
    assert editor.post(add_topic, {"name_de": "Neu", "slug": "neu"}).status_code == 403
    settings_form = "/admin/integration_portal/sitesettings/1/change/"
    assert editor.post(settings_form, {"site_name_de": "Gekapert"}).status_code == 403
    assert publisher.post(delete, {"post": "yes"}).status_code == 302
    assert not Offer.objects.filter(pk=offer.pk).exists()
