"""Published means published, for every content type of the network: a draft never shows,
and the internal minutes of a meeting never leave the admin."""

import datetime

import pytest
from django.utils import timezone

from integration_portal.models import Category, Location, Municipality
from integration_portal.publishing import Status
from network.models import ContactPerson, Event, Meeting, News, VolunteerRole, WorkingGroup

pytestmark = pytest.mark.django_db

DRAFT_WORD = "Geheimentwurf"


@pytest.fixture
def place(reference_data):
    return Location.objects.create(
        name="Saal Imst", municipality=Municipality.objects.get(slug="imst")
    )


@pytest.fixture
def one_draft_of_each(organization, place, reference_data):
    """A draft of every type, all carrying DRAFT_WORD in their title or name."""
    soon = timezone.now() + datetime.timedelta(days=2)
    draft = Status.DRAFT
    group = WorkingGroup.objects.create(name=f"{DRAFT_WORD} Gruppe", slug="g", status=draft)
    group.members.add(organization)
    Event.objects.create(
        title=f"{DRAFT_WORD} Fest", slug="e", starts_at=soon, location=place, organizer=organization,
        status=draft,
    )  # fmt: skip
    News.objects.create(title=f"{DRAFT_WORD} Meldung", slug="n", status=draft)
    VolunteerRole.objects.create(
        title=f"{DRAFT_WORD} Aufgabe", slug="v", organization=organization,
        municipality=place.municipality, status=draft,
    )  # fmt: skip
    return {"group": "g", "event": "e", "news": "n", "role": "v"}


PUBLIC_PAGES = [
    "/de/",
    "/de/netzwerk/",
    "/de/netzwerk/arbeitskreise/",
    "/de/veranstaltungen/",
    "/de/aktuelles/",
    "/de/netzwerk/ehrenamt/",
    "/de/netzwerk/bildungsforum-test/",
    "/de/gemeinden/imst/",
    f"/de/suche/?q={DRAFT_WORD}",
    "/de/veranstaltungen/feed.ics",
    "/de/netzwerk/bildungsforum-test/veranstaltungen.ics",
    "/de/aktuelles/feed.xml",
]


TITLES = [f"{DRAFT_WORD} {what}" for what in ("Gruppe", "Fest", "Meldung", "Aufgabe")]


def test_drafts_of_every_type_never_appear(visitor, site_settings, one_draft_of_each):
    for url in PUBLIC_PAGES:
        response = visitor.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert not [title for title in TITLES if title in page], url
    for url in (
        "/de/netzwerk/arbeitskreise/g/",
        "/de/veranstaltungen/e/",
        "/de/veranstaltungen/e/kalender.ics",
        "/de/aktuelles/n/",
        "/de/netzwerk/ehrenamt/v/",
    ):
        assert visitor.get(url).status_code == 404, url


def test_drafts_are_not_in_the_sitemap(visitor, site_settings, one_draft_of_each):
    index = visitor.get("/sitemap.xml").content.decode()
    for section in ("working_groups", "events", "news", "volunteering"):
        assert f"sitemap-{section}.xml" in index
        body = visitor.get(f"/sitemap-{section}.xml").content.decode()
        assert "/g/" not in body and "/e/" not in body and "/n/" not in body and "/v/" not in body


def test_published_entries_appear_once_published(visitor, site_settings, one_draft_of_each):
    for model in (WorkingGroup, Event, News, VolunteerRole):
        model.objects.update(status=Status.PUBLISHED)
        for entry in model.objects.all():
            entry.save()  # reindex
    page = visitor.get(f"/de/suche/?q={DRAFT_WORD}").content.decode()
    assert f"{DRAFT_WORD} Fest" in page
    assert f"{DRAFT_WORD} Aufgabe" in page
    assert f"{DRAFT_WORD} Meldung" in page
    assert visitor.get("/de/veranstaltungen/e/").status_code == 200


def test_entries_of_a_draft_organisation_are_not_public(
    visitor, site_settings, make_organization, place
):
    hidden = make_organization("Noch nicht dabei", status=Status.DRAFT)
    Event.objects.create(
        title="Fest des Entwurfs", slug="fest", starts_at=timezone.now() + datetime.timedelta(days=1),
        location=place, organizer=hidden, status=Status.PUBLISHED,
    )  # fmt: skip
    VolunteerRole.objects.create(
        title="Aufgabe des Entwurfs", slug="aufgabe", organization=hidden, status=Status.PUBLISHED
    )
    assert visitor.get("/de/veranstaltungen/fest/").status_code == 404
    assert visitor.get("/de/netzwerk/ehrenamt/aufgabe/").status_code == 404
    assert "Fest des Entwurfs" not in visitor.get("/de/veranstaltungen/feed.ics").content.decode()


def test_internal_minutes_never_appear(visitor, site_settings, organization, place):
    group = WorkingGroup.objects.create(
        name="Arbeitskreis", slug="ak", status=Status.PUBLISHED, topic=Category.objects.first()
    )
    now = timezone.now()
    for days in (-10, 10):
        Meeting.objects.create(
            working_group=group,
            starts_at=now + datetime.timedelta(days=days),
            location=place,
            agenda="Tagesordnung öffentlich",
            public_minutes="Zusammenfassung öffentlich",
            minutes="VERTRAULICH intern",
        )
    page = visitor.get("/de/netzwerk/arbeitskreise/ak/").content.decode()
    assert "Tagesordnung öffentlich" in page
    assert "Zusammenfassung öffentlich" in page
    for url in ("/de/netzwerk/arbeitskreise/ak/", "/de/suche/?q=VERTRAULICH", "/de/"):
        assert "VERTRAULICH intern" not in visitor.get(url).content.decode(), url
    # The search echoes the words; the working group must not be found by them.
    assert (
        "/de/netzwerk/arbeitskreise/ak/"
        not in visitor.get("/de/suche/?q=VERTRAULICH").content.decode()
    )


def test_contact_persons_need_recorded_consent(visitor, site_settings, organization):
    ContactPerson.objects.create(
        organization=organization, name="Anna Einverstanden", consent_on=datetime.date(2026, 5, 1)
    )
    ContactPerson.objects.create(organization=organization, name="Bernd Ohnezustimmung")
    page = visitor.get("/de/netzwerk/bildungsforum-test/").content.decode()
    assert "Anna Einverstanden" in page
    assert "Bernd Ohnezustimmung" not in page
