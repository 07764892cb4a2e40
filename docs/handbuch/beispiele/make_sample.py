"""Writes angebote.csv and angebote.xlsx, the sample sheets of the handbook (chapter 12).
Run from the project root: .venv/bin/python docs/handbuch/beispiele/make_sample.py"""

from pathlib import Path

import tablib

HERE = Path(__file__).parent
HEADERS = [
    "Kürzel", "Titel (de)", "Kurzfassung (de)", "Beschreibung (de)", "Organisation",
    "Themen", "Zielgruppen", "Sprachen", "Kosten", "Hinweis zu Kosten (de)", "Anmeldung nötig",
    "Kinderbetreuung", "Orte", "Öffnungszeiten", "Beginn", "Letzter Tag", "Kontaktperson",
    "Telefon", "E-Mail", "Website",
]  # fmt: skip
ROWS = [
    [
        "", "Sprachcafé am Dienstag (Beispiel)", "Deutsch sprechen üben bei Kaffee und Kuchen.",
        "Jeden Dienstag treffen sich Menschen, die Deutsch lernen, mit Freiwilligen zum "
        "Plaudern. Ohne Anmeldung, ohne Kosten.",
        "Freiwilligenzentrum Region Imst", "Deutsch lernen, Treffpunkte & Freizeit", "",
        "Deutsch, Arabisch", "kostenlos", "", "nein", "nein",
        "Pfarrsaal Imst (Beispiel), Imst", "Di 15:00-17:00", "", "", "Anna Beispiel",
        "+43 5412 000 001", "sprachcafe@example.org", "",
    ],
    [
        "", "Bewerbungswerkstatt (Beispiel)", "Gemeinsam Lebenslauf und Bewerbung schreiben.",
        "Wir helfen beim Lebenslauf, bei Bewerbungen und beim Vorbereiten auf Gespräche.",
        "Freiwilligenzentrum Region Imst", "Arbeit & Ausbildung", "Arbeitsuchende",
        "Deutsch, Englisch", "kostenlos", "", "ja", "nein",
        "Gemeindeamt Silz (Beispiel), Silz", "Mo-Fr 09:00-11:00", "11.01.2027", "26.03.2027",
        "Ben Beispiel", "+43 5263 000 002", "bewerbung@example.org", "https://example.org",
    ],
    [
        "", "Deutschkurs A2 am Abend (Beispiel)", "Deutsch für den Alltag, zweimal pro Woche.",
        "Ein Kurs für Menschen, die schon etwas Deutsch können. Am Ende gibt es eine "
        "Teilnahmebestätigung.",
        "Freiwilligenzentrum Region Imst", "Deutsch lernen", "Frauen, Familien",
        "Deutsch, Ukrainisch", "Ermäßigung möglich", "50 Euro, mit Aktivpass 10 Euro", "ja", "ja",
        "Volksschule Haiming (Beispiel), Haiming", "Mo 18:30-20:00; Mi 18:30-20:00",
        "15.02.2027", "30.06.2027", "Cem Beispiel", "+43 5266 000 003", "kurs@example.org", "",
    ],
]  # fmt: skip

if __name__ == "__main__":
    sheet = tablib.Dataset(*ROWS, headers=HEADERS, title="Angebote")
    (HERE / "angebote.csv").write_text(sheet.export("csv"), encoding="utf-8")
    (HERE / "angebote.xlsx").write_bytes(sheet.export("xlsx"))
