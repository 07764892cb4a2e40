"""Offers: an organisation, topics and a factory for indexed offers (used by the directory
and the browser tests)."""

import datetime
import itertools

import pytest

from directory.demo.loading import load_taxonomy
from directory.models import Offer, OfferLocation, OpeningHours, TargetGroup
from integration_portal.indexing import indexing_deferred
from integration_portal.models import Category, Language, Location, Municipality
from integration_portal.publishing import Status
from network.models import Organization

_numbers = itertools.count(1)


@pytest.fixture
def taxonomy(reference_data):
    """Topics and target groups, in every site language."""
    load_taxonomy()


@pytest.fixture
def organization(taxonomy):
    return Organization.objects.create(
        name="Bildungsforum Test", slug="bildungsforum-test", status=Status.PUBLISHED
    )


@pytest.fixture
def make_offer(organization):
    """make_offer(title_de=…, municipality="imst", categories=[…], …) -> a saved, indexed offer."""

    def make(
        title_de="Deutschkurs A1",
        *,
        summary_de="Deutsch lernen in kleinen Gruppen.",
        status=Status.PUBLISHED,
        municipality="imst",
        categories=("deutsch-lernen",),
        target_groups=(),
        languages=("de",),
        hours=(),
        serves=(),
        **fields,
    ):
        with indexing_deferred():  # indexed once, with categories and places
            number = next(_numbers)
            offer = Offer(
                title_de=title_de,
                summary_de=summary_de,
                slug=fields.pop("slug", f"offer-{number}"),
                organization=fields.pop("organization", organization),
                status=status,
                phone="+43 5412 000 100",
                **fields,
            )
            offer.save()
            offer.categories.set(Category.objects.filter(slug__in=categories))
            offer.target_groups.set(TargetGroup.objects.filter(slug__in=target_groups))
            offer.languages.set(Language.objects.filter(code__in=languages))
            offer.municipalities_served.set(Municipality.objects.filter(slug__in=serves))
            if municipality:
                place = Location.objects.create(
                    name=f"Haus {number}",
                    street_address="Dorfstraße 1",
                    postcode="6460",
                    municipality=Municipality.objects.get(slug=municipality),
                    latitude=47.2394,
                    longitude=10.7381,
                )
                OfferLocation.objects.create(offer=offer, location=place)
            for weekday, opens, closes, *valid in hours:
                OpeningHours.objects.create(
                    offer=offer,
                    weekday=weekday,
                    opens=opens,
                    closes=closes,
                    valid_from=valid[0] if valid else None,
                    valid_until=valid[1] if valid else None,
                )
        return offer

    return make


@pytest.fixture
def one_of_each_state(make_offer):
    """A visible offer and one offer for every way of not being public."""
    now = datetime.datetime.now(datetime.UTC)
    return {
        "published": make_offer("Sichtbarer Deutschkurs", slug="sichtbar"),
        "draft": make_offer("Entwurf Deutschkurs", slug="entwurf", status=Status.DRAFT),
        "review": make_offer("Prüfung Deutschkurs", slug="pruefung", status=Status.REVIEW),
        "archived": make_offer("Archiv Deutschkurs", slug="archiv", status=Status.ARCHIVED),
        "expired": make_offer(
            "Abgelaufener Deutschkurs",
            slug="abgelaufen",
            publish_until=now - datetime.timedelta(days=1),
        ),
        "scheduled": make_offer(
            "Künftiger Deutschkurs", slug="kuenftig", publish_from=now + datetime.timedelta(days=1)
        ),
    }
