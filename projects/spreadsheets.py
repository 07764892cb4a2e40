"""Projects as spreadsheets (see integration_portal/spreadsheets.py)."""

from import_export import fields, widgets

from integration_portal.models import Municipality
from integration_portal.spreadsheets import (
    Choice,
    Column,
    ContentResource,
    Day,
    Named,
    NamedList,
    YesNo,
    columns,
)
from network.models import Organization
from projects.models import RESERVED_SLUGS, ActionField, FundingProgramme, PartnerRegion, Project

PROJECT_COLUMNS = columns(
    Column("slug", "Kürzel"),
    Column("title", "Titel", translated=True),
    Column("short_name", "Kurzname"),
    Column("summary", "Kurzfassung", translated=True),
    Column("phase", "Phase", Choice(Project.Phase.choices, default=Project.Phase.IDEA)),
    Column("parent", "Dachprojekt", Named(Project, ("slug", "title_de"))),
    Column("programme", "Förderprogramm", Named(FundingProgramme, ("slug", "name_de"))),
    Column("sponsor", "Träger (Organisation)", Named(Organization, ("slug", "name"))),
    Column("sponsor_name", "Träger (anderer)"),
    Column("region", "Region"),
    Column("funding_rate", "Fördersatz (%)", widgets.DecimalWidget()),
    Column("total_cost", "Gesamtkosten (€)", widgets.DecimalWidget()),
    Column("funding_amount", "Fördersumme (€)", widgets.DecimalWidget()),
    Column("starts_on", "Beginn", Day()),
    Column("ends_on", "Ende", Day()),
    Column("decided_on", "Beschlossen am", Day()),
    Column("primary_action_field", "Aktionsfeld", Named(ActionField, ("slug", "name_de"))),
    Column("further_action_fields", "Weitere Aktionsfelder", NamedList(ActionField)),
    Column("municipalities", "Gemeinden", NamedList(Municipality, ("slug", "name"))),
    Column("place", "Ort", translated=True),
    Column("initial_situation", "Ausgangslage", translated=True),
    Column("goals", "Ziele", translated=True),
    Column("target_groups", "Zielgruppen", translated=True),
    Column("benefit", "Nutzen für die Region", translated=True),
    Column("results", "Ergebnisse", translated=True),
    Column("partners", "Partner", NamedList(Organization, ("slug", "name"))),
    Column("partner_regions", "Partnerregionen", NamedList(PartnerRegion, ("name",))),
    Column("good_practice", "Gutes Beispiel", YesNo()),
    Column("transfer_notes", "Was andere übernehmen können", translated=True),
)


class ProjectResource(ContentResource):
    locals().update(PROJECT_COLUMNS)
    status = fields.Field(attribute="status", column_name="Status (nur Export)", readonly=True)
    reserved = RESERVED_SLUGS

    class Meta:
        model = Project
        fields = (*PROJECT_COLUMNS, "status")
        clean_model_instances = True
