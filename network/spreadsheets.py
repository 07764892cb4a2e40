"""Organisations and events as spreadsheets (see integration_portal/spreadsheets.py)."""

from import_export import fields

from integration_portal.models import Category, Cost, Language, Municipality
from integration_portal.spreadsheets import (
    Choice,
    Choices,
    Column,
    ContentResource,
    Day,
    Moment,
    Named,
    NamedList,
    Place,
    YesNo,
    columns,
)
from network.models import Event, Organization
from network.models.organizations import RESERVED_SLUGS

ORGANIZATION_COLUMNS = columns(
    Column("slug", "Kürzel"),
    Column("name", "Name"),
    Column("kind", "Art", Choice(Organization.Kind.choices)),
    Column("description", "Beschreibung", translated=True),
    Column("network_roles", "Rollen im Netzwerk", Choices(Organization.Role.choices)),
    Column("member_since", "Im Netzwerk seit", Day()),
    Column("municipality", "Gemeinde", Named(Municipality, ("slug", "name"))),
    Column("location", "Adresse (Ort, Gemeinde)", Place()),
    Column("website", "Website"),
    Column("email", "E-Mail"),
    Column("phone", "Telefon"),
    Column("last_verified", "Zuletzt geprüft", Day()),
)


class OrganizationResource(ContentResource):
    locals().update(ORGANIZATION_COLUMNS)
    status = fields.Field(attribute="status", column_name="Status (nur Export)", readonly=True)
    reserved = RESERVED_SLUGS
    title_column = "Name"

    class Meta:
        model = Organization
        fields = (*ORGANIZATION_COLUMNS, "status")
        clean_model_instances = True


EVENT_COLUMNS = columns(
    Column("slug", "Kürzel"),
    Column("title", "Titel", translated=True),
    Column("description", "Beschreibung", translated=True),
    Column("kind", "Art", Choice(Event.Kind.choices, default=Event.Kind.OTHER)),
    Column("starts_at", "Beginn", Moment()),
    Column("ends_at", "Ende", Moment()),
    Column("all_day", "Ganztägig", YesNo()),
    Column("repeat", "Wiederholung", Choice(Event.Repeat.choices)),
    Column("repeat_until", "Wiederholen bis", Day()),
    Column("organizer", "Veranstalter", Named(Organization, ("slug", "name"))),
    Column("location", "Ort", Place()),
    Column("online_url", "Online-Link"),
    Column("topics", "Themen", NamedList(Category)),
    Column("languages", "Sprachen", NamedList(Language, ("code", "name_de"))),
    Column("cost", "Kosten", Choice(Cost.choices, default=Cost.FREE)),
    Column("cost_note", "Hinweis zu Kosten", translated=True),
    Column("registration_url", "Anmeldelink"),
    Column("registration_deadline", "Anmeldeschluss", Day()),
)


class EventResource(ContentResource):
    locals().update(EVENT_COLUMNS)
    status = fields.Field(attribute="status", column_name="Status (nur Export)", readonly=True)

    class Meta:
        model = Event
        fields = (*EVENT_COLUMNS, "status")
        clean_model_instances = True
