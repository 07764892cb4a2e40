"""Fresh data: a dated offer leaves the site after its last day by itself (lists, page,
search, cached lists at midnight), staff see it on the review desk, and publishers take
entries off the site in bulk."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from directory.models import Offer
from integration_portal import caching
from integration_portal.publishing import Status

pytestmark = pytest.mark.django_db


def test_an_offer_past_its_last_day_leaves_the_site_by_itself(visitor, make_offer):
    today = timezone.localdate()
    ended = make_offer("Sommerkurs Deutsch", end_date=today - datetime.timedelta(days=1))
    last_day = make_offer("Herbstkurs Deutsch", end_date=today)
    listing = visitor.get("/de/angebote/").content.decode()
    assert "Herbstkurs Deutsch" in listing and "Sommerkurs Deutsch" not in listing
    assert visitor.get(f"/de/angebote/{ended.slug}/").status_code == 404
    assert visitor.get(f"/de/angebote/{last_day.slug}/").status_code == 200
    found = visitor.get("/de/suche/?q=Sommerkurs").content.decode()
    assert f"/angebote/{ended.slug}/" not in found
    assert not ended.is_public() and last_day.is_public()
    # Cached lists change at the midnight after the last day, not a minute later.
    midnight = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time())
    )
    assert caching._next_boundary("directory.offer", timezone.now()) == midnight
    tomorrow = midnight + datetime.timedelta(minutes=1)
    assert not Offer.objects.published(tomorrow).filter(pk=last_day.pk).exists()


def test_ended_offers_wait_on_the_review_desk(publisher, make_offer):
    make_offer("Sommerkurs Deutsch", end_date=timezone.localdate() - datetime.timedelta(days=3))
    desk = publisher.get("/admin/").content.decode()
    assert "/admin/directory/offer/?verification=ended" in desk
    listed = publisher.get("/admin/directory/offer/?verification=ended").content.decode()
    assert "Sommerkurs Deutsch" in listed


def test_the_last_day_is_not_before_the_start(publisher, make_offer):
    offer = make_offer("Kurs")
    offer.start_date = timezone.localdate()
    offer.end_date = offer.start_date - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        offer.full_clean()
    assert list(refused.value.message_dict) == ["end_date"]


def test_publishers_take_entries_off_the_site_in_bulk_and_editors_cannot(
    visitor, publisher, editor, make_offer
):
    first, second = make_offer("Kurs eins"), make_offer("Kurs zwei")
    selected = {"action": "unpublish", "_selected_action": [first.pk, second.pk]}
    assert editor.post("/admin/directory/offer/", selected).status_code in (200, 302, 403)
    assert Offer.objects.filter(status=Status.PUBLISHED).count() == 2
    publisher.post("/admin/directory/offer/", selected)
    assert Offer.objects.filter(status=Status.DRAFT).count() == 2
    assert visitor.get(f"/de/angebote/{first.slug}/").status_code == 404
