"""“Join the network”: an application becomes exactly one draft organisation, staff hear of
it, bad input keeps what was typed, and a flood from one address is refused."""

import pytest
from django.core import mail
from django.test import Client

from integration_portal.publishing import Status
from network.models import ContactPerson, Organization

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Verein Neuland",
    "kind": "association",
    "description": "Wir begleiten Familien beim Ankommen.",
    "roles": ["provider"],
    "contact_name": "Lea Beispiel",
    "email": "lea@example.org",
    "consent": "on",
}


def test_a_valid_application_creates_one_draft_and_tells_staff(visitor, site_settings, worker):
    site_settings.contact_email = "team@example.org"
    site_settings.save()
    response = visitor.post("/de/netzwerk/mitmachen/", VALID)
    assert response.status_code == 302
    assert response["Location"] == "/de/netzwerk/mitmachen/danke/"
    organization = Organization.objects.get()
    assert organization.status == Status.DRAFT
    assert organization.applied_at is not None
    assert organization.network_roles == ["provider"]
    assert ContactPerson.objects.get().consent_on is None  # named publicly only with consent
    # The applicant's own address is not the organisation's public one.
    assert organization.email == "" and organization.phone == ""
    assert visitor.get(f"/de/netzwerk/{organization.slug}/").status_code == 404
    assert not mail.outbox  # queued, sent by the worker
    worker()
    (message,) = mail.outbox
    assert message.to == ["team@example.org"]
    assert message.reply_to == ["lea@example.org"]  # staff answer the applicant directly
    assert "Verein Neuland" in message.subject
    assert f"/admin/network/organization/{organization.pk}/change/" in message.body


def test_an_invalid_application_keeps_the_input_and_speaks_the_readers_language(
    visitor, site_settings
):
    response = visitor.post("/ar/netzwerk/mitmachen/", {**VALID, "email": "keine-adresse"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="Verein Neuland"' in page
    assert "Wir begleiten Familien beim Ankommen." in page
    assert 'aria-invalid="true"' in page
    assert 'lang="ar"' in page
    assert not Organization.objects.exists()
    assert visitor.post("/ar/netzwerk/mitmachen/", VALID).status_code == 302
    # Staff find the text on the German tab, whichever page it was sent from.
    assert Organization.objects.get().description_de == VALID["description"]


def test_the_honeypot_stores_nothing(visitor, site_settings):
    response = visitor.post("/de/netzwerk/mitmachen/", {**VALID, "homepage": "http://spam"})
    assert response.status_code == 302
    assert not Organization.objects.exists()


def test_a_flood_from_one_address_is_mostly_refused(site_settings):
    flooder, neighbour = Client(REMOTE_ADDR="203.0.113.9"), Client(REMOTE_ADDR="198.51.100.7")
    answers = [
        flooder.post("/de/netzwerk/mitmachen/", {**VALID, "name": f"Flut {n}"}).status_code
        for n in range(30)
    ]
    assert answers.count(302) <= 10
    assert answers.count(429) >= 20
    assert Organization.objects.count() <= 10
    # Another address is not held back by the first one.
    assert neighbour.post("/de/netzwerk/mitmachen/", VALID).status_code == 302


def test_the_application_is_kept_when_the_mail_server_fails(
    visitor, site_settings, mail_server, worker
):
    site_settings.contact_email = "team@example.org"
    site_settings.save()
    mail_server.down()
    response = visitor.post("/de/netzwerk/mitmachen/", VALID)
    assert response.status_code == 302
    assert Organization.objects.filter(name="Verein Neuland", status=Status.DRAFT).count() == 1
    worker()  # the server refuses: the message waits for a later attempt
    assert not mail.outbox
    mail_server.up()
    mail_server.retries_due()
    worker()
    (message,) = mail.outbox
    assert "Verein Neuland" in message.subject


def test_a_line_break_in_a_name_becomes_a_space(visitor, site_settings, worker):
    site_settings.contact_email = "team@example.org"
    site_settings.save()
    response = visitor.post("/de/netzwerk/mitmachen/", {**VALID, "name": "Verein\r\nBcc: x@y"})
    assert response.status_code == 302
    assert Organization.objects.get().name == "Verein Bcc: x@y"
    worker()
    (message,) = mail.outbox
    assert "\n" not in message.subject
