"""Keep the offers' derived columns (filters, search) right when something they draw on
changes: a place moves, a topic is renamed, an organisation is renamed or unpublished."""

from django.db.models.signals import post_delete, post_save

from directory.models import (
    Category,
    Location,
    Offer,
    TargetGroup,
    bump_content_version,
    refresh_search_index,
)
from integration_portal.models import Language, Municipality
from network.models import Organization


def _offers_of(instance) -> list[int]:
    offers = Offer.objects.all()
    match instance:
        case Location():
            offers = offers.filter(offer_locations__location=instance)
        case Category():
            offers = offers.filter(categories=instance)
        case TargetGroup():
            offers = offers.filter(target_groups=instance)
        case Language():
            offers = offers.filter(languages=instance)
        case Organization():
            offers = offers.filter(organization=instance)
        case Municipality():
            # whole-district offers gain or lose it; the others if they are there or serve it
            offers = offers.filter(serves_whole_district=True) | offers.filter(
                offer_locations__location__municipality=instance
            ) | offers.filter(municipalities_served=instance)  # fmt: skip
    return list(offers.values_list("pk", flat=True).distinct())


def related_changed(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the loader indexes what it loads
        return
    refresh_search_index(_offers_of(instance))


def offer_deleted(sender, instance, **kwargs):
    # Only the cache version: deleting thousands must stay cheap, and a stale word in the
    # vocabulary is harmless (a correction is used only if it finds a public offer).
    bump_content_version()


def connect():
    for model in (Location, Category, TargetGroup, Language, Organization, Municipality):
        post_save.connect(related_changed, sender=model, dispatch_uid=f"directory.{model.__name__}")
    post_delete.connect(offer_deleted, sender=Offer, dispatch_uid="directory.offer_deleted")
