"""What the demo offer files may refer to. `python -m directory.demo.spec FILE` checks a file."""

import importlib.util
import re
import sys

# Slugs of network/demo.py's ORGANIZATIONS (a test keeps the two in step); listed here so
# that this check runs with a bare Python, without Django.
ORGANIZATIONS = [
    "regionalmanagement-bezirk-imst", "freiwilligenzentrum-region-imst", "bildungsforum-oberland",
    "familienzentrum-oetztal", "beratungsstelle-mosaik", "dolmetschpool-oberland",
    "arbeitsinitiative-inntal", "verein-miteinander-pitztal", "jugendtreff-mieminger-plateau",
    "frauentreff-gurgltal", "gesundheitsnetz-imst", "lernwerkstatt-haiming",
    "nachbarschaftshilfe-oetztal", "wohnberatung-oberland", "kulturverein-brueckenschlag",
]  # fmt: skip
CATEGORIES = [
    "deutsch-lernen", "beratung", "arbeit-ausbildung", "dolmetschen", "kinder-familie",
    "treffpunkte", "gesundheit", "wohnen", "recht-behoerden", "schule-bildung", "ehrenamt",
    "alltagshilfe",
]  # fmt: skip
TARGET_GROUPS = [
    "frauen", "jugendliche", "kinder", "familien", "gefluechtete", "vertriebene-ukraine",
    "arbeitsuchende", "senioren", "ehrenamtliche",
]  # fmt: skip
LANGUAGES = [
    "de", "en", "ar", "fa", "prs", "ps", "uk", "ru", "tr", "bs", "hr", "sr", "sq", "ku", "so",
    "ti", "ur", "fr", "es", "it", "ro", "hu", "pl", "asq",
]  # fmt: skip
MUNICIPALITIES = [
    "arzl-im-pitztal", "haiming", "imst", "imsterberg", "jerzens", "karres", "karroesten",
    "laengenfeld", "mieming", "mils-bei-imst", "moetz", "nassereith", "obsteig", "oetz", "rietz",
    "roppen", "sautens", "silz", "soelden", "st-leonhard-im-pitztal", "stams", "tarrenz",
    "umhausen", "wenns",
]  # fmt: skip
TEXT_LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr", "bs"]
TEXT_KEYS = {
    "title",
    "summary",
    "description",
    "cost_note",
    "how_to_access",
    "eligibility",
    "transit_note",
}
WEEKDAYS = ["mo", "di", "mi", "do", "fr", "sa", "so"]
LEVELS = [None, "A1", "A2", "B1", "B2", "C1", "C2"]


def problems(offers) -> list[str]:
    found, slugs = [], set()
    for i, o in enumerate(offers):
        at = f"offer {i} ({o.get('slug')})"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", o["slug"]) or o["slug"] in slugs:
            found.append(f"{at}: slug not ascii-kebab or repeated")
        slugs.add(o["slug"])
        checks = [
            (o["organization"] in ORGANIZATIONS, "organization"),
            (
                1 <= len(o["categories"]) <= 3 and set(o["categories"]) <= set(CATEGORIES),
                "categories",
            ),
            (set(o["target_groups"]) <= set(TARGET_GROUPS), "target_groups"),
            (set(o["languages"]) <= set(LANGUAGES) and o["languages"], "languages"),
            (o["language_taught"] in [None, *LANGUAGES], "language_taught"),
            (o["level_from"] in LEVELS and o["level_to"] in LEVELS, "levels"),
            (o["cost"] in ["free", "reduced", "fee"], "cost"),
            (o["mode"] in ["in_person", "online", "hybrid"], "mode"),
            (o["step_free"] in ["yes", "no", "unknown"], "step_free"),
            (set(o["municipalities_served"]) <= set(MUNICIPALITIES), "municipalities_served"),
            (all(loc["municipality"] in MUNICIPALITIES for loc in o["locations"]), "locations"),
            (o["mode"] == "online" or o["locations"], "locations needed unless online"),
            (
                all(
                    d in WEEKDAYS
                    and re.fullmatch(r"\d\d:\d\d", a)
                    and re.fullmatch(r"\d\d:\d\d", b)
                    and a < b
                    for d, a, b in o["hours"]
                ),
                "hours",
            ),
            (
                isinstance(o["registration_required"], bool)
                and isinstance(o["referral_required"], bool),
                "bools",
            ),
            (isinstance(o["childcare"], bool) and isinstance(o["by_appointment"], bool), "bools"),
            (
                {"de", "en"} <= set(o["texts"]) and set(o["texts"]) <= set(TEXT_LANGUAGES),
                "texts languages",
            ),
            (all(set(t) == TEXT_KEYS for t in o["texts"].values()), "text keys"),
            (
                all(t["title"] and t["summary"] and t["description"] for t in o["texts"].values()),
                "texts empty",
            ),
            (
                "example.org" in o["email"] and (not o["website"] or "example.org" in o["website"]),
                "contact",
            ),
        ]
        found += [f"{at}: {name}" for ok, name in checks if not ok]
    return found


if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location("offers", sys.argv[1])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    issues = problems(module.OFFERS)
    print("\n".join(issues) or f"ok: {len(module.OFFERS)} offers")
    sys.exit(1 if issues else 0)
