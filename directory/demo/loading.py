"""Load categories, target groups and the demo offers (orte.csv, angebote.csv). Idempotent:
a second load updates the same entries by their address (Kürzel)."""

from pathlib import Path

from django.db import transaction

from directory.demo.taxonomy import LANGS, TARGET_GROUPS
from directory.models import Offer, TargetGroup
from directory.spreadsheets import OfferResource
from integration_portal.demo import load_topics
from integration_portal.indexing import indexing_deferred, reindex
from integration_portal.publishing import Status
from integration_portal.spreadsheets import LocationResource, load_file


def load_taxonomy():
    load_topics()
    for position, (slug, names) in enumerate(TARGET_GROUPS, start=1):
        TargetGroup.objects.update_or_create(
            slug=slug,
            defaults={"position": position * 10}
            | {f"name_{code}": name for code, name in zip(LANGS, names, strict=True)},
        )


HERE = Path(__file__).parent


@transaction.atomic
def load_offers() -> int:
    """The demo places and offers, from the data files beside this module, through the
    spreadsheet importer (each row checked by the model's clean()), then published."""
    load_taxonomy()
    with indexing_deferred():
        load_file(LocationResource, HERE / "orte.csv")
        slugs = load_file(OfferResource, HERE / "angebote.csv", new_status=Status.PUBLISHED)
    # Hours come in bulk, without signals: the offers are indexed once, with them.
    reindex(Offer, list(Offer.objects.filter(slug__in=slugs).values_list("pk", flat=True)))
    return len(slugs)
