"""Every admin save is recorded with the rows edited inside the form, and restoring a
version brings the entry back as it was: its fields, its opening hours, places and topics."""

import pytest

from directory.models import OfferLocation, OpeningHours
from integration_portal.models import Category, Location, Municipality, PartsSnapshot
from tests.directory.test_offer_admin import form_data

pytestmark = pytest.mark.django_db


def with_rows(offer, weekday, place, **changes):
    """The form with one opening-hours row and one place, replacing the stored ones."""
    data = form_data(offer, **changes)
    hours = list(offer.hours.all())
    links = list(offer.offer_locations.all())
    data.update(
        {
            "hours-TOTAL_FORMS": str(len(hours) + 1),
            "hours-INITIAL_FORMS": str(len(hours)),
            "offer_locations-TOTAL_FORMS": str(len(links) + 1),
            "offer_locations-INITIAL_FORMS": str(len(links)),
        }
    )
    for n, row in enumerate(hours):
        data |= {f"hours-{n}-id": row.pk, f"hours-{n}-offer": offer.pk, f"hours-{n}-DELETE": "on",
                 f"hours-{n}-weekday": row.weekday, f"hours-{n}-opens": "09:00",
                 f"hours-{n}-closes": "12:00"}  # fmt: skip
    n = len(hours)
    data |= {
        f"hours-{n}-weekday": weekday,
        f"hours-{n}-opens": "09:00",
        f"hours-{n}-closes": "12:00",
    }
    for m, link in enumerate(links):
        data |= {f"offer_locations-{m}-id": link.pk, f"offer_locations-{m}-offer": offer.pk,
                 f"offer_locations-{m}-location": link.location_id,
                 f"offer_locations-{m}-position": link.position,
                 f"offer_locations-{m}-DELETE": "on"}  # fmt: skip
    m = len(links)
    data |= {f"offer_locations-{m}-location": place.pk, f"offer_locations-{m}-position": "0"}
    return data


def test_restoring_a_version_brings_back_hours_places_and_topics(publisher, visitor, make_offer):
    offer = make_offer("Deutschkurs am Abend", slug="abend", municipality=None)
    imst = Municipality.objects.get(slug="imst")
    school = Location.objects.create(name="Volksschule", municipality=imst)
    hall = Location.objects.create(name="Gemeindesaal", municipality=imst)
    url = f"/admin/directory/offer/{offer.pk}/change/"

    # Thursday at the school, German courses.
    assert publisher.post(url, with_rows(offer, 4, school)).status_code == 302
    thursday = offer.history.order_by("-history_id").first()
    # Friday in the hall, with a second topic and a new title.
    other_topic = Category.objects.exclude(slug="deutsch-lernen").first()
    topics = [*offer.categories.values_list("pk", flat=True), other_topic.pk]
    changed = with_rows(offer, 5, hall, title_de="Deutschkurs am Freitag", categories=topics)
    assert publisher.post(url, changed).status_code == 302
    friday = offer.history.order_by("-history_id").first()
    assert friday.history_id != thursday.history_id
    # The history says what changed among the rows, in German.
    assert "Öffnungszeiten" in friday.history_change_reason
    assert "Standorte des Angebots" in friday.history_change_reason
    assert "Kategorien" in friday.history_change_reason
    history = publisher.get(f"/admin/directory/offer/{offer.pk}/history/").content.decode()
    assert "Öffnungszeiten" in history
    assert list(offer.hours.values_list("weekday", flat=True)) == [5]

    # Restore Thursday's version.
    offer.refresh_from_db()
    restore = f"/admin/directory/offer/{offer.pk}/history/{thursday.history_id}/"
    page = publisher.get(restore)
    assert page.status_code == 200
    response = publisher.post(restore, form_data(offer, title_de="Deutschkurs am Abend"))
    assert response.status_code == 302, response.content.decode()[:3000]
    offer.refresh_from_db()
    assert offer.title == "Deutschkurs am Abend"
    assert list(offer.hours.values_list("weekday", flat=True)) == [4]
    assert list(OfferLocation.objects.filter(offer=offer).values_list("location", flat=True)) == [
        school.pk
    ]
    assert other_topic.pk not in offer.categories.values_list("pk", flat=True)
    public = visitor.get(offer.get_absolute_url()).content.decode()
    assert "Donnerstag" in public and "Freitag" not in public and "Volksschule" in public
    # The restore is itself a version, with its rows.
    latest = offer.history.order_by("-history_id").first()
    assert PartsSnapshot.objects.filter(history_id=latest.history_id).exists()


def test_every_admin_save_leaves_a_history_record(editor, make_offer):
    offer = make_offer("Sprachcafé", slug="cafe", status="draft")
    before = offer.history.count()
    url = f"/admin/directory/offer/{offer.pk}/change/"
    assert (
        editor.post(url, form_data(offer, summary_de="Jetzt mit Kinderbetreuung.")).status_code
        == 302
    )
    assert offer.history.count() == before + 1
    assert offer.history.order_by("-history_id").first().history_user.username == "editor"
    assert OpeningHours.objects.filter(offer=offer).count() == 0
