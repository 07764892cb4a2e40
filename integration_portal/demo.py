"""Demo content for development and for trying the site. Contact data is fictitious."""

from integration_portal.models import Category, SiteSettings

SITE_NAME = {
    "de": "Kompass Integration & Gemeinwohl",
    "en": "Compass for Integration & Community",
    "ar": "دليل الاندماج والصالح العام",
    "fa": "راهنمای ادغام و خیر همگانی",
    "uk": "Компас інтеграції та спільного блага",
    "ru": "Компас интеграции и общего блага",
    "tr": "Entegrasyon ve Toplum Pusulası",
    "bs": "Kompas za integraciju i opće dobro",
}

REGION_NAME = {
    "de": "Bezirk Imst",
    "en": "Imst district",
    "ar": "منطقة إمست",
    "fa": "بخش ایمست",
    "uk": "округ Імст",
    "ru": "округ Имст",
    "tr": "Imst ilçesi",
    "bs": "okrug Imst",
}

TAGLINE = {
    "de": "Deutschkurse, Beratung, Hilfe bei der Arbeitssuche, Kinderbetreuung und Treffpunkte "
    "im Bezirk Imst – an einem Ort, in Ihrer Sprache.",
    "en": "German courses, counselling, help finding work, childcare and places to meet in the "
    "Imst district – in one place, in your language.",
    "ar": "دورات اللغة الألمانية، والاستشارات، والمساعدة في إيجاد عمل، ورعاية الأطفال، وأماكن "
    "للقاء في منطقة إمست – كلها في مكان واحد وبلغتك.",
    "fa": "کلاس‌های زبان آلمانی، مشاوره، کمک برای پیدا کردن کار، نگهداری از کودکان و مکان‌هایی "
    "برای دیدار در بخش ایمست – همه در یک جا و به زبان شما.",
    "uk": "Курси німецької, консультації, допомога в пошуку роботи, догляд за дітьми та місця "
    "для зустрічей в окрузі Імст – в одному місці, вашою мовою.",
    "ru": "Курсы немецкого, консультации, помощь в поиске работы, присмотр за детьми и места "
    "для встреч в округе Имст – в одном месте, на вашем языке.",
    "tr": "Imst ilçesinde Almanca kursları, danışmanlık, iş bulmada destek, çocuk bakımı ve "
    "buluşma yerleri – tek bir yerde, sizin dilinizde.",
    "bs": "Kursevi njemačkog, savjetovanje, pomoć pri traženju posla, čuvanje djece i mjesta "
    "za druženje u okrugu Imst – na jednom mjestu, na vašem jeziku.",
}

IMPRINT = {
    "de": """Dies ist eine Demo-Installation. Alle Kontaktdaten sind erfunden.

Medieninhaber und Betreiber: Regionalmanagement Bezirk Imst (Demo), Musterstraße 1, 6460 Imst.

Grundlegende Richtung: Information über Angebote zur Integration und zum Gemeinwohl im Bezirk Imst.

Die Einträge werden sorgfältig recherchiert und regelmäßig überprüft. Für die Angebote selbst sind die jeweiligen Organisationen verantwortlich.""",
    "en": """This is a demo installation. All contact details are invented.

Owner and operator: Regionalmanagement Bezirk Imst (demo), Musterstraße 1, 6460 Imst, Austria.

Purpose: information about offers for integration and the common good in the Imst district.

Entries are researched carefully and checked regularly. The organisations named are responsible for their own offers.""",
}

PRIVACY = {
    "de": """Diese Website kommt ohne Tracking, ohne Werbung und ohne Inhalte von fremden Servern aus. Schriften, Bilder und Programme liegen auf unserem eigenen Server.

Beim Aufruf einer Seite speichert der Server technisch nötige Daten (Adresse, Zeitpunkt, aufgerufene Seite) für höchstens 14 Tage, um Fehler und Angriffe erkennen zu können.

Wenn Sie uns über ein Formular schreiben, verwenden wir Ihre Angaben nur, um Ihre Nachricht zu bearbeiten.

Fragen zum Datenschutz richten Sie bitte an die unten genannte Kontaktadresse.""",
    "en": """This website works without tracking, without advertising and without content from other servers. Fonts, images and scripts come from our own server.

When you open a page, the server keeps technically necessary data (address, time, page requested) for at most 14 days, to detect errors and attacks.

If you write to us through a form, we use what you tell us only to deal with your message.

Please send questions about data protection to the contact address below.""",
}

ACCESSIBILITY = {
    "de": """Wir möchten, dass alle Menschen diese Website nutzen können: auf dem Handy, mit Bildschirmleser, nur mit der Tastatur und in acht Sprachen, darunter Arabisch und Farsi von rechts nach links.

Die Website soll die Anforderungen der WCAG 2.2 auf Stufe AA erfüllen. Wir prüfen jede Änderung automatisch und sehen uns die Seiten selbst an.

Wenn Sie auf eine Barriere stoßen, schreiben Sie uns bitte. Wir antworten innerhalb von zwei Wochen.""",
    "en": """We want everyone to be able to use this website: on a phone, with a screen reader, with the keyboard only and in eight languages, including Arabic and Farsi from right to left.

The website aims to meet WCAG 2.2 at level AA. Every change is checked automatically, and we look at the pages ourselves.

If you come across a barrier, please write to us. We answer within two weeks.""",
}


def load_site_settings() -> SiteSettings:
    site = SiteSettings.objects.filter(pk=1).first() or SiteSettings(pk=1)
    for field, texts in {
        "site_name": SITE_NAME,
        "region_name": REGION_NAME,
        "tagline": TAGLINE,
        "imprint": IMPRINT,
        "privacy": PRIVACY,
        "accessibility": ACCESSIBILITY,
    }.items():
        for language, text in texts.items():
            setattr(site, f"{field}_{language}", text)
    site.operator = "Regionalmanagement Bezirk Imst (Demo)"
    site.contact_email = "kompass@example.org"
    site.contact_phone = "+43 5412 000 000"
    site.address = "Musterstraße 1\n6460 Imst"
    site.save()
    return site


LANGS = ["de", "en", "ar", "fa", "uk", "ru", "tr", "bs"]

# Topics (offers, events and working groups share them), in every site language.
CATEGORIES = [
    # slug, icon, names in LANGS order
    ("deutsch-lernen", "book", ["Deutsch lernen", "Learning German", "تعلّم اللغة الألمانية", "یادگیری زبان آلمانی", "Вивчення німецької", "Изучение немецкого", "Almanca öğrenmek", "Učenje njemačkog"]),
    ("beratung", "chat", ["Beratung", "Counselling", "استشارات", "مشاوره", "Консультації", "Консультации", "Danışmanlık", "Savjetovanje"]),
    ("arbeit-ausbildung", "briefcase", ["Arbeit & Ausbildung", "Work & training", "العمل والتدريب المهني", "کار و آموزش حرفه‌ای", "Робота й навчання", "Работа и обучение", "İş ve meslek eğitimi", "Posao i obrazovanje"]),
    ("dolmetschen", "translate", ["Dolmetschen & Übersetzen", "Interpreting & translation", "الترجمة الفورية والتحريرية", "ترجمه شفاهی و کتبی", "Усний і письмовий переклад", "Устный и письменный перевод", "Sözlü ve yazılı tercüme", "Usmeno i pismeno prevođenje"]),
    ("kinder-familie", "family", ["Kinder & Familie", "Children & family", "الأطفال والأسرة", "کودکان و خانواده", "Діти й родина", "Дети и семья", "Çocuk ve aile", "Djeca i porodica"]),
    ("treffpunkte", "people", ["Treffpunkte & Freizeit", "Meeting places & leisure", "أماكن اللقاء والترفيه", "مکان‌های دیدار و اوقات فراغت", "Зустрічі та дозвілля", "Встречи и досуг", "Buluşma yerleri ve boş zaman", "Druženje i slobodno vrijeme"]),
    ("gesundheit", "health", ["Gesundheit", "Health", "الصحة", "سلامت", "Здоров’я", "Здоровье", "Sağlık", "Zdravlje"]),
    ("wohnen", "house", ["Wohnen", "Housing", "السكن", "مسکن", "Житло", "Жильё", "Konut", "Stanovanje"]),
    ("recht-behoerden", "scales", ["Recht & Behörden", "Legal matters & authorities", "الشؤون القانونية والدوائر الرسمية", "امور حقوقی و اداری", "Право й установи", "Право и учреждения", "Hukuk ve resmî daireler", "Pravo i institucije"]),
    ("schule-bildung", "school", ["Schule & Bildung", "School & education", "المدرسة والتعليم", "مدرسه و آموزش", "Школа й освіта", "Школа и образование", "Okul ve eğitim", "Škola i obrazovanje"]),
    ("ehrenamt", "hand", ["Ehrenamt & Mitmachen", "Volunteering", "العمل التطوعي", "کار داوطلبانه", "Волонтерство", "Волонтёрство", "Gönüllülük", "Volontiranje"]),
    ("alltagshilfe", "bag", ["Alltagshilfe", "Everyday help", "مساعدة في الحياة اليومية", "کمک در زندگی روزمره", "Допомога в побуті", "Помощь в быту", "Günlük yaşamda yardım", "Pomoć u svakodnevnom životu"]),
]  # fmt: skip


def load_topics() -> None:
    for position, (slug, icon, names) in enumerate(CATEGORIES, start=1):
        Category.objects.update_or_create(
            slug=slug,
            defaults={"icon": icon, "position": position * 10}
            | {f"name_{code}": name for code, name in zip(LANGS, names, strict=True)},
        )


def load() -> str:
    from django.core.management import call_command

    call_command("loaddata", "municipalities_bezirk_imst", "languages", verbosity=0)
    load_site_settings()
    load_topics()
    return "municipalities, languages, site settings, topics"
