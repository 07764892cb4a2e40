"""Partners keep their entries right: the weekly command asks each organisation with
entries due for a check; its link works once, for its own organisation, expires and cannot
be forged; "still correct" marks the entries as checked, "something changed" is a report."""

import datetime
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from directory.models import Offer
from integration_portal.models import Report
from network.models import Organization, VerificationRequest

pytestmark = pytest.mark.django_db


@pytest.fixture
def asked(make_offer, organization, site_settings, worker):
    """The Bildungsforum, with two offers never checked, asked by the weekly command; the
    link from its message."""
    site_settings.contact_email = "team@example.org"
    site_settings.save()
    organization.email = "buero@bildungsforum.example.org"
    organization.save()
    make_offer("Deutschkurs A1")
    make_offer("Deutschkurs A2")
    call_command("send_verification_requests", verbosity=0)
    worker()
    (message,) = mail.outbox
    assert message.to == ["buero@bildungsforum.example.org"]
    assert "Deutschkurs A1" in message.body and "Deutschkurs A2" in message.body
    mail.outbox.clear()
    return re.search(r"http://\S+(/de/netzwerk/pruefen/\S+/)", message.body)[1]


def test_still_correct_marks_the_entries_as_checked_once(visitor, asked, organization):
    page = visitor.get(asked)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Deutschkurs A1" in html and "Deutschkurs A2" in html and "Bildungsforum" in html
    assert visitor.post(asked, {"answer": "correct"}).status_code == 200
    today = timezone.localdate()
    assert set(Offer.objects.values_list("last_verified", flat=True)) == {today}
    assert Organization.objects.get(pk=organization.pk).last_verified == today
    offer = Offer.objects.get(title_de="Deutschkurs A1")
    assert offer.history.first().history_change_reason.startswith("Von der Organisation")
    # Once: the same link, again, finds the answer given.
    assert visitor.post(asked, {"answer": "changed", "changes": "Doch nicht"}).status_code == 410
    assert visitor.get(asked).status_code == 410
    assert not Report.objects.exists()


def test_something_changed_becomes_a_report_and_checks_nothing(visitor, asked, worker):
    missing = visitor.post(asked, {"answer": "changed", "changes": ""})
    assert missing.status_code == 400
    assert "aria-invalid" in missing.content.decode()
    assert VerificationRequest.objects.get().answered_at is None  # still open
    answer = visitor.post(asked, {"answer": "changed", "changes": "Der A2-Kurs ist beendet."})
    assert answer.status_code == 200
    report = Report.objects.get()
    assert report.kind == Report.Kind.CHANGED and "A2-Kurs" in report.message
    assert report.label == "network.organization"
    assert set(Offer.objects.values_list("last_verified", flat=True)) == {None}
    worker()
    (message,) = mail.outbox
    assert message.to == ["team@example.org"]
    assert message.reply_to == ["buero@bildungsforum.example.org"]


def test_a_link_cannot_be_forged_or_used_after_it_expired(visitor, asked):
    token = asked.rstrip("/").rsplit("/", 1)[1]
    forged = asked.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert visitor.get(forged).status_code == 404
    assert visitor.get("/de/netzwerk/pruefen/1/").status_code == 404
    VerificationRequest.objects.update(sent_at=timezone.now() - datetime.timedelta(days=31))
    assert visitor.post(asked, {"answer": "correct"}).status_code == 410
    assert set(Offer.objects.values_list("last_verified", flat=True)) == {None}


def test_the_page_lists_only_the_organisations_own_entries(
    visitor, asked, make_offer, make_organization
):
    other = make_organization("Anderer Verein")
    make_offer("Fremdes Angebot", organization=other)
    assert "Fremdes Angebot" not in visitor.get(asked).content.decode()


def test_an_organisation_is_not_asked_twice_in_a_month_nor_when_checked(asked, worker):
    call_command("send_verification_requests", verbosity=0)
    worker()
    assert not mail.outbox and VerificationRequest.objects.count() == 1
    VerificationRequest.objects.update(sent_at=timezone.now() - datetime.timedelta(days=40))
    Offer.objects.update(last_verified=timezone.localdate())
    Organization.objects.update(last_verified=timezone.localdate())
    call_command("send_verification_requests", verbosity=0)
    worker()
    assert not mail.outbox and VerificationRequest.objects.count() == 1


def test_the_check_page_marks_german_titles_in_another_language(visitor, asked):
    page = visitor.get(asked.replace("/de/", "/ar/")).content.decode()
    assert 'lang="de" dir="ltr">Deutschkurs A1</a>' in page
