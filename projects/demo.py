"""The real project records (records.py) and a few invented entries, marked "(Demo)", that
show what the records alone cannot: deadlines that are near or passed, a programme that
companies may apply to, a project placed in a municipality. Safe to run again."""

import datetime

from django.utils import timezone

from directory.models import Offer, TargetGroup
from integration_portal.indexing import indexing_deferred
from integration_portal.models import Municipality
from integration_portal.publishing import Status
from network.models import Organization
from projects import records
from projects.models import (
    ActionField,
    FundingPriority,
    FundingProgramme,
    Measure,
    PartnerRegion,
    Project,
)

LANGUAGES = ("de", "en")


def _texts(field: str, value) -> dict:
    """{field_de: …, field_en: …} from a (German, English) pair."""
    if value is None:
        return {}
    return {f"{field}_{code}": text for code, text in zip(LANGUAGES, value, strict=True)}


def _demo_programme(today) -> dict:
    return {
        "name": (
            "Kleinprojektefonds Gemeinwohl Oberland (Demo)",
            "Oberland small-projects fund (Demo)",
        ),
        "provider": "Stiftung Gemeinwohl Oberland (Demo)",
        "area": "Bezirk Imst",
        "running_since": 2020,
        "description": (
            "Ein erfundenes Beispiel, das zeigt, wie Fristen angezeigt werden: kleine Beträge "
            "für Vorhaben, die Menschen in einer Gemeinde zusammenbringen.",
            "An invented example that shows how deadlines appear: small sums for projects that "
            "bring people together in a municipality.",
        ),
        "priorities": [
            {
                "slug": "begegnung-im-dorf",
                "title": ("Begegnung im Dorf (Demo)", "Meeting in the village (Demo)"),
                "description": (
                    "Feste, Sprachcafés und gemeinsame Aktionen von Alteingesessenen und "
                    "Neuzugezogenen.",
                    "Celebrations, language cafés and joint activities of long-time residents and "
                    "newcomers.",
                ),
                "applicants": ["association", "church", "migrant_organisation"],
                "funding_rate": ("bis 80 %, höchstens 3.000 €", "up to 80 %, at most 3,000 €"),
                "deadline": today + datetime.timedelta(days=30),
            },
            {
                "slug": "lehre-und-betrieb",
                "title": ("Lehre und Betrieb (Demo)", "Apprenticeship and business (Demo)"),
                "description": (
                    "Betriebe, die jungen Zugewanderten Schnuppertage und Lehrstellen anbieten "
                    "und sie dabei begleiten.",
                    "Businesses that offer young newcomers taster days and apprenticeships and "
                    "support them along the way.",
                ),
                "applicants": ["company"],
                "funding_rate": ("bis 50 %", "up to 50 %"),
                "deadline": today - datetime.timedelta(days=20),
            },
            {
                "slug": "dolmetschen-im-alltag",
                "title": ("Dolmetschen im Alltag (Demo)", "Interpreting in everyday life (Demo)"),
                "description": (
                    "Fahrtkosten und Schulungen für Freiwillige, die bei Arztbesuchen und "
                    "Elterngesprächen dolmetschen.",
                    "Travel costs and training for volunteers who interpret at doctors' "
                    "appointments and parent meetings.",
                ),
                "applicants": ["association", "municipality"],
                "funding_rate": ("bis 100 %, höchstens 1.500 €", "up to 100 %, at most 1,500 €"),
            },
        ],
    }


DEMO_PROJECT = {
    "title": ("Sprachcafé-Netz Ötztal (Demo)", "Ötztal language café network (Demo)"),
    "phase": "running",
    "programme": "kleinprojektefonds-gemeinwohl-oberland",
    "sponsor": "familienzentrum-oetztal",
    "partners": ["nachbarschaftshilfe-oetztal"],
    "municipalities": ["oetz", "umhausen", "laengenfeld"],
    "offers": ["sprachcafe-deutsch-umhausen"],
    "audiences": ["gefluechtete", "familien"],
    "funding_rate": 80,
    "total_cost": 3600,
    "funding_amount": 2880,
    "primary_action_field": "soziales-und-kulturelles-leben",
    "further_action_fields": ["ehrenamt"],
    "summary": (
        "Ein erfundenes Beispiel: Freiwillige führen in drei Ötztaler Gemeinden wöchentlich ein "
        "Sprachcafé, mit Kinderbetreuung.",
        "An invented example: volunteers run a weekly language café in three Ötztal "
        "municipalities, with childcare.",
    ),
    "goals": (
        "Deutsch im Gespräch üben, Nachbarn kennenlernen, Kinder gut betreut wissen.",
        "Practise German in conversation, get to know neighbours, know the children are well "
        "looked after.",
    ),
    "measures": [
        (
            "Freiwillige für die Gesprächsrunden gewinnen und schulen",
            "Recruit and train volunteers for the conversation groups",
        ),
        ("Räume in drei Gemeinden finden", "Find rooms in three municipalities"),
        (
            "Kinderbetreuung während der Treffen organisieren",
            "Organise childcare during the meetings",
        ),
    ],
    "good_practice": True,
    "transfer_notes": (
        "Ein Sprachcafé braucht wenig: einen Raum, zwei Freiwillige pro Abend, Kaffee und eine "
        "Kinderecke. Abwechselnd in mehreren Gemeinden, erreicht es auch Menschen ohne Auto.",
        "A language café needs little: a room, two volunteers an evening, coffee and a "
        "children's corner. Rotating between municipalities, it reaches people without a car "
        "too.",
    ),
}


def load() -> str:
    today = timezone.localdate()
    with indexing_deferred():
        fields = {
            slug: ActionField.objects.update_or_create(
                slug=slug, defaults={**_texts("name", names), "position": n}
            )[0]
            for n, (slug, names) in enumerate(records.ACTION_FIELDS.items())
        }
        regions = {
            name: PartnerRegion.objects.update_or_create(
                name=name, defaults={"country_de": de, "country_en": en}
            )[0]
            for name, de, en in records.PARTNER_REGIONS
        }
        programmes = dict(records.PROGRAMMES)
        programmes["kleinprojektefonds-gemeinwohl-oberland"] = _demo_programme(today)
        loaded = {slug: _programme(slug, data) for slug, data in programmes.items()}
        projects = dict(records.PROJECTS)
        projects["sprachcafe-netz-oetztal"] = DEMO_PROJECT
        done = {}
        for slug, data in projects.items():
            done[slug] = _project(slug, data, done, loaded, fields, regions)
    priorities = sum(len(data["priorities"]) for data in programmes.values())
    return f"{len(done)} projects, {len(loaded)} funding programmes, {priorities} priorities"


def _programme(slug, data) -> FundingProgramme:
    programme, _ = FundingProgramme.objects.update_or_create(
        slug=slug,
        defaults={
            **_texts("name", data["name"]),
            **_texts("description", data.get("description")),
            **_texts("example", data.get("example")),
            "provider": data.get("provider", ""),
            "area": data.get("area", ""),
            "running_since": data.get("running_since"),
            "website": data.get("website", ""),
            "status": Status.PUBLISHED,
        },
    )
    for position, item in enumerate(data["priorities"]):
        FundingPriority.objects.update_or_create(
            programme=programme,
            slug=item["slug"],
            defaults={
                **_texts("title", item["title"]),
                **_texts("description", item.get("description")),
                **_texts("applicants_note", item.get("applicants_note")),
                **_texts("funding_rate", item.get("funding_rate")),
                "applicants": item["applicants"],
                "deadline": item.get("deadline"),
                "position": position,
            },
        )
    return programme


def _project(slug, data, done, programmes, fields, regions) -> Project:
    organizations = Organization.objects.in_bulk(
        [data.get("sponsor"), *data.get("partners", ())], field_name="slug"
    )
    project, _ = Project.objects.update_or_create(
        slug=slug,
        defaults={
            **{
                key: data.get(key)
                for key in (
                    "starts_on",
                    "ends_on",
                    "decided_on",
                    "funding_rate",
                    "total_cost",
                    "funding_amount",
                )
            },
            **{
                name: text
                for field in (
                    "title",
                    "summary",
                    "place",
                    "initial_situation",
                    "goals",
                    "target_groups",
                    "benefit",
                    "results",
                    "transfer_notes",
                )
                for name, text in _texts(field, data.get(field)).items()
            },
            "short_name": data.get("short_name", ""),
            "phase": data["phase"],
            "parent": done.get(data.get("parent")),
            "programme": programmes.get(data.get("programme")),
            "region": data.get("region", ""),
            "sponsor": organizations.get(data.get("sponsor")),
            "sponsor_name": data.get("sponsor_name", ""),
            "primary_action_field": fields.get(data.get("primary_action_field")),
            "good_practice": data.get("good_practice", False),
            "status": Status.PUBLISHED,
        },
    )
    project.further_action_fields.set([fields[s] for s in data.get("further_action_fields", ())])
    project.partners.set([organizations[s] for s in data.get("partners", ())])
    project.partner_regions.set([regions[name] for name in data.get("partner_regions", ())])
    project.municipalities.set(Municipality.objects.filter(slug__in=data.get("municipalities", ())))
    project.audiences.set(TargetGroup.objects.filter(slug__in=data.get("audiences", ())))
    offers = Offer.objects.filter(slug__in=data.get("offers", ()))
    project.offers.set(offers)
    project.measures.all().delete()
    Measure.objects.bulk_create(
        Measure(project=project, position=n, **_texts("text", pair))
        for n, pair in enumerate(data.get("measures", ()))
    )
    return project
