"""Load categories, target groups and the demo offers (offers_*.py). Idempotent."""

import datetime
import importlib
import pkgutil

from django.db import transaction

from directory.demo.taxonomy import LANGS, TARGET_GROUPS
from directory.models import Offer, OfferLocation, OpeningHours, TargetGroup
from integration_portal.demo import load_topics
from integration_portal.indexing import indexing_deferred, reindex
from integration_portal.models import Category, Language, Location, Municipality
from integration_portal.publishing import Status
from network.models import Organization

WEEKDAYS = {"mo": 1, "di": 2, "mi": 3, "do": 4, "fr": 5, "sa": 6, "so": 7}


def load_taxonomy():
    load_topics()
    for position, (slug, names) in enumerate(TARGET_GROUPS, start=1):
        TargetGroup.objects.update_or_create(
            slug=slug,
            defaults={"position": position * 10}
            | {f"name_{code}": name for code, name in zip(LANGS, names, strict=True)},
        )


def demo_offers() -> list[dict]:
    import directory.demo as package

    offers = []
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.startswith("offers_"):
            offers += importlib.import_module(f"directory.demo.{module.name}").OFFERS
    return offers


@transaction.atomic
def load_offers() -> int:
    with indexing_deferred():
        return _load_offers()


def _load_offers() -> int:
    load_taxonomy()
    organizations = {o.slug: o for o in Organization.objects.all()}
    categories = {c.slug: c for c in Category.objects.all()}
    groups = {g.slug: g for g in TargetGroup.objects.all()}
    languages = {lang.code: lang for lang in Language.objects.all()}
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    ids = []
    for number, data in enumerate(demo_offers()):
        texts = data["texts"]
        fields = {
            f"{key}_{code}": value
            for code, text in texts.items()
            for key, value in text.items()
            if key != "transit_note"
        }
        # Most offers were checked recently; every seventh is overdue, to show the stale list.
        checked = datetime.date(2026, 11, 1) - datetime.timedelta(days=(number * 11) % 200)
        if number % 7 == 3:
            checked -= datetime.timedelta(days=400)
        offer = Offer.objects.filter(slug=data["slug"]).first() or Offer(slug=data["slug"])
        for name, value in {
            **fields,
            "organization": organizations[data["organization"]],
            "language_taught": languages.get(data["language_taught"]),
            "level_from": data["level_from"] or "",
            "level_to": data["level_to"] or "",
            "cost": data["cost"],
            "registration_required": data["registration_required"],
            "referral_required": data["referral_required"],
            "mode": data["mode"],
            "childcare": data["childcare"],
            "step_free": data["step_free"],
            "serves_whole_district": data["serves_whole_district"],
            "start_date": data["start_date"],
            "registration_deadline": data["registration_deadline"],
            "contact_name": data["contact_name"],
            "phone": data["phone"],
            "email": data["email"],
            "website": data["website"],
            "status": Status.PUBLISHED,
            "last_verified": checked,
        }.items():
            setattr(offer, name, value)
        offer.save()  # indexed once for all offers at the end (indexing_deferred)
        offer.categories.set([categories[s] for s in data["categories"]])
        offer.target_groups.set([groups[s] for s in data["target_groups"]])
        offer.languages.set([languages[c] for c in data["languages"]])
        offer.municipalities_served.set([municipalities[s] for s in data["municipalities_served"]])
        offer.offer_locations.all().delete()
        offer.hours.all().delete()
        for position, place in enumerate(data["locations"]):
            transit = {
                f"transit_note_{code}": text.get("transit_note", "") for code, text in texts.items()
            }
            location, _ = Location.objects.update_or_create(
                name=place["name"],
                municipality=municipalities[place["municipality"]],
                defaults={
                    "street_address": place["street"],
                    "postcode": municipalities[place["municipality"]].postcodes[0],
                    "latitude": round(place["lat"], 6),
                    "longitude": round(place["lon"], 6),
                    **transit,
                },
            )
            OfferLocation.objects.create(
                offer=offer,
                location=location,
                position=position,
                by_appointment=data["by_appointment"],
            )
        OpeningHours.objects.bulk_create(
            OpeningHours(offer=offer, weekday=WEEKDAYS[day], opens=opens, closes=closes)
            for day, opens, closes in data["hours"]
        )
        ids.append(offer.pk)
    reindex(Offer, ids)  # hours were bulk-created, without signals
    return len(ids)
