"""Offers and places as spreadsheets: the columns staff read and write (see the sample in
docs/handbuch/beispiele/angebote.csv). Places are their own sheet (shared by several offers);
an offer names its places and its weekly hours in one cell each."""

import datetime
import re

from import_export import fields, widgets

from directory.models import RESERVED_SLUGS, Offer, OfferLocation, OpeningHours, TargetGroup
from integration_portal.models import Category, Cost, Language, Municipality
from integration_portal.spreadsheets import (
    Choice,
    Column,
    ContentResource,
    Day,
    Named,
    NamedList,
    YesNo,
    columns,
    find_place,
)
from network.models import Organization

DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
SLOT = re.compile(
    r"^(?P<days>[A-Za-z]{2}(?:\s*[-–,]\s*[A-Za-z]{2})*)\s+"
    r"(?P<opens>\d{1,2}[:.]\d{2})\s*(?:-|–|bis)\s*(?P<closes>\d{1,2}[:.]\d{2})$"
)


def _time(text: str) -> datetime.time:
    hours, minutes = re.split(r"[:.]", text)
    return datetime.time(int(hours), int(minutes))


def _days(text: str) -> list[int]:
    found = []
    for part in re.split(r"\s*,\s*", text):
        ends = [DAYS.index(day.strip().capitalize()) + 1 for day in re.split(r"\s*[-–]\s*", part)]
        found += list(range(ends[0], ends[-1] + 1))
    return found


class Hours(widgets.Widget):
    """Weekly opening hours: "Mo-Fr 09:00-12:00; Do 14:00-18:00"."""

    def clean(self, value, row=None, **kwargs):
        slots = []
        for entry in re.split(r"[;\n]", str(value or "")):
            entry = entry.strip()
            if not entry:
                continue
            match = SLOT.match(entry)
            try:
                days = _days(match["days"]) if match else []
                opens, closes = _time(match["opens"]), _time(match["closes"])
            except (TypeError, ValueError, IndexError):
                days = []
            if not days or closes <= opens:
                raise ValueError(
                    f"„{entry}“: bitte Tag und Uhrzeit wie „Mo 09:00-11:00“ oder "
                    "„Mo-Fr 09:00-12:00“, mehrere mit Strichpunkt getrennt."
                )
            slots += [(day, opens, closes) for day in days]
        return slots

    def render(self, value, obj=None, **kwargs):
        hours = value.all() if value is not None and value.instance.pk else []
        regular = [h for h in hours if h.valid_from is None and h.valid_until is None]
        return "; ".join(
            f"{DAYS[h.weekday - 1]} {h.opens:%H:%M}-{h.closes:%H:%M}"
            for h in sorted(regular, key=lambda h: (h.weekday, h.opens))
        )


class Places(widgets.Widget):
    """Where the offer takes place: "Name des Orts, Gemeinde", several separated by
    semicolons. Places are looked up (or created) when the offer is saved."""

    def clean(self, value, row=None, **kwargs):
        entries = [entry.strip() for entry in re.split(r"[;\n]", str(value or ""))]
        for entry in entries:
            if entry:
                find_place(entry, create=False)  # a wrong municipality is named now
        return [entry for entry in entries if entry]

    def render(self, value, obj=None, **kwargs):
        return "; ".join(f"{p.name}, {p.municipality.name}" for p in value or [])


OFFER_COLUMNS = columns(
    Column("slug", "Kürzel"),
    Column("title", "Titel", translated=True),
    Column("summary", "Kurzfassung", translated=True),
    Column("description", "Beschreibung", translated=True),
    Column("organization", "Organisation", Named(Organization, ("slug", "name"))),
    Column("categories", "Themen", NamedList(Category)),
    Column("target_groups", "Zielgruppen", NamedList(TargetGroup)),
    Column("languages", "Sprachen", NamedList(Language, ("code", "name_de"))),
    Column("language_taught", "Unterrichtete Sprache", Named(Language, ("code", "name_de"))),
    Column("level_from", "Niveau von", Choice(Offer.Level.choices)),
    Column("level_to", "Niveau bis", Choice(Offer.Level.choices)),
    Column("cost", "Kosten", Choice(Cost.choices, default=Cost.FREE)),
    Column("cost_note", "Hinweis zu Kosten", translated=True),
    Column("registration_required", "Anmeldung nötig", YesNo()),
    Column("referral_required", "Zuweisung nötig", YesNo()),
    Column("how_to_access", "So nimmt man teil", translated=True),
    Column("eligibility", "Wer kann teilnehmen", translated=True),
    Column("mode", "Form", Choice(Offer.Mode.choices, default=Offer.Mode.IN_PERSON)),
    Column("childcare", "Kinderbetreuung", YesNo()),
    Column(
        "step_free",
        "Stufenlos erreichbar",
        Choice(Offer.StepFree.choices, default=Offer.StepFree.UNKNOWN),
    ),
    Column("accessibility_note", "Hinweis zur Barrierefreiheit", translated=True),
    Column("serves_whole_district", "Für den ganzen Bezirk", YesNo()),
    Column("municipalities_served", "Weitere Gemeinden", NamedList(Municipality, ("slug", "name"))),
    Column("places", "Orte", Places()),
    Column("by_appointment", "Nur nach Vereinbarung", YesNo()),
    Column("hours", "Öffnungszeiten", Hours()),
    Column("start_date", "Beginn", Day()),
    Column("end_date", "Letzter Tag", Day()),
    Column("registration_deadline", "Anmeldeschluss", Day()),
    Column("contact_name", "Kontaktperson"),
    Column("phone", "Telefon"),
    Column("email", "E-Mail"),
    Column("website", "Website"),
    Column("last_verified", "Zuletzt geprüft", Day()),
)


class OfferResource(ContentResource):
    locals().update(OFFER_COLUMNS)  # the columns, as declared fields of the resource
    reserved = RESERVED_SLUGS
    prefetch = ("hours", "offer_locations__location__municipality")
    status = fields.Field(attribute="status", column_name="Status (nur Export)", readonly=True)

    class Meta:
        model = Offer
        fields = (*OFFER_COLUMNS, "status")
        clean_model_instances = True

    # Places, the by-appointment mark and hours are rows of their own: read into the entry,
    # written after it is saved.
    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        if field.attribute in ("places", "hours", "by_appointment"):
            if field.column_name in row:
                setattr(instance, f"_import_{field.attribute}", field.clean(row))
            return
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def after_save_instance(self, instance, row, **kwargs):
        places = getattr(instance, "_import_places", None)
        if places is not None:
            by_appointment = getattr(instance, "_import_by_appointment", False)
            instance.offer_locations.all().delete()
            for position, entry in enumerate(places):
                OfferLocation.objects.create(
                    offer=instance,
                    location=find_place(entry),
                    position=position,
                    by_appointment=by_appointment,
                )
        hours = getattr(instance, "_import_hours", None)
        if hours is not None:
            instance.hours.filter(valid_from__isnull=True, valid_until__isnull=True).delete()
            OpeningHours.objects.bulk_create(
                OpeningHours(offer=instance, weekday=day, opens=opens, closes=closes)
                for day, opens, closes in hours
            )

    def dehydrate_by_appointment(self, offer):
        links = list(offer.offer_locations.all())
        return YesNo().render(bool(links) and all(link.by_appointment for link in links))
