"""Every write path keeps an offer's filters and search right (the shared indexing)."""

import pytest

from directory.models import Offer
from integration_portal.models import Category, Location, Municipality


def facets(offer):
    return Offer.objects.get(pk=offer.pk).facet_values


@pytest.mark.django_db
def test_a_new_municipality_is_served_by_whole_district_offers(visitor, site_settings, make_offer):
    offer = make_offer("Beratung für alle", serves_whole_district=True)
    Municipality.objects.create(name="Neudorf", slug="neudorf", postcodes=["6999"])
    assert "municipality:neudorf" in facets(offer)
    assert "Beratung für alle" in visitor.get("/de/gemeinden/neudorf/").content.decode()


@pytest.mark.django_db
def test_adding_a_place_through_the_relation_moves_the_offer(make_offer):
    offer = make_offer("Wanderkurs", municipality="imst")
    offer.locations.add(
        Location.objects.create(
            name="Gemeindesaal", municipality=Municipality.objects.get(slug="silz")
        )
    )
    assert "municipality:silz" in facets(offer)
    offer.locations.clear()
    assert not [value for value in facets(offer) if value.startswith("municipality:")]


@pytest.mark.django_db
def test_clearing_a_topic_from_its_side_reindexes_only_its_offers(make_offer):
    kept = make_offer("Sprachcafé", categories=["treffpunkte"])
    changed = make_offer("Deutschkurs", categories=["deutsch-lernen"])
    Category.objects.get(slug="deutsch-lernen").offers.clear()
    assert "category:deutsch-lernen" not in facets(changed)
    assert "category:treffpunkte" in facets(kept)


@pytest.mark.django_db
def test_a_page_past_the_end_is_not_kept(visitor, site_settings, make_offer):
    from django.core.cache import cache

    make_offer()
    cache.clear()
    assert visitor.get("/de/angebote/", {"page": 999}).status_code == 200
    assert not [key for key in cache._cache if ".results." in key]
