"""Demo organisations. The two real ones come from the project documents; all contact data
is fictitious, and invented organisations carry "(Demo)" in their name."""

import datetime

from integration_portal.models import Location, Municipality
from integration_portal.publishing import Status
from network import demo_translations
from network.models import Organization

ORGANIZATIONS = {
    # slug: (name, kind, municipality slug, German description, English description)
    "regionalmanagement-bezirk-imst": (
        "Regionalmanagement Bezirk Imst", "public_body", "imst",
        "Der Verein begleitet die LEADER-Region Bezirk Imst, moderiert den Arbeitskreis Integration und Gemeinwohl und betreibt diesen Kompass.",
        "The association runs the LEADER region of the Imst district, chairs the working group on integration and the common good, and runs this compass.",
    ),
    "freiwilligenzentrum-region-imst": (
        "Freiwilligenzentrum Region Imst", "volunteer_centre", "imst",
        "Vermittelt Ehrenamtliche an Organisationen, bildet sie weiter und übernimmt nach dem Projekt die Pflege des Netzwerks.",
        "Matches volunteers with organisations, trains them, and looks after the network once the project ends.",
    ),
    "bildungsforum-oberland": ("Bildungsforum Oberland (Demo)", "education", "imst", "Erwachsenenbildung im Oberland: Sprachkurse, Basisbildung und Prüfungsvorbereitung.", "Adult education in the Oberland: language courses, basic education and exam preparation."),
    "familienzentrum-oetztal": ("Familienzentrum Ötztal (Demo)", "association", "oetz", "Treffpunkt und Beratung für Familien im Ötztal, mit Eltern-Kind-Gruppen und Kinderbetreuung.", "Meeting place and advice for families in the Ötztal, with parent-and-child groups and childcare."),
    "beratungsstelle-mosaik": ("Beratungsstelle Mosaik (Demo)", "association", "imst", "Sozial- und Migrationsberatung: Aufenthalt, Familie, Geld, Wohnen – vertraulich und kostenlos.", "Social and migration counselling: residence, family, money, housing – confidential and free."),
    "dolmetschpool-oberland": ("Dolmetschpool Oberland (Demo)", "association", "imst", "Ehrenamtliche Dolmetscherinnen und Dolmetscher begleiten zu Ärztinnen, Ämtern und Schulen.", "Volunteer interpreters who go along to doctors, authorities and schools."),
    "arbeitsinitiative-inntal": ("Arbeitsinitiative Inntal (Demo)", "association", "silz", "Hilft bei Bewerbungen, Anerkennung von Abschlüssen und dem Weg in den ersten Job.", "Helps with applications, recognition of qualifications and the way into a first job."),
    "verein-miteinander-pitztal": ("Verein Miteinander Pitztal (Demo)", "association", "wenns", "Nachbarschaft im Pitztal: Begegnungscafé, Patenschaften und Hilfe im Alltag.", "Neighbourliness in the Pitztal: meeting café, mentoring and everyday help."),
    "jugendtreff-mieminger-plateau": ("Jugendtreff Mieminger Plateau (Demo)", "association", "mieming", "Offener Treff für Jugendliche von 12 bis 20 Jahren, mit Lernhilfe und Freizeitangeboten.", "Open youth centre for 12 to 20-year-olds, with homework help and leisure activities."),
    "frauentreff-gurgltal": ("Frauentreff Gurgltal (Demo)", "association", "tarrenz", "Frauen aus aller Welt treffen sich, lernen Deutsch und unterstützen einander.", "Women from all over the world meet, learn German and support each other."),
    "gesundheitsnetz-imst": ("Gesundheitsnetz Imst (Demo)", "association", "imst", "Informiert über Gesundheitsversorgung, Vorsorge und psychosoziale Hilfe – in vielen Sprachen.", "Information on health care, check-ups and psychosocial support – in many languages."),
    "lernwerkstatt-haiming": ("Lernwerkstatt Haiming (Demo)", "education", "haiming", "Lernbegleitung für Schulkinder und Basisbildung für Erwachsene.", "Learning support for schoolchildren and basic education for adults."),
    "nachbarschaftshilfe-oetztal": ("Nachbarschaftshilfe Ötztal (Demo)", "association", "soelden", "Ehrenamtliche helfen im hinteren Ötztal bei Wegen, Einkäufen und Formularen.", "Volunteers in the upper Ötztal help with errands, shopping and forms."),
    "wohnberatung-oberland": ("Wohnberatung Oberland (Demo)", "association", "imst", "Beratung bei Wohnungssuche, Mietvertrag und drohendem Wohnungsverlust.", "Advice on finding a flat, tenancy agreements and the threat of losing one's home."),
    "kulturverein-brueckenschlag": ("Kulturverein Brückenschlag (Demo)", "migrant_organisation", "imst", "Migrantinnen und Migranten organisieren Begegnung, Feste und Hilfe von Mensch zu Mensch.", "Migrants organise encounters, celebrations and person-to-person help."),
    "pfarrcaritas-roppen": ("Pfarrcaritas Roppen (Demo)", "church", "roppen", "Die Pfarre hilft Menschen in Not mit Lebensmitteln, Kleidung und offenen Ohren.", "The parish helps people in need with food, clothes and someone to listen."),
    "gemeinde-sautens-sozialausschuss": ("Sozialausschuss Sautens (Demo)", "public_body", "sautens", "Der Sozialausschuss der Gemeinde begleitet neu Zugezogene in den ersten Wochen.", "The municipality's social committee looks after newcomers in their first weeks."),
    "sportunion-imst-integration": ("Sportunion Imst – Sport verbindet (Demo)", "association", "imst", "Training für alle: Fußball, Laufen und Schwimmen – wer mitmacht, gehört dazu.", "Training for everyone: football, running and swimming – whoever joins in belongs."),
    "handwerksbetrieb-lehrstellen-oberland": ("Lehrstellenbörse Oberland (Demo)", "company", "imst", "Betriebe der Region bieten Schnuppertage und Lehrstellen für junge Zugewanderte.", "Businesses of the region offer taster days and apprenticeships for young newcomers."),
    "stiftung-gemeinwohl-tirol": ("Stiftung Gemeinwohl Oberland (Demo)", "association", "imst", "Fördert kleine Projekte für Zusammenhalt und Integration in den Gemeinden.", "Funds small projects for cohesion and integration in the municipalities."),
}  # fmt: skip

# Roles in the network and the year each joined; the rest provide offers since 2017.
ROLES = {
    "regionalmanagement-bezirk-imst": (["coordinator", "funder"], 2016),
    "freiwilligenzentrum-region-imst": (["volunteer_centre", "provider"], 2016),
    "stiftung-gemeinwohl-tirol": (["funder"], 2019),
    "beratungsstelle-mosaik": (["provider"], 2016),
}


def load_organizations() -> dict[str, Organization]:
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    loaded = {}
    for slug, (name, kind, place, text_de, text_en) in ORGANIZATIONS.items():
        domain = f"{slug}.example.org"
        municipality = municipalities[place]
        address, _ = Location.objects.update_or_create(
            name=name.removesuffix(" (Demo)"),
            municipality=municipality,
            defaults={
                "postcode": municipality.postcodes[0] if municipality.postcodes else "",
                "latitude": municipality.latitude,
                "longitude": municipality.longitude,
            },
        )
        loaded[slug], _ = Organization.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "municipality": municipality,
                "location": address,
                "phone": "+43 5412 000 000",
                "description_de": text_de,
                "description_en": text_en,
                **{
                    f"description_{code}": texts[slug]
                    for code, texts in demo_translations.ORGANIZATIONS.items()
                },
                "website": f"https://{domain}/",
                "email": f"info@{domain}",
                "status": Status.PUBLISHED,
                "last_verified": datetime.date(2026, 10, 1),
                "network_roles": ROLES.get(slug, (["provider"], 2017))[0],
                "member_since": datetime.date(ROLES.get(slug, ([], 2017))[1], 1, 1),
            },
        )
    return loaded


def load() -> str:
    from network.demo_network import load_network

    organizations = load_organizations()
    return f"{len(organizations)} organisations, " + load_network(organizations)
