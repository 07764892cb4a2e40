"""What the public sees follows every change at once: caches, related records, deletions."""

import datetime

import pytest

from directory.models import Location
from integration_portal.models import Municipality
from integration_portal.publishing import Status

NOW = datetime.datetime.now(datetime.UTC)


@pytest.mark.django_db
def test_offer_of_an_unpublished_organisation_is_not_public(visitor, site_settings, make_offer):
    offer = make_offer("Kurs eines Entwurfsvereins", slug="entwurfsverein")
    offer.organization.status = Status.DRAFT
    offer.organization.save()
    assert "Kurs eines Entwurfsvereins" not in visitor.get("/de/angebote/").content.decode()
    assert visitor.get("/de/angebote/entwurfsverein/").status_code == 404


@pytest.mark.django_db
def test_a_deleted_offer_leaves_a_list_seen_a_moment_ago(visitor, site_settings, make_offer):
    offer = make_offer("Bald gelöscht", slug="geloescht")
    assert "Bald gelöscht" in visitor.get("/de/angebote/").content.decode()
    offer.delete()
    assert "Bald gelöscht" not in visitor.get("/de/angebote/").content.decode()


@pytest.mark.django_db
def test_open_now_yes_and_no_are_not_mixed_up(visitor, site_settings, make_offer):
    make_offer("Nie offen", slug="nie")
    assert "Nie offen" not in visitor.get("/de/angebote/", {"open_now": "on"}).content.decode()
    assert "Nie offen" in visitor.get("/de/angebote/", {"open_now": "false"}).content.decode()


@pytest.mark.django_db
def test_moving_a_place_moves_the_offer_between_municipalities(visitor, site_settings, make_offer):
    offer = make_offer("Wanderkurs", municipality="imst")
    place = Location.objects.get(offerlocation__offer=offer)
    place.municipality = Municipality.objects.get(slug="silz")
    place.save()
    assert "Wanderkurs" not in visitor.get("/de/gemeinden/imst/").content.decode()
    assert "Wanderkurs" in visitor.get("/de/gemeinden/silz/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "window",
    [
        {"publish_from": NOW + datetime.timedelta(days=3)},
        {"publish_until": NOW - datetime.timedelta(days=3)},
    ],
)
def test_typo_correction_never_reveals_words_of_scheduled_or_expired_offers(
    visitor, site_settings, make_offer, window
):
    make_offer("Geheimtreffen Schmugglerbande", slug="geheim", **window)
    make_offer("Deutschkurs", slug="offen")
    for path in ("/de/angebote/", "/de/suche/"):
        html = visitor.get(path, {"q": "Schmuglerbande"}).content.decode()
        assert "chmugglerbande" not in html


@pytest.mark.django_db
def test_a_very_long_word_does_not_break_saving(visitor, site_settings, make_offer):
    make_offer("Kurs", summary_de="Anmeldung: https://" + "x" * 150 + ".example.org/anmeldung")
    make_offer("Zweiter Kurs")  # saving again rebuilds the vocabulary
    assert "Zweiter Kurs" in visitor.get("/de/angebote/").content.decode()


@pytest.mark.django_db
def test_punctuation_only_finds_nothing_special_in_site_search(visitor, site_settings, make_offer):
    make_offer("Nähcafé")
    for q in ("!!!", "___"):
        html = visitor.get("/de/suche/", {"q": q}).content.decode()
        assert "Nähcafé" not in html
