"""Demo content of the network: contact persons, the working group and its focus groups with
meetings, events dated relative to today (so the calendar is never empty), news and volunteer
roles. All people and contact data are fictitious; facts about the Arbeitskreis come from
the project documents. Idempotent: entries are found again by their slug."""

import datetime

from django.db import transaction
from django.utils import timezone

from integration_portal.indexing import indexing_deferred
from integration_portal.models import Category, Language, Location, Municipality
from integration_portal.publishing import Status
from network.demo_translations import (
    CONTACT_ROLES,
    HOW_TO_APPLY,
)
from network.demo_translations import (
    EVENTS as EVENT_TEXTS,
)
from network.demo_translations import (
    GROUPS as GROUP_TEXTS,
)
from network.demo_translations import (
    MEETINGS as MEETING_TEXTS,
)
from network.demo_translations import (
    NEWS as NEWS_TEXTS,
)
from network.demo_translations import (
    ROLES as ROLE_TEXTS,
)
from network.models import (
    ContactPerson,
    Event,
    Meeting,
    News,
    PartnerFeed,
    VolunteerRole,
    WorkingGroup,
)
from network.models.events import local_zone


def _texts(table, key, *fields) -> dict:
    """{"title_ar": …, "tasks_ar": …, …} for every language `table` holds for `key`."""
    found = {}
    for code, entries in table.items():
        values = entries[key] if len(fields) > 1 else (entries[key],)
        found |= {f"{name}_{code}": value for name, value in zip(fields, values, strict=True)}
    return found


CONTACTS = [
    # organisation, name, role de, role en, consent given
    ("regionalmanagement-bezirk-imst", "Maria Beispiel", "Koordination Netzwerk", "Network coordination", True),
    ("freiwilligenzentrum-region-imst", "Jonas Muster", "Freiwilligenbegleitung", "Volunteer support", True),
    ("beratungsstelle-mosaik", "Amina Demo", "Migrationsberatung", "Migration counselling", True),
    ("beratungsstelle-mosaik", "Peter Ohnezustimmung", "Leitung", "Head", False),
]  # fmt: skip

GROUPS = {
    # slug: (kind, parent, topic, name de, name en, purpose de, purpose en, members)
    "arbeitskreis-integration-und-gemeinwohl": (
        "working_group", None, None,
        "Arbeitskreis Integration und Gemeinwohl", "Working group on integration and the common good",
        "Der moderierte Arbeitskreis bringt seit dem Auftaktworkshop am 8. November 2016 in Roppen die Organisationen des Bezirks zusammen, die sich für Integration und Gemeinwohl einsetzen. Aus seinen ersten Sitzungen kam der Wunsch nach mehr Vernetzung – und nach dieser Plattform.",
        "Since its kick-off workshop on 8 November 2016 in Roppen, this moderated working group has brought together the district's organisations working for integration and the common good. Its first meetings asked for closer networking – and for this platform.",
        "all",
    ),
    "fokusgruppe-sprache-und-bildung": (
        "focus_group", "arbeitskreis-integration-und-gemeinwohl", "deutsch-lernen",
        "Fokusgruppe Sprache und Bildung", "Focus group language and education",
        "Stimmt Deutschkurse, Lernhilfe und Basisbildung im Bezirk aufeinander ab, damit niemand auf einer Warteliste vergessen wird.",
        "Coordinates German courses, learning support and basic education in the district, so that nobody is forgotten on a waiting list.",
        ["bildungsforum-oberland", "lernwerkstatt-haiming", "frauentreff-gurgltal", "regionalmanagement-bezirk-imst"],
    ),
    "fokusgruppe-arbeit": (
        "focus_group", "arbeitskreis-integration-und-gemeinwohl", "arbeit-ausbildung",
        "Fokusgruppe Arbeit und Ausbildung", "Focus group work and training",
        "Bringt Betriebe, Beratung und Ehrenamtliche zusammen: Schnuppertage, Anerkennung von Abschlüssen, Begleitung in der Lehre.",
        "Brings businesses, counselling and volunteers together: taster days, recognition of qualifications, support during apprenticeships.",
        ["arbeitsinitiative-inntal", "handwerksbetrieb-lehrstellen-oberland", "beratungsstelle-mosaik"],
    ),
    "fokusgruppe-begegnung-und-ehrenamt": (
        "focus_group", "arbeitskreis-integration-und-gemeinwohl", "treffpunkte",
        "Fokusgruppe Begegnung und Ehrenamt", "Focus group encounter and volunteering",
        "Plant Begegnungsorte und gewinnt Ehrenamtliche – vom Sprachcafé bis zur Patenschaft.",
        "Plans places to meet and finds volunteers – from the language café to mentoring.",
        ["freiwilligenzentrum-region-imst", "verein-miteinander-pitztal", "kulturverein-brueckenschlag", "sportunion-imst-integration"],
    ),
}  # fmt: skip

EVENTS = [
    # slug, kind, days from today, hour, minutes long, repeat, place (municipality), organiser,
    # topics, languages, title de, title en, description de, description en
    ("sprachcafe-imst", "language_cafe", 1, 17, 120, "weekly", "imst", "freiwilligenzentrum-region-imst",
     ["deutsch-lernen", "treffpunkte"], ["de", "ar", "fa", "uk"],
     "Sprachcafé Imst", "Language café Imst",
     "Jede Woche Deutsch sprechen bei Kaffee und Kuchen – ohne Anmeldung, ohne Kosten, für alle Niveaus. Ehrenamtliche aus dem Freiwilligenzentrum sind an jedem Tisch.",
     "Speak German every week over coffee and cake – no registration, no cost, all levels. Volunteers from the volunteer centre sit at every table."),
    ("netzwerktreffen", "network_meeting", 12, 18, 120, "monthly_weekday", "imst", "regionalmanagement-bezirk-imst",
     [], ["de"],
     "Netzwerktreffen Integration und Gemeinwohl", "Network meeting integration and the common good",
     "Das offene Treffen aller Partnerorganisationen: Neuigkeiten, freie Plätze, gemeinsame Vorhaben. Gäste sind willkommen.",
     "The open meeting of all partner organisations: news, free places, joint plans. Guests are welcome."),
    ("schulung-interkulturelle-kommunikation", "training", 20, 9, 420, "", "roppen", "freiwilligenzentrum-region-imst",
     ["ehrenamt"], ["de"],
     "Schulung: Interkulturelle Kommunikation im Ehrenamt", "Training: intercultural communication for volunteers",
     "Ein Tag für Ehrenamtliche: Missverständnisse erkennen, einfach sprechen, mit Dolmetsch arbeiten. Mit Anmeldung.",
     "A day for volunteers: spotting misunderstandings, speaking plainly, working with interpreters. Registration needed."),
    ("fachtag-ankommen-im-oberland", "conference", 45, 0, 0, "", "imst", "regionalmanagement-bezirk-imst",
     ["beratung", "arbeit-ausbildung"], ["de", "en"],
     "Fachtag „Ankommen im Oberland“", "Conference “Arriving in the Oberland”",
     "Fachleute, Gemeinden und Ehrenamtliche tauschen sich einen Tag lang über gelungene Wege der Integration aus.",
     "Professionals, municipalities and volunteers spend a day sharing successful paths to integration."),
    ("elterncafe-oetz", "meeting_place", 3, 9, 90, "fortnightly", "oetz", "familienzentrum-oetztal",
     ["kinder-familie", "treffpunkte"], ["de", "ar", "uk"],
     "Elterncafé Ötztal", "Parents' café Ötztal",
     "Eltern mit kleinen Kindern treffen sich, die Kinder spielen, Fragen rund um Kindergarten und Schule haben Platz.",
     "Parents with small children meet while the children play; questions about nursery and school are welcome."),
    ("infoabend-anerkennung", "training", -14, 18, 90, "", "silz", "arbeitsinitiative-inntal",
     ["arbeit-ausbildung"], ["de", "ar", "fa"],
     "Infoabend: Abschlüsse anerkennen lassen", "Information evening: getting qualifications recognised",
     "Wie wird ein ausländischer Abschluss in Österreich anerkannt? Ablauf, Kosten und Hilfe.",
     "How is a foreign qualification recognised in Austria? Steps, costs and help."),
]  # fmt: skip

NEWS = [
    ("kompass-online", "news", -3, "regionalmanagement-bezirk-imst",
     "Der Kompass ist online", "The compass is online",
     "Alle Angebote zu Integration und Gemeinwohl im Bezirk Imst auf einer Seite, in acht Sprachen.",
     "Every offer for integration and the common good in the Imst district on one site, in eight languages."),
    ("neue-fokusgruppe-arbeit", "news", -20, "regionalmanagement-bezirk-imst",
     "Neue Fokusgruppe Arbeit und Ausbildung", "New focus group on work and training",
     "Betriebe und Beratungsstellen planen gemeinsam Schnuppertage für junge Zugewanderte.",
     "Businesses and counselling services are planning taster days for young newcomers together."),
    ("presse-fachtag", "press", -40, "regionalmanagement-bezirk-imst",
     "Presseaussendung: Fachtag „Ankommen im Oberland“", "Press release: conference “Arriving in the Oberland”",
     "Das Regionalmanagement lädt Gemeinden, Fachleute und Ehrenamtliche zum Fachtag nach Imst.",
     "The regional management invites municipalities, professionals and volunteers to the conference in Imst."),
    ("ehrenamtliche-gesucht-sprachcafe", "news", -60, "freiwilligenzentrum-region-imst",
     "Ehrenamtliche für das Sprachcafé gesucht", "Volunteers wanted for the language café",
     "Das Sprachcafé wächst: Wer eine Stunde pro Woche Zeit hat, ist herzlich willkommen.",
     "The language café is growing: anyone with an hour a week to spare is warmly welcome."),
]  # fmt: skip

ROLES = [
    # slug, organisation, commitment, place, languages, title de, title en, tasks de, tasks en
    ("tischbegleitung-sprachcafe", "freiwilligenzentrum-region-imst", "weekly", "imst", ["de"],
     "Tischbegleitung im Sprachcafé", "Table host at the language café",
     "Sie setzen sich an einen Tisch, sprechen einfach Deutsch und helfen, dass alle zu Wort kommen.",
     "You sit at a table, speak simple German and help everyone have their say."),
    ("dolmetschbegleitung", "dolmetschpool-oberland", "occasionally", "imst", ["ar", "fa", "uk", "tr"],
     "Dolmetschbegleitung zu Terminen", "Interpreting at appointments",
     "Sie begleiten zu Ärztinnen, Ämtern oder Elterngesprächen und übersetzen mündlich.",
     "You go along to doctors, authorities or parent meetings and interpret."),
    ("lernhilfe-haiming", "lernwerkstatt-haiming", "weekly", "haiming", ["de"],
     "Lernhilfe für Schulkinder", "Homework help for schoolchildren",
     "Einmal pro Woche mit Kindern Hausaufgaben machen und lesen üben.",
     "Do homework and practise reading with children once a week."),
    ("patenschaft-pitztal", "verein-miteinander-pitztal", "monthly", "wenns", ["de", "en"],
     "Patenschaft für eine Familie", "Mentoring a family",
     "Sie begleiten eine neu zugezogene Familie im Alltag: Wege zeigen, Briefe erklären, Kontakte knüpfen.",
     "You support a newly arrived family in everyday life: showing the way, explaining letters, making contacts."),
    ("fahrdienst-oetztal", "nachbarschaftshilfe-oetztal", "flexible", "soelden", ["de"],
     "Fahrdienst im hinteren Ötztal", "Driving service in the upper Ötztal",
     "Mit dem eigenen Auto Menschen zu Terminen ins Tal bringen; Kilometergeld wird ersetzt.",
     "Drive people to appointments in the valley in your own car; mileage is refunded."),
    ("helfer-fachtag", "regionalmanagement-bezirk-imst", "once", "imst", ["de", "en"],
     "Mithilfe beim Fachtag", "Helping at the conference",
     "Einen Tag lang Gäste begrüßen, Räume vorbereiten und beim Buffet helfen.",
     "For one day: welcome guests, prepare rooms and help at the buffet."),
]  # fmt: skip


def _place(municipalities, slug, name="Veranstaltungssaal"):
    municipality = municipalities[slug]
    place, _ = Location.objects.get_or_create(
        name=f"{name} {municipality.name}",
        municipality=municipality,
        defaults={
            "street_address": "Dorfplatz 1",
            "postcode": municipality.postcodes[0] if municipality.postcodes else "",
            "latitude": municipality.latitude,
            "longitude": municipality.longitude,
        },
    )
    return place


@transaction.atomic
def load_network(organizations) -> str:
    with indexing_deferred():
        return _load(organizations)


def _load(organizations) -> str:
    municipalities = {m.slug: m for m in Municipality.objects.all()}
    topics = {c.slug: c for c in Category.objects.all()}
    languages = {lang.code: lang for lang in Language.objects.all()}
    today = timezone.localdate()
    zone = local_zone()

    for slug, name, role_de, role_en, consent in CONTACTS:
        ContactPerson.objects.update_or_create(
            organization=organizations[slug],
            name=name,
            defaults={
                "role_de": role_de,
                "role_en": role_en,
                **_texts(CONTACT_ROLES, role_de, "role"),
                "email": f"{name.split()[0].lower()}@{slug}.example.org",
                "phone": "+43 5412 000 000",
                "consent_on": datetime.date(2026, 9, 15) if consent else None,
                "consent_note": "E-Mail (Demo)" if consent else "",
            },
        )

    groups = {}
    for slug, (
        kind,
        parent,
        topic,
        name_de,
        name_en,
        purpose_de,
        purpose_en,
        members,
    ) in GROUPS.items():
        group, _ = WorkingGroup.objects.update_or_create(
            slug=slug,
            defaults={
                "kind": kind,
                "parent": groups.get(parent),
                "topic": topics.get(topic),
                "name_de": name_de,
                "name_en": name_en,
                "purpose_de": purpose_de,
                "purpose_en": purpose_en,
                **_texts(GROUP_TEXTS, slug, "name", "purpose"),
                "coordinator": organizations["regionalmanagement-bezirk-imst"],
                "started_on": datetime.date(2016, 11, 8) if parent is None else None,
                "status": Status.PUBLISHED,
            },
        )
        group.members.set(
            organizations.values() if members == "all" else [organizations[m] for m in members]
        )
        groups[slug] = group

    meetings = [
        ("arbeitskreis-integration-und-gemeinwohl", datetime.datetime(2016, 11, 8, 14, 0), "roppen",
         "Auftaktworkshop: Wer ist im Bezirk aktiv? Was brauchen wir voneinander?",
         "Kick-off workshop: who is active in the district? What do we need from each other?",
         "Die Organisationen wünschen sich vor allem mehr Vernetzung und eine gemeinsame Übersicht der Angebote.",
         "Above all, the organisations want closer networking and a shared overview of the offers."),
        ("arbeitskreis-integration-und-gemeinwohl", _days(today, 19, 18), "imst",
         "Bericht der Fokusgruppen; Planung Fachtag; Neues aus den Gemeinden.",
         "Reports of the focus groups; planning the conference; news from the municipalities.", "", ""),
        ("fokusgruppe-sprache-und-bildung", _days(today, 9, 16), "imst",
         "Wartelisten der Deutschkurse abgleichen; Kinderbetreuung während der Kurse.",
         "Matching the waiting lists of German courses; childcare during courses.", "", ""),
        ("fokusgruppe-arbeit", _days(today, 26, 10), "silz",
         "Schnuppertage im Frühjahr: Betriebe, Termine, Begleitung.",
         "Taster days in spring: businesses, dates, support.", "", ""),
        ("fokusgruppe-begegnung-und-ehrenamt", _days(today, -30, 18), "imst",
         "Rückblick Sprachcafé; neue Ehrenamtliche.", "Looking back at the language café; new volunteers.",
         "Das Sprachcafé hat jede Woche 20 bis 30 Gäste. Gesucht werden zwei weitere Tischbegleitungen.",
         "The language café has 20 to 30 guests every week. Two more table hosts are wanted."),
    ]  # fmt: skip
    for group_slug, start, place, agenda_de, agenda_en, minutes_de, minutes_en in meetings:
        starts_at = start.replace(tzinfo=zone)
        Meeting.objects.update_or_create(
            working_group=groups[group_slug],
            agenda_de=agenda_de,
            defaults={
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(hours=2),
                "location": _place(municipalities, place, "Gemeindesaal"),
                "agenda_en": agenda_en,
                "public_minutes_de": minutes_de,
                "public_minutes_en": minutes_en,
                **_texts(MEETING_TEXTS, agenda_de, "agenda", "public_minutes"),
                "minutes": "Interne Notizen (Demo): Kontakte und Vertrauliches – nie öffentlich.",
            },
        )

    for (slug, kind, days, hour, minutes, repeat, place, organizer, event_topics, spoken,
         title_de, title_en, text_de, text_en) in EVENTS:  # fmt: skip
        all_day = minutes == 0
        start = _days(today, days, hour).replace(tzinfo=zone)
        event = Event.objects.filter(slug=slug).first() or Event(slug=slug)
        event.kind, event.repeat, event.all_day = kind, repeat, all_day
        event.starts_at = start
        event.ends_at = start if all_day else start + datetime.timedelta(minutes=minutes)
        event.exceptions = (
            [_first_on_or_after_christmas_eve(start.date())] if repeat == "weekly" else []
        )
        event.location = _place(municipalities, place)
        event.organizer = organizations[organizer]
        event.title_de, event.title_en = title_de, title_en
        event.description_de, event.description_en = text_de, text_en
        for name, value in _texts(EVENT_TEXTS, slug, "title", "description").items():
            setattr(event, name, value)
        event.registration_url = (
            f"https://{organizer}.example.org/anmeldung"
            if kind in ("training", "conference")
            else ""
        )
        event.registration_deadline = (
            (start - datetime.timedelta(days=7)).date() if kind == "conference" else None
        )
        event.status = Status.PUBLISHED
        event.save()
        event.topics.set([topics[t] for t in event_topics if t in topics])
        event.languages.set([languages[code] for code in spoken if code in languages])

    for slug, kind, days, organization, title_de, title_en, summary_de, summary_en in NEWS:
        News.objects.update_or_create(
            slug=slug,
            defaults={
                "kind": kind,
                "published_on": today + datetime.timedelta(days=days),
                "organization": organizations[organization],
                "title_de": title_de,
                "title_en": title_en,
                "summary_de": summary_de,
                "summary_en": summary_en,
                **_texts(NEWS_TEXTS, slug, "title", "summary"),
                "body_de": summary_de
                + "\n\nMehr dazu erfahren Sie beim Regionalmanagement (Demo-Text).",
                "body_en": summary_en + "\n\nThe regional management tells you more (demo text).",
                "status": Status.PUBLISHED,
            },
        )

    for (
        slug,
        organization,
        commitment,
        place,
        spoken,
        title_de,
        title_en,
        tasks_de,
        tasks_en,
    ) in ROLES:
        role, _ = VolunteerRole.objects.update_or_create(
            slug=slug,
            defaults={
                "organization": organizations[organization],
                "commitment": commitment,
                "municipality": municipalities[place],
                "title_de": title_de,
                "title_en": title_en,
                "tasks_de": tasks_de,
                "tasks_en": tasks_en,
                **_texts(ROLE_TEXTS, slug, "title", "tasks"),
                **{f"how_to_apply_{code}": text for code, text in HOW_TO_APPLY.items()},
                "how_to_apply_de": "Melden Sie sich beim Freiwilligenzentrum – wir vereinbaren ein erstes Gespräch.",
                "how_to_apply_en": "Get in touch with the volunteer centre – we will arrange a first talk.",
                "contact_email": f"ehrenamt@{organization}.example.org",
                "contact_phone": "+43 5412 000 000",
                "status": Status.PUBLISHED,
                "last_verified": datetime.date(2026, 10, 1),
            },
        )
        role.languages.set([languages[code] for code in spoken if code in languages])

    # A partner calendar as staff would register it; switched off: the address is invented.
    PartnerFeed.objects.get_or_create(
        url="https://freiwilligenzentrum-region-imst.example.org/kalender.ics",
        defaults={
            "organization": organizations["freiwilligenzentrum-region-imst"],
            "active": False,
        },
    )

    return (
        f"{len(GROUPS)} working groups, {len(meetings)} meetings, {len(EVENTS)} events, "
        f"{len(NEWS)} news, {len(ROLES)} volunteer roles"
    )


def _days(today, days, hour) -> datetime.datetime:
    return datetime.datetime.combine(today + datetime.timedelta(days=days), datetime.time(hour))


def _first_on_or_after_christmas_eve(first: datetime.date) -> datetime.date:
    """The weekly date that falls in Christmas week: cancelled in the demo."""
    eve = datetime.date(
        first.year if first <= datetime.date(first.year, 12, 24) else first.year + 1, 12, 24
    )
    return first + datetime.timedelta(days=-(-(eve - first).days // 7) * 7)
