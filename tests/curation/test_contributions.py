"""The public's part: a suggested offer lands as one draft for staff and never shows before
review; a problem report lands as one report; bad input keeps what was typed; a flood from
one address is mostly refused; a failing mail server loses nothing."""

import re

import pytest
from django.core import mail
from django.test import Client
from django_tasks_db.models import DBTaskResult

from directory.models import Offer
from integration_portal.models import Category, Municipality, Report
from integration_portal.publishing import Status

pytestmark = pytest.mark.django_db

SUGGESTION = {
    "title": "Nähcafé für Frauen",
    "provider": "Pfarre Tarrenz",
    "description": "Jeden Dienstag nähen, reden, Deutsch üben. Kinder dürfen mit.",
    "name": "Amina Beispiel",
    "email": "amina@example.org",
    "consent": "on",
}


@pytest.fixture
def staff_address(site_settings):
    site_settings.contact_email = "team@example.org"
    site_settings.save()


def test_a_suggestion_is_one_draft_with_the_senders_contact_and_never_public(
    visitor, taxonomy, staff_address, worker
):
    imst = Municipality.objects.get(slug="imst")
    topic = Category.objects.first()
    response = visitor.post(
        "/de/angebote/vorschlagen/",
        {**SUGGESTION, "category": topic.pk, "municipality": imst.pk},
    )
    assert response.status_code == 302
    assert response["Location"] == "/de/angebote/vorschlagen/danke/"
    offer = Offer.objects.get()
    assert offer.status == Status.DRAFT and offer.suggested_at is not None
    assert offer.title_de == "Nähcafé für Frauen"
    assert (offer.suggested_by, offer.suggester_email) == ("Amina Beispiel", "amina@example.org")
    assert "Pfarre Tarrenz" in offer.suggestion_note
    assert list(offer.categories.all()) == [topic]
    assert list(offer.municipalities_served.all()) == [imst]
    # Nowhere on the public site: not its page, not the list, not the search.
    assert visitor.get(f"/de/angebote/{offer.slug}/").status_code == 404
    assert "Nähcafé" not in visitor.get("/de/angebote/").content.decode()
    assert f"/angebote/{offer.slug}/" not in visitor.get("/de/suche/?q=Nähcafé").content.decode()
    worker()
    (message,) = mail.outbox
    assert message.to == ["team@example.org"] and message.reply_to == ["amina@example.org"]
    assert f"/admin/directory/offer/{offer.pk}/change/" in message.body


def test_a_bad_suggestion_keeps_what_was_typed_in_the_readers_language(visitor, taxonomy):
    response = visitor.post(
        "/ar/angebote/vorschlagen/",
        {**SUGGESTION, "email": "keine-adresse", "description": "x" * 2001},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'lang="ar"' in page and 'dir="rtl"' in page
    assert 'value="Nähcafé für Frauen"' in page and 'value="Pfarre Tarrenz"' in page
    assert page.count('aria-invalid="true"') == 2
    assert "2000" in page  # the length limit is named
    assert not Offer.objects.exists()
    # The same visitor, corrected: one offer.
    assert visitor.post("/ar/angebote/vorschlagen/", SUGGESTION).status_code == 302
    assert Offer.objects.count() == 1


def test_the_honeypot_stores_nothing(visitor, taxonomy):
    response = visitor.post("/de/angebote/vorschlagen/", {**SUGGESTION, "homepage": "x"})
    assert response.status_code == 302
    assert not Offer.objects.exists()


def test_a_flood_of_suggestions_is_mostly_refused(taxonomy):
    flooder, neighbour = Client(REMOTE_ADDR="203.0.113.9"), Client(REMOTE_ADDR="198.51.100.7")
    answers = [
        flooder.post("/de/angebote/vorschlagen/", {**SUGGESTION, "title": f"Flut {n}"}).status_code
        for n in range(30)
    ]
    assert answers.count(429) >= 20
    assert Offer.objects.count() <= 10
    refused = flooder.post("/de/angebote/vorschlagen/", SUGGESTION).content.decode()
    assert "Nähcafé für Frauen" in refused  # even the refusal keeps the text
    assert neighbour.post("/de/angebote/vorschlagen/", SUGGESTION).status_code == 302


def test_a_suggestion_survives_a_failing_mail_server(
    visitor, taxonomy, staff_address, mail_server, worker
):
    mail_server.down()
    assert visitor.post("/de/angebote/vorschlagen/", SUGGESTION).status_code == 302
    assert Offer.objects.filter(suggested_at__isnull=False).count() == 1
    worker()
    assert not mail.outbox
    failed = DBTaskResult.objects.get(status="FAILED")
    waiting = DBTaskResult.objects.get(status="READY")
    assert waiting.run_after > failed.enqueued_at  # tried again later, not at once
    mail_server.up()
    mail_server.retries_due()
    worker()
    (message,) = mail.outbox
    assert "Nähcafé" in message.subject


def test_a_problem_report_lands_as_one_report_for_staff(visitor, make_offer, staff_address, worker):
    offer = make_offer("Deutschkurs A2")
    page = visitor.get(f"/de/angebote/{offer.slug}/").content.decode()
    assert f'href="/de/angebote/{offer.slug}/problem-melden/"' in page
    response = visitor.post(
        f"/de/angebote/{offer.slug}/problem-melden/",
        {"problem": "contact", "message": "Die Telefonnummer ist nicht mehr vergeben."},
    )
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.label, report.entry_id, report.kind) == ("directory.offer", offer.pk, "problem")
    assert report.read_at is None and report.done_at is None
    worker()
    (message,) = mail.outbox
    assert "Deutschkurs A2" in message.subject and "Telefonnummer" in message.body
    assert message.reply_to == []  # no address given, none invented


def test_a_bad_report_keeps_the_text_and_a_draft_cannot_be_reported(visitor, make_offer):
    offer = make_offer("Deutschkurs B1")
    response = visitor.post(
        f"/uk/angebote/{offer.slug}/problem-melden/", {"message": "Kurs findet nicht statt"}
    )
    assert response.status_code == 400
    assert "Kurs findet nicht statt" in response.content.decode()
    assert not Report.objects.exists()
    draft = make_offer("Geheimer Entwurf", status=Status.DRAFT)
    assert visitor.get(f"/de/angebote/{draft.slug}/problem-melden/").status_code == 404
    assert (
        visitor.post(
            f"/de/angebote/{draft.slug}/problem-melden/", {"problem": "gone", "message": "x"}
        ).status_code
        == 404
    )
    assert not Report.objects.exists()


def test_staff_find_the_suggestion_and_the_report_on_the_review_desk(visitor, editor, make_offer):
    offer = make_offer("Lernhilfe")
    visitor.post("/de/angebote/vorschlagen/", SUGGESTION)
    visitor.post(
        f"/de/angebote/{offer.slug}/problem-melden/", {"problem": "wrong", "message": "Alt."}
    )
    desk = editor.get("/admin/").content.decode()
    assert "/admin/directory/offer/?website=yes&amp;status__in=draft,review" in desk
    assert "/admin/integration_portal/report/?state=unread" in desk
    listed = editor.get("/admin/directory/offer/?website=yes&status__in=draft,review")
    assert "Nähcafé für Frauen" in listed.content.decode()
    report = Report.objects.get()
    editor.get(f"/admin/integration_portal/report/{report.pk}/change/")
    report.refresh_from_db()
    assert report.read_at is not None  # opened is read
    assert "Lernhilfe" in editor.get("/admin/integration_portal/report/").content.decode()


def test_a_suggestion_cannot_be_published_in_bulk_without_an_organisation(
    visitor, publisher, taxonomy
):
    visitor.post("/de/angebote/vorschlagen/", SUGGESTION)
    offer = Offer.objects.get()
    publisher.post("/admin/directory/offer/", {"action": "publish", "_selected_action": [offer.pk]})
    offer.refresh_from_db()
    assert offer.status == Status.DRAFT
    assert visitor.get(f"/de/angebote/{offer.slug}/").status_code == 404


def test_mail_that_fails_for_good_waits_on_the_administrations_desk(
    visitor, taxonomy, staff_address, mail_server, worker, administration, editor
):
    mail_server.down()
    visitor.post("/de/angebote/vorschlagen/", SUGGESTION)
    for _attempt in range(7):  # the first try and every retry, two days passing
        mail_server.retries_due()
        worker()
    assert not DBTaskResult.objects.filter(status="READY").exists()  # given up
    desk = administration.get("/admin/").content.decode()
    row = desk.split("/admin/django_tasks_database/dbtaskresult/?status__exact=FAILED")[1]
    assert re.search(r"<td>\s*1\s*</td>", row[:400])
    assert "dbtaskresult" not in editor.get("/admin/").content.decode()  # not theirs
