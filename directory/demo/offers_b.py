"""Demo offers, part B: the Ötztal, the Inn valley between Haiming and Rietz and the
Mieming plateau (Haiming, Mieming, Obsteig, Mötz, Silz, Stams, Rietz, Sautens, Oetz,
Umhausen, Längenfeld, Sölden).

Texts in German and English for every offer, plus Arabic, Farsi, Ukrainian (and Bosnian
for two offers for seasonal workers in Sölden) where they matter most. E-mail addresses
and websites use example.org, phone numbers contain 000. All contact data is fictitious.
"""

OFFERS = [
    {
        "slug": "deutschkurs-a2-abend-saisonkraefte-soelden",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen", "arbeit-ausbildung"],
        "target_groups": [],
        "languages": ["de", "en", "hu", "ro", "bs", "hr", "sr"],
        "language_taught": "de",
        "level_from": "A2",
        "level_to": "A2",
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["laengenfeld"],
        "locations": [
            {
                "name": "Mittelschule Sölden",
                "street": "Dorfstraße 88",
                "municipality": "soelden",
                "lat": 46.9671,
                "lon": 11.0082,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "20:30", "22:00"], ["do", "20:30", "22:00"]],
        "start_date": "2027-01-11",
        "registration_deadline": "2026-12-18",
        "contact_name": "Katharina Gstrein",
        "phone": "+43 5254 000 310",
        "email": "saison@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/saison",
        "texts": {
            "de": {
                "title": "Deutschkurs A2 am Abend für Saisonkräfte",
                "summary": (
                    "Deutsch lernen nach der Arbeit: zweimal pro Woche am späten Abend, passend "
                    "zur Wintersaison in Sölden."
                ),
                "description": (
                    "Im Kurs üben Sie Deutsch für Arbeit und Alltag: mit Gästen sprechen, "
                    "Dienstpläne lesen, mit Kolleginnen und Kollegen reden, beim Arzt oder auf dem "
                    "Gemeindeamt zurechtkommen. Der Kurs beginnt erst um 20:30 Uhr, damit auch "
                    "Beschäftigte aus Küche, Service und Liftbetrieb kommen können. Bitte bringen "
                    "Sie einen Stift und, wenn vorhanden, Ihr letztes Kurszeugnis mit. Am Ende "
                    "bekommen Sie eine Teilnahmebestätigung."
                ),
                "cost_note": (
                    "Kursbeitrag 60 € für 12 Wochen, Buch inklusive. Viele Betriebe übernehmen den "
                    "Beitrag – fragen Sie Ihre Chefin oder Ihren Chef."
                ),
                "how_to_access": (
                    "Melden Sie sich telefonisch oder per E-Mail an, oder kommen Sie zur kurzen "
                    "Einstufung am 15. Dezember 2026 um 19:00 Uhr in die Mittelschule Sölden. "
                    "Anmeldeschluss ist der 18. Dezember 2026."
                ),
                "eligibility": (
                    "Für Erwachsene, die schon etwas Deutsch können (A1 abgeschlossen oder "
                    "ähnliche Kenntnisse). Ein Zeugnis ist nicht nötig – wir machen eine kurze "
                    "Einstufung."
                ),
                "transit_note": (
                    "Bushaltestelle Sölden Zentrum, Ötztal-Linie 8352, 4 Minuten zu Fuß. Nach dem "
                    "Kurs fahren nur noch wenige Busse – fragen Sie nach Fahrgemeinschaften."
                ),
            },
            "en": {
                "title": "Evening German course A2 for seasonal workers",
                "summary": (
                    "Learn German after work: two late evenings a week, timed for the winter "
                    "season in Sölden."
                ),
                "description": (
                    "You practise German for work and daily life: talking to guests, reading "
                    "rotas, chatting with colleagues, and getting by at the doctor's or the "
                    "municipal office. Classes start at 8:30 pm so that kitchen, service and lift "
                    "staff can come too. Please bring a pen and, if you have one, your last course "
                    "certificate. You get a certificate of attendance at the end."
                ),
                "cost_note": (
                    "Course fee €60 for 12 weeks, book included. Many employers pay the fee – ask "
                    "your boss."
                ),
                "how_to_access": (
                    "Register by phone or e-mail, or come to the short level check on 15 December "
                    "2026 at 7 pm at the Mittelschule Sölden. Registration closes on 18 December "
                    "2026."
                ),
                "eligibility": (
                    "For adults who already know some German (A1 completed or similar). You don't "
                    "need a certificate – we do a short level check."
                ),
                "transit_note": (
                    "Bus stop Sölden Zentrum, Ötztal line 8352, 4 minutes on foot. Only a few "
                    "buses run after class – ask about sharing a car."
                ),
            },
            "bs": {
                "title": "Večernji kurs njemačkog A2 za sezonske radnike",
                "summary": (
                    "Učite njemački poslije posla: dvije kasne večeri sedmično, prilagođeno "
                    "zimskoj sezoni u mjestu Sölden."
                ),
                "description": (
                    "Na kursu vježbate njemački za posao i svakodnevni život: razgovor s gostima, "
                    "čitanje rasporeda smjena, razgovor s kolegama, snalaženje kod ljekara ili u "
                    "općini. Nastava počinje tek u 20:30, da mogu doći i radnici iz kuhinje, "
                    "servisa i sa žičara. Ponesite olovku i, ako imate, posljednju potvrdu s "
                    "kursa. Na kraju dobijete potvrdu o učešću."
                ),
                "cost_note": (
                    "Kurs košta 60 € za 12 sedmica, knjiga je uključena. Mnogi poslodavci plaćaju "
                    "kurs – pitajte svog šefa."
                ),
                "how_to_access": (
                    "Prijavite se telefonom ili e-mailom, ili dođite na kratki test znanja 15. "
                    "decembra 2026. u 19:00 u Mittelschule Sölden. Rok za prijavu je 18. decembar "
                    "2026."
                ),
                "eligibility": (
                    "Za odrasle koji već znaju malo njemačkog (završen nivo A1 ili slično). "
                    "Potvrda nije potrebna – uradit ćemo kratki test."
                ),
                "transit_note": (
                    "Autobuska stanica Sölden Zentrum, linija 8352 kroz Ötztal, 4 minute pješke. "
                    "Poslije kursa vozi tek nekoliko autobusa – pitajte za zajedničku vožnju."
                ),
            },
        },
    },
    {
        "slug": "alltagshilfe-neuankommende-soelden",
        "organization": "nachbarschaftshilfe-oetztal",
        "categories": ["alltagshilfe", "ehrenamt"],
        "target_groups": ["gefluechtete", "familien", "ehrenamtliche"],
        "languages": ["de", "en", "hu", "ro", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["laengenfeld"],
        "locations": [
            {
                "name": "Gemeindezentrum Sölden, Sozialraum",
                "street": "Gemeindeplatz 2",
                "municipality": "soelden",
                "lat": 46.9655,
                "lon": 11.0069,
            },
        ],
        "by_appointment": True,
        "hours": [["mi", "17:00", "19:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Elisabeth Riml",
        "phone": "+43 5254 000 145",
        "email": "hilfe@nachbarschaftshilfe-oetztal.example.org",
        "website": "https://nachbarschaftshilfe-oetztal.example.org",
        "texts": {
            "de": {
                "title": "Alltagshilfe für Neuankommende in Sölden",
                "summary": (
                    "Freiwillige helfen Ihnen bei den ersten Schritten: Formulare, Einkauf, Bank, "
                    "Busfahrplan und Wege im Ort."
                ),
                "description": (
                    "Sie sind neu in Sölden oder Obergurgl und kennen sich noch nicht aus? Eine "
                    "freiwillige Person aus dem Ort nimmt sich Zeit für Sie: Sie zeigt Ihnen "
                    "Geschäfte, Arztpraxis, Apotheke und Bushaltestelle, hilft beim Ausfüllen von "
                    "Formularen und erklärt Briefe. Bringen Sie Briefe oder Formulare, bei denen "
                    "Sie Hilfe brauchen, einfach mit. Wer selbst gerne hilft, ist bei uns "
                    "ebenfalls willkommen."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Rufen Sie an oder kommen Sie am Mittwoch zwischen 17 und 19 Uhr ins "
                    "Gemeindezentrum. Dort vereinbaren wir einen Termin mit einer freiwilligen "
                    "Person."
                ),
                "eligibility": (
                    "Für alle, die neu in Sölden, Obergurgl oder Vent wohnen: Familien, "
                    "Geflüchtete, Saisonkräfte und ältere Menschen."
                ),
                "transit_note": (
                    "Bushaltestelle Sölden Gemeindeamt, Ötztal-Linie 8352, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Everyday help for newcomers in Sölden",
                "summary": (
                    "Volunteers help you with your first steps: forms, shopping, the bank, bus "
                    "times and finding your way around."
                ),
                "description": (
                    "Are you new in Sölden or Obergurgl and don't know your way around yet? A "
                    "local volunteer takes time for you: they show you the shops, the doctor's "
                    "surgery, the pharmacy and the bus stop, help you fill in forms and explain "
                    "letters. Just bring any letters or forms you need help with. If you would "
                    "like to help others yourself, you are welcome too."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Call us or drop in at the community centre on Wednesdays between 5 and 7 pm. "
                    "We will then arrange a meeting with a volunteer."
                ),
                "eligibility": (
                    "For anyone who has just moved to Sölden, Obergurgl or Vent: families, "
                    "refugees, seasonal workers and older people."
                ),
                "transit_note": "Bus stop Sölden Gemeindeamt, Ötztal line 8352, 1 minute on foot.",
            },
            "uk": {
                "title": "Допомога в щоденних справах для новоприбулих у Sölden",
                "summary": (
                    "Волонтери допоможуть вам на початку: з формулярами, покупками, банком, "
                    "розкладом автобусів і дорогою по селу."
                ),
                "description": (
                    "Ви щойно переїхали до Sölden чи Obergurgl і ще не знаєте, що де? Місцевий "
                    "волонтер або волонтерка приділить вам час: покаже магазини, лікаря, аптеку й "
                    "автобусну зупинку, допоможе заповнити формуляри та пояснить листи. Просто "
                    "візьміть із собою листи чи документи, з якими потрібна допомога. Якщо ви самі "
                    "хочете допомагати іншим, ми теж раді вам."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Зателефонуйте нам або приходьте в середу з 17:00 до 19:00 до Gemeindezentrum "
                    "(громадського центру). Там ми домовимося про зустріч із волонтером."
                ),
                "eligibility": (
                    "Для всіх, хто нещодавно оселився в Sölden, Obergurgl або Vent: сімей, "
                    "біженців, сезонних працівників і людей похилого віку."
                ),
                "transit_note": (
                    "Зупинка Sölden Gemeindeamt, автобус 8352 (лінія Ötztal), 1 хвилина пішки."
                ),
            },
        },
    },
    {
        "slug": "gesundheitssprechstunde-saisonkraefte-soelden",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "beratung"],
        "target_groups": [],
        "languages": ["de", "en", "hu", "ro", "bs", "hr"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "unknown",
        "serves_whole_district": False,
        "municipalities_served": ["laengenfeld"],
        "locations": [
            {
                "name": "Haus der Vereine Sölden",
                "street": "Dorfstraße 41",
                "municipality": "soelden",
                "lat": 46.9649,
                "lon": 11.0079,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "17:00", "19:30"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Johanna Haid",
        "phone": "+43 5254 000 260",
        "email": "soelden@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/soelden",
        "texts": {
            "de": {
                "title": "Gesundheitssprechstunde für Saisonkräfte",
                "summary": (
                    "Fragen zu e-card, Krankenstand, Arztsuche oder Arbeitsunfall? Eine "
                    "Pflegefachkraft berät Sie kostenlos und vertraulich."
                ),
                "description": (
                    "Von Dezember bis April gibt es jeden Dienstagabend eine offene Sprechstunde "
                    "in Sölden. Eine diplomierte Pflegefachkraft erklärt, wie die "
                    "Krankenversicherung in Österreich funktioniert, was Sie bei Krankheit oder "
                    "Arbeitsunfall tun müssen und welche Ärztin oder welcher Arzt im Tal für Sie "
                    "passt. Sie untersucht nicht, hilft Ihnen aber, den richtigen Weg zu finden. "
                    "Bringen Sie, wenn vorhanden, Ihre e-card oder Ihre Versicherungsdaten mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Ohne Anmeldung – kommen Sie einfach am Dienstag zwischen 17:00 und 19:30 Uhr "
                    "vorbei. Im Notfall rufen Sie bitte sofort die Rettung unter 144."
                ),
                "eligibility": (
                    "Für alle Beschäftigten in Tourismus und Gastronomie im hinteren Ötztal, egal "
                    "aus welchem Land."
                ),
                "transit_note": (
                    "Bushaltestelle Sölden Zentrum, Ötztal-Linie 8352, 2 Minuten zu Fuß. Eingang "
                    "über den Hof, eine Stufe."
                ),
            },
            "en": {
                "title": "Health advice hour for seasonal workers",
                "summary": (
                    "Questions about your e-card, sick leave, finding a doctor or an accident at "
                    "work? A nurse advises you for free and in confidence."
                ),
                "description": (
                    "From December to April there is a drop-in advice hour in Sölden every Tuesday "
                    "evening. A registered nurse explains how health insurance works in Austria, "
                    "what to do if you fall ill or have an accident at work, and which doctor in "
                    "the valley is right for you. She does not examine you, but she helps you find "
                    "the right place to go. If you have it, bring your e-card or your insurance "
                    "details."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "No appointment needed – just come by on Tuesdays between 5 and 7:30 pm. In an "
                    "emergency, call an ambulance on 144 straight away."
                ),
                "eligibility": (
                    "For everyone working in tourism and hospitality in the upper Ötztal, whatever "
                    "country you come from."
                ),
                "transit_note": (
                    "Bus stop Sölden Zentrum, Ötztal line 8352, 2 minutes on foot. Entrance "
                    "through the courtyard, one step."
                ),
            },
            "bs": {
                "title": "Savjetovanje o zdravlju za sezonske radnike",
                "summary": (
                    "Pitanja o e-card, bolovanju, traženju ljekara ili nesreći na poslu? "
                    "Medicinska sestra savjetuje besplatno i povjerljivo."
                ),
                "description": (
                    "Od decembra do aprila svakog utorka navečer u mjestu Sölden radi otvoreno "
                    "savjetovalište. Diplomirana medicinska sestra objašnjava kako funkcioniše "
                    "zdravstveno osiguranje u Austriji, šta trebate uraditi kad se razbolite ili "
                    "imate nesreću na poslu i koji ljekar u dolini vam odgovara. Ona ne pregleda, "
                    "ali vam pomaže da nađete pravo mjesto. Ako imate, ponesite e-card ili podatke "
                    "o osiguranju."
                ),
                "cost_note": "Besplatno.",
                "how_to_access": (
                    "Bez prijave – samo dođite utorkom između 17:00 i 19:30. U hitnom slučaju "
                    "odmah zovite hitnu pomoć na 144."
                ),
                "eligibility": (
                    "Za sve koji rade u turizmu i ugostiteljstvu u gornjem dijelu doline Ötztal, "
                    "bez obzira iz koje zemlje dolaze."
                ),
                "transit_note": (
                    "Autobuska stanica Sölden Zentrum, linija 8352 kroz Ötztal, 2 minute pješke. "
                    "Ulaz kroz dvorište, jedna stepenica."
                ),
            },
        },
    },
    {
        "slug": "wohnberatung-sprechtag-soelden",
        "organization": "wohnberatung-oberland",
        "categories": ["wohnen", "recht-behoerden"],
        "target_groups": ["familien", "gefluechtete"],
        "languages": ["de", "en", "uk", "ro"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["laengenfeld", "umhausen"],
        "locations": [
            {
                "name": "Gemeindezentrum Sölden, Besprechungsraum 2",
                "street": "Gemeindeplatz 2",
                "municipality": "soelden",
                "lat": 46.9656,
                "lon": 11.0071,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Markus Falkner",
        "phone": "+43 5412 000 480",
        "email": "termin@wohnberatung-oberland.example.org",
        "website": "https://wohnberatung-oberland.example.org/sprechtage",
        "texts": {
            "de": {
                "title": "Wohnberatung in Sölden: Wohnung finden, Mietvertrag verstehen",
                "summary": (
                    "Einmal im Monat berät die Wohnberatung Oberland in Sölden zu Wohnungssuche, "
                    "Mietvertrag, Kaution und Wohnbeihilfe."
                ),
                "description": (
                    "Viele Menschen wohnen im Personalhaus und suchen nach der Saison oder für "
                    "ihre Familie eine eigene Wohnung. In der Beratung gehen wir mit Ihnen "
                    "Wohnungsanzeigen und Mietverträge durch, erklären Kaution, Betriebskosten und "
                    "Meldezettel und prüfen, ob Sie Mietzinsbeihilfe oder Wohnbeihilfe bekommen "
                    "können. Bitte bringen Sie, soweit vorhanden, Mietvertrag, Lohnzettel und "
                    "einen Ausweis mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Nur mit Termin. Rufen Sie an oder schreiben Sie eine E-Mail. Der Sprechtag in "
                    "Sölden ist jeden ersten Montag im Monat."
                ),
                "eligibility": (
                    "Für alle, die im hinteren Ötztal wohnen oder dort wohnen möchten: Familien, "
                    "Saisonkräfte, Geflüchtete und Vertriebene."
                ),
                "transit_note": (
                    "Bushaltestelle Sölden Gemeindeamt, Ötztal-Linie 8352, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Housing advice in Sölden: finding a flat, understanding your lease",
                "summary": (
                    "Once a month, Wohnberatung Oberland gives advice in Sölden on flat hunting, "
                    "rental contracts, deposits and housing benefit."
                ),
                "description": (
                    "Many people live in staff housing and look for their own flat after the "
                    "season or for their family. We go through flat adverts and rental contracts "
                    "with you, explain the deposit, service charges and the registration form "
                    "(Meldezettel), and check whether you can get rent support or housing benefit. "
                    "If you have them, please bring your rental contract, payslips and an ID."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "By appointment only. Call us or send an e-mail. The advice day in Sölden is "
                    "the first Monday of every month."
                ),
                "eligibility": (
                    "For anyone who lives in the upper Ötztal or wants to live there: families, "
                    "seasonal workers, refugees and displaced people."
                ),
                "transit_note": "Bus stop Sölden Gemeindeamt, Ötztal line 8352, 1 minute on foot.",
            },
            "uk": {
                "title": "Консультація з житла в Sölden: пошук квартири, договір оренди",
                "summary": (
                    "Раз на місяць Wohnberatung Oberland консультує в Sölden щодо пошуку житла, "
                    "договору оренди, застави та житлової допомоги."
                ),
                "description": (
                    "Багато людей живуть у гуртожитку для персоналу і після сезону або разом із "
                    "сім’єю шукають власну квартиру. Ми разом із вами переглянемо оголошення та "
                    "договір оренди, пояснимо заставу (Kaution), комунальні платежі й реєстрацію "
                    "місця проживання (Meldezettel) і перевіримо, чи можете ви отримати допомогу "
                    "на оренду (Mietzinsbeihilfe або Wohnbeihilfe). Якщо є, візьміть із собою "
                    "договір оренди, довідки про зарплату та посвідчення особи."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Лише за попереднім записом. Зателефонуйте або напишіть нам e-mail. "
                    "Консультації в Sölden відбуваються щомісяця в перший понеділок."
                ),
                "eligibility": (
                    "Для всіх, хто живе у верхній частині долини Ötztal або хоче там жити: сімей, "
                    "сезонних працівників, біженців і переселенців з України."
                ),
                "transit_note": (
                    "Зупинка Sölden Gemeindeamt, автобус 8352 (лінія Ötztal), 1 хвилина пішки."
                ),
            },
        },
    },
    {
        "slug": "deutschkurs-a1-eltern-kinderbetreuung-laengenfeld",
        "organization": "familienzentrum-oetztal",
        "categories": ["deutsch-lernen", "kinder-familie"],
        "target_groups": ["frauen", "familien", "gefluechtete"],
        "languages": ["de", "en", "ar", "fa", "uk"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "A1",
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": True,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["umhausen", "soelden"],
        "locations": [
            {
                "name": "Pfarrzentrum Längenfeld",
                "street": "Kirchplatz 4",
                "municipality": "laengenfeld",
                "lat": 47.0742,
                "lon": 10.9697,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "09:00", "11:00"], ["mi", "09:00", "11:00"]],
        "start_date": "2027-01-11",
        "registration_deadline": "2026-12-18",
        "contact_name": "Amira Haddad",
        "phone": "+43 5253 000 101",
        "email": "deutsch@familienzentrum-oetztal.example.org",
        "website": "https://familienzentrum-oetztal.example.org/deutsch",
        "texts": {
            "de": {
                "title": "Deutschkurs A1 für Eltern mit Kinderbetreuung",
                "summary": (
                    "Deutsch für Anfängerinnen und Anfänger am Vormittag. Während des Kurses "
                    "spielen Ihre kleinen Kinder im Raum nebenan."
                ),
                "description": (
                    "In diesem Kurs machen Sie die ersten Schritte auf Deutsch: sich vorstellen, "
                    "einkaufen, mit dem Kindergarten und der Ärztin sprechen, Termine ausmachen. "
                    "Wir lernen langsam, mit vielen Bildern und Wiederholungen. Zwei Betreuerinnen "
                    "passen im Nebenraum auf Kinder ab 1 Jahr auf. Bitte bringen Sie für Ihr Kind "
                    "eine Jause und Hausschuhe mit."
                ),
                "cost_note": "Kostenlos, auch das Buch und die Kinderbetreuung.",
                "how_to_access": (
                    "Anmeldung bis 18. Dezember 2026 per Telefon oder E-Mail, oder persönlich im "
                    "Familienzentrum in Oetz. Sagen Sie uns bitte, wie viele Kinder Sie mitbringen "
                    "und wie alt sie sind."
                ),
                "eligibility": (
                    "Für Mütter und Väter mit wenig oder keinen Deutschkenntnissen, die lesen und "
                    "schreiben können. Wer nie zur Schule gegangen ist, ist im "
                    "Alphabetisierungskurs in Oetz richtig."
                ),
                "transit_note": (
                    "Bushaltestelle Längenfeld Dorf, Ötztal-Linie 8352, 3 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "German A1 for parents, with childcare",
                "summary": (
                    "German for beginners in the morning. While you learn, your young children "
                    "play in the room next door."
                ),
                "description": (
                    "In this course you take your first steps in German: introducing yourself, "
                    "shopping, talking to the nursery and the doctor, making appointments. We go "
                    "slowly, with lots of pictures and repetition. Two childminders look after "
                    "children aged one and older in the next room. Please bring a snack and indoor "
                    "shoes for your child."
                ),
                "cost_note": "Free, including the book and childcare.",
                "how_to_access": (
                    "Register by 18 December 2026 by phone or e-mail, or in person at the family "
                    "centre in Oetz. Please tell us how many children you will bring and how old "
                    "they are."
                ),
                "eligibility": (
                    "For mothers and fathers with little or no German who can read and write. If "
                    "you have never been to school, the literacy course in Oetz is the right "
                    "place."
                ),
                "transit_note": "Bus stop Längenfeld Dorf, Ötztal line 8352, 3 minutes on foot.",
            },
            "ar": {
                "title": "دورة ألمانية A1 للأهل مع رعاية الأطفال",
                "summary": (
                    "دروس ألمانية للمبتدئين في الصباح. أثناء الدرس يلعب أطفالكم الصغار في الغرفة "
                    "المجاورة."
                ),
                "description": (
                    "في هذه الدورة تخطون خطواتكم الأولى في اللغة الألمانية: التعريف بأنفسكم، "
                    "والتسوق، والتحدث مع الروضة والطبيبة، وحجز المواعيد. نتعلم ببطء، مع الكثير من "
                    "الصور والتكرار. تعتني مربيتان بالأطفال من عمر سنة فما فوق في الغرفة المجاورة. "
                    "يرجى إحضار وجبة خفيفة وحذاء منزلي لطفلكم."
                ),
                "cost_note": "مجاناً، بما في ذلك الكتاب ورعاية الأطفال.",
                "how_to_access": (
                    "التسجيل حتى 18 ديسمبر 2026 بالهاتف أو البريد الإلكتروني، أو شخصياً في مركز "
                    "العائلة في Oetz. أخبرونا من فضلكم كم طفلاً ستحضرون وكم أعمارهم."
                ),
                "eligibility": (
                    "للأمهات والآباء الذين لا يعرفون الألمانية أو يعرفون القليل منها، ويستطيعون "
                    "القراءة والكتابة. إذا لم تذهبوا إلى المدرسة من قبل، فدورة محو الأمية في Oetz "
                    "هي الأنسب لكم."
                ),
                "transit_note": (
                    "موقف الحافلات Längenfeld Dorf، خط Ötztal رقم 8352، ثم 3 دقائق سيراً على "
                    "الأقدام."
                ),
            },
            "fa": {
                "title": "کلاس آلمانی A1 برای پدر و مادرها، با نگهداری از کودک",
                "summary": (
                    "آلمانی برای مبتدی‌ها، صبح‌ها. در زمان کلاس، بچه‌های کوچک شما در اتاق کناری "
                    "بازی می‌کنند."
                ),
                "description": (
                    "در این کلاس اولین قدم‌ها را در زبان آلمانی برمی‌دارید: معرفی خودتان، خرید، "
                    "صحبت با مهدکودک و دکتر، و گرفتن وقت. آرام و با تصویر و تکرار زیاد یاد "
                    "می‌گیریم. دو مربی در اتاق کناری از بچه‌های یک‌ساله و بزرگ‌تر مراقبت می‌کنند. "
                    "لطفاً برای بچه‌تان خوراکی و دمپایی بیاورید."
                ),
                "cost_note": "رایگان، همراه با کتاب و نگهداری از کودک.",
                "how_to_access": (
                    "تا ۱۸ دسامبر ۲۰۲۶ با تلفن یا ایمیل ثبت‌نام کنید، یا حضوری به مرکز خانواده در "
                    "Oetz بیایید. لطفاً بگویید چند بچه همراه دارید و چند ساله هستند."
                ),
                "eligibility": (
                    "برای مادرها و پدرهایی که آلمانی کم می‌دانند یا اصلاً نمی‌دانند، ولی خواندن و "
                    "نوشتن بلدند. اگر هرگز به مدرسه نرفته‌اید، کلاس سوادآموزی در Oetz برای شما "
                    "مناسب است."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Längenfeld Dorf، خط ۸۳۵۲ دره Ötztal، ۳ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Німецька A1 для батьків із доглядом за дітьми",
                "summary": (
                    "Німецька для початківців зранку. Поки ви вчитеся, ваші малі діти граються в "
                    "сусідній кімнаті."
                ),
                "description": (
                    "На курсі ви зробите перші кроки в німецькій: навчитеся розповідати про себе, "
                    "робити покупки, говорити з дитсадком і лікаркою, домовлятися про прийом. Ми "
                    "вчимося повільно, з багатьма картинками й повтореннями. Дві виховательки "
                    "доглядають дітей від 1 року в сусідній кімнаті. Будь ласка, візьміть для "
                    "дитини перекус і змінне взуття."
                ),
                "cost_note": "Безкоштовно, разом із підручником і доглядом за дітьми.",
                "how_to_access": (
                    "Запишіться до 18 грудня 2026 року телефоном чи e-mail або особисто в "
                    "сімейному центрі в Oetz. Скажіть, будь ласка, скільки дітей ви приведете і "
                    "скільки їм років."
                ),
                "eligibility": (
                    "Для мам і тат, які майже не знають німецької, але вміють читати й писати. "
                    "Якщо ви ніколи не ходили до школи, вам підійде курс грамотності в Oetz."
                ),
                "transit_note": (
                    "Зупинка Längenfeld Dorf, автобус 8352 (лінія Ötztal), 3 хвилини пішки."
                ),
            },
        },
    },
    {
        "slug": "begleitdienst-arzt-aemter-laengenfeld",
        "organization": "nachbarschaftshilfe-oetztal",
        "categories": ["alltagshilfe", "gesundheit"],
        "target_groups": ["senioren", "familien", "gefluechtete"],
        "languages": ["de", "en", "ar", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["soelden", "umhausen"],
        "locations": [
            {
                "name": "Nachbarschaftshilfe Ötztal, Büro Längenfeld",
                "street": "Dorfstraße 27",
                "municipality": "laengenfeld",
                "lat": 47.0731,
                "lon": 10.9679,
            },
        ],
        "by_appointment": True,
        "hours": [["mo", "08:00", "10:00"], ["do", "08:00", "10:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Hannes Kuen",
        "phone": "+43 5253 000 220",
        "email": "fahrdienst@nachbarschaftshilfe-oetztal.example.org",
        "website": "https://nachbarschaftshilfe-oetztal.example.org/fahrdienst",
        "texts": {
            "de": {
                "title": "Begleitdienst zu Arzt, Krankenhaus und Ämtern",
                "summary": (
                    "Freiwillige fahren Sie zu Terminen in Imst, Zams oder Innsbruck und begleiten "
                    "Sie, wenn Sie das möchten."
                ),
                "description": (
                    "Viele Termine sind weit weg: im Krankenhaus Zams, bei der "
                    "Bezirkshauptmannschaft Imst oder bei einer Fachärztin in Innsbruck. Unsere "
                    "Freiwilligen holen Sie zu Hause ab und bringen Sie hin und wieder zurück. "
                    "Wenn Sie möchten, kommen sie mit in die Praxis oder ins Amt; für schwierige "
                    "Gespräche organisieren wir zusätzlich einen Dolmetsch. Bitte nehmen Sie alle "
                    "Unterlagen, Ihre e-card und den Brief mit dem Termin mit."
                ),
                "cost_note": (
                    "Sie zahlen nur einen kleinen Beitrag für das Benzin: 3 € pro Fahrt im Tal, 8 "
                    "€ nach Innsbruck. Wer das nicht zahlen kann, fährt kostenlos."
                ),
                "how_to_access": (
                    "Rufen Sie mindestens drei Tage vor Ihrem Termin an, am Montag oder Donnerstag "
                    "zwischen 8 und 10 Uhr. Sagen Sie uns Ort, Uhrzeit und ob Sie eine Begleitung "
                    "in die Praxis oder ins Amt brauchen."
                ),
                "eligibility": (
                    "Für Menschen im mittleren und hinteren Ötztal, die kein Auto haben oder nicht "
                    "allein fahren können: ältere Menschen, Familien mit kleinen Kindern, "
                    "Geflüchtete."
                ),
                "transit_note": (
                    "Wir holen Sie zu Hause ab. Das Büro liegt 2 Minuten von der Bushaltestelle "
                    "Längenfeld Dorf (Ötztal-Linie 8352), im 1. Stock ohne Lift."
                ),
            },
            "en": {
                "title": "Escort service to doctors, hospital and public offices",
                "summary": (
                    "Volunteers drive you to appointments in Imst, Zams or Innsbruck and go in "
                    "with you if you like."
                ),
                "description": (
                    "Many appointments are far away: at Zams hospital, the district authority in "
                    "Imst or a specialist in Innsbruck. Our volunteers pick you up at home, take "
                    "you there and bring you back. If you wish, they come with you into the "
                    "surgery or the office; for difficult conversations we also arrange an "
                    "interpreter. Please take all your papers, your e-card and the appointment "
                    "letter with you."
                ),
                "cost_note": (
                    "You only pay a small amount towards petrol: €3 per trip within the valley, €8 "
                    "to Innsbruck. If you cannot pay, the ride is free."
                ),
                "how_to_access": (
                    "Call at least three days before your appointment, on Mondays or Thursdays "
                    "between 8 and 10 am. Tell us the place, the time and whether you need someone "
                    "to come in with you."
                ),
                "eligibility": (
                    "For people in the middle and upper Ötztal who have no car or cannot travel "
                    "alone: older people, families with small children, refugees."
                ),
                "transit_note": (
                    "We pick you up at home. The office is 2 minutes from the bus stop Längenfeld "
                    "Dorf (Ötztal line 8352), on the first floor with no lift."
                ),
            },
            "ar": {
                "title": "خدمة المرافقة إلى الطبيب والمستشفى والدوائر الرسمية",
                "summary": (
                    "متطوعون يوصلونكم إلى مواعيدكم في Imst أو Zams أو Innsbruck، ويرافقونكم إذا "
                    "رغبتم."
                ),
                "description": (
                    "كثير من المواعيد بعيدة: في مستشفى Zams، أو في مقر إدارة المقاطعة في Imst، أو "
                    "عند طبيب مختص في Innsbruck. يأتي متطوعونا إلى بيتكم، ويوصلونكم إلى الموعد ثم "
                    "يعيدونكم. إذا أردتم، يدخلون معكم إلى العيادة أو الدائرة، وللمحادثات الصعبة "
                    "نؤمّن لكم مترجماً أيضاً. خذوا معكم كل الأوراق وبطاقة التأمين الصحي (e-card) "
                    "ورسالة الموعد."
                ),
                "cost_note": (
                    "تدفعون مساهمة صغيرة في ثمن الوقود فقط: 3 يورو للرحلة داخل الوادي، و8 يورو إلى "
                    "Innsbruck. من لا يستطيع الدفع يسافر مجاناً."
                ),
                "how_to_access": (
                    "اتصلوا بنا قبل موعدكم بثلاثة أيام على الأقل، يوم الاثنين أو الخميس بين الساعة "
                    "8 و10 صباحاً. أخبرونا بالمكان والوقت، وهل تحتاجون إلى من يرافقكم إلى الداخل."
                ),
                "eligibility": (
                    "لسكان وسط وأعلى وادي Ötztal الذين لا يملكون سيارة أو لا يستطيعون الذهاب "
                    "وحدهم: كبار السن، والعائلات مع أطفال صغار، واللاجئون."
                ),
                "transit_note": (
                    "نأتي إليكم إلى البيت. المكتب على بعد دقيقتين من موقف الحافلات Längenfeld Dorf "
                    "(خط Ötztal رقم 8352)، في الطابق الأول ولا يوجد مصعد."
                ),
            },
            "uk": {
                "title": "Супровід до лікаря, лікарні та установ",
                "summary": (
                    "Волонтери відвезуть вас на прийом в Imst, Zams чи Innsbruck і, якщо хочете, "
                    "підуть разом із вами."
                ),
                "description": (
                    "Багато прийомів далеко: у лікарні в Zams, в окружній адміністрації в Imst чи "
                    "в лікаря-спеціаліста в Innsbruck. Наші волонтери заберуть вас із дому, "
                    "відвезуть і привезуть назад. Якщо хочете, вони підуть із вами до кабінету чи "
                    "установи, а для складних розмов ми додатково запросимо перекладача. Візьміть, "
                    "будь ласка, всі документи, e-card і лист із датою прийому."
                ),
                "cost_note": (
                    "Ви платите лише невеликий внесок за бензин: 3 € за поїздку в межах долини, 8 "
                    "€ до Innsbruck. Хто не може заплатити, їде безкоштовно."
                ),
                "how_to_access": (
                    "Зателефонуйте щонайменше за три дні до прийому, у понеділок або четвер з 8:00 "
                    "до 10:00. Скажіть, куди й на котру годину вам треба і чи потрібен супровід до "
                    "кабінету."
                ),
                "eligibility": (
                    "Для мешканців середньої та верхньої частини долини Ötztal, які не мають авто "
                    "або не можуть поїхати самі: людей похилого віку, сімей із малими дітьми, "
                    "біженців."
                ),
                "transit_note": (
                    "Ми заберемо вас із дому. Офіс за 2 хвилини від зупинки Längenfeld Dorf "
                    "(автобус 8352), на другому поверсі, ліфта немає."
                ),
            },
        },
    },
    {
        "slug": "eltern-kind-treff-international-laengenfeld",
        "organization": "familienzentrum-oetztal",
        "categories": ["kinder-familie", "treffpunkte"],
        "target_groups": ["familien", "kinder", "frauen"],
        "languages": ["de", "en", "ar", "fa", "tr"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["umhausen", "soelden"],
        "locations": [
            {
                "name": "Pfarrzentrum Längenfeld, Kinderraum",
                "street": "Kirchplatz 4",
                "municipality": "laengenfeld",
                "lat": 47.0742,
                "lon": 10.9697,
            },
        ],
        "by_appointment": False,
        "hours": [["fr", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Sarah Santer",
        "phone": "+43 5253 000 102",
        "email": "treff@familienzentrum-oetztal.example.org",
        "website": "https://familienzentrum-oetztal.example.org/treff",
        "texts": {
            "de": {
                "title": "Internationaler Eltern-Kind-Treff",
                "summary": (
                    "Jeden Freitagvormittag: spielen, singen und Kaffee trinken mit Familien aus "
                    "dem Ötztal und aus aller Welt."
                ),
                "description": (
                    "Beim Eltern-Kind-Treff spielen die Kinder miteinander, während die Eltern "
                    "sich austauschen – auf Deutsch und in vielen anderen Sprachen. Eine "
                    "Mitarbeiterin des Familienzentrums ist immer dabei und beantwortet gern "
                    "Fragen zu Kindergarten, Impfungen oder Schlaf. Zum Schluss singen wir "
                    "gemeinsam ein Lied. Bringen Sie Hausschuhe oder Stoppersocken für Ihr Kind "
                    "mit."
                ),
                "cost_note": (
                    "Kostenlos. Kaffee, Tee und Obst gibt es gegen eine freiwillige Spende."
                ),
                "how_to_access": (
                    "Ohne Anmeldung – kommen Sie einfach vorbei. Sie können jederzeit dazukommen."
                ),
                "eligibility": (
                    "Für Mütter, Väter, Großeltern und andere Bezugspersonen mit Kindern von 0 bis "
                    "4 Jahren."
                ),
                "transit_note": (
                    "Bushaltestelle Längenfeld Dorf, Ötztal-Linie 8352, 3 Minuten zu Fuß. "
                    "Kinderwagen können im Eingang stehen bleiben."
                ),
            },
            "en": {
                "title": "International parent and toddler group",
                "summary": (
                    "Every Friday morning: play, sing and have a coffee with families from the "
                    "Ötztal and from all over the world."
                ),
                "description": (
                    "At the parent and toddler group the children play together while the parents "
                    "chat – in German and many other languages. A member of the family centre team "
                    "is always there and happy to answer questions about nursery, vaccinations or "
                    "sleep. We finish by singing a song together. Please bring indoor shoes or "
                    "non-slip socks for your child."
                ),
                "cost_note": "Free. Coffee, tea and fruit are available for a voluntary donation.",
                "how_to_access": "No registration – just come along. You can join at any time.",
                "eligibility": (
                    "For mothers, fathers, grandparents and other carers with children aged 0 to 4."
                ),
                "transit_note": (
                    "Bus stop Längenfeld Dorf, Ötztal line 8352, 3 minutes on foot. You can leave "
                    "prams at the entrance."
                ),
            },
            "ar": {
                "title": "لقاء دولي للأهل والأطفال",
                "summary": (
                    "كل يوم جمعة صباحاً: لعب وغناء وقهوة مع عائلات من وادي Ötztal ومن كل أنحاء "
                    "العالم."
                ),
                "description": (
                    "في هذا اللقاء يلعب الأطفال معاً، بينما يتبادل الأهل الحديث بالألمانية وبلغات "
                    "كثيرة أخرى. تحضر دائماً موظفة من مركز العائلة، وتجيب بكل سرور عن الأسئلة حول "
                    "الروضة والتطعيمات ونوم الأطفال. في النهاية نغني أغنية معاً. أحضروا حذاءً "
                    "منزلياً أو جوارب مانعة للانزلاق لطفلكم."
                ),
                "cost_note": "مجاناً. القهوة والشاي والفواكه مقابل تبرع اختياري.",
                "how_to_access": "لا حاجة إلى التسجيل، تعالوا ببساطة. يمكنكم الانضمام في أي وقت.",
                "eligibility": (
                    "للأمهات والآباء والأجداد وغيرهم ممن يعتنون بأطفال من عمر 0 إلى 4 سنوات."
                ),
                "transit_note": (
                    "موقف الحافلات Längenfeld Dorf، خط Ötztal رقم 8352، ثم 3 دقائق سيراً. يمكن ترك "
                    "عربات الأطفال عند المدخل."
                ),
            },
            "fa": {
                "title": "دورهمی بین‌المللی پدر و مادرها و بچه‌ها",
                "summary": (
                    "هر جمعه صبح: بازی، آواز و چای و قهوه با خانواده‌هایی از دره Ötztal و از همه "
                    "جای دنیا."
                ),
                "description": (
                    "در این دورهمی بچه‌ها با هم بازی می‌کنند و پدر و مادرها با هم حرف می‌زنند؛ به "
                    "آلمانی و به زبان‌های دیگر. همیشه یکی از همکاران مرکز خانواده آنجاست و با کمال "
                    "میل به سؤال‌های شما درباره مهدکودک، واکسن یا خواب بچه جواب می‌دهد. در آخر با "
                    "هم یک شعر می‌خوانیم. برای بچه‌تان دمپایی یا جوراب ضدلغزش بیاورید."
                ),
                "cost_note": "رایگان. چای، قهوه و میوه با کمک مالی داوطلبانه.",
                "how_to_access": (
                    "ثبت‌نام لازم نیست، فقط بیایید. هر وقت خواستید می‌توانید شروع کنید."
                ),
                "eligibility": (
                    "برای مادرها، پدرها، پدربزرگ‌ها و مادربزرگ‌ها و هر کسی که از بچه‌های ۰ تا ۴ "
                    "ساله مراقبت می‌کند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Längenfeld Dorf، خط ۸۳۵۲ دره Ötztal، ۳ دقیقه پیاده. کالسکه را "
                    "می‌توانید کنار در ورودی بگذارید."
                ),
            },
        },
    },
    {
        "slug": "einfuehrungsabend-freiwillige-oetztal-laengenfeld",
        "organization": "nachbarschaftshilfe-oetztal",
        "categories": ["ehrenamt"],
        "target_groups": ["ehrenamtliche"],
        "languages": ["de", "en", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["soelden", "umhausen", "oetz", "sautens"],
        "locations": [
            {
                "name": "Gemeindesaal Längenfeld",
                "street": "Gemeindeplatz 1",
                "municipality": "laengenfeld",
                "lat": 47.0738,
                "lon": 10.9689,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "18:30", "21:00"]],
        "start_date": "2027-02-03",
        "registration_deadline": "2027-01-27",
        "contact_name": "Elisabeth Riml",
        "phone": "+43 5254 000 145",
        "email": "mitmachen@nachbarschaftshilfe-oetztal.example.org",
        "website": "https://nachbarschaftshilfe-oetztal.example.org/mitmachen",
        "texts": {
            "de": {
                "title": "Einführungsabend für neue Freiwillige im Ötztal",
                "summary": (
                    "Sie möchten Menschen beim Ankommen helfen? An diesem Abend erfahren Sie, wie "
                    "freiwillige Mitarbeit bei uns funktioniert."
                ),
                "description": (
                    "Die Nachbarschaftshilfe Ötztal sucht Menschen, die Neuankommende begleiten, "
                    "Fahrten übernehmen, beim Deutschlernen helfen oder einfach Zeit schenken. An "
                    "diesem Abend stellen wir die Aufgaben vor, sprechen über Grenzen und "
                    "Verschwiegenheit und erklären, wie Freiwillige versichert sind. Wer selbst "
                    "vor einigen Jahren nach Österreich gekommen ist, ist besonders willkommen – "
                    "Ihre Sprachen und Erfahrungen helfen anderen sehr. Sie verpflichten sich an "
                    "diesem Abend noch zu nichts."
                ),
                "cost_note": "Kostenlos. Es gibt eine kleine Jause.",
                "how_to_access": (
                    "Bitte melden Sie sich bis 27. Jänner 2027 telefonisch oder per E-Mail an, "
                    "damit wir genug Unterlagen vorbereiten können."
                ),
                "eligibility": (
                    "Für alle ab 16 Jahren, die im Ötztal wohnen oder arbeiten. Gute "
                    "Deutschkenntnisse helfen, sind aber keine Bedingung."
                ),
                "transit_note": (
                    "Bushaltestelle Längenfeld Dorf, Ötztal-Linie 8352, 2 Minuten zu Fuß. Für den "
                    "Heimweg bilden wir Fahrgemeinschaften."
                ),
            },
            "en": {
                "title": "Introductory evening for new volunteers in the Ötztal",
                "summary": (
                    "Would you like to help people settle in? This evening shows you how "
                    "volunteering with us works."
                ),
                "description": (
                    "Nachbarschaftshilfe Ötztal is looking for people who accompany newcomers, "
                    "drive them to appointments, help with learning German or simply give some of "
                    "their time. This evening we present the different tasks, talk about "
                    "boundaries and confidentiality, and explain how volunteers are insured. "
                    "People who came to Austria a few years ago themselves are especially welcome "
                    "– your languages and experience are a great help to others. You are not "
                    "committing to anything yet."
                ),
                "cost_note": "Free. A small snack is provided.",
                "how_to_access": (
                    "Please register by 27 January 2027 by phone or e-mail so that we can prepare "
                    "enough materials."
                ),
                "eligibility": (
                    "For everyone aged 16 or over who lives or works in the Ötztal. Good German "
                    "helps but is not required."
                ),
                "transit_note": (
                    "Bus stop Längenfeld Dorf, Ötztal line 8352, 2 minutes on foot. We organise "
                    "shared rides home."
                ),
            },
            "uk": {
                "title": "Вечір знайомства для нових волонтерів в Ötztal",
                "summary": (
                    "Хочете допомагати людям облаштуватися на новому місці? Цього вечора ви "
                    "дізнаєтеся, як у нас працюють волонтери."
                ),
                "description": (
                    "Nachbarschaftshilfe Ötztal шукає людей, які супроводжуватимуть новоприбулих, "
                    "возитимуть їх на прийоми, допомагатимуть вивчати німецьку або просто "
                    "подарують трохи свого часу. Цього вечора ми розповімо про різні завдання, "
                    "поговоримо про особисті межі та конфіденційність і пояснимо, як застраховані "
                    "волонтери. Особливо раді тим, хто сам кілька років тому приїхав до Австрії: "
                    "ваші мови й досвід дуже допомагають іншим. Цього вечора ви ще ні до чого не "
                    "зобов’язуєтеся."
                ),
                "cost_note": "Безкоштовно. Буде невеликий перекус.",
                "how_to_access": (
                    "Будь ласка, зареєструйтеся до 27 січня 2027 року телефоном або e-mail, щоб ми "
                    "підготували достатньо матеріалів."
                ),
                "eligibility": (
                    "Для всіх від 16 років, хто живе або працює в долині Ötztal. Добре знання "
                    "німецької допоможе, але це не обов’язково."
                ),
                "transit_note": (
                    "Зупинка Längenfeld Dorf, автобус 8352 (лінія Ötztal), 2 хвилини пішки. Додому "
                    "поїдемо разом на авто."
                ),
            },
        },
    },
    {
        "slug": "lernhilfe-schulkinder-umhausen",
        "organization": "familienzentrum-oetztal",
        "categories": ["schule-bildung", "kinder-familie"],
        "target_groups": ["kinder", "jugendliche"],
        "languages": ["de", "en", "ar", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["laengenfeld"],
        "locations": [
            {
                "name": "Volksschule Umhausen, Bibliothek",
                "street": "Schulgasse 3",
                "municipality": "umhausen",
                "lat": 47.1368,
                "lon": 10.9301,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "14:00", "16:00"], ["do", "14:00", "16:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Theresa Scheiber",
        "phone": "+43 5255 000 140",
        "email": "lernhilfe@familienzentrum-oetztal.example.org",
        "website": "https://familienzentrum-oetztal.example.org/lernhilfe",
        "texts": {
            "de": {
                "title": "Lernhilfe für Schulkinder am Nachmittag",
                "summary": (
                    "Freiwillige helfen Kindern bei der Hausübung, beim Lesen und beim Deutsch für "
                    "die Schule – zweimal pro Woche."
                ),
                "description": (
                    "Nach der Schule machen die Kinder in kleinen Gruppen ihre Hausübung. "
                    "Freiwillige, darunter pensionierte Lehrerinnen, erklären, was im Unterricht "
                    "nicht klar war, üben Lesen und helfen bei den Wörtern für Mathematik und "
                    "Sachunterricht. Die Lernhilfe arbeitet eng mit der Volksschule und der "
                    "Mittelschule zusammen. Die Kinder bringen ihre Schultasche und eine kleine "
                    "Jause mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Die Eltern melden ihr Kind einmal mit einem kurzen Formular an – telefonisch, "
                    "per E-Mail oder am Dienstag um 14 Uhr vor Ort. Danach kann das Kind jede "
                    "Woche kommen."
                ),
                "eligibility": (
                    "Für Kinder und Jugendliche von der 1. bis zur 8. Schulstufe aus Umhausen und "
                    "Niederthai, besonders für Kinder, die zu Hause wenig Deutsch sprechen."
                ),
                "transit_note": (
                    "Bushaltestelle Umhausen Dorf, Ötztal-Linie 8352, 4 Minuten zu Fuß. Die "
                    "Bibliothek ist im 1. Stock, es gibt keinen Lift."
                ),
            },
            "en": {
                "title": "Homework help for schoolchildren",
                "summary": (
                    "Volunteers help children with homework, reading and German for school – twice "
                    "a week in the afternoon."
                ),
                "description": (
                    "After school, children do their homework in small groups. Volunteers, "
                    "including retired teachers, explain what wasn't clear in class, practise "
                    "reading and help with the words needed for maths and general studies. The "
                    "homework club works closely with the primary and secondary school. Children "
                    "bring their school bag and a small snack."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Parents register their child once with a short form – by phone, by e-mail or "
                    "on site on Tuesdays at 2 pm. After that, the child can come every week."
                ),
                "eligibility": (
                    "For children and young people in school years 1 to 8 from Umhausen and "
                    "Niederthai, especially those who speak little German at home."
                ),
                "transit_note": (
                    "Bus stop Umhausen Dorf, Ötztal line 8352, 4 minutes on foot. The library is "
                    "on the first floor and there is no lift."
                ),
            },
            "ar": {
                "title": "مساعدة في الدروس لتلاميذ المدارس بعد الظهر",
                "summary": (
                    "متطوعون يساعدون الأطفال في الواجبات المدرسية والقراءة واللغة الألمانية "
                    "للمدرسة، مرتين في الأسبوع."
                ),
                "description": (
                    "بعد المدرسة يحل الأطفال واجباتهم في مجموعات صغيرة. يشرح المتطوعون، ومنهم "
                    "معلمات متقاعدات، ما لم يكن واضحاً في الحصة، ويتدربون مع الأطفال على القراءة، "
                    "ويساعدونهم في كلمات الرياضيات والعلوم. نتعاون عن قرب مع المدرسة الابتدائية "
                    "والمدرسة المتوسطة. يحضر الأطفال حقيبتهم المدرسية ووجبة خفيفة."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "يسجّل الأهل طفلهم مرة واحدة باستمارة قصيرة: بالهاتف أو بالبريد الإلكتروني أو "
                    "في المكان نفسه يوم الثلاثاء الساعة 2 ظهراً. بعد ذلك يمكن للطفل أن يأتي كل "
                    "أسبوع."
                ),
                "eligibility": (
                    "للأطفال والشباب من الصف الأول حتى الصف الثامن من Umhausen وNiederthai، وخاصة "
                    "الذين يتكلمون القليل من الألمانية في البيت."
                ),
                "transit_note": (
                    "موقف الحافلات Umhausen Dorf، خط Ötztal رقم 8352، ثم 4 دقائق سيراً. المكتبة في "
                    "الطابق الأول ولا يوجد مصعد."
                ),
            },
            "fa": {
                "title": "کمک درسی برای دانش‌آموزان، بعدازظهرها",
                "summary": (
                    "داوطلب‌ها به بچه‌ها در مشق، خواندن و آلمانیِ مدرسه کمک می‌کنند؛ هفته‌ای دو بار."
                ),
                "description": (
                    "بچه‌ها بعد از مدرسه در گروه‌های کوچک مشق‌هایشان را می‌نویسند. داوطلب‌ها، که "
                    "چند معلم بازنشسته هم بینشان هستند، چیزهایی را که سر کلاس روشن نبوده توضیح "
                    "می‌دهند، با بچه‌ها خواندن تمرین می‌کنند و در کلمه‌های ریاضی و علوم کمکشان "
                    "می‌کنند. ما با دبستان و مدرسه راهنمایی از نزدیک همکاری می‌کنیم. بچه‌ها کیف "
                    "مدرسه و کمی خوراکی همراه بیاورند."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "پدر و مادر یک بار با یک فرم کوتاه بچه را ثبت‌نام می‌کنند: تلفنی، با ایمیل یا "
                    "سه‌شنبه ساعت ۱۴ همان‌جا. بعد از آن بچه می‌تواند هر هفته بیاید."
                ),
                "eligibility": (
                    "برای بچه‌ها و نوجوانان کلاس اول تا هشتم از Umhausen و Niederthai، به‌خصوص "
                    "بچه‌هایی که در خانه کم آلمانی حرف می‌زنند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Umhausen Dorf، خط ۸۳۵۲ دره Ötztal، ۴ دقیقه پیاده. کتابخانه در "
                    "طبقه اول است و آسانسور ندارد."
                ),
            },
            "uk": {
                "title": "Допомога з навчанням для школярів після уроків",
                "summary": (
                    "Волонтери допомагають дітям із домашніми завданнями, читанням і німецькою для "
                    "школи – двічі на тиждень."
                ),
                "description": (
                    "Після уроків діти роблять домашні завдання в малих групах. Волонтери, серед "
                    "них вчительки на пенсії, пояснюють, що було незрозуміло на уроці, тренують "
                    "читання й допомагають зі словами для математики та природознавства. Ми тісно "
                    "співпрацюємо з початковою та середньою школою. Діти беруть із собою шкільний "
                    "рюкзак і невеликий перекус."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Батьки один раз записують дитину за короткою анкетою: телефоном, e-mail або "
                    "на місці у вівторок о 14:00. Після цього дитина може приходити щотижня."
                ),
                "eligibility": (
                    "Для дітей і підлітків з 1 по 8 клас з Umhausen і Niederthai, особливо для "
                    "тих, хто вдома мало говорить німецькою."
                ),
                "transit_note": (
                    "Зупинка Umhausen Dorf, автобус 8352 (лінія Ötztal), 4 хвилини пішки. "
                    "Бібліотека на другому поверсі, ліфта немає."
                ),
            },
        },
    },
    {
        "slug": "briefe-verstehen-dolmetsch-sprechstunde-umhausen",
        "organization": "dolmetschpool-oberland",
        "categories": ["dolmetschen", "alltagshilfe"],
        "target_groups": ["gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "ar", "fa", "prs", "uk", "ru"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["oetz", "sautens", "laengenfeld"],
        "locations": [
            {
                "name": "Gemeindeamt Umhausen, Sitzungszimmer",
                "street": "Dorfstraße 3",
                "municipality": "umhausen",
                "lat": 47.1375,
                "lon": 10.9288,
            },
        ],
        "by_appointment": True,
        "hours": [["mi", "14:00", "16:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Farid Rahimi",
        "phone": "+43 5412 000 530",
        "email": "umhausen@dolmetschpool-oberland.example.org",
        "website": "https://dolmetschpool-oberland.example.org/sprechstunde",
        "texts": {
            "de": {
                "title": "Briefe verstehen: Sprechstunde mit Dolmetsch",
                "summary": (
                    "Sie haben einen Brief vom Amt, von der Schule oder der Versicherung bekommen? "
                    "Wir übersetzen ihn und erklären, was er bedeutet."
                ),
                "description": (
                    "Jeden Mittwochnachmittag sind eine Beraterin und Dolmetscherinnen für "
                    "Arabisch, Farsi/Dari und Ukrainisch/Russisch im Gemeindeamt. Gemeinsam lesen "
                    "wir Ihren Brief, übersetzen ihn mündlich und erklären, was Sie tun müssen und "
                    "bis wann. Wenn nötig, helfen wir Ihnen, eine kurze Antwort zu schreiben oder "
                    "den richtigen Termin auszumachen. Bringen Sie den Brief und, wenn vorhanden, "
                    "den Umschlag mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Bitte rufen Sie vorher an und sagen Sie uns Ihre Sprache, damit die richtige "
                    "Dolmetscherin da ist. Wenn Plätze frei sind, können Sie auch ohne Termin "
                    "kommen."
                ),
                "eligibility": (
                    "Für alle in Umhausen, Oetz, Sautens und Längenfeld, die Briefe auf Deutsch "
                    "nicht gut verstehen."
                ),
                "transit_note": (
                    "Bushaltestelle Umhausen Dorf, Ötztal-Linie 8352, 1 Minute zu Fuß. "
                    "Barrierefreier Eingang über die Rampe an der Seite."
                ),
            },
            "en": {
                "title": "Understanding letters: advice hour with interpreters",
                "summary": (
                    "Got a letter from an authority, the school or your insurance? We translate it "
                    "and explain what it means."
                ),
                "description": (
                    "Every Wednesday afternoon an adviser and interpreters for Arabic, Farsi/Dari "
                    "and Ukrainian/Russian are at the municipal office. Together we read your "
                    "letter, translate it out loud and explain what you need to do and by when. If "
                    "needed, we help you write a short reply or make the right appointment. Bring "
                    "the letter and, if you still have it, the envelope."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Please call beforehand and tell us your language so that the right "
                    "interpreter is there. If there is space, you can also come without an "
                    "appointment."
                ),
                "eligibility": (
                    "For anyone in Umhausen, Oetz, Sautens and Längenfeld who finds letters in "
                    "German hard to understand."
                ),
                "transit_note": (
                    "Bus stop Umhausen Dorf, Ötztal line 8352, 1 minute on foot. Step-free "
                    "entrance via the ramp at the side."
                ),
            },
            "ar": {
                "title": "فهم الرسائل: ساعة استشارة مع مترجمين",
                "summary": (
                    "وصلتكم رسالة من دائرة رسمية أو من المدرسة أو من التأمين؟ نترجمها لكم ونشرح ما "
                    "تعنيه."
                ),
                "description": (
                    "كل يوم أربعاء بعد الظهر تحضر مستشارة ومترجمات للعربية والفارسية/الدارية "
                    "والأوكرانية/الروسية في مبنى البلدية. نقرأ الرسالة معاً، ونترجمها شفهياً، "
                    "ونشرح لكم ما يجب عليكم فعله وما هو الموعد النهائي. وعند الحاجة نساعدكم في "
                    "كتابة رد قصير أو في حجز الموعد المناسب. أحضروا الرسالة والظرف أيضاً إن كان لا "
                    "يزال معكم."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "يرجى الاتصال مسبقاً وإخبارنا بلغتكم، حتى تكون المترجمة المناسبة موجودة. إذا "
                    "كانت هناك أماكن شاغرة، يمكنكم المجيء دون موعد أيضاً."
                ),
                "eligibility": (
                    "لكل من يسكن في Umhausen وOetz وSautens وLängenfeld ويجد صعوبة في فهم الرسائل "
                    "المكتوبة بالألمانية."
                ),
                "transit_note": (
                    "موقف الحافلات Umhausen Dorf، خط Ötztal رقم 8352، دقيقة واحدة سيراً. المدخل "
                    "بلا درج عبر المنحدر على الجانب."
                ),
            },
            "fa": {
                "title": "نامه‌ها را بفهمیم: ساعت مشاوره با مترجم",
                "summary": (
                    "از اداره، مدرسه یا بیمه نامه گرفته‌اید؟ ما آن را برایتان ترجمه می‌کنیم و "
                    "توضیح می‌دهیم یعنی چه."
                ),
                "description": (
                    "هر چهارشنبه بعدازظهر یک مشاور و مترجم‌های عربی، فارسی/دری و اوکراینی/روسی در "
                    "ساختمان شهرداری (Gemeindeamt) هستند. با هم نامه شما را می‌خوانیم، شفاهی ترجمه "
                    "می‌کنیم و توضیح می‌دهیم چه کاری باید بکنید و تا چه تاریخی. اگر لازم باشد، کمک "
                    "می‌کنیم یک جواب کوتاه بنویسید یا وقت درست بگیرید. نامه و اگر دارید پاکت آن را "
                    "هم بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "لطفاً قبلش زنگ بزنید و زبانتان را بگویید تا مترجم مناسب آنجا باشد. اگر جا "
                    "خالی باشد، بدون وقت قبلی هم می‌توانید بیایید."
                ),
                "eligibility": (
                    "برای همه کسانی که در Umhausen، Oetz، Sautens و Längenfeld زندگی می‌کنند و "
                    "نامه‌های آلمانی را خوب نمی‌فهمند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Umhausen Dorf، خط ۸۳۵۲ دره Ötztal، ۱ دقیقه پیاده. ورودی بدون "
                    "پله از راه شیب‌دار کنار ساختمان."
                ),
            },
            "uk": {
                "title": "Розуміти листи: консультація з перекладачем",
                "summary": (
                    "Отримали лист від установи, школи чи страхової? Ми перекладемо його й "
                    "пояснимо, що він означає."
                ),
                "description": (
                    "Щосереди після обіду в Gemeindeamt (громадській управі) працюють "
                    "консультантка та перекладачки з арабської, фарсі/дарі та "
                    "української/російської. Ми разом прочитаємо ваш лист, усно перекладемо його й "
                    "пояснимо, що вам треба зробити і до якого терміну. За потреби допоможемо "
                    "написати коротку відповідь або домовитися про потрібний прийом. Візьміть із "
                    "собою лист і, якщо зберігся, конверт."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Будь ласка, зателефонуйте заздалегідь і скажіть, якою мовою говорите, щоб на "
                    "місці була потрібна перекладачка. Якщо є вільні місця, можна прийти й без "
                    "запису."
                ),
                "eligibility": (
                    "Для всіх мешканців Umhausen, Oetz, Sautens і Längenfeld, яким важко розуміти "
                    "листи німецькою."
                ),
                "transit_note": (
                    "Зупинка Umhausen Dorf, автобус 8352 (лінія Ötztal), 1 хвилина пішки. Вхід без "
                    "сходинок – пандусом збоку будівлі."
                ),
            },
        },
    },
    {
        "slug": "sprachcafe-deutsch-umhausen",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["deutsch-lernen", "treffpunkte"],
        "target_groups": [],
        "languages": ["de", "en", "ar", "uk", "tr"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "B1",
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["laengenfeld", "oetz"],
        "locations": [
            {
                "name": "Gemeindebibliothek Umhausen",
                "street": "Kirchplatz 2",
                "municipality": "umhausen",
                "lat": 47.137,
                "lon": 10.9295,
            },
        ],
        "by_appointment": False,
        "hours": [["do", "18:00", "19:30"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Martin Auer",
        "phone": "+43 5412 000 610",
        "email": "sprachcafe@freiwilligenzentrum-region-imst.example.org",
        "website": "https://freiwilligenzentrum-region-imst.example.org/sprachcafe",
        "texts": {
            "de": {
                "title": "Sprachcafé: Deutsch reden in entspannter Runde",
                "summary": (
                    "Jeden Donnerstagabend Deutsch sprechen üben – mit Freiwilligen aus Umhausen, "
                    "bei Tee und Kuchen."
                ),
                "description": (
                    "Im Sprachcafé gibt es keinen Unterricht und keine Prüfung: Wir sitzen in "
                    "kleinen Runden an Tischen und reden über Alltag, Arbeit, Familie oder das "
                    "Wetter. Freiwillige aus dem Ort helfen, wenn ein Wort fehlt, und verbessern "
                    "nur, wenn Sie das möchten. Hier üben Sie, was Sie im Kurs gelernt haben, und "
                    "lernen nebenbei Leute aus dem Ort kennen."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Ohne Anmeldung – kommen Sie einfach vorbei, auch nur für eine halbe Stunde."
                ),
                "eligibility": (
                    "Für alle Erwachsenen, die Deutsch üben möchten, egal ob Sie erst ein paar "
                    "Wörter oder schon recht gut sprechen."
                ),
                "transit_note": (
                    "Bushaltestelle Umhausen Dorf, Ötztal-Linie 8352, 3 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Language café: relaxed German conversation",
                "summary": (
                    "Practise speaking German every Thursday evening with volunteers from "
                    "Umhausen, over tea and cake."
                ),
                "description": (
                    "There are no lessons and no tests at the language café: we sit in small "
                    "groups at tables and talk about daily life, work, family or the weather. "
                    "Local volunteers help when you are missing a word and only correct you if you "
                    "want them to. It is a place to practise what you learned in your course and "
                    "to get to know people from the village."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": "No registration – just drop in, even if only for half an hour.",
                "eligibility": (
                    "For all adults who want to practise German, whether you know just a few words "
                    "or already speak quite well."
                ),
                "transit_note": "Bus stop Umhausen Dorf, Ötztal line 8352, 3 minutes on foot.",
            },
            "ar": {
                "title": "مقهى اللغة: حديث بالألمانية في جو مريح",
                "summary": (
                    "تدرّبوا على التحدث بالألمانية كل خميس مساءً مع متطوعين من Umhausen، مع الشاي "
                    "والكعك."
                ),
                "description": (
                    "في مقهى اللغة لا توجد دروس ولا امتحانات: نجلس في مجموعات صغيرة حول الطاولات "
                    "ونتحدث عن الحياة اليومية والعمل والعائلة أو الطقس. يساعد متطوعون من البلدة "
                    "عندما تنقصكم كلمة، ولا يصححون إلا إذا طلبتم ذلك. هنا تتدربون على ما تعلمتموه "
                    "في الدورة، وتتعرفون في الوقت نفسه على أناس من البلدة."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": "لا حاجة إلى التسجيل، تعالوا ببساطة، ولو لنصف ساعة فقط.",
                "eligibility": (
                    "لكل البالغين الذين يريدون التدرب على الألمانية، سواء كنتم تعرفون بضع كلمات "
                    "فقط أو تتكلمون جيداً."
                ),
                "transit_note": (
                    "موقف الحافلات Umhausen Dorf، خط Ötztal رقم 8352، ثم 3 دقائق سيراً."
                ),
            },
            "fa": {
                "title": "کافه زبان: گفت‌وگو به آلمانی در فضایی راحت",
                "summary": (
                    "هر پنجشنبه عصر با داوطلب‌های Umhausen آلمانی حرف زدن را تمرین کنید، با چای و "
                    "کیک."
                ),
                "description": (
                    "در کافه زبان کلاس و امتحان نداریم: دور میزها در گروه‌های کوچک می‌نشینیم و "
                    "درباره زندگی روزمره، کار، خانواده یا هوا حرف می‌زنیم. داوطلب‌های محلی وقتی "
                    "کلمه‌ای یادتان نمی‌آید کمک می‌کنند و فقط اگر خودتان بخواهید، اشتباه‌ها را "
                    "درست می‌کنند. اینجا چیزهایی را که در کلاس یاد گرفته‌اید تمرین می‌کنید و با "
                    "مردم روستا هم آشنا می‌شوید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": "ثبت‌نام لازم نیست؛ فقط بیایید، حتی برای نیم ساعت.",
                "eligibility": (
                    "برای همه بزرگسالانی که می‌خواهند آلمانی تمرین کنند؛ چه فقط چند کلمه بلد "
                    "باشید، چه نسبتاً خوب حرف بزنید."
                ),
                "transit_note": "ایستگاه اتوبوس Umhausen Dorf، خط ۸۳۵۲ دره Ötztal، ۳ دقیقه پیاده.",
            },
        },
    },
    {
        "slug": "familienberatung-oetz",
        "organization": "familienzentrum-oetztal",
        "categories": ["kinder-familie", "beratung"],
        "target_groups": ["familien", "frauen"],
        "languages": ["de", "en", "tr", "bs"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["sautens", "umhausen", "laengenfeld", "soelden"],
        "locations": [
            {
                "name": "Familienzentrum Ötztal",
                "street": "Hauptstraße 64",
                "municipality": "oetz",
                "lat": 47.2035,
                "lon": 10.8972,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "08:30", "12:00"], ["di", "14:00", "17:00"], ["do", "08:30", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Verena Neururer",
        "phone": "+43 5252 000 100",
        "email": "beratung@familienzentrum-oetztal.example.org",
        "website": "https://familienzentrum-oetztal.example.org/beratung",
        "texts": {
            "de": {
                "title": "Familienberatung: Erziehung, Kindergarten, Familienalltag",
                "summary": (
                    "Eine Sozialpädagogin hört zu und berät Sie bei Sorgen mit den Kindern, in der "
                    "Partnerschaft oder im Familienalltag."
                ),
                "description": (
                    "Ihr Kind schläft schlecht, es gibt oft Streit zu Hause, oder Sie wissen "
                    "nicht, wie Sie Ihr Kind im Kindergarten anmelden? In der Familienberatung "
                    "sprechen Sie vertraulich mit einer Fachfrau. Sie informiert Sie auch über "
                    "Familienbeihilfe, Kinderbetreuungsgeld und Angebote für Familien im Tal. Wenn "
                    "Sie es brauchen, bestellen wir für das nächste Gespräch eine Dolmetscherin."
                ),
                "cost_note": "Kostenlos und vertraulich.",
                "how_to_access": (
                    "Kommen Sie zu den Öffnungszeiten vorbei oder rufen Sie an. Wenn Sie einen "
                    "ruhigen Termin außerhalb dieser Zeiten brauchen, vereinbaren wir ihn gern."
                ),
                "eligibility": (
                    "Für Mütter, Väter und alle, die sich um Kinder kümmern, im ganzen Ötztal."
                ),
                "transit_note": (
                    "Bushaltestelle Oetz Dorf, Ötztal-Linie 8352, 2 Minuten zu Fuß. Eingang im "
                    "Erdgeschoss, Kinderwagen passen durch die Tür."
                ),
            },
            "en": {
                "title": "Family counselling: parenting, nursery and family life",
                "summary": (
                    "A social worker listens and advises you on worries about your children, your "
                    "relationship or everyday family life."
                ),
                "description": (
                    "Is your child sleeping badly, is there a lot of arguing at home, or do you "
                    "not know how to register your child for nursery? At the family counselling "
                    "service you talk in confidence with a trained professional. She can also tell "
                    "you about family allowance, childcare benefit and services for families in "
                    "the valley. If you need one, we will book an interpreter for your next "
                    "appointment."
                ),
                "cost_note": "Free and confidential.",
                "how_to_access": (
                    "Drop in during opening hours or give us a call. If you need a quiet "
                    "appointment outside these times, we are happy to arrange one."
                ),
                "eligibility": (
                    "For mothers, fathers and anyone caring for children, anywhere in the Ötztal."
                ),
                "transit_note": (
                    "Bus stop Oetz Dorf, Ötztal line 8352, 2 minutes on foot. Ground-floor "
                    "entrance, wide enough for prams."
                ),
            },
            "ar": {
                "title": "استشارات عائلية: التربية والروضة والحياة العائلية",
                "summary": (
                    "أخصائية اجتماعية تستمع إليكم وتقدم لكم النصيحة في همومكم مع الأطفال أو مع "
                    "الشريك أو في الحياة اليومية للعائلة."
                ),
                "description": (
                    "هل ينام طفلكم نوماً سيئاً، أو تكثر الخلافات في البيت، أو لا تعرفون كيف تسجلون "
                    "طفلكم في الروضة؟ في الاستشارة العائلية تتحدثون بسرية مع مختصة. وهي تخبركم "
                    "أيضاً عن مخصصات الأسرة (Familienbeihilfe) وإعانة رعاية الطفل والخدمات المتاحة "
                    "للعائلات في الوادي. إذا احتجتم، نحجز مترجمة للموعد التالي."
                ),
                "cost_note": "مجاناً وبسرية تامة.",
                "how_to_access": (
                    "تعالوا في أوقات الدوام أو اتصلوا بنا. إذا احتجتم إلى موعد هادئ خارج هذه "
                    "الأوقات، نحدده لكم بكل سرور."
                ),
                "eligibility": "للأمهات والآباء وكل من يرعى أطفالاً، في كل وادي Ötztal.",
                "transit_note": (
                    "موقف الحافلات Oetz Dorf، خط Ötztal رقم 8352، ثم دقيقتان سيراً. المدخل في "
                    "الطابق الأرضي، وعربات الأطفال تمر من الباب."
                ),
            },
            "fa": {
                "title": "مشاوره خانواده: تربیت بچه، مهدکودک و زندگی خانوادگی",
                "summary": (
                    "یک مددکار اجتماعی به حرف‌های شما گوش می‌دهد و در نگرانی‌ها درباره بچه‌ها، "
                    "رابطه زناشویی یا زندگی روزمره خانواده راهنمایی‌تان می‌کند."
                ),
                "description": (
                    "بچه‌تان بد می‌خوابد، در خانه زیاد دعوا می‌شود یا نمی‌دانید چطور بچه را در "
                    "مهدکودک ثبت‌نام کنید؟ در مشاوره خانواده به‌طور محرمانه با یک متخصص حرف "
                    "می‌زنید. او درباره کمک‌هزینه خانواده (Familienbeihilfe)، کمک‌هزینه نگهداری "
                    "کودک و برنامه‌های خانواده در دره هم به شما اطلاعات می‌دهد. اگر لازم باشد، "
                    "برای جلسه بعد مترجم می‌گیریم."
                ),
                "cost_note": "رایگان و محرمانه.",
                "how_to_access": (
                    "در ساعت‌های کاری بیایید یا زنگ بزنید. اگر یک وقت آرام بیرون از این ساعت‌ها "
                    "لازم دارید، با کمال میل تعیین می‌کنیم."
                ),
                "eligibility": (
                    "برای مادرها، پدرها و همه کسانی که از بچه‌ها مراقبت می‌کنند، در تمام دره Ötztal."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Oetz Dorf، خط ۸۳۵۲ دره Ötztal، ۲ دقیقه پیاده. ورودی در طبقه "
                    "همکف است و کالسکه از در رد می‌شود."
                ),
            },
            "uk": {
                "title": "Сімейна консультація: виховання, дитсадок, життя родини",
                "summary": (
                    "Соціальна педагогиня вислухає вас і порадить, якщо вас турбують діти, "
                    "стосунки з партнером чи сімейні будні."
                ),
                "description": (
                    "Дитина погано спить, удома часто сваритеся або ви не знаєте, як записати "
                    "дитину до дитсадка? На сімейній консультації ви конфіденційно говорите з "
                    "фахівчинею. Вона також розповість про сімейну допомогу (Familienbeihilfe), "
                    "допомогу по догляду за дитиною та послуги для сімей у долині. Якщо потрібно, "
                    "на наступну зустріч ми запросимо перекладачку."
                ),
                "cost_note": "Безкоштовно й конфіденційно.",
                "how_to_access": (
                    "Приходьте в години роботи або зателефонуйте. Якщо вам потрібна спокійна "
                    "зустріч в інший час, ми охоче домовимося."
                ),
                "eligibility": "Для мам, тат і всіх, хто доглядає дітей, у всій долині Ötztal.",
                "transit_note": (
                    "Зупинка Oetz Dorf, автобус 8352 (лінія Ötztal), 2 хвилини пішки. Вхід на "
                    "першому поверсі, дитячий візок проходить у двері."
                ),
            },
        },
    },
    {
        "slug": "sozialberatung-sprechtag-oetz",
        "organization": "beratungsstelle-mosaik",
        "categories": ["beratung", "recht-behoerden"],
        "target_groups": ["gefluechtete", "familien"],
        "languages": ["de", "en", "ar", "fa", "prs"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["sautens", "umhausen", "haiming"],
        "locations": [
            {
                "name": "Gemeindeamt Oetz, Besprechungsraum",
                "street": "Hauptstraße 70",
                "municipality": "oetz",
                "lat": 47.2029,
                "lon": 10.8963,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Daniel Strigl",
        "phone": "+43 5412 000 720",
        "email": "oetz@beratungsstelle-mosaik.example.org",
        "website": "https://beratungsstelle-mosaik.example.org/sprechtage",
        "texts": {
            "de": {
                "title": "Sozial- und Integrationsberatung: Sprechtag in Oetz",
                "summary": (
                    "Beratung zu Geld, Anträgen, Ämtern und Aufenthalt – jeden Mittwochvormittag "
                    "in Oetz, ohne Termin."
                ),
                "description": (
                    "Die Beratungsstelle Mosaik kommt jede Woche nach Oetz, damit Sie nicht nach "
                    "Imst fahren müssen. Wir helfen bei Anträgen wie Mindestsicherung, "
                    "Familienbeihilfe oder Heizkostenzuschuss, erklären Bescheide und Fristen und "
                    "sagen Ihnen, welche Stelle für Ihr Anliegen zuständig ist. Bitte bringen Sie "
                    "Ausweis, Aufenthaltstitel und alle Briefe mit, um die es geht."
                ),
                "cost_note": "Kostenlos und vertraulich.",
                "how_to_access": (
                    "Ohne Termin, Mittwoch von 9 bis 12 Uhr. Längere Gespräche mit Dolmetsch "
                    "vereinbaren wir gern telefonisch."
                ),
                "eligibility": (
                    "Für Menschen mit Migrations- oder Fluchtgeschichte und ihre Familien im "
                    "vorderen Ötztal und in Haiming."
                ),
                "transit_note": (
                    "Bushaltestelle Oetz Dorf, Ötztal-Linie 8352, 1 Minute zu Fuß. Der Raum ist im "
                    "1. Stock ohne Lift; bei Bedarf beraten wir Sie im Erdgeschoss."
                ),
            },
            "en": {
                "title": "Social and integration advice: weekly advice day in Oetz",
                "summary": (
                    "Advice on money, applications, authorities and residence – every Wednesday "
                    "morning in Oetz, no appointment needed."
                ),
                "description": (
                    "Beratungsstelle Mosaik comes to Oetz every week so that you don't have to "
                    "travel to Imst. We help with applications such as minimum income support, "
                    "family allowance or the heating allowance, explain official decisions and "
                    "deadlines, and tell you which office deals with your issue. Please bring your "
                    "ID, your residence permit and all letters concerned."
                ),
                "cost_note": "Free and confidential.",
                "how_to_access": (
                    "No appointment needed, Wednesdays from 9 am to 12 noon. For longer talks with "
                    "an interpreter, please call us to arrange a time."
                ),
                "eligibility": (
                    "For people with a migration or refugee background and their families in the "
                    "outer Ötztal and in Haiming."
                ),
                "transit_note": (
                    "Bus stop Oetz Dorf, Ötztal line 8352, 1 minute on foot. The room is on the "
                    "first floor with no lift; if needed, we can meet you on the ground floor."
                ),
            },
            "ar": {
                "title": "استشارات اجتماعية واستشارات الاندماج: يوم استشارة في Oetz",
                "summary": (
                    "استشارة حول المال والطلبات والدوائر الرسمية والإقامة، كل أربعاء صباحاً في "
                    "Oetz، دون موعد."
                ),
                "description": (
                    "يأتي مركز Beratungsstelle Mosaik إلى Oetz كل أسبوع، حتى لا تضطروا إلى السفر "
                    "إلى Imst. نساعدكم في الطلبات مثل الحد الأدنى للدخل (Mindestsicherung) ومخصصات "
                    "الأسرة ومنحة التدفئة، ونشرح لكم القرارات الرسمية والمواعيد النهائية، ونخبركم "
                    "بالجهة المسؤولة عن موضوعكم. يرجى إحضار بطاقة الهوية وتصريح الإقامة وكل "
                    "الرسائل المتعلقة بالموضوع."
                ),
                "cost_note": "مجاناً وبسرية تامة.",
                "how_to_access": (
                    "دون موعد، يوم الأربعاء من 9 حتى 12 ظهراً. للمحادثات الأطول مع مترجم، اتصلوا "
                    "بنا لنحدد موعداً."
                ),
                "eligibility": (
                    "للأشخاص ذوي الخلفية المهاجرة أو اللاجئين وعائلاتهم في الجزء الأمامي من وادي "
                    "Ötztal وفي Haiming."
                ),
                "transit_note": (
                    "موقف الحافلات Oetz Dorf، خط Ötztal رقم 8352، دقيقة واحدة سيراً. الغرفة في "
                    "الطابق الأول ولا يوجد مصعد، وعند الحاجة نستقبلكم في الطابق الأرضي."
                ),
            },
            "fa": {
                "title": "مشاوره اجتماعی و ادغام: روز مشاوره در Oetz",
                "summary": (
                    "مشاوره درباره پول، درخواست‌ها، اداره‌ها و اقامت؛ هر چهارشنبه صبح در Oetz، "
                    "بدون وقت قبلی."
                ),
                "description": (
                    "مرکز مشاوره Mosaik هر هفته به Oetz می‌آید تا مجبور نباشید به Imst بروید. در "
                    "درخواست‌هایی مثل حداقل معاش (Mindestsicherung)، کمک‌هزینه خانواده یا "
                    "کمک‌هزینه گرمایش کمکتان می‌کنیم، نامه‌های رسمی و مهلت‌ها را توضیح می‌دهیم و "
                    "می‌گوییم کدام اداره مسئول کار شماست. لطفاً کارت شناسایی، کارت اقامت و همه "
                    "نامه‌های مربوط را بیاورید."
                ),
                "cost_note": "رایگان و محرمانه.",
                "how_to_access": (
                    "بدون وقت قبلی، چهارشنبه‌ها از ساعت ۹ تا ۱۲. برای گفت‌وگوهای طولانی‌تر با "
                    "مترجم، تلفنی وقت بگیرید."
                ),
                "eligibility": (
                    "برای مهاجران و پناهندگان و خانواده‌هایشان در بخش پایینی دره Ötztal و در "
                    "Haiming."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Oetz Dorf، خط ۸۳۵۲ دره Ötztal، ۱ دقیقه پیاده. اتاق در طبقه اول "
                    "است و آسانسور ندارد؛ اگر لازم باشد، در طبقه همکف با شما صحبت می‌کنیم."
                ),
            },
            "uk": {
                "title": "Соціальна консультація та допомога з інтеграції в Oetz",
                "summary": (
                    "Консультації щодо грошей, заяв, установ і права на перебування – щосереди "
                    "зранку в Oetz, без запису."
                ),
                "description": (
                    "Beratungsstelle Mosaik щотижня приїжджає до Oetz, щоб вам не треба було їхати "
                    "до Imst. Ми допомагаємо із заявами на соціальну допомогу (Mindestsicherung), "
                    "сімейну допомогу чи допомогу на опалення, пояснюємо офіційні рішення й "
                    "терміни та підкажемо, яка установа відповідає за ваше питання. Візьміть, будь "
                    "ласка, посвідчення особи, дозвіл на перебування та всі листи, яких стосується "
                    "питання."
                ),
                "cost_note": "Безкоштовно й конфіденційно.",
                "how_to_access": (
                    "Без запису, у середу з 9:00 до 12:00. Довшу розмову з перекладачем можна "
                    "домовити телефоном."
                ),
                "eligibility": (
                    "Для людей із досвідом міграції чи втечі від війни та їхніх сімей у нижній "
                    "частині долини Ötztal і в Haiming."
                ),
                "transit_note": (
                    "Зупинка Oetz Dorf, автобус 8352 (лінія Ötztal), 1 хвилина пішки. Кімната на "
                    "другому поверсі без ліфта; за потреби приймемо вас на першому поверсі."
                ),
            },
        },
    },
    {
        "slug": "hebammensprechstunde-oetz",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "kinder-familie"],
        "target_groups": ["frauen", "familien"],
        "languages": ["de", "en", "ar", "tr"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["sautens", "umhausen", "haiming"],
        "locations": [
            {
                "name": "Familienzentrum Ötztal, Beratungsraum",
                "street": "Hauptstraße 64",
                "municipality": "oetz",
                "lat": 47.2035,
                "lon": 10.8972,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "14:00", "17:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Anna Pirchner",
        "phone": "+43 5252 000 130",
        "email": "hebamme@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/hebamme",
        "texts": {
            "de": {
                "title": "Hebammensprechstunde für Schwangere und junge Mütter",
                "summary": (
                    "Eine Hebamme beantwortet Ihre Fragen zu Schwangerschaft, Geburt, Stillen und "
                    "den ersten Wochen mit dem Baby."
                ),
                "description": (
                    "In der Sprechstunde hat die Hebamme Zeit für Ihre Fragen: Welche "
                    "Untersuchungen im Eltern-Kind-Pass sind wichtig? In welchem Krankenhaus kann "
                    "ich mein Kind bekommen? Was hilft beim Stillen? Sie wiegt auch Ihr Baby und "
                    "erklärt, wann Sie zur Kinderärztin gehen sollten. Bringen Sie, wenn "
                    "vorhanden, Ihren Eltern-Kind-Pass und die e-card mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Bitte melden Sie sich telefonisch an. Wenn Sie eine Dolmetscherin brauchen, "
                    "sagen Sie es bei der Anmeldung."
                ),
                "eligibility": (
                    "Für Schwangere und Mütter mit Babys bis zu einem Jahr, mit oder ohne "
                    "Krankenversicherung."
                ),
                "transit_note": "Bushaltestelle Oetz Dorf, Ötztal-Linie 8352, 2 Minuten zu Fuß.",
            },
            "en": {
                "title": "Midwife advice hour for pregnant women and new mothers",
                "summary": (
                    "A midwife answers your questions about pregnancy, birth, breastfeeding and "
                    "the first weeks with your baby."
                ),
                "description": (
                    "At the advice hour the midwife takes time for your questions: Which check-ups "
                    "in the parent-child booklet (Eltern-Kind-Pass) are important? Which hospital "
                    "can I give birth in? What helps with breastfeeding? She also weighs your baby "
                    "and explains when you should see a paediatrician. If you have them, bring "
                    "your Eltern-Kind-Pass and your e-card."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Please book by phone. If you need an interpreter, tell us when you book."
                ),
                "eligibility": (
                    "For pregnant women and mothers with babies up to one year old, with or "
                    "without health insurance."
                ),
                "transit_note": "Bus stop Oetz Dorf, Ötztal line 8352, 2 minutes on foot.",
            },
            "ar": {
                "title": "ساعة استشارة مع قابلة للحوامل والأمهات الجدد",
                "summary": (
                    "قابلة تجيب عن أسئلتكن حول الحمل والولادة والرضاعة والأسابيع الأولى مع الطفل."
                ),
                "description": (
                    "في ساعة الاستشارة تخصص القابلة وقتاً لأسئلتكن: ما الفحوصات المهمة في دفتر "
                    "الأم والطفل (Eltern-Kind-Pass)؟ في أي مستشفى يمكنني أن ألد؟ ما الذي يساعد على "
                    "الرضاعة؟ وتزن القابلة طفلك أيضاً وتشرح متى يجب زيارة طبيبة الأطفال. أحضري "
                    "دفتر Eltern-Kind-Pass وبطاقة e-card إن وُجدا."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "يرجى الحجز بالهاتف. إذا كنتِ بحاجة إلى مترجمة، أخبرينا عند الحجز."
                ),
                "eligibility": (
                    "للحوامل والأمهات مع أطفال حتى عمر سنة، سواء كان لديهن تأمين صحي أم لا."
                ),
                "transit_note": "موقف الحافلات Oetz Dorf، خط Ötztal رقم 8352، ثم دقيقتان سيراً.",
            },
            "fa": {
                "title": "ساعت مشاوره با ماما برای زنان باردار و مادران تازه",
                "summary": (
                    "یک ماما به سؤال‌های شما درباره بارداری، زایمان، شیردهی و هفته‌های اول با "
                    "نوزاد جواب می‌دهد."
                ),
                "description": (
                    "در ساعت مشاوره، ماما برای سؤال‌های شما وقت می‌گذارد: کدام معاینه‌های دفترچه "
                    "مادر و کودک (Eltern-Kind-Pass) مهم است؟ در کدام بیمارستان می‌توانم زایمان "
                    "کنم؟ چه چیزی به شیردهی کمک می‌کند؟ او نوزادتان را وزن می‌کند و توضیح می‌دهد "
                    "کی باید پیش دکتر کودکان بروید. اگر دارید، دفترچه Eltern-Kind-Pass و کارت "
                    "e-card را بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "لطفاً تلفنی وقت بگیرید. اگر مترجم لازم دارید، موقع وقت گرفتن بگویید."
                ),
                "eligibility": (
                    "برای زنان باردار و مادرانی که نوزاد زیر یک سال دارند، با بیمه یا بدون بیمه."
                ),
                "transit_note": "ایستگاه اتوبوس Oetz Dorf، خط ۸۳۵۲ دره Ötztal، ۲ دقیقه پیاده.",
            },
            "uk": {
                "title": "Консультація акушерки для вагітних і молодих мам",
                "summary": (
                    "Акушерка відповість на ваші запитання про вагітність, пологи, грудне "
                    "вигодовування та перші тижні з малюком."
                ),
                "description": (
                    "На консультації акушерка має час для ваших запитань: які обстеження з "
                    "паспорта батьків і дитини (Eltern-Kind-Pass) важливі? У якій лікарні можна "
                    "народжувати? Що допомагає під час годування груддю? Вона також зважить вашого "
                    "малюка й пояснить, коли варто йти до педіатра. Якщо маєте, візьміть "
                    "Eltern-Kind-Pass і e-card."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Будь ласка, запишіться телефоном. Якщо потрібна перекладачка, скажіть про це "
                    "під час запису."
                ),
                "eligibility": (
                    "Для вагітних і мам із немовлятами до одного року, з медичним страхуванням чи "
                    "без нього."
                ),
                "transit_note": "Зупинка Oetz Dorf, автобус 8352 (лінія Ötztal), 2 хвилини пішки.",
            },
        },
    },
    {
        "slug": "alphabetisierungskurs-deutsch-oetz",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen", "schule-bildung"],
        "target_groups": ["gefluechtete", "frauen"],
        "languages": ["de", "ar", "fa", "prs"],
        "language_taught": "de",
        "level_from": None,
        "level_to": "A1",
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["sautens", "umhausen", "haiming"],
        "locations": [
            {
                "name": "Mehrzweckgebäude Oetz, Seminarraum",
                "street": "Schulgasse 4",
                "municipality": "oetz",
                "lat": 47.2026,
                "lon": 10.8979,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "08:30", "11:30"], ["di", "08:30", "11:30"], ["do", "08:30", "11:30"]],
        "start_date": "2027-02-01",
        "registration_deadline": "2027-01-20",
        "contact_name": "Lea Witting",
        "phone": "+43 5412 000 320",
        "email": "alpha@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/alpha",
        "texts": {
            "de": {
                "title": "Alphabetisierungskurs: Lesen und Schreiben lernen auf Deutsch",
                "summary": (
                    "Für Erwachsene, die wenig oder nie zur Schule gegangen sind: Buchstaben, "
                    "Lesen, Schreiben und erstes Deutsch."
                ),
                "description": (
                    "Im Kurs lernen Sie Schritt für Schritt die lateinischen Buchstaben, lesen "
                    "einfache Wörter und schreiben Ihren Namen, Ihre Adresse und kurze Sätze. "
                    "Gleichzeitig lernen Sie die ersten deutschen Wörter für den Alltag. Die "
                    "Gruppe ist klein, höchstens 8 Personen, und wir lernen ohne Zeitdruck. Sie "
                    "müssen nichts mitbringen – Hefte und Stifte bekommen Sie von uns."
                ),
                "cost_note": "Kostenlos. Hefte, Stifte und Lernmaterial werden gestellt.",
                "how_to_access": (
                    "Melden Sie sich bis 20. Jänner 2027 an, am besten telefonisch. Jemand aus "
                    "Ihrer Familie oder Ihre Betreuerin kann auch für Sie anrufen. Vor dem Kurs "
                    "gibt es ein kurzes Kennenlerngespräch."
                ),
                "eligibility": (
                    "Für Erwachsene, die in keiner Sprache oder kaum lesen und schreiben können, "
                    "oder die bisher nur eine andere Schrift gelernt haben, zum Beispiel die "
                    "arabische."
                ),
                "transit_note": "Bushaltestelle Oetz Dorf, Ötztal-Linie 8352, 3 Minuten zu Fuß.",
            },
            "en": {
                "title": "Literacy course: learning to read and write in German",
                "summary": (
                    "For adults who went to school very little or not at all: letters, reading, "
                    "writing and first German."
                ),
                "description": (
                    "Step by step you learn the Latin alphabet, read simple words and write your "
                    "name, your address and short sentences. At the same time you learn your first "
                    "German words for everyday life. The group is small, no more than 8 people, "
                    "and there is no time pressure. You don't need to bring anything – we provide "
                    "exercise books and pens."
                ),
                "cost_note": "Free. Exercise books, pens and learning materials are provided.",
                "how_to_access": (
                    "Register by 20 January 2027, ideally by phone. A family member or your social "
                    "worker can also call for you. Before the course there is a short "
                    "get-to-know-you meeting."
                ),
                "eligibility": (
                    "For adults who cannot read and write, or only a little, in any language, or "
                    "who have only learned a different script, for example Arabic."
                ),
                "transit_note": "Bus stop Oetz Dorf, Ötztal line 8352, 3 minutes on foot.",
            },
            "ar": {
                "title": "دورة محو الأمية: تعلّم القراءة والكتابة بالألمانية",
                "summary": (
                    "للبالغين الذين لم يذهبوا إلى المدرسة أو ذهبوا قليلاً: الحروف والقراءة "
                    "والكتابة وأولى كلمات الألمانية."
                ),
                "description": (
                    "في هذه الدورة تتعلمون خطوة بخطوة الحروف اللاتينية، وتقرؤون كلمات بسيطة، "
                    "وتكتبون اسمكم وعنوانكم وجملاً قصيرة. وفي الوقت نفسه تتعلمون أولى الكلمات "
                    "الألمانية للحياة اليومية. المجموعة صغيرة، 8 أشخاص على الأكثر، ونتعلم دون "
                    "استعجال. لا تحتاجون إلى إحضار شيء، فنحن نعطيكم الدفاتر والأقلام."
                ),
                "cost_note": "مجاناً. نوفر الدفاتر والأقلام ومواد التعلم.",
                "how_to_access": (
                    "سجّلوا حتى 20 يناير 2027، ويفضَّل بالهاتف. يمكن لأحد أفراد عائلتكم أو للمشرفة "
                    "الاجتماعية أن يتصل نيابة عنكم. قبل بداية الدورة نلتقي في حديث تعارف قصير."
                ),
                "eligibility": (
                    "للبالغين الذين لا يستطيعون القراءة والكتابة بأي لغة أو يستطيعون القليل فقط، "
                    "أو الذين تعلموا حتى الآن كتابة أخرى فقط، مثل العربية."
                ),
                "transit_note": "موقف الحافلات Oetz Dorf، خط Ötztal رقم 8352، ثم 3 دقائق سيراً.",
            },
            "fa": {
                "title": "کلاس سوادآموزی: خواندن و نوشتن به آلمانی",
                "summary": (
                    "برای بزرگسالانی که کم یا هیچ‌وقت مدرسه نرفته‌اند: حروف، خواندن، نوشتن و اولین "
                    "کلمه‌های آلمانی."
                ),
                "description": (
                    "در این کلاس قدم به قدم حروف لاتین را یاد می‌گیرید، کلمه‌های ساده را می‌خوانید "
                    "و اسم، آدرس و جمله‌های کوتاه می‌نویسید. همزمان اولین کلمه‌های آلمانی را برای "
                    "زندگی روزمره یاد می‌گیرید. گروه کوچک است، حداکثر ۸ نفر، و بدون عجله یاد "
                    "می‌گیریم. لازم نیست چیزی بیاورید؛ دفتر و خودکار را ما می‌دهیم."
                ),
                "cost_note": "رایگان. دفتر، خودکار و مواد آموزشی را ما می‌دهیم.",
                "how_to_access": (
                    "تا ۲۰ ژانویه ۲۰۲۷ ثبت‌نام کنید، بهتر است تلفنی. یکی از اعضای خانواده یا "
                    "مددکارتان هم می‌تواند به جای شما زنگ بزند. قبل از شروع کلاس یک گفت‌وگوی کوتاه "
                    "برای آشنایی داریم."
                ),
                "eligibility": (
                    "برای بزرگسالانی که به هیچ زبانی خواندن و نوشتن بلد نیستند یا خیلی کم بلدند، "
                    "یا تا حالا فقط خط دیگری مثل خط فارسی یاد گرفته‌اند."
                ),
                "transit_note": "ایستگاه اتوبوس Oetz Dorf، خط ۸۳۵۲ دره Ötztal، ۳ دقیقه پیاده.",
            },
        },
    },
    {
        "slug": "frauenfruehstueck-international-sautens",
        "organization": "familienzentrum-oetztal",
        "categories": ["treffpunkte"],
        "target_groups": ["frauen"],
        "languages": ["de", "en", "ar", "fa", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": True,
        "step_free": "unknown",
        "serves_whole_district": False,
        "municipalities_served": ["oetz", "haiming"],
        "locations": [
            {
                "name": "Pfarrheim Sautens",
                "street": "Kirchweg 3",
                "municipality": "sautens",
                "lat": 47.2075,
                "lon": 10.8655,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Nadia Karimi",
        "phone": "+43 5252 000 150",
        "email": "frauen@familienzentrum-oetztal.example.org",
        "website": "https://familienzentrum-oetztal.example.org/frauen",
        "texts": {
            "de": {
                "title": "Internationales Frauenfrühstück",
                "summary": (
                    "Jeden Mittwoch frühstücken Frauen aus Sautens und aus vielen Ländern "
                    "gemeinsam – mit Kinderecke."
                ),
                "description": (
                    "Beim Frauenfrühstück lernen Sie andere Frauen aus der Umgebung kennen, reden "
                    "über alles, was Sie beschäftigt, und üben nebenbei Deutsch. Jede bringt, wenn "
                    "sie kann, eine Kleinigkeit zum Essen mit – Brot, Obst oder etwas aus ihrer "
                    "Heimat. Einmal im Monat kommt ein Gast und erzählt zu Themen wie Gesundheit, "
                    "Schule oder Geld. Während Sie frühstücken, spielt eine Betreuerin mit Ihren "
                    "Kindern im Nebenraum."
                ),
                "cost_note": "Kostenlos. Kaffee und Tee gibt es umsonst.",
                "how_to_access": (
                    "Ohne Anmeldung – kommen Sie einfach vorbei. Sie können auch eine Freundin "
                    "mitbringen."
                ),
                "eligibility": (
                    "Für alle Frauen, egal woher sie kommen und wie gut sie Deutsch sprechen."
                ),
                "transit_note": (
                    "Bushaltestelle Sautens Dorfplatz, Ötztal-Linie 8352 (nicht jeder Bus fährt "
                    "über Sautens), 3 Minuten zu Fuß neben der Kirche."
                ),
            },
            "en": {
                "title": "International women's breakfast",
                "summary": (
                    "Every Wednesday, women from Sautens and many other countries have breakfast "
                    "together – with a play corner for children."
                ),
                "description": (
                    "At the women's breakfast you meet other women from the area, talk about "
                    "whatever is on your mind and practise German along the way. If they can, "
                    "everyone brings something small to eat – bread, fruit or something from home. "
                    "Once a month a guest comes to talk about topics like health, school or money. "
                    "While you eat, a childminder plays with your children in the room next door."
                ),
                "cost_note": "Free. Coffee and tea are free.",
                "how_to_access": (
                    "No registration – just come along. You are welcome to bring a friend."
                ),
                "eligibility": (
                    "For all women, wherever they come from and however well they speak German."
                ),
                "transit_note": (
                    "Bus stop Sautens Dorfplatz, Ötztal line 8352 (not every bus goes via "
                    "Sautens), 3 minutes on foot next to the church."
                ),
            },
            "ar": {
                "title": "فطور دولي للنساء",
                "summary": (
                    "كل يوم أربعاء تتناول نساء من Sautens ومن بلدان كثيرة الفطور معاً، مع ركن لعب "
                    "للأطفال."
                ),
                "description": (
                    "في فطور النساء تتعرفين على نساء أخريات من المنطقة، وتتحدثين عن كل ما يشغل "
                    "بالك، وتتدربين على الألمانية في الوقت نفسه. تحضر كل واحدة، إن استطاعت، شيئاً "
                    "بسيطاً للأكل: خبزاً أو فاكهة أو طبقاً من بلدها. مرة في الشهر تأتي ضيفة وتتحدث "
                    "عن مواضيع مثل الصحة أو المدرسة أو المال. وأثناء الفطور تلعب مربية مع أطفالك "
                    "في الغرفة المجاورة."
                ),
                "cost_note": "مجاناً. القهوة والشاي مجانيان.",
                "how_to_access": "لا حاجة إلى التسجيل، تعالي ببساطة. يمكنك أن تحضري صديقة معك.",
                "eligibility": (
                    "لكل النساء، مهما كان البلد الذي جئن منه ومهما كان مستواهن في الألمانية."
                ),
                "transit_note": (
                    "موقف الحافلات Sautens Dorfplatz، خط Ötztal رقم 8352 (ليست كل الحافلات تمر "
                    "بـSautens)، ثم 3 دقائق سيراً بجانب الكنيسة."
                ),
            },
            "fa": {
                "title": "صبحانه بین‌المللی زنان",
                "summary": (
                    "هر چهارشنبه زنانی از Sautens و از کشورهای مختلف با هم صبحانه می‌خورند؛ با "
                    "گوشه بازی برای بچه‌ها."
                ),
                "description": (
                    "در صبحانه زنان با زن‌های دیگر منطقه آشنا می‌شوید، درباره هر چیزی که ذهنتان را "
                    "مشغول کرده حرف می‌زنید و همزمان آلمانی تمرین می‌کنید. هر کس اگر بتواند چیز "
                    "کوچکی برای خوردن می‌آورد: نان، میوه یا غذایی از کشور خودش. ماهی یک بار مهمانی "
                    "می‌آید و درباره موضوع‌هایی مثل سلامت، مدرسه یا پول صحبت می‌کند. وقتی صبحانه "
                    "می‌خورید، یک مربی در اتاق کناری با بچه‌هایتان بازی می‌کند."
                ),
                "cost_note": "رایگان. چای و قهوه مجانی است.",
                "how_to_access": (
                    "ثبت‌نام لازم نیست؛ فقط بیایید. می‌توانید یک دوست هم با خودتان بیاورید."
                ),
                "eligibility": "برای همه زن‌ها، از هر کشوری که باشند و هر قدر که آلمانی بلد باشند.",
                "transit_note": (
                    "ایستگاه اتوبوس Sautens Dorfplatz، خط ۸۳۵۲ دره Ötztal (همه اتوبوس‌ها از "
                    "Sautens رد نمی‌شوند)، ۳ دقیقه پیاده، کنار کلیسا."
                ),
            },
            "uk": {
                "title": "Міжнародний жіночий сніданок",
                "summary": (
                    "Щосереди жінки із Sautens і з багатьох країн снідають разом. Для дітей є "
                    "ігровий куточок."
                ),
                "description": (
                    "На жіночому сніданку ви знайомитеся з іншими жінками з околиць, говорите про "
                    "все, що вас хвилює, і заодно практикуєте німецьку. Кожна, якщо може, "
                    "приносить щось невелике поїсти: хліб, фрукти чи страву зі своєї країни. Раз "
                    "на місяць приходить гостя й розповідає про здоров’я, школу чи гроші. Поки ви "
                    "снідаєте, вихователька грається з вашими дітьми в сусідній кімнаті."
                ),
                "cost_note": "Безкоштовно. Кава й чай – безплатно.",
                "how_to_access": "Без реєстрації – просто приходьте. Можете взяти з собою подругу.",
                "eligibility": (
                    "Для всіх жінок, звідки б вони не приїхали і як би не знали німецьку."
                ),
                "transit_note": (
                    "Зупинка Sautens Dorfplatz, автобус 8352 (лінія Ötztal; не всі рейси "
                    "заїжджають у Sautens), 3 хвилини пішки, біля церкви."
                ),
            },
        },
    },
    {
        "slug": "lesepatenschaften-volksschule-sautens",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["ehrenamt", "schule-bildung"],
        "target_groups": ["ehrenamtliche"],
        "languages": ["de"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["oetz", "haiming"],
        "locations": [
            {
                "name": "Volksschule Sautens",
                "street": "Schulweg 1",
                "municipality": "sautens",
                "lat": 47.2078,
                "lon": 10.8644,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Martin Auer",
        "phone": "+43 5412 000 611",
        "email": "lesepaten@freiwilligenzentrum-region-imst.example.org",
        "website": "https://freiwilligenzentrum-region-imst.example.org/lesepaten",
        "texts": {
            "de": {
                "title": "Lesepatin oder Lesepate werden an der Volksschule",
                "summary": (
                    "Eine Stunde pro Woche mit einem Kind lesen: Freiwillige helfen Kindern, die "
                    "Deutsch als Zweitsprache lernen."
                ),
                "description": (
                    "Als Lesepatin oder Lesepate kommen Sie einmal pro Woche am Vormittag in die "
                    "Volksschule und lesen mit einem oder zwei Kindern – Bilderbücher, kurze "
                    "Geschichten, später auch Sachtexte. Viele dieser Kinder sprechen zu Hause "
                    "eine andere Sprache und brauchen einfach mehr Übung. Das Freiwilligenzentrum "
                    "bereitet Sie an einem Abend auf die Aufgabe vor und trifft sich zweimal im "
                    "Jahr mit allen Lesepaten zum Austausch."
                ),
                "cost_note": (
                    "Kostenlos. Die Strafregisterbescheinigung für die Arbeit mit Kindern bezahlt "
                    "das Freiwilligenzentrum."
                ),
                "how_to_access": (
                    "Rufen Sie an oder schreiben Sie eine E-Mail. Wir vereinbaren ein "
                    "Kennenlerngespräch und einen ersten Schnuppertermin in der Schule."
                ),
                "eligibility": (
                    "Für Erwachsene, die gut Deutsch lesen, geduldig sind und ein Schuljahr lang "
                    "eine Stunde pro Woche Zeit haben. Auch Menschen mit einer anderen Erstsprache "
                    "sind herzlich willkommen."
                ),
                "transit_note": (
                    "Bushaltestelle Sautens Dorfplatz, Ötztal-Linie 8352, 4 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Become a reading mentor at the primary school",
                "summary": (
                    "Read with a child for one hour a week: volunteers help children who are "
                    "learning German as a second language."
                ),
                "description": (
                    "As a reading mentor you come to the primary school one morning a week and "
                    "read with one or two children – picture books, short stories and later simple "
                    "non-fiction. Many of these children speak another language at home and simply "
                    "need more practice. The volunteer centre prepares you for the role in an "
                    "evening session and brings all reading mentors together twice a year to share "
                    "experiences."
                ),
                "cost_note": (
                    "Free. The volunteer centre pays for the criminal record certificate needed "
                    "for work with children."
                ),
                "how_to_access": (
                    "Call or e-mail us. We will arrange an introductory talk and a first trial "
                    "visit to the school."
                ),
                "eligibility": (
                    "For adults who read German well, are patient and can spare one hour a week "
                    "for a school year. People whose first language is not German are very welcome "
                    "too."
                ),
                "transit_note": "Bus stop Sautens Dorfplatz, Ötztal line 8352, 4 minutes on foot.",
            },
        },
    },
    {
        "slug": "spielgruppe-kleinkinder-sautens",
        "organization": "familienzentrum-oetztal",
        "categories": ["kinder-familie"],
        "target_groups": ["kinder", "familien"],
        "languages": ["de", "en", "ar", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": True,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["oetz", "haiming"],
        "locations": [
            {
                "name": "Vereinshaus Sautens, Spielraum",
                "street": "Dorfplatz 2",
                "municipality": "sautens",
                "lat": 47.2069,
                "lon": 10.8659,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "08:30", "11:00"], ["fr", "08:30", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Sarah Santer",
        "phone": "+43 5252 000 151",
        "email": "spielgruppe@familienzentrum-oetztal.example.org",
        "website": "https://familienzentrum-oetztal.example.org/spielgruppe",
        "texts": {
            "de": {
                "title": "Spielgruppe für Kinder von 1½ bis 3 Jahren",
                "summary": (
                    "Zwei Vormittage pro Woche spielen, basteln und singen – eine sanfte "
                    "Vorbereitung auf den Kindergarten."
                ),
                "description": (
                    "In der Spielgruppe sind die Kinder zweieinhalb Stunden ohne Eltern mit zwei "
                    "erfahrenen Spielgruppenleiterinnen zusammen. Sie spielen, malen, singen, "
                    "gehen in den Garten und hören dabei viel Deutsch. So gewöhnen sie sich an "
                    "eine Gruppe und an kurze Trennungen. In den ersten Wochen bleibt ein "
                    "Elternteil so lange dabei, bis sich das Kind wohlfühlt. Bitte geben Sie "
                    "Hausschuhe, Gummistiefel, Wechselkleidung und eine Jause mit."
                ),
                "cost_note": (
                    "4 € pro Vormittag. Mit Mindestsicherung oder geringem Einkommen zahlen Sie 1 "
                    "€ – sprechen Sie uns einfach an."
                ),
                "how_to_access": (
                    "Anmeldung telefonisch oder per E-Mail. Ein Einstieg ist das ganze Jahr "
                    "möglich, wenn Plätze frei sind."
                ),
                "eligibility": (
                    "Für Kinder von 1½ bis 3 Jahren aus Sautens, Oetz, Haiming und Umgebung."
                ),
                "transit_note": (
                    "Bushaltestelle Sautens Dorfplatz, Ötztal-Linie 8352, 1 Minute zu Fuß. "
                    "Ebenerdiger Eingang mit Platz für Kinderwagen."
                ),
            },
            "en": {
                "title": "Playgroup for children aged 1½ to 3",
                "summary": (
                    "Two mornings a week of play, crafts and songs – a gentle preparation for "
                    "nursery school."
                ),
                "description": (
                    "At the playgroup, children spend two and a half hours without their parents "
                    "with two experienced playgroup leaders. They play, paint, sing, go out into "
                    "the garden and hear lots of German along the way. This helps them get used to "
                    "a group and to short separations. In the first weeks a parent stays until the "
                    "child feels at home. Please pack indoor shoes, wellies, spare clothes and a "
                    "snack."
                ),
                "cost_note": (
                    "€4 per morning. If you receive minimum income support or have a low income, "
                    "you pay €1 – just ask us."
                ),
                "how_to_access": (
                    "Register by phone or e-mail. Children can start at any time of year if there "
                    "is space."
                ),
                "eligibility": (
                    "For children aged 1½ to 3 from Sautens, Oetz, Haiming and the surrounding "
                    "area."
                ),
                "transit_note": (
                    "Bus stop Sautens Dorfplatz, Ötztal line 8352, 1 minute on foot. Step-free "
                    "entrance with space for prams."
                ),
            },
            "ar": {
                "title": "مجموعة لعب للأطفال من عمر سنة ونصف إلى 3 سنوات",
                "summary": (
                    "صباحان في الأسبوع للعب والأشغال اليدوية والغناء، تحضيراً هادئاً للروضة."
                ),
                "description": (
                    "في مجموعة اللعب يقضي الأطفال ساعتين ونصفاً دون الأهل مع مربيتين ذواتي خبرة. "
                    "يلعبون ويرسمون ويغنون ويخرجون إلى الحديقة، ويسمعون الكثير من الألمانية. هكذا "
                    "يعتادون على الجماعة وعلى الابتعاد عن الأهل لوقت قصير. في الأسابيع الأولى يبقى "
                    "أحد الوالدين مع الطفل حتى يشعر بالراحة. يرجى إرسال حذاء منزلي وجزمة مطاطية "
                    "وملابس احتياطية ووجبة خفيفة مع الطفل."
                ),
                "cost_note": (
                    "4 يورو للصباح الواحد. إذا كنتم تحصلون على الحد الأدنى للدخل "
                    "(Mindestsicherung) أو دخلكم منخفض، تدفعون 1 يورو فقط. تحدثوا معنا ببساطة."
                ),
                "how_to_access": (
                    "التسجيل بالهاتف أو البريد الإلكتروني. يمكن البدء في أي وقت من السنة إذا وُجدت "
                    "أماكن شاغرة."
                ),
                "eligibility": (
                    "للأطفال من عمر سنة ونصف إلى 3 سنوات من Sautens وOetz وHaiming والمناطق "
                    "المجاورة."
                ),
                "transit_note": (
                    "موقف الحافلات Sautens Dorfplatz، خط Ötztal رقم 8352، دقيقة واحدة سيراً. "
                    "المدخل بلا درج ويوجد مكان لعربات الأطفال."
                ),
            },
            "fa": {
                "title": "گروه بازی برای بچه‌های ۱ و نیم تا ۳ ساله",
                "summary": "هفته‌ای دو صبح بازی، کاردستی و آواز؛ آمادگی آرام برای مهدکودک.",
                "description": (
                    "در گروه بازی، بچه‌ها دو ساعت و نیم بدون پدر و مادر با دو مربی باتجربه هستند. "
                    "بازی می‌کنند، نقاشی می‌کشند، آواز می‌خوانند، به حیاط می‌روند و در این میان "
                    "زیاد آلمانی می‌شنوند. این‌طوری به بودن در گروه و دوری کوتاه از پدر و مادر "
                    "عادت می‌کنند. در هفته‌های اول یکی از والدین می‌ماند تا بچه احساس راحتی کند. "
                    "لطفاً دمپایی، چکمه لاستیکی، لباس اضافه و خوراکی همراه بچه بفرستید."
                ),
                "cost_note": (
                    "هر صبح ۴ یورو. اگر حداقل معاش (Mindestsicherung) می‌گیرید یا درآمدتان کم است، "
                    "فقط ۱ یورو می‌پردازید؛ کافی است به ما بگویید."
                ),
                "how_to_access": (
                    "ثبت‌نام تلفنی یا با ایمیل. اگر جا خالی باشد، در تمام طول سال می‌شود شروع کرد."
                ),
                "eligibility": "برای بچه‌های ۱ و نیم تا ۳ ساله از Sautens، Oetz، Haiming و اطراف.",
                "transit_note": (
                    "ایستگاه اتوبوس Sautens Dorfplatz، خط ۸۳۵۲ دره Ötztal، ۱ دقیقه پیاده. ورودی "
                    "بدون پله و جای کالسکه دارد."
                ),
            },
            "uk": {
                "title": "Ігрова група для дітей від 1,5 до 3 років",
                "summary": (
                    "Два ранки на тиждень ігор, творчості й пісень – м’яка підготовка до дитсадка."
                ),
                "description": (
                    "В ігровій групі діти дві з половиною години перебувають без батьків із двома "
                    "досвідченими виховательками. Вони граються, малюють, співають, гуляють у "
                    "садку й при цьому чують багато німецької. Так діти звикають до групи й до "
                    "коротких розлук із батьками. У перші тижні хтось із батьків залишається, поки "
                    "дитина не почуватиметься спокійно. Дайте, будь ласка, дитині змінне взуття, "
                    "гумові чоботи, запасний одяг і перекус."
                ),
                "cost_note": (
                    "4 € за один ранок. Якщо ви отримуєте соціальну допомогу (Mindestsicherung) "
                    "або маєте низький дохід, платите лише 1 € – просто скажіть нам."
                ),
                "how_to_access": (
                    "Запис телефоном або e-mail. Почати можна будь-коли протягом року, якщо є "
                    "вільні місця."
                ),
                "eligibility": "Для дітей від 1,5 до 3 років із Sautens, Oetz, Haiming та околиць.",
                "transit_note": (
                    "Зупинка Sautens Dorfplatz, автобус 8352 (лінія Ötztal), 1 хвилина пішки. Вхід "
                    "без сходинок, є місце для візків."
                ),
            },
        },
    },
    {
        "slug": "deutschkurs-b1-b2-pruefungsvorbereitung-haiming",
        "organization": "lernwerkstatt-haiming",
        "categories": ["deutsch-lernen"],
        "target_groups": ["arbeitsuchende"],
        "languages": ["de", "en"],
        "language_taught": "de",
        "level_from": "B1",
        "level_to": "B2",
        "cost": "fee",
        "registration_required": True,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "moetz", "oetz", "sautens"],
        "locations": [
            {
                "name": "Lernwerkstatt Haiming",
                "street": "Kirchstraße 8",
                "municipality": "haiming",
                "lat": 47.2551,
                "lon": 10.8806,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "18:00", "21:00"], ["do", "18:00", "21:00"]],
        "start_date": "2027-02-16",
        "registration_deadline": "2027-02-01",
        "contact_name": "Stefan Raffl",
        "phone": "+43 5266 000 123",
        "email": "kurse@lernwerkstatt-haiming.example.org",
        "website": "https://lernwerkstatt-haiming.example.org/b1-b2",
        "texts": {
            "de": {
                "title": "Deutschkurs B1/B2 mit Prüfungsvorbereitung",
                "summary": (
                    "Abendkurs für Fortgeschrittene: Sie verbessern Ihr Deutsch für Beruf und "
                    "Ausbildung und bereiten sich auf die B1- oder B2-Prüfung vor."
                ),
                "description": (
                    "Der Kurs dauert 16 Wochen. Am Dienstag lernen Sie vor Ort in Haiming, am "
                    "Donnerstag online von zu Hause. Sie üben Briefe und E-Mails schreiben, Texte "
                    "aus Arbeit und Alltag verstehen, telefonieren und Ihre Meinung sagen – genau "
                    "das, was in der Integrationsprüfung oder der B2-Prüfung verlangt wird. Für "
                    "den Online-Teil brauchen Sie einen Laptop oder ein Tablet; wir können auch "
                    "ein Gerät leihen."
                ),
                "cost_note": (
                    "Kursbeitrag 390 €, Prüfungsgebühr extra. Das Land Tirol und das AMS fördern "
                    "den Kurs oft – wir helfen Ihnen beim Antrag."
                ),
                "how_to_access": (
                    "Anmeldung bis 1. Februar 2027 online oder telefonisch. Vorher machen wir "
                    "einen kurzen Einstufungstest, vor Ort oder online."
                ),
                "eligibility": (
                    "Für Erwachsene mit Deutschkenntnissen auf Niveau A2 (abgeschlossen) oder B1, "
                    "die eine Prüfung machen oder eine Ausbildung beginnen möchten."
                ),
                "transit_note": (
                    "Bushaltestelle Haiming Kirche, Regiobus Richtung Ötztal Bahnhof, 1 Minute zu "
                    "Fuß; Bahnhof Haiming 12 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "German B1/B2 with exam preparation",
                "summary": (
                    "Evening course for intermediate learners: improve your German for work and "
                    "training and prepare for the B1 or B2 exam."
                ),
                "description": (
                    "The course runs for 16 weeks. On Tuesdays you learn in person in Haiming, on "
                    "Thursdays online from home. You practise writing letters and e-mails, "
                    "understanding texts from work and daily life, making phone calls and giving "
                    "your opinion – exactly what the integration exam or the B2 exam asks for. For "
                    "the online part you need a laptop or tablet; we can lend you one."
                ),
                "cost_note": (
                    "Course fee €390, exam fee extra. The Land Tirol and the AMS (public "
                    "employment service) often fund the course – we help you apply."
                ),
                "how_to_access": (
                    "Register by 1 February 2027 online or by phone. First we do a short placement "
                    "test, on site or online."
                ),
                "eligibility": (
                    "For adults with German at A2 (completed) or B1 level who want to take an exam "
                    "or start vocational training."
                ),
                "transit_note": (
                    "Bus stop Haiming Kirche, regional bus towards Ötztal Bahnhof, 1 minute on "
                    "foot; Haiming railway station 12 minutes on foot."
                ),
            },
            "ar": {
                "title": "دورة ألمانية B1/B2 مع التحضير للامتحان",
                "summary": (
                    "دورة مسائية للمتقدمين: تحسّنون لغتكم الألمانية للعمل والتدريب المهني وتستعدون "
                    "لامتحان B1 أو B2."
                ),
                "description": (
                    "تستمر الدورة 16 أسبوعاً. يوم الثلاثاء تتعلمون حضورياً في Haiming، ويوم الخميس "
                    "عبر الإنترنت من البيت. تتدربون على كتابة الرسائل والبريد الإلكتروني، وفهم "
                    "نصوص من العمل والحياة اليومية، وإجراء المكالمات الهاتفية، والتعبير عن رأيكم، "
                    "وهذا بالضبط ما يُطلب في امتحان الاندماج أو امتحان B2. للجزء الإلكتروني "
                    "تحتاجون إلى حاسوب محمول أو جهاز لوحي، ويمكننا أن نعيركم جهازاً."
                ),
                "cost_note": (
                    "رسوم الدورة 390 يورو، ورسوم الامتحان منفصلة. غالباً ما يدعم Land Tirol ودائرة "
                    "العمل AMS الدورة، ونساعدكم في تقديم الطلب."
                ),
                "how_to_access": (
                    "التسجيل حتى 1 فبراير 2027 عبر الإنترنت أو بالهاتف. قبل ذلك نجري اختبار مستوى "
                    "قصيراً، حضورياً أو عبر الإنترنت."
                ),
                "eligibility": (
                    "للبالغين الذين أنهوا مستوى A2 في الألمانية أو لديهم مستوى B1، ويريدون التقدم "
                    "لامتحان أو بدء تدريب مهني."
                ),
                "transit_note": (
                    "موقف الحافلات Haiming Kirche، الحافلة الإقليمية باتجاه Ötztal Bahnhof، دقيقة "
                    "واحدة سيراً؛ محطة قطار Haiming على بعد 12 دقيقة سيراً."
                ),
            },
            "fa": {
                "title": "کلاس آلمانی B1/B2 با آمادگی برای امتحان",
                "summary": (
                    "کلاس عصرانه برای سطح متوسط: آلمانی‌تان را برای کار و آموزش حرفه‌ای بهتر "
                    "می‌کنید و برای امتحان B1 یا B2 آماده می‌شوید."
                ),
                "description": (
                    "کلاس ۱۶ هفته طول می‌کشد. سه‌شنبه‌ها حضوری در Haiming و پنجشنبه‌ها آنلاین از "
                    "خانه درس می‌خوانید. نوشتن نامه و ایمیل، فهمیدن متن‌های کاری و روزمره، تلفن "
                    "زدن و گفتن نظر خودتان را تمرین می‌کنید؛ دقیقاً همان چیزهایی که در امتحان "
                    "ادغام (Integrationsprüfung) یا امتحان B2 می‌خواهند. برای بخش آنلاین لپ‌تاپ یا "
                    "تبلت لازم دارید؛ اگر ندارید، می‌توانیم به شما قرض بدهیم."
                ),
                "cost_note": (
                    "هزینه کلاس ۳۹۰ یورو، هزینه امتحان جداست. ایالت تیرول (Land Tirol) و اداره کار "
                    "(AMS) اغلب بخشی از هزینه را می‌دهند؛ در درخواست کمکتان می‌کنیم."
                ),
                "how_to_access": (
                    "تا ۱ فوریه ۲۰۲۷ آنلاین یا تلفنی ثبت‌نام کنید. قبلش یک آزمون کوتاه تعیین سطح "
                    "داریم، حضوری یا آنلاین."
                ),
                "eligibility": (
                    "برای بزرگسالانی که سطح A2 آلمانی را تمام کرده‌اند یا در سطح B1 هستند و "
                    "می‌خواهند امتحان بدهند یا آموزش حرفه‌ای شروع کنند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Haiming Kirche، اتوبوس منطقه‌ای به سمت Ötztal Bahnhof، ۱ دقیقه "
                    "پیاده؛ ایستگاه قطار Haiming، ۱۲ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Німецька B1/B2 з підготовкою до іспиту",
                "summary": (
                    "Вечірній курс для тих, хто вже знає мову: покращите німецьку для роботи й "
                    "навчання та підготуєтеся до іспиту B1 або B2."
                ),
                "description": (
                    "Курс триває 16 тижнів. У вівторок ви навчаєтеся очно в Haiming, у четвер – "
                    "онлайн із дому. Ви тренуєтеся писати листи й e-mail, розуміти тексти з роботи "
                    "та повсякдення, говорити телефоном і висловлювати свою думку – саме те, що "
                    "потрібно на інтеграційному іспиті або іспиті B2. Для онлайн-частини потрібен "
                    "ноутбук чи планшет; якщо немає, ми можемо позичити."
                ),
                "cost_note": (
                    "Вартість курсу 390 €, іспит оплачується окремо. Земля Тіроль (Land Tirol) і "
                    "служба зайнятості AMS часто оплачують частину – ми допоможемо подати заяву."
                ),
                "how_to_access": (
                    "Запис до 1 лютого 2027 року онлайн або телефоном. Спершу – короткий тест для "
                    "визначення рівня, на місці чи онлайн."
                ),
                "eligibility": (
                    "Для дорослих, які завершили рівень A2 або мають рівень B1 і хочуть скласти "
                    "іспит чи почати професійне навчання."
                ),
                "transit_note": (
                    "Автобусна зупинка Haiming Kirche, регіональний автобус у напрямку Ötztal "
                    "Bahnhof, 1 хвилина пішки; залізнична станція Haiming – 12 хвилин пішки."
                ),
            },
        },
    },
    {
        "slug": "basisbildung-pflichtschulabschluss-haiming",
        "organization": "lernwerkstatt-haiming",
        "categories": ["schule-bildung", "arbeit-ausbildung"],
        "target_groups": ["jugendliche", "gefluechtete"],
        "languages": ["de", "en", "ar", "fa", "prs"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "oetz", "sautens", "stams"],
        "locations": [
            {
                "name": "Lernwerkstatt Haiming",
                "street": "Kirchstraße 8",
                "municipality": "haiming",
                "lat": 47.2551,
                "lon": 10.8806,
            },
        ],
        "by_appointment": False,
        "hours": [
            ["mo", "08:30", "12:30"],
            ["di", "08:30", "12:30"],
            ["mi", "08:30", "12:30"],
            ["do", "08:30", "12:30"],
        ],
        "start_date": "2027-03-15",
        "registration_deadline": "2027-02-26",
        "contact_name": "Miriam Larcher",
        "phone": "+43 5266 000 124",
        "email": "psa@lernwerkstatt-haiming.example.org",
        "website": "https://lernwerkstatt-haiming.example.org/pflichtschulabschluss",
        "texts": {
            "de": {
                "title": "Pflichtschulabschluss nachholen",
                "summary": (
                    "In einem Jahr zum österreichischen Pflichtschulabschluss – die Grundlage für "
                    "Lehre, weitere Schulen und viele Jobs."
                ),
                "description": (
                    "Viele junge Menschen haben ihre Schulzeit wegen Flucht oder Krieg "
                    "unterbrochen. In diesem Kurs lernen Sie an vier Vormittagen pro Woche "
                    "Deutsch, Englisch, Mathematik und Berufsorientierung sowie zwei Wahlfächer. "
                    "Kleine Gruppen, Lernbegleitung und Unterstützung bei der Lehrstellensuche "
                    "gehören dazu. Am Ende legen Sie die Prüfungen ab und bekommen ein staatliches "
                    "Zeugnis."
                ),
                "cost_note": (
                    "Kostenlos. Der Kurs wird öffentlich gefördert; Bücher und Material sind "
                    "inklusive."
                ),
                "how_to_access": (
                    "Melden Sie sich bis 26. Februar 2027 für ein Beratungsgespräch mit kurzem "
                    "Einstufungstest an. Bringen Sie Ausweis und, falls vorhanden, Schulzeugnisse "
                    "aus Ihrem Herkunftsland mit."
                ),
                "eligibility": (
                    "Für Jugendliche und Erwachsene ab 16 Jahren ohne österreichischen "
                    "Pflichtschulabschluss, mit Deutschkenntnissen ab etwa A2."
                ),
                "transit_note": (
                    "Bushaltestelle Haiming Kirche, Regiobus Richtung Ötztal Bahnhof, 1 Minute zu "
                    "Fuß; Bahnhof Haiming 12 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Complete your compulsory school leaving certificate",
                "summary": (
                    "Get the Austrian compulsory school leaving certificate in one year – the "
                    "basis for apprenticeships, further schooling and many jobs."
                ),
                "description": (
                    "Many young people had to stop school because of war or flight. In this course "
                    "you study German, English, maths and career orientation plus two optional "
                    "subjects, four mornings a week. Small groups, learning support and help with "
                    "finding an apprenticeship are part of it. At the end you take the exams and "
                    "receive an official state certificate."
                ),
                "cost_note": (
                    "Free. The course is publicly funded; books and materials are included."
                ),
                "how_to_access": (
                    "Book an advice meeting with a short placement test by 26 February 2027. Bring "
                    "your ID and, if you have them, school reports from your home country."
                ),
                "eligibility": (
                    "For young people and adults aged 16 and over without an Austrian compulsory "
                    "school leaving certificate, with German at about A2 level or higher."
                ),
                "transit_note": (
                    "Bus stop Haiming Kirche, regional bus towards Ötztal Bahnhof, 1 minute on "
                    "foot; Haiming railway station 12 minutes on foot."
                ),
            },
            "ar": {
                "title": "الحصول على شهادة التعليم الإلزامي",
                "summary": (
                    "في سنة واحدة تحصلون على شهادة التعليم الإلزامي النمساوية، وهي الأساس للتدريب "
                    "المهني ومتابعة الدراسة وكثير من الوظائف."
                ),
                "description": (
                    "كثير من الشباب انقطعوا عن المدرسة بسبب الحرب أو اللجوء. في هذه الدورة تدرسون "
                    "أربعة أيام في الأسبوع صباحاً الألمانية والإنجليزية والرياضيات والتوجيه "
                    "المهني، بالإضافة إلى مادتين اختياريتين. المجموعات صغيرة، وهناك مرافقة في "
                    "التعلم ومساعدة في البحث عن مكان تدريب مهني. في النهاية تقدمون الامتحانات "
                    "وتحصلون على شهادة رسمية من الدولة."
                ),
                "cost_note": "مجاناً. الدورة مموّلة من جهات عامة، والكتب والمواد مشمولة.",
                "how_to_access": (
                    "احجزوا حتى 26 فبراير 2027 موعد استشارة مع اختبار مستوى قصير. أحضروا بطاقة "
                    "الهوية والشهادات المدرسية من بلدكم إن وُجدت."
                ),
                "eligibility": (
                    "للشباب والبالغين من عمر 16 سنة فما فوق الذين ليس لديهم شهادة التعليم الإلزامي "
                    "النمساوية، ولديهم لغة ألمانية بمستوى A2 تقريباً أو أعلى."
                ),
                "transit_note": (
                    "موقف الحافلات Haiming Kirche، الحافلة الإقليمية باتجاه Ötztal Bahnhof، دقيقة "
                    "واحدة سيراً؛ محطة قطار Haiming على بعد 12 دقيقة سيراً."
                ),
            },
            "fa": {
                "title": "گرفتن مدرک پایان تحصیلات اجباری",
                "summary": (
                    "در یک سال مدرک پایان تحصیلات اجباری اتریش را بگیرید؛ پایه کارآموزی، ادامه "
                    "تحصیل و بسیاری از شغل‌ها."
                ),
                "description": (
                    "خیلی از جوان‌ها به خاطر جنگ یا مهاجرت مدرسه را نیمه‌کاره گذاشته‌اند. در این "
                    "دوره هفته‌ای چهار صبح آلمانی، انگلیسی، ریاضی و راهنمایی شغلی و دو درس انتخابی "
                    "می‌خوانید. گروه‌ها کوچک است، کمک درسی دارید و در پیدا کردن جای کارآموزی "
                    "(Lehre) هم کمکتان می‌کنیم. در آخر امتحان می‌دهید و مدرک رسمی دولتی می‌گیرید."
                ),
                "cost_note": (
                    "رایگان. هزینه دوره را نهادهای دولتی می‌پردازند؛ کتاب و وسایل هم شامل است."
                ),
                "how_to_access": (
                    "تا ۲۶ فوریه ۲۰۲۷ برای یک جلسه مشاوره با آزمون کوتاه تعیین سطح وقت بگیرید. "
                    "کارت شناسایی و اگر دارید، کارنامه‌های مدرسه از کشور خودتان را بیاورید."
                ),
                "eligibility": (
                    "برای نوجوانان و بزرگسالان ۱۶ سال به بالا که مدرک پایان تحصیلات اجباری اتریش "
                    "را ندارند و آلمانی‌شان حدود A2 یا بالاتر است."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Haiming Kirche، اتوبوس منطقه‌ای به سمت Ötztal Bahnhof، ۱ دقیقه "
                    "پیاده؛ ایستگاه قطار Haiming، ۱۲ دقیقه پیاده."
                ),
            },
        },
    },
    {
        "slug": "digital-fit-handy-computer-haiming",
        "organization": "lernwerkstatt-haiming",
        "categories": ["alltagshilfe", "schule-bildung"],
        "target_groups": ["senioren", "frauen"],
        "languages": ["de", "en", "tr", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "sautens", "oetz"],
        "locations": [
            {
                "name": "Lernwerkstatt Haiming, Computerraum",
                "street": "Kirchstraße 8",
                "municipality": "haiming",
                "lat": 47.2551,
                "lon": 10.8806,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "09:00", "11:00"]],
        "start_date": "2027-03-03",
        "registration_deadline": "2027-02-24",
        "contact_name": "Stefan Raffl",
        "phone": "+43 5266 000 125",
        "email": "digital@lernwerkstatt-haiming.example.org",
        "website": "https://lernwerkstatt-haiming.example.org/digital",
        "texts": {
            "de": {
                "title": "Digital fit: Handy und Computer für Alltag und Ämter",
                "summary": (
                    "Sechs Vormittage in kleiner Gruppe: ID Austria, Online-Termine, E-Mails, "
                    "Bank-App und sicheres Surfen."
                ),
                "description": (
                    "Immer mehr Wege zu Ämtern, Schule und Bank laufen über das Handy. In diesem "
                    "Kurs lernen Sie Schritt für Schritt, E-Mails zu schreiben und Anhänge zu "
                    "öffnen, die ID Austria einzurichten, online Termine zu buchen und Nachrichten "
                    "der Schule zu lesen. Wir sprechen auch darüber, wie Sie Betrug und falsche "
                    "Nachrichten erkennen. Bringen Sie Ihr eigenes Handy mit Ladekabel und Ihre "
                    "Zugangsdaten mit."
                ),
                "cost_note": (
                    "15 € für alle sechs Vormittage. Mit Mindestsicherung oder Kulturpass "
                    "kostenlos."
                ),
                "how_to_access": (
                    "Anmeldung bis 24. Februar 2027 per Telefon oder persönlich in der "
                    "Lernwerkstatt. Höchstens 8 Personen pro Gruppe."
                ),
                "eligibility": (
                    "Für Erwachsene, die wenig Erfahrung mit Handy oder Computer haben. Einfache "
                    "Deutschkenntnisse reichen; die Kursleiterin erklärt langsam und zeigt viel."
                ),
                "transit_note": (
                    "Bushaltestelle Haiming Kirche, Regiobus Richtung Ötztal Bahnhof, 1 Minute zu "
                    "Fuß."
                ),
            },
            "en": {
                "title": "Digital basics: phone and computer for daily life and officialdom",
                "summary": (
                    "Six mornings in a small group: ID Austria, online appointments, e-mail, "
                    "banking app and staying safe online."
                ),
                "description": (
                    "More and more dealings with authorities, schools and banks happen on your "
                    "phone. In this course you learn step by step how to write e-mails and open "
                    "attachments, set up ID Austria, book appointments online and read messages "
                    "from school. We also talk about how to spot scams and fake messages. Bring "
                    "your own phone with its charger and your log-in details."
                ),
                "cost_note": (
                    "€15 for all six mornings. Free if you receive minimum income support or have "
                    "a Kulturpass."
                ),
                "how_to_access": (
                    "Register by 24 February 2027 by phone or in person at the Lernwerkstatt. No "
                    "more than 8 people per group."
                ),
                "eligibility": (
                    "For adults with little experience of phones or computers. Basic German is "
                    "enough; the trainer explains slowly and shows you a lot."
                ),
                "transit_note": (
                    "Bus stop Haiming Kirche, regional bus towards Ötztal Bahnhof, 1 minute on "
                    "foot."
                ),
            },
            "ar": {
                "title": "مهارات رقمية: الهاتف والحاسوب للحياة اليومية والمعاملات الرسمية",
                "summary": (
                    "ستة صباحات في مجموعة صغيرة: ID Austria، والمواعيد عبر الإنترنت، والبريد "
                    "الإلكتروني، وتطبيق البنك، والأمان على الإنترنت."
                ),
                "description": (
                    "أصبحت معاملات كثيرة مع الدوائر الرسمية والمدرسة والبنك تتم عبر الهاتف. في هذه "
                    "الدورة تتعلمون خطوة بخطوة كتابة رسائل البريد الإلكتروني وفتح المرفقات، وتفعيل "
                    "ID Austria، وحجز المواعيد عبر الإنترنت، وقراءة رسائل المدرسة. ونتحدث أيضاً عن "
                    "كيفية التعرف على الاحتيال والرسائل الكاذبة. أحضروا هاتفكم مع الشاحن وبيانات "
                    "الدخول الخاصة بكم."
                ),
                "cost_note": (
                    "15 يورو للصباحات الستة كلها. مجاناً لمن يحصل على الحد الأدنى للدخل "
                    "(Mindestsicherung) أو لديه Kulturpass."
                ),
                "how_to_access": (
                    "التسجيل حتى 24 فبراير 2027 بالهاتف أو شخصياً في Lernwerkstatt. 8 أشخاص على "
                    "الأكثر في كل مجموعة."
                ),
                "eligibility": (
                    "للبالغين الذين لديهم خبرة قليلة بالهاتف أو الحاسوب. تكفي معرفة بسيطة "
                    "بالألمانية، فالمدرّبة تشرح ببطء وتُري كل شيء عملياً."
                ),
                "transit_note": (
                    "موقف الحافلات Haiming Kirche، الحافلة الإقليمية باتجاه Ötztal Bahnhof، دقيقة "
                    "واحدة سيراً."
                ),
            },
            "uk": {
                "title": "Цифрові навички: смартфон і комп’ютер для побуту й установ",
                "summary": (
                    "Шість ранків у малій групі: ID Austria, онлайн-запис на прийом, e-mail, "
                    "банківський застосунок і безпека в інтернеті."
                ),
                "description": (
                    "Дедалі більше справ з установами, школою та банком вирішуються через "
                    "смартфон. На курсі ви крок за кроком навчитеся писати e-mail і відкривати "
                    "вкладення, налаштувати ID Austria, записуватися на прийом онлайн і читати "
                    "повідомлення зі школи. Також поговоримо, як розпізнати шахрайство й фейкові "
                    "повідомлення. Візьміть свій телефон із зарядкою та дані для входу."
                ),
                "cost_note": (
                    "15 € за всі шість занять. Безкоштовно для тих, хто отримує Mindestsicherung "
                    "або має Kulturpass."
                ),
                "how_to_access": (
                    "Запис до 24 лютого 2027 року телефоном або особисто в Lernwerkstatt. У групі "
                    "не більше 8 осіб."
                ),
                "eligibility": (
                    "Для дорослих, які мають мало досвіду з телефоном чи комп’ютером. Достатньо "
                    "базової німецької: викладачка пояснює повільно й усе показує."
                ),
                "transit_note": (
                    "Зупинка Haiming Kirche, регіональний автобус у напрямку Ötztal Bahnhof, 1 "
                    "хвилина пішки."
                ),
            },
        },
    },
    {
        "slug": "gemeinschaftsgarten-haiming",
        "organization": "kulturverein-brueckenschlag",
        "categories": ["treffpunkte", "ehrenamt"],
        "target_groups": ["familien", "ehrenamtliche"],
        "languages": ["de", "en", "ar", "fa", "tr", "bs"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "sautens"],
        "locations": [
            {
                "name": "Gemeinschaftsgarten beim Sportplatz Haiming",
                "street": "Sportplatzweg 2",
                "municipality": "haiming",
                "lat": 47.2538,
                "lon": 10.8781,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "17:00", "19:00"], ["sa", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Emina Hodžić",
        "phone": "+43 5266 000 180",
        "email": "garten@kulturverein-brueckenschlag.example.org",
        "website": "https://kulturverein-brueckenschlag.example.org/garten",
        "texts": {
            "de": {
                "title": "Gemeinschaftsgarten: gemeinsam Gemüse anbauen",
                "summary": (
                    "Von April bis Oktober gärtnern Familien aus Haiming und aus vielen Ländern "
                    "zusammen – jede Hand ist willkommen."
                ),
                "description": (
                    "Im Gemeinschaftsgarten gibt es gemeinsame Beete für Gemüse, Kräuter und "
                    "Blumen. Wir zeigen einander, was im Tiroler Klima gut wächst, tauschen Samen "
                    "und Rezepte und ernten gemeinsam. Einmal im Monat kochen wir mit dem, was der "
                    "Garten hergibt. Werkzeug, Handschuhe und Gießkannen sind da; bringen Sie "
                    "feste Schuhe und Kleidung mit, die schmutzig werden darf."
                ),
                "cost_note": (
                    "Kostenlos. Wer möchte, kann ein eigenes kleines Beet für die Saison "
                    "übernehmen."
                ),
                "how_to_access": (
                    "Kommen Sie einfach am Mittwochabend oder Samstagvormittag vorbei. Von "
                    "November bis März ruht der Garten; dann treffen wir uns einmal im Monat zum "
                    "Planen – Termine auf der Website."
                ),
                "eligibility": (
                    "Für alle, die gerne draußen sind – Familien mit Kindern, Jugendliche, ältere "
                    "Menschen, mit und ohne Gartenerfahrung."
                ),
                "transit_note": (
                    "Bushaltestelle Haiming Kirche, Regiobus Richtung Ötztal Bahnhof, 6 Minuten zu "
                    "Fuß Richtung Sportplatz. Kieswege, für Rollstühle schwer befahrbar."
                ),
            },
            "en": {
                "title": "Community garden: growing vegetables together",
                "summary": (
                    "From April to October, families from Haiming and from many countries garden "
                    "together – every pair of hands is welcome."
                ),
                "description": (
                    "The community garden has shared beds for vegetables, herbs and flowers. We "
                    "show each other what grows well in the Tyrolean climate, swap seeds and "
                    "recipes and harvest together. Once a month we cook with whatever the garden "
                    "gives us. Tools, gloves and watering cans are provided; bring sturdy shoes "
                    "and clothes that can get dirty."
                ),
                "cost_note": (
                    "Free. If you like, you can look after your own small bed for the season."
                ),
                "how_to_access": (
                    "Just come along on Wednesday evening or Saturday morning. From November to "
                    "March the garden rests; we then meet once a month to plan – dates on the "
                    "website."
                ),
                "eligibility": (
                    "For everyone who enjoys being outdoors – families with children, young "
                    "people, older people, with or without gardening experience."
                ),
                "transit_note": (
                    "Bus stop Haiming Kirche, regional bus towards Ötztal Bahnhof, 6 minutes on "
                    "foot towards the sports ground. Gravel paths, difficult for wheelchairs."
                ),
            },
        },
    },
    {
        "slug": "jobcoaching-bewerbungshilfe-silz",
        "organization": "arbeitsinitiative-inntal",
        "categories": ["arbeit-ausbildung", "beratung"],
        "target_groups": ["arbeitsuchende", "gefluechtete", "jugendliche"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Arbeitsinitiative Inntal, Beratungsbüro",
                "street": "Bahnhofstraße 10",
                "municipality": "silz",
                "lat": 47.2689,
                "lon": 10.9305,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "08:30", "12:00"], ["mo", "13:00", "16:00"], ["mi", "08:30", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Jakob Haslwanter",
        "phone": "+43 5263 000 410",
        "email": "jobcoaching@arbeitsinitiative-inntal.example.org",
        "website": "https://arbeitsinitiative-inntal.example.org/jobcoaching",
        "texts": {
            "de": {
                "title": "Jobcoaching und Bewerbungshilfe",
                "summary": (
                    "Wir helfen Ihnen bei Lebenslauf, Bewerbung und Jobsuche und bereiten Sie auf "
                    "das Vorstellungsgespräch vor."
                ),
                "description": (
                    "Im Jobcoaching schauen wir gemeinsam, was Sie können und welche Arbeit im "
                    "Bezirk Imst zu Ihnen passt – im Tourismus, in der Industrie im Inntal, im "
                    "Handwerk oder in der Pflege. Wir schreiben mit Ihnen einen Lebenslauf auf "
                    "Deutsch, suchen passende Stellen, üben das Vorstellungsgespräch und lesen "
                    "Ihren Arbeitsvertrag, bevor Sie unterschreiben. Wir klären auch, ob Sie mit "
                    "Ihrem Aufenthaltstitel arbeiten dürfen. Bringen Sie Ausweis, Aufenthaltstitel "
                    "und alle Zeugnisse mit, die Sie haben."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Kommen Sie zur offenen Sprechstunde am Montag oder Mittwoch oder rufen Sie "
                    "an. Für weitere Treffen vereinbaren wir feste Termine."
                ),
                "eligibility": (
                    "Für alle Arbeitsuchenden im Bezirk Imst mit Migrations- oder "
                    "Fluchtgeschichte, auch Jugendliche ab 15 Jahren, die eine Lehrstelle suchen."
                ),
                "transit_note": (
                    "Bahnhof Silz, 3 Minuten zu Fuß. Bushaltestelle Silz Dorf, 5 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Job coaching and help with applications",
                "summary": (
                    "We help you with your CV, applications and job search and prepare you for job "
                    "interviews."
                ),
                "description": (
                    "In job coaching we look together at what you can do and which work in the "
                    "Imst district suits you – in tourism, in industry in the Inn valley, in a "
                    "trade or in care. We write a CV in German with you, look for suitable "
                    "vacancies, practise job interviews and read your employment contract before "
                    "you sign it. We also check whether your residence permit allows you to work. "
                    "Bring your ID, your residence permit and any certificates you have."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Come to the drop-in hours on Monday or Wednesday, or give us a call. For "
                    "further meetings we arrange fixed appointments."
                ),
                "eligibility": (
                    "For all job seekers in the Imst district with a migration or refugee "
                    "background, including young people from 15 who are looking for an "
                    "apprenticeship."
                ),
                "transit_note": (
                    "Silz railway station, 3 minutes on foot. Bus stop Silz Dorf, 5 minutes on "
                    "foot."
                ),
            },
            "ar": {
                "title": "إرشاد مهني ومساعدة في طلبات التوظيف",
                "summary": (
                    "نساعدكم في السيرة الذاتية وطلبات العمل والبحث عن وظيفة، ونحضّركم لمقابلة العمل."
                ),
                "description": (
                    "في الإرشاد المهني ننظر معاً في مهاراتكم وفي نوع العمل المناسب لكم في منطقة "
                    "Imst: في السياحة، أو في المصانع في وادي Inn، أو في الحِرَف، أو في الرعاية "
                    "الصحية. نكتب معكم سيرة ذاتية بالألمانية، ونبحث عن وظائف مناسبة، ونتدرب على "
                    "مقابلة العمل، ونقرأ عقد العمل معكم قبل التوقيع. ونتأكد أيضاً من أن تصريح "
                    "إقامتكم يسمح لكم بالعمل. أحضروا بطاقة الهوية وتصريح الإقامة وكل الشهادات التي "
                    "لديكم."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "تعالوا إلى ساعات الاستقبال المفتوحة يوم الاثنين أو الأربعاء، أو اتصلوا بنا. "
                    "للقاءات التالية نحدد مواعيد ثابتة."
                ),
                "eligibility": (
                    "لكل الباحثين عن عمل في منطقة Imst من ذوي الخلفية المهاجرة أو اللاجئين، ومنهم "
                    "الشباب من عمر 15 سنة الذين يبحثون عن مكان تدريب مهني."
                ),
                "transit_note": (
                    "محطة قطار Silz، ثلاث دقائق سيراً. موقف الحافلات Silz Dorf، خمس دقائق سيراً."
                ),
            },
            "fa": {
                "title": "مشاوره شغلی و کمک در درخواست کار",
                "summary": (
                    "در نوشتن رزومه، درخواست کار و پیدا کردن شغل کمکتان می‌کنیم و شما را برای "
                    "مصاحبه کاری آماده می‌کنیم."
                ),
                "description": (
                    "در مشاوره شغلی با هم بررسی می‌کنیم چه مهارت‌هایی دارید و چه کاری در منطقه "
                    "Imst برایتان مناسب است: در گردشگری، در کارخانه‌های دره Inn، در کارهای فنی و "
                    "صنعتی یا در پرستاری و مراقبت. با شما یک رزومه به آلمانی می‌نویسیم، دنبال "
                    "آگهی‌های مناسب می‌گردیم، مصاحبه کاری را تمرین می‌کنیم و قبل از امضا، قرارداد "
                    "کارتان را با هم می‌خوانیم. همچنین بررسی می‌کنیم که آیا با کارت اقامتتان اجازه "
                    "کار دارید. کارت شناسایی، کارت اقامت و همه مدرک‌هایی را که دارید بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "در ساعت‌های مشاوره آزاد دوشنبه یا چهارشنبه بیایید یا زنگ بزنید. برای جلسه‌های "
                    "بعدی وقت مشخص می‌گذاریم."
                ),
                "eligibility": (
                    "برای همه جویندگان کار مهاجر یا پناهنده در منطقه Imst، از جمله نوجوانان ۱۵ سال "
                    "به بالا که دنبال جای کارآموزی هستند."
                ),
                "transit_note": (
                    "ایستگاه قطار Silz، ۳ دقیقه پیاده. ایستگاه اتوبوس Silz Dorf، ۵ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Кар’єрний коучинг і допомога з пошуком роботи",
                "summary": (
                    "Допоможемо з резюме, заявкою на вакансію та пошуком роботи, а також "
                    "підготуємо до співбесіди."
                ),
                "description": (
                    "На коучингу ми разом з’ясуємо, що ви вмієте і яка робота в окрузі Imst вам "
                    "підходить: у туризмі, на підприємствах у долині Inn, у ремеслі чи в догляді "
                    "за людьми. Разом із вами напишемо резюме німецькою, знайдемо відповідні "
                    "вакансії, потренуємо співбесіду й прочитаємо трудовий договір до того, як ви "
                    "його підпишете. Також перевіримо, чи дозволяє ваш документ на перебування "
                    "працювати. Візьміть посвідчення особи, документ на перебування та всі дипломи "
                    "й свідоцтва, які маєте."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Приходьте на відкриті години консультацій у понеділок або середу чи "
                    "зателефонуйте. Про наступні зустрічі домовимося на конкретний час."
                ),
                "eligibility": (
                    "Для всіх, хто шукає роботу в окрузі Imst і має досвід міграції чи вимушеного "
                    "переселення, зокрема для молоді від 15 років, яка шукає місце для навчання "
                    "професії."
                ),
                "transit_note": (
                    "Залізнична станція Silz – 3 хвилини пішки. Автобусна зупинка Silz Dorf – 5 "
                    "хвилин пішки."
                ),
            },
        },
    },
    {
        "slug": "anerkennung-auslaendischer-abschluesse-silz",
        "organization": "arbeitsinitiative-inntal",
        "categories": ["arbeit-ausbildung", "recht-behoerden"],
        "target_groups": ["arbeitsuchende", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "uk", "ru", "ar"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["haiming", "moetz", "stams", "rietz", "mieming", "obsteig"],
        "locations": [
            {
                "name": "Arbeitsinitiative Inntal, Besprechungsraum 2",
                "street": "Bahnhofstraße 10",
                "municipality": "silz",
                "lat": 47.2689,
                "lon": 10.9305,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Olena Kovalenko",
        "phone": "+43 5263 000 415",
        "email": "anerkennung@arbeitsinitiative-inntal.example.org",
        "website": "https://arbeitsinitiative-inntal.example.org/anerkennung",
        "texts": {
            "de": {
                "title": "Beratung zur Anerkennung von Ausbildung und Studium",
                "summary": (
                    "Sie haben im Ausland einen Beruf gelernt oder studiert? Wir zeigen Ihnen, wie "
                    "Ihr Abschluss in Österreich anerkannt wird."
                ),
                "description": (
                    "Ob Pflegekraft, Elektrikerin, Lehrer oder Ingenieurin: Für viele Berufe "
                    "brauchen Sie in Österreich eine Anerkennung oder Nostrifizierung. Wir klären "
                    "mit Ihnen, welche Stelle zuständig ist, welche Unterlagen und Übersetzungen "
                    "Sie brauchen und was es kostet. Wir helfen beim Ausfüllen der Anträge und "
                    "arbeiten mit der Anlaufstelle für Anerkennung in Innsbruck zusammen. Bringen "
                    "Sie Ihre Zeugnisse, Diplome und Nachweise über Berufserfahrung mit, auch wenn "
                    "sie nicht übersetzt sind."
                ),
                "cost_note": (
                    "Die Beratung ist kostenlos. Für Übersetzungen und Anerkennungsverfahren "
                    "fallen Gebühren an; wir informieren Sie über Förderungen."
                ),
                "how_to_access": (
                    "Nur mit Termin, vor Ort in Silz oder per Videoanruf. Rufen Sie an oder "
                    "schreiben Sie eine E-Mail mit einer kurzen Beschreibung Ihres Abschlusses."
                ),
                "eligibility": (
                    "Für Menschen mit einer Ausbildung oder einem Studium aus dem Ausland, die im "
                    "Inntal oder am Mieminger Plateau wohnen."
                ),
                "transit_note": (
                    "Bahnhof Silz, 3 Minuten zu Fuß. Bushaltestelle Silz Dorf, 5 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Advice on recognition of foreign qualifications",
                "summary": (
                    "Did you train or study abroad? We show you how to get your qualification "
                    "recognised in Austria."
                ),
                "description": (
                    "Whether you are a nurse, electrician, teacher or engineer: many professions "
                    "in Austria require recognition or nostrification of your qualification. We "
                    "find out with you which authority is responsible, which documents and "
                    "translations you need and what it costs. We help you fill in the applications "
                    "and work together with the recognition contact point in Innsbruck. Bring your "
                    "certificates, diplomas and proof of work experience, even if they are not "
                    "translated."
                ),
                "cost_note": (
                    "The advice is free. Translations and recognition procedures cost fees; we "
                    "tell you about possible funding."
                ),
                "how_to_access": (
                    "By appointment only, in person in Silz or by video call. Call or e-mail us "
                    "with a short description of your qualification."
                ),
                "eligibility": (
                    "For people with a vocational qualification or degree from abroad who live in "
                    "the Inn valley or on the Mieming plateau."
                ),
                "transit_note": (
                    "Silz railway station, 3 minutes on foot. Bus stop Silz Dorf, 5 minutes on "
                    "foot."
                ),
            },
            "ar": {
                "title": "استشارة حول الاعتراف بالشهادات الأجنبية",
                "summary": (
                    "هل تعلمتم مهنة أو درستم في الخارج؟ نشرح لكم كيف يُعترف بشهادتكم في النمسا."
                ),
                "description": (
                    "سواء كنتم ممرضين أو كهربائيين أو معلمين أو مهندسين: كثير من المهن في النمسا "
                    "تحتاج إلى اعتراف بالشهادة أو معادلتها (Nostrifizierung). نبحث معكم عن الجهة "
                    "المسؤولة، وعن الأوراق والترجمات اللازمة، وعن التكاليف. نساعدكم في تعبئة "
                    "الطلبات، ونتعاون مع مركز الاعتراف بالشهادات في Innsbruck. أحضروا شهاداتكم "
                    "ووثائق خبرتكم المهنية، حتى لو لم تكن مترجمة."
                ),
                "cost_note": (
                    "الاستشارة مجانية. الترجمة وإجراءات الاعتراف لها رسوم، ونخبركم بإمكانيات الدعم "
                    "المالي."
                ),
                "how_to_access": (
                    "بموعد فقط، حضورياً في Silz أو عبر مكالمة فيديو. اتصلوا بنا أو أرسلوا بريداً "
                    "إلكترونياً مع وصف قصير لشهادتكم."
                ),
                "eligibility": (
                    "للأشخاص الذين لديهم تدريب مهني أو دراسة جامعية من الخارج ويسكنون في وادي Inn "
                    "أو على هضبة Mieming."
                ),
                "transit_note": (
                    "محطة قطار Silz، ثلاث دقائق سيراً. موقف الحافلات Silz Dorf، خمس دقائق سيراً."
                ),
            },
            "fa": {
                "title": "مشاوره برای ارزشیابی و به رسمیت شناختن مدرک خارجی",
                "summary": (
                    "در کشور دیگری حرفه‌ای یاد گرفته‌اید یا دانشگاه رفته‌اید؟ به شما نشان می‌دهیم "
                    "چطور مدرکتان در اتریش به رسمیت شناخته می‌شود."
                ),
                "description": (
                    "پرستار، برق‌کار، معلم یا مهندس باشید، برای خیلی از شغل‌ها در اتریش باید "
                    "مدرکتان ارزشیابی یا معادل‌سازی (Nostrifizierung) شود. با شما روشن می‌کنیم "
                    "کدام اداره مسئول است، چه مدارک و ترجمه‌هایی لازم دارید و هزینه‌اش چقدر است. "
                    "در پر کردن فرم‌ها کمکتان می‌کنیم و با مرکز ارزشیابی مدارک در Innsbruck همکاری "
                    "داریم. مدرک‌ها، دیپلم‌ها و سوابق کاری‌تان را بیاورید، حتی اگر ترجمه نشده‌اند."
                ),
                "cost_note": (
                    "مشاوره رایگان است. ترجمه و روند ارزشیابی هزینه دارد؛ درباره کمک‌هزینه‌ها به "
                    "شما اطلاعات می‌دهیم."
                ),
                "how_to_access": (
                    "فقط با وقت قبلی، حضوری در Silz یا با تماس تصویری. زنگ بزنید یا ایمیلی با "
                    "توضیح کوتاه درباره مدرکتان بفرستید."
                ),
                "eligibility": (
                    "برای کسانی که در خارج آموزش حرفه‌ای دیده‌اند یا درس دانشگاهی خوانده‌اند و در "
                    "دره Inn یا در منطقه Mieminger Plateau زندگی می‌کنند."
                ),
                "transit_note": (
                    "ایستگاه قطار Silz، ۳ دقیقه پیاده. ایستگاه اتوبوس Silz Dorf، ۵ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Консультація з визнання іноземної освіти",
                "summary": (
                    "Ви здобули професію чи вищу освіту за кордоном? Ми покажемо, як визнати ваш "
                    "диплом в Австрії."
                ),
                "description": (
                    "Медсестра, електрик, учитель чи інженерка: для багатьох професій в Австрії "
                    "потрібне визнання або нострифікація диплома. Ми разом з’ясуємо, яка установа "
                    "за це відповідає, які документи й переклади потрібні і скільки це коштує. "
                    "Допоможемо заповнити заяви; ми співпрацюємо з консультаційним центром із "
                    "питань визнання в Innsbruck. Візьміть свої дипломи, атестати й підтвердження "
                    "досвіду роботи, навіть якщо вони ще не перекладені."
                ),
                "cost_note": (
                    "Консультація безкоштовна. За переклади та процедуру визнання треба платити; "
                    "ми розповімо про можливу фінансову підтримку."
                ),
                "how_to_access": (
                    "Лише за записом: особисто в Silz або відеодзвінком. Зателефонуйте чи напишіть "
                    "e-mail із коротким описом вашої освіти."
                ),
                "eligibility": (
                    "Для людей з іноземною професійною чи вищою освітою, які живуть у долині Inn "
                    "або на плато Mieminger Plateau."
                ),
                "transit_note": (
                    "Залізнична станція Silz – 3 хвилини пішки. Автобусна зупинка Silz Dorf – 5 "
                    "хвилин пішки."
                ),
            },
        },
    },
    {
        "slug": "arbeitstraining-werkstatt-silz",
        "organization": "arbeitsinitiative-inntal",
        "categories": ["arbeit-ausbildung"],
        "target_groups": ["arbeitsuchende", "gefluechtete"],
        "languages": ["de", "en", "ar", "fa"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": True,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["haiming", "moetz", "stams", "rietz"],
        "locations": [
            {
                "name": "Werkstatt der Arbeitsinitiative Inntal",
                "street": "Gewerbestraße 6",
                "municipality": "silz",
                "lat": 47.2672,
                "lon": 10.9268,
            },
        ],
        "by_appointment": False,
        "hours": [
            ["mo", "07:30", "12:30"],
            ["di", "07:30", "12:30"],
            ["mi", "07:30", "12:30"],
            ["do", "07:30", "12:30"],
        ],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Thomas Walch",
        "phone": "+43 5263 000 420",
        "email": "werkstatt@arbeitsinitiative-inntal.example.org",
        "website": "https://arbeitsinitiative-inntal.example.org/werkstatt",
        "texts": {
            "de": {
                "title": "Arbeitstraining in der Holz- und Fahrradwerkstatt",
                "summary": (
                    "Sechs Monate bezahlt arbeiten, Deutsch für den Beruf lernen und Schritt für "
                    "Schritt den Weg in eine feste Stelle finden."
                ),
                "description": (
                    "In unserer Werkstatt reparieren Sie Fahrräder, bauen Möbel und Hochbeete für "
                    "Gemeinden und Kundinnen aus der Region. Sie arbeiten vier Vormittage pro "
                    "Woche im Team, lernen Werkzeuge, Arbeitssicherheit und die Wörter, die man im "
                    "Betrieb braucht. Eine Sozialarbeiterin begleitet Sie, hilft bei Problemen mit "
                    "Wohnung oder Ämtern und sucht mit Ihnen eine Stelle in einem Betrieb. "
                    "Arbeitskleidung und Sicherheitsschuhe bekommen Sie von uns."
                ),
                "cost_note": (
                    "Für Sie entstehen keine Kosten. Sie bekommen für die Arbeit einen Lohn nach "
                    "Kollektivvertrag."
                ),
                "how_to_access": (
                    "Sie brauchen eine Zuweisung vom AMS oder vom Sozialamt. Sprechen Sie Ihre "
                    "Beraterin dort an; danach laden wir Sie zu einem Schnuppertag ein."
                ),
                "eligibility": (
                    "Für Menschen, die länger arbeitslos sind oder Mindestsicherung bekommen, auch "
                    "für anerkannte Flüchtlinge und subsidiär Schutzberechtigte. Deutsch auf "
                    "Niveau A1 genügt."
                ),
                "transit_note": (
                    "Bahnhof Silz, 10 Minuten zu Fuß Richtung Gewerbegebiet. Die Werkstatt hat "
                    "Stufen und ist nicht barrierefrei."
                ),
            },
            "en": {
                "title": "Work training in the wood and bicycle workshop",
                "summary": (
                    "Six months of paid work, German for the job and a step-by-step path into a "
                    "regular position."
                ),
                "description": (
                    "In our workshop you repair bicycles and build furniture and raised garden "
                    "beds for municipalities and customers in the region. You work four mornings a "
                    "week in a team and learn about tools, safety at work and the words you need "
                    "on the job. A social worker supports you, helps with problems with housing or "
                    "authorities and looks for a job in a company with you. We provide work "
                    "clothes and safety shoes."
                ),
                "cost_note": (
                    "There is no cost to you. You are paid a wage according to the collective "
                    "agreement."
                ),
                "how_to_access": (
                    "You need a referral from the AMS (public employment service) or the social "
                    "welfare office. Ask your adviser there; we will then invite you to a trial "
                    "day."
                ),
                "eligibility": (
                    "For people who have been unemployed for a long time or receive minimum income "
                    "support, including recognised refugees and people with subsidiary protection. "
                    "German at A1 level is enough."
                ),
                "transit_note": (
                    "Silz railway station, 10 minutes on foot towards the industrial estate. The "
                    "workshop has steps and is not step-free."
                ),
            },
            "ar": {
                "title": "تدريب عملي في ورشة الخشب والدراجات",
                "summary": (
                    "ستة أشهر من العمل المأجور، وتعلم الألمانية للعمل، وطريق خطوة بخطوة نحو وظيفة "
                    "ثابتة."
                ),
                "description": (
                    "في ورشتنا تصلحون الدراجات وتصنعون الأثاث وأحواض الزراعة المرتفعة للبلديات "
                    "والزبائن في المنطقة. تعملون أربعة أيام في الأسبوع صباحاً ضمن فريق، وتتعلمون "
                    "استخدام الأدوات وقواعد السلامة في العمل والكلمات التي تحتاجونها في الشركة. "
                    "ترافقكم أخصائية اجتماعية، وتساعدكم في مشاكل السكن أو الدوائر الرسمية، وتبحث "
                    "معكم عن وظيفة في شركة. نعطيكم ملابس العمل وأحذية السلامة."
                ),
                "cost_note": "لا تدفعون شيئاً. تحصلون على أجر عن عملكم حسب عقد العمل الجماعي.",
                "how_to_access": (
                    "تحتاجون إلى إحالة من دائرة العمل AMS أو من مكتب الشؤون الاجتماعية. تحدثوا مع "
                    "مستشارتكم هناك، وبعدها ندعوكم ليوم تجريبي."
                ),
                "eligibility": (
                    "للأشخاص العاطلين عن العمل منذ مدة طويلة أو الذين يحصلون على الحد الأدنى للدخل "
                    "(Mindestsicherung)، ومنهم اللاجئون المعترف بهم والحاصلون على الحماية الفرعية. "
                    "تكفي الألمانية بمستوى A1."
                ),
                "transit_note": (
                    "محطة قطار Silz، ثم 10 دقائق سيراً باتجاه المنطقة الصناعية. في الورشة درجات، "
                    "وهي غير مهيأة للكراسي المتحركة."
                ),
            },
            "fa": {
                "title": "آموزش کار در کارگاه نجاری و دوچرخه",
                "summary": (
                    "شش ماه کار با حقوق، یادگیری آلمانیِ محیط کار و پیدا کردن قدم به قدم یک شغل "
                    "ثابت."
                ),
                "description": (
                    "در کارگاه ما دوچرخه تعمیر می‌کنید و برای شهرداری‌ها و مشتری‌های منطقه مبل و "
                    "باغچه‌های بلند چوبی می‌سازید. هفته‌ای چهار صبح در یک تیم کار می‌کنید و کار با "
                    "ابزار، ایمنی کار و کلمه‌هایی را که در محل کار لازم است یاد می‌گیرید. یک "
                    "مددکار اجتماعی همراهتان است، در مشکلات مسکن یا اداره‌ها کمکتان می‌کند و با "
                    "شما دنبال کار در یک شرکت می‌گردد. لباس کار و کفش ایمنی را ما می‌دهیم."
                ),
                "cost_note": (
                    "برای شما هزینه‌ای ندارد. برای کارتان طبق قرارداد جمعی (Kollektivvertrag) حقوق "
                    "می‌گیرید."
                ),
                "how_to_access": (
                    "به معرفی‌نامه از اداره کار (AMS) یا اداره امور اجتماعی نیاز دارید. با "
                    "مشاورتان آنجا صحبت کنید؛ بعد شما را برای یک روز آزمایشی دعوت می‌کنیم."
                ),
                "eligibility": (
                    "برای کسانی که مدت زیادی بیکارند یا حداقل معاش (Mindestsicherung) می‌گیرند، از "
                    "جمله پناهندگان پذیرفته‌شده و دارندگان حمایت تکمیلی. آلمانی در سطح A1 کافی "
                    "است."
                ),
                "transit_note": (
                    "ایستگاه قطار Silz، ۱۰ دقیقه پیاده به سمت منطقه صنعتی. کارگاه پله دارد و برای "
                    "ویلچر مناسب نیست."
                ),
            },
        },
    },
    {
        "slug": "online-deutschkurs-a2-b1-silz",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen"],
        "target_groups": [],
        "languages": ["de", "en", "uk"],
        "language_taught": "de",
        "level_from": "A2",
        "level_to": "B1",
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "online",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["haiming", "moetz", "stams", "rietz", "mieming", "obsteig"],
        "locations": [
            {
                "name": "Gemeindebücherei Silz (Starttermin und Technikhilfe)",
                "street": "Kirchplatz 5",
                "municipality": "silz",
                "lat": 47.268,
                "lon": 10.929,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "19:00", "20:30"], ["mi", "19:00", "20:30"]],
        "start_date": "2027-01-18",
        "registration_deadline": "2027-01-08",
        "contact_name": "Katharina Gstrein",
        "phone": "+43 5412 000 311",
        "email": "online@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/online",
        "texts": {
            "de": {
                "title": "Online-Deutschkurs A2/B1 am Abend",
                "summary": (
                    "Deutsch lernen von zu Hause aus: zweimal pro Woche live im Videokurs, dazu "
                    "Übungen auf der Lernplattform."
                ),
                "description": (
                    "Der Kurs ist für Menschen, die im Schichtdienst arbeiten, kleine Kinder haben "
                    "oder weit vom nächsten Kursort wohnen. Sie lernen zweimal pro Woche live mit "
                    "Ihrer Trainerin und der Gruppe am Bildschirm und üben dazwischen mit kurzen "
                    "Aufgaben auf der Lernplattform. Beim ersten Treffen in der Gemeindebücherei "
                    "Silz richten wir gemeinsam alles auf Ihrem Handy, Tablet oder Laptop ein. Wer "
                    "kein Gerät hat, kann ein Tablet ausleihen."
                ),
                "cost_note": (
                    "120 € für 14 Wochen. Mit Mindestsicherung oder Grundversorgung zahlen Sie die "
                    "Hälfte."
                ),
                "how_to_access": (
                    "Anmeldung bis 8. Jänner 2027 online oder telefonisch. Der Starttermin mit "
                    "Technikhilfe ist am Samstag, 16. Jänner 2027, um 10 Uhr in der "
                    "Gemeindebücherei Silz."
                ),
                "eligibility": (
                    "Für Erwachsene mit Deutschkenntnissen auf Niveau A2, die ein Handy, Tablet "
                    "oder einen Laptop mit Internet nutzen können."
                ),
                "transit_note": (
                    "Starttermin: Bahnhof Silz, 6 Minuten zu Fuß; Bushaltestelle Silz Dorf, 1 "
                    "Minute zu Fuß. Danach findet der Kurs online statt."
                ),
            },
            "en": {
                "title": "Online German course A2/B1 in the evening",
                "summary": (
                    "Learn German from home: live video lessons twice a week plus exercises on a "
                    "learning platform."
                ),
                "description": (
                    "This course is for people who work shifts, have small children or live far "
                    "from the nearest course venue. Twice a week you learn live on screen with "
                    "your trainer and the group, and in between you practise with short tasks on "
                    "the learning platform. At the first meeting in the Silz public library we set "
                    "everything up together on your phone, tablet or laptop. If you don't have a "
                    "device, you can borrow a tablet."
                ),
                "cost_note": (
                    "€120 for 14 weeks. If you receive minimum income support or basic care "
                    "(Grundversorgung), you pay half."
                ),
                "how_to_access": (
                    "Register by 8 January 2027 online or by phone. The start meeting with tech "
                    "help is on Saturday, 16 January 2027, at 10 am in the Silz public library."
                ),
                "eligibility": (
                    "For adults with German at A2 level who can use a phone, tablet or laptop with "
                    "internet access."
                ),
                "transit_note": (
                    "Start meeting: Silz railway station, 6 minutes on foot; bus stop Silz Dorf, 1 "
                    "minute on foot. After that the course takes place online."
                ),
            },
            "ar": {
                "title": "دورة ألمانية عبر الإنترنت A2/B1 مساءً",
                "summary": (
                    "تعلّموا الألمانية من البيت: درس مباشر بالفيديو مرتين في الأسبوع، مع تمارين "
                    "على منصة تعليمية."
                ),
                "description": (
                    "هذه الدورة مناسبة لمن يعمل بنظام المناوبات، أو لديه أطفال صغار، أو يسكن "
                    "بعيداً عن أقرب مكان للدورات. مرتين في الأسبوع تتعلمون مباشرة أمام الشاشة مع "
                    "المدرّبة والمجموعة، وبين الدروس تتدربون بمهام قصيرة على المنصة التعليمية. في "
                    "اللقاء الأول في مكتبة البلدية في Silz نجهّز معاً كل شيء على هاتفكم أو جهازكم "
                    "اللوحي أو حاسوبكم. من ليس لديه جهاز يمكنه استعارة جهاز لوحي."
                ),
                "cost_note": (
                    "120 يورو لمدة 14 أسبوعاً. من يحصل على الحد الأدنى للدخل (Mindestsicherung) أو "
                    "الرعاية الأساسية (Grundversorgung) يدفع النصف."
                ),
                "how_to_access": (
                    "التسجيل حتى 8 يناير 2027 عبر الإنترنت أو بالهاتف. لقاء البداية مع المساعدة "
                    "التقنية يوم السبت 16 يناير 2027 الساعة 10 صباحاً في مكتبة البلدية في Silz."
                ),
                "eligibility": (
                    "للبالغين الذين لديهم لغة ألمانية بمستوى A2 ويستطيعون استخدام هاتف أو جهاز "
                    "لوحي أو حاسوب متصل بالإنترنت."
                ),
                "transit_note": (
                    "لقاء البداية: محطة قطار Silz على بعد 6 دقائق سيراً؛ موقف الحافلات Silz Dorf "
                    "على بعد دقيقة واحدة. بعد ذلك تكون الدروس عبر الإنترنت."
                ),
            },
            "fa": {
                "title": "کلاس آنلاین آلمانی A2/B1، عصرها",
                "summary": (
                    "از خانه آلمانی یاد بگیرید: هفته‌ای دو بار کلاس زنده تصویری، به‌اضافه تمرین در "
                    "سامانه آموزشی."
                ),
                "description": (
                    "این کلاس برای کسانی است که شیفتی کار می‌کنند، بچه کوچک دارند یا از نزدیک‌ترین "
                    "محل کلاس دورند. هفته‌ای دو بار به‌طور زنده با مربی و گروه پشت صفحه درس "
                    "می‌خوانید و بین جلسه‌ها با تمرین‌های کوتاه در سامانه آموزشی تمرین می‌کنید. در "
                    "جلسه اول در کتابخانه Silz همه چیز را با هم روی گوشی، تبلت یا لپ‌تاپ شما راه "
                    "می‌اندازیم. اگر دستگاه ندارید، می‌توانید تبلت قرض بگیرید."
                ),
                "cost_note": (
                    "۱۲۰ یورو برای ۱۴ هفته. اگر حداقل معاش (Mindestsicherung) یا کمک پایه "
                    "(Grundversorgung) می‌گیرید، نصف آن را می‌پردازید."
                ),
                "how_to_access": (
                    "تا ۸ ژانویه ۲۰۲۷ آنلاین یا تلفنی ثبت‌نام کنید. جلسه شروع و کمک فنی شنبه ۱۶ "
                    "ژانویه ۲۰۲۷ ساعت ۱۰ صبح در کتابخانه Silz است."
                ),
                "eligibility": (
                    "برای بزرگسالانی که آلمانی‌شان در سطح A2 است و می‌توانند با گوشی، تبلت یا "
                    "لپ‌تاپ و اینترنت کار کنند."
                ),
                "transit_note": (
                    "جلسه شروع: ایستگاه قطار Silz، ۶ دقیقه پیاده؛ ایستگاه اتوبوس Silz Dorf، ۱ "
                    "دقیقه پیاده. بعد از آن کلاس آنلاین است."
                ),
            },
            "uk": {
                "title": "Онлайн-курс німецької A2/B1 увечері",
                "summary": (
                    "Вивчайте німецьку вдома: двічі на тиждень живі відеоуроки, а між ними – "
                    "вправи на навчальній платформі."
                ),
                "description": (
                    "Курс для тих, хто працює позмінно, має малих дітей або живе далеко від місця, "
                    "де проходять курси. Двічі на тиждень ви навчаєтеся наживо з викладачкою та "
                    "групою біля екрана, а між заняттями виконуєте короткі завдання на навчальній "
                    "платформі. На першій зустрічі в Gemeindebücherei Silz (бібліотеці) ми разом "
                    "усе налаштуємо на вашому телефоні, планшеті чи ноутбуці. Якщо пристрою немає, "
                    "можна позичити планшет."
                ),
                "cost_note": (
                    "120 € за 14 тижнів. Якщо ви отримуєте Mindestsicherung або базове "
                    "забезпечення (Grundversorgung), платите половину."
                ),
                "how_to_access": (
                    "Запис до 8 січня 2027 року онлайн або телефоном. Перша зустріч із технічною "
                    "допомогою – у суботу, 16 січня 2027 року, о 10:00 у бібліотеці Silz."
                ),
                "eligibility": (
                    "Для дорослих із рівнем німецької A2, які вміють користуватися телефоном, "
                    "планшетом чи ноутбуком з інтернетом."
                ),
                "transit_note": (
                    "Перша зустріч: залізнична станція Silz – 6 хвилин пішки; автобусна зупинка "
                    "Silz Dorf – 1 хвилина пішки. Далі курс проходить онлайн."
                ),
            },
        },
    },
    {
        "slug": "offener-jugendtreff-mieming",
        "organization": "jugendtreff-mieminger-plateau",
        "categories": ["treffpunkte"],
        "target_groups": ["jugendliche"],
        "languages": ["de", "en", "ar", "fa", "tr"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["obsteig", "moetz"],
        "locations": [
            {
                "name": "Jugendtreff Mieming",
                "street": "Dorfplatz 5",
                "municipality": "mieming",
                "lat": 47.3004,
                "lon": 10.9791,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "15:00", "19:00"], ["fr", "15:00", "21:00"], ["sa", "14:00", "18:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Lukas Schennach",
        "phone": "+43 5264 000 310",
        "email": "treff@jugendtreff-mieminger-plateau.example.org",
        "website": "https://jugendtreff-mieminger-plateau.example.org",
        "texts": {
            "de": {
                "title": "Offener Jugendtreff",
                "summary": (
                    "Ein Ort nur für Jugendliche: Freunde treffen, Musik hören, Tischfußball "
                    "spielen, kochen – und mit jemandem reden, wenn es Probleme gibt."
                ),
                "description": (
                    "Im Jugendtreff kannst du einfach da sein: chillen, Playstation oder "
                    "Tischfußball spielen, Musik machen oder mit anderen kochen. Es gibt eine Ecke "
                    "mit Computer und Drucker für Hausübungen und Bewerbungen. Zwei Jugendarbeiter "
                    "(eine Frau und ein Mann) sind immer da und hören zu, wenn du Stress in der "
                    "Schule, zu Hause oder mit Freunden hast. Alkohol und Gewalt haben hier keinen "
                    "Platz – Respekt gilt für alle."
                ),
                "cost_note": "Kostenlos. Getränke und Snacks kosten wenig.",
                "how_to_access": (
                    "Ohne Anmeldung – komm einfach vorbei. Du kannst auch Freundinnen und Freunde "
                    "mitnehmen."
                ),
                "eligibility": (
                    "Für alle Jugendlichen von 12 bis 20 Jahren vom Mieminger Plateau und aus der "
                    "Umgebung, egal woher sie kommen."
                ),
                "transit_note": (
                    "Bushaltestelle Mieming Dorfplatz, Regiobus Telfs–Mieming–Obsteig, 1 Minute zu "
                    "Fuß."
                ),
            },
            "en": {
                "title": "Open youth club",
                "summary": (
                    "A place just for young people: meet friends, listen to music, play table "
                    "football, cook – and talk to someone if you have problems."
                ),
                "description": (
                    "At the youth club you can just hang out: chill, play PlayStation or table "
                    "football, make music or cook with others. There is a corner with a computer "
                    "and printer for homework and job applications. Two youth workers (a woman and "
                    "a man) are always there and listen if you have stress at school, at home or "
                    "with friends. There is no room for alcohol or violence here – respect applies "
                    "to everyone."
                ),
                "cost_note": "Free. Drinks and snacks are cheap.",
                "how_to_access": "No registration – just come by. You can bring your friends too.",
                "eligibility": (
                    "For all young people aged 12 to 20 from the Mieming plateau and the "
                    "surrounding area, wherever they come from."
                ),
                "transit_note": (
                    "Bus stop Mieming Dorfplatz, regional bus Telfs–Mieming–Obsteig, 1 minute on "
                    "foot."
                ),
            },
            "ar": {
                "title": "نادي الشباب المفتوح",
                "summary": (
                    "مكان للشباب فقط: لقاء الأصدقاء، والاستماع إلى الموسيقى، ولعب الفوسبول (كرة "
                    "القدم على الطاولة)، والطبخ، والحديث مع شخص ما إذا كانت لديك مشكلة."
                ),
                "description": (
                    "في نادي الشباب يمكنك أن تكون على راحتك: تسترخي، أو تلعب على PlayStation أو "
                    "الفوسبول، أو تعزف الموسيقى، أو تطبخ مع الآخرين. هناك ركن فيه حاسوب وطابعة "
                    "للواجبات المدرسية وطلبات العمل. يوجد دائماً عاملان في مجال الشباب (امرأة "
                    "ورجل) يستمعان إليك إذا كان لديك ضغط في المدرسة أو في البيت أو مع الأصدقاء. لا "
                    "مكان هنا للكحول أو العنف، والاحترام للجميع."
                ),
                "cost_note": "مجاناً. المشروبات والوجبات الخفيفة بأسعار رخيصة.",
                "how_to_access": (
                    "لا حاجة إلى التسجيل، تعال ببساطة. يمكنك أن تحضر أصدقاءك وصديقاتك معك."
                ),
                "eligibility": (
                    "لكل الشباب والشابات من عمر 12 إلى 20 سنة من هضبة Mieming والمنطقة المحيطة، "
                    "مهما كان أصلهم."
                ),
                "transit_note": (
                    "موقف الحافلات Mieming Dorfplatz، الحافلة الإقليمية Telfs–Mieming–Obsteig، "
                    "دقيقة واحدة سيراً."
                ),
            },
            "fa": {
                "title": "باشگاه آزاد نوجوانان",
                "summary": (
                    "جایی فقط برای نوجوانان و جوانان: دوستانت را ببینی، موسیقی گوش کنی، فوتبال "
                    "دستی بازی کنی، آشپزی کنی و اگر مشکلی داری با کسی حرف بزنی."
                ),
                "description": (
                    "در باشگاه نوجوانان می‌توانی راحت باشی: استراحت کنی، پلی‌استیشن یا فوتبال دستی "
                    "بازی کنی، موسیقی بزنی یا با بقیه آشپزی کنی. یک گوشه با کامپیوتر و پرینتر برای "
                    "تکلیف مدرسه و درخواست کار هست. همیشه دو مربی (یک زن و یک مرد) آنجا هستند و "
                    "اگر در مدرسه، خانه یا با دوستانت فشار و مشکل داری، به حرفت گوش می‌دهند. الکل "
                    "و خشونت اینجا جایی ندارد؛ احترام برای همه است."
                ),
                "cost_note": "رایگان. نوشیدنی و خوراکی ارزان است.",
                "how_to_access": "ثبت‌نام لازم نیست؛ فقط بیا. می‌توانی دوستانت را هم بیاوری.",
                "eligibility": (
                    "برای همه نوجوانان و جوانان ۱۲ تا ۲۰ ساله از Mieminger Plateau و اطراف، از هر "
                    "جایی که آمده باشند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Mieming Dorfplatz، اتوبوس منطقه‌ای Telfs–Mieming–Obsteig، ۱ "
                    "دقیقه پیاده."
                ),
            },
        },
    },
    {
        "slug": "lehrstellen-sprechstunde-jugendliche-mieming",
        "organization": "jugendtreff-mieminger-plateau",
        "categories": ["arbeit-ausbildung", "beratung"],
        "target_groups": ["jugendliche"],
        "languages": ["de", "en", "ar"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["obsteig", "moetz", "stams"],
        "locations": [
            {
                "name": "Jugendtreff Mieming, Büro",
                "street": "Dorfplatz 5",
                "municipality": "mieming",
                "lat": 47.3004,
                "lon": 10.9791,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "16:00", "18:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Lukas Schennach",
        "phone": "+43 5264 000 311",
        "email": "lehre@jugendtreff-mieminger-plateau.example.org",
        "website": "https://jugendtreff-mieminger-plateau.example.org/lehre",
        "texts": {
            "de": {
                "title": "Lehrstellen-Sprechstunde für Jugendliche",
                "summary": (
                    "Welche Lehre passt zu mir? Wir helfen bei Schnuppertagen, Bewerbung und der "
                    "Suche nach einer Lehrstelle."
                ),
                "description": (
                    "Jeden Dienstag hat ein Jugendarbeiter Zeit für alle Fragen rund um Lehre und "
                    "Beruf. Gemeinsam findest du heraus, welche Berufe dich interessieren, und wir "
                    "organisieren Schnuppertage in Betrieben am Plateau, in Telfs oder in Imst. "
                    "Wir schreiben mit dir Lebenslauf und Bewerbung und üben das Gespräch mit dem "
                    "Chef oder der Chefin. Deine Eltern sind gern willkommen, wenn du das "
                    "möchtest."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Komm am Dienstag zwischen 16 und 18 Uhr ins Büro im Jugendtreff. Wenn du "
                    "nicht warten willst, schreib vorher eine Nachricht."
                ),
                "eligibility": (
                    "Für Jugendliche von 14 bis 21 Jahren, die eine Lehrstelle oder einen "
                    "Ausbildungsplatz suchen."
                ),
                "transit_note": (
                    "Bushaltestelle Mieming Dorfplatz, Regiobus Telfs–Mieming–Obsteig, 1 Minute zu "
                    "Fuß."
                ),
            },
            "en": {
                "title": "Apprenticeship advice hour for young people",
                "summary": (
                    "Which apprenticeship suits me? We help with trial days, applications and "
                    "finding an apprenticeship."
                ),
                "description": (
                    "Every Tuesday a youth worker has time for all your questions about "
                    "apprenticeships and jobs. Together you find out which careers interest you, "
                    "and we arrange trial days at companies on the plateau, in Telfs or in Imst. "
                    "We write your CV and application with you and practise the interview with the "
                    "boss. Your parents are welcome to come if you want them to."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Come to the office in the youth club on Tuesdays between 4 and 6 pm. If you "
                    "don't want to wait, send us a message beforehand."
                ),
                "eligibility": (
                    "For young people aged 14 to 21 who are looking for an apprenticeship or "
                    "training place."
                ),
                "transit_note": (
                    "Bus stop Mieming Dorfplatz, regional bus Telfs–Mieming–Obsteig, 1 minute on "
                    "foot."
                ),
            },
            "ar": {
                "title": "ساعة استشارة للشباب حول التدريب المهني",
                "summary": (
                    "أي تدريب مهني يناسبني؟ نساعدك في أيام التجربة وطلب العمل والبحث عن مكان تدريب "
                    "مهني (Lehre)."
                ),
                "description": (
                    "كل يوم ثلاثاء يخصص عامل في مجال الشباب وقته لكل أسئلتك عن التدريب المهني "
                    "والعمل. معاً تكتشف المهن التي تهمك، ونرتب لك أيام تجربة (Schnuppertage) في "
                    "شركات على الهضبة أو في Telfs أو في Imst. نكتب معك السيرة الذاتية وطلب العمل، "
                    "ونتدرب على المقابلة مع صاحب العمل. أهلك مرحب بهم أيضاً إذا أردت ذلك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "تعال يوم الثلاثاء بين الساعة 4 و6 مساءً إلى المكتب في نادي الشباب. إذا لم ترد "
                    "الانتظار، أرسل لنا رسالة قبل ذلك."
                ),
                "eligibility": (
                    "للشباب والشابات من عمر 14 إلى 21 سنة الذين يبحثون عن مكان تدريب مهني."
                ),
                "transit_note": (
                    "موقف الحافلات Mieming Dorfplatz، الحافلة الإقليمية Telfs–Mieming–Obsteig، "
                    "دقيقة واحدة سيراً."
                ),
            },
            "fa": {
                "title": "ساعت مشاوره کارآموزی برای نوجوانان",
                "summary": (
                    "کدام رشته کارآموزی (Lehre) به من می‌خورد؟ در روزهای آزمایشی، نوشتن درخواست و "
                    "پیدا کردن جای کارآموزی کمکت می‌کنیم."
                ),
                "description": (
                    "هر سه‌شنبه یک مربی جوانان برای همه سؤال‌هایت درباره کارآموزی و شغل وقت دارد. "
                    "با هم پیدا می‌کنیم چه شغل‌هایی برایت جالب است و در شرکت‌های Mieminger "
                    "Plateau، Telfs یا Imst برایت روز آزمایشی (Schnuppertag) ترتیب می‌دهیم. با تو "
                    "رزومه و درخواست کار می‌نویسیم و گفت‌وگو با صاحب‌کار را تمرین می‌کنیم. اگر "
                    "بخواهی، پدر و مادرت هم می‌توانند بیایند."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "سه‌شنبه بین ساعت ۱۶ و ۱۸ به دفتر باشگاه نوجوانان بیا. اگر نمی‌خواهی منتظر "
                    "بمانی، قبلش پیام بده."
                ),
                "eligibility": "برای نوجوانان و جوانان ۱۴ تا ۲۱ ساله که دنبال جای کارآموزی هستند.",
                "transit_note": (
                    "ایستگاه اتوبوس Mieming Dorfplatz، اتوبوس منطقه‌ای Telfs–Mieming–Obsteig، ۱ "
                    "دقیقه پیاده."
                ),
            },
        },
    },
    {
        "slug": "wohnberatung-mietrecht-mieming",
        "organization": "wohnberatung-oberland",
        "categories": ["wohnen", "recht-behoerden", "beratung"],
        "target_groups": ["familien", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "uk", "ru", "ar"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Wohnberatung Oberland, Außenstelle Mieminger Plateau",
                "street": "Kirchweg 12",
                "municipality": "mieming",
                "lat": 47.3012,
                "lon": 10.9774,
            },
        ],
        "by_appointment": True,
        "hours": [["do", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Markus Falkner",
        "phone": "+43 5264 000 480",
        "email": "mietrecht@wohnberatung-oberland.example.org",
        "website": "https://wohnberatung-oberland.example.org/mietrecht",
        "texts": {
            "de": {
                "title": "Mietrecht und Wohnungssicherung: Beratung bei Wohnproblemen",
                "summary": (
                    "Kündigung, Mieterhöhung, Schimmel oder Schulden bei der Miete? Wir beraten "
                    "Sie, bevor es zu spät ist."
                ),
                "description": (
                    "Wir prüfen mit Ihnen Mietvertrag, Betriebskostenabrechnung und Briefe vom "
                    "Vermieter und erklären, welche Rechte und Pflichten Sie haben. Wenn Sie die "
                    "Miete nicht mehr zahlen können oder Ihnen die Wohnung gekündigt wurde, suchen "
                    "wir schnell nach Lösungen – zum Beispiel eine Ratenzahlung oder Unterstützung "
                    "vom Sozialamt. Wir helfen auch bei der Anmeldung für eine Gemeindewohnung "
                    "oder Genossenschaftswohnung. Bringen Sie alle Unterlagen zu Ihrer Wohnung "
                    "mit."
                ),
                "cost_note": "Kostenlos und vertraulich.",
                "how_to_access": (
                    "Rufen Sie am Donnerstag zwischen 9 und 12 Uhr an, um einen Termin zu "
                    "vereinbaren. Die Beratung ist vor Ort in Mieming oder am Telefon möglich. Bei "
                    "einem Räumungstermin melden Sie sich bitte sofort."
                ),
                "eligibility": (
                    "Für alle Mieterinnen und Mieter im Bezirk Imst, besonders Familien, "
                    "Geflüchtete und Vertriebene aus der Ukraine."
                ),
                "transit_note": (
                    "Bushaltestelle Mieming Kirche, Regiobus Telfs–Mieming–Obsteig, 2 Minuten zu "
                    "Fuß. Das Büro ist im 1. Stock ohne Lift; Beratung am Telefon ist immer "
                    "möglich."
                ),
            },
            "en": {
                "title": "Tenancy law and keeping your home: advice on housing problems",
                "summary": (
                    "Notice to quit, rent increase, mould or rent arrears? We advise you before it "
                    "is too late."
                ),
                "description": (
                    "We go through your rental contract, your service charge statement and letters "
                    "from your landlord with you and explain your rights and duties. If you can no "
                    "longer pay the rent or have been given notice, we look for solutions quickly "
                    "– for example, paying in instalments or support from the social welfare "
                    "office. We also help you apply for a council flat or housing association "
                    "flat. Bring all documents about your flat."
                ),
                "cost_note": "Free and confidential.",
                "how_to_access": (
                    "Call on Thursdays between 9 am and 12 noon to book an appointment. Advice is "
                    "available in person in Mieming or by phone. If you have an eviction date, "
                    "please contact us immediately."
                ),
                "eligibility": (
                    "For all tenants in the Imst district, especially families, refugees and "
                    "people displaced from Ukraine."
                ),
                "transit_note": (
                    "Bus stop Mieming Kirche, regional bus Telfs–Mieming–Obsteig, 2 minutes on "
                    "foot. The office is on the first floor with no lift; phone advice is always "
                    "possible."
                ),
            },
            "ar": {
                "title": "قانون الإيجار والحفاظ على السكن: استشارة في مشاكل السكن",
                "summary": (
                    "إنذار بالإخلاء، أو رفع الإيجار، أو عفن، أو ديون إيجار؟ نقدم لكم الاستشارة قبل "
                    "فوات الأوان."
                ),
                "description": (
                    "نراجع معكم عقد الإيجار وكشف المصاريف الجانبية والرسائل من المؤجر، ونشرح لكم "
                    "حقوقكم وواجباتكم. إذا لم تعودوا قادرين على دفع الإيجار أو وصلكم إنذار بإنهاء "
                    "العقد، نبحث بسرعة عن حلول، مثل الدفع بالتقسيط أو الدعم من مكتب الشؤون "
                    "الاجتماعية. ونساعدكم أيضاً في التسجيل للحصول على شقة من البلدية أو من جمعية "
                    "سكنية. أحضروا كل الأوراق المتعلقة بشقتكم."
                ),
                "cost_note": "مجاناً وبسرية تامة.",
                "how_to_access": (
                    "اتصلوا يوم الخميس بين الساعة 9 و12 ظهراً لحجز موعد. الاستشارة ممكنة حضورياً "
                    "في Mieming أو بالهاتف. إذا كان لديكم موعد إخلاء، تواصلوا معنا فوراً."
                ),
                "eligibility": (
                    "لكل المستأجرين في منطقة Imst، وخاصة العائلات واللاجئين والنازحين من أوكرانيا."
                ),
                "transit_note": (
                    "موقف الحافلات Mieming Kirche، الحافلة الإقليمية Telfs–Mieming–Obsteig، "
                    "دقيقتان سيراً. المكتب في الطابق الأول ولا يوجد مصعد، والاستشارة بالهاتف ممكنة "
                    "دائماً."
                ),
            },
            "fa": {
                "title": "حقوق مستأجر و حفظ خانه: مشاوره در مشکلات مسکن",
                "summary": (
                    "نامه فسخ قرارداد، افزایش اجاره، کپک یا بدهی اجاره دارید؟ قبل از اینکه دیر "
                    "شود، راهنمایی‌تان می‌کنیم."
                ),
                "description": (
                    "قرارداد اجاره، صورت‌حساب هزینه‌های جانبی و نامه‌های صاحبخانه را با شما بررسی "
                    "می‌کنیم و حقوق و وظایفتان را توضیح می‌دهیم. اگر دیگر نمی‌توانید اجاره را "
                    "بپردازید یا قراردادتان فسخ شده، زود دنبال راه‌حل می‌گردیم؛ مثلاً پرداخت قسطی "
                    "یا کمک از اداره امور اجتماعی. در ثبت‌نام برای خانه شهرداری یا خانه تعاونی هم "
                    "کمکتان می‌کنیم. همه مدارک مربوط به خانه‌تان را بیاورید."
                ),
                "cost_note": "رایگان و محرمانه.",
                "how_to_access": (
                    "پنجشنبه‌ها بین ساعت ۹ و ۱۲ زنگ بزنید و وقت بگیرید. مشاوره حضوری در Mieming یا "
                    "تلفنی ممکن است. اگر تاریخ تخلیه خانه برایتان تعیین شده، فوراً با ما تماس "
                    "بگیرید."
                ),
                "eligibility": (
                    "برای همه مستأجران در منطقه Imst، به‌خصوص خانواده‌ها، پناهندگان و آوارگان "
                    "اوکراینی."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Mieming Kirche، اتوبوس منطقه‌ای Telfs–Mieming–Obsteig، ۲ دقیقه "
                    "پیاده. دفتر در طبقه اول است و آسانسور ندارد؛ مشاوره تلفنی همیشه ممکن است."
                ),
            },
            "uk": {
                "title": "Право оренди та збереження житла: консультація з проблем житла",
                "summary": (
                    "Вам розірвали договір оренди, підвищили плату, у квартирі пліснява або є борг "
                    "за оренду? Ми порадимо, поки не пізно."
                ),
                "description": (
                    "Ми разом із вами перевіримо договір оренди, рахунок за комунальні послуги та "
                    "листи від орендодавця і пояснимо ваші права й обов’язки. Якщо ви більше не "
                    "можете платити за оренду або вам розірвали договір, ми швидко шукаємо "
                    "рішення, наприклад оплату частинами чи допомогу від соціальної служби. Також "
                    "допомагаємо стати в чергу на муніципальне житло або житло від житлового "
                    "кооперативу. Візьміть усі документи щодо вашої квартири."
                ),
                "cost_note": "Безкоштовно й конфіденційно.",
                "how_to_access": (
                    "Зателефонуйте в четвер з 9:00 до 12:00, щоб записатися. Консультація можлива "
                    "особисто в Mieming або телефоном. Якщо вам уже призначили дату виселення, "
                    "звертайтеся негайно."
                ),
                "eligibility": (
                    "Для всіх орендарів в окрузі Imst, особливо для сімей, біженців і переселенців "
                    "з України."
                ),
                "transit_note": (
                    "Зупинка Mieming Kirche, регіональний автобус Telfs–Mieming–Obsteig, 2 хвилини "
                    "пішки. Офіс на другому поверсі без ліфта; консультація телефоном можлива "
                    "завжди."
                ),
            },
        },
    },
    {
        "slug": "deutsch-fuer-pflegeberufe-mieming",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen", "arbeit-ausbildung"],
        "target_groups": ["arbeitsuchende", "frauen"],
        "languages": ["de", "en"],
        "language_taught": "de",
        "level_from": "B1",
        "level_to": "B2",
        "cost": "fee",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["obsteig", "moetz", "silz", "stams"],
        "locations": [
            {
                "name": "Wohn- und Pflegeheim Mieming, Schulungsraum",
                "street": "Sonnenweg 2",
                "municipality": "mieming",
                "lat": 47.2999,
                "lon": 10.9802,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "17:30", "20:30"], ["do", "17:30", "20:30"]],
        "start_date": "2027-03-02",
        "registration_deadline": "2027-02-12",
        "contact_name": "Lea Witting",
        "phone": "+43 5412 000 330",
        "email": "pflege@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/pflegedeutsch",
        "texts": {
            "de": {
                "title": "Deutsch für Pflege- und Betreuungsberufe (B1/B2)",
                "summary": (
                    "Fachdeutsch für die Arbeit in Pflegeheim, Krankenhaus und mobiler Pflege – "
                    "mit Praxistagen im Heim."
                ),
                "description": (
                    "Sie lernen, eine Übergabe zu machen, die Pflegedokumentation zu schreiben und "
                    "mit Bewohnerinnen, Angehörigen und Ärztinnen zu sprechen. Wir üben auch, den "
                    "Tiroler Dialekt älterer Menschen zu verstehen. Der Kurs findet im Pflegeheim "
                    "statt; an zwei Praxistagen begleiten Sie eine Pflegekraft bei der Arbeit. Der "
                    "Kurs bereitet auf die Ausbildung zur Pflegeassistenz oder auf die Anerkennung "
                    "eines Pflegediploms vor."
                ),
                "cost_note": (
                    "Kursbeitrag 350 € für 12 Wochen. AMS und Land Tirol fördern den Kurs; für "
                    "Beschäftigte der Partnerheime ist er kostenlos."
                ),
                "how_to_access": (
                    "Anmeldung bis 12. Februar 2027 online oder telefonisch. Für die Praxistage "
                    "brauchen Sie eine Bestätigung vom Arzt, dass Sie gesund sind."
                ),
                "eligibility": (
                    "Für Menschen mit Deutsch auf Niveau B1, die in der Pflege arbeiten oder "
                    "arbeiten möchten, auch mit einem Pflegeabschluss aus dem Ausland."
                ),
                "transit_note": (
                    "Bushaltestelle Mieming Untermieming, Regiobus Telfs–Mieming–Obsteig, 4 "
                    "Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "German for care professions (B1/B2)",
                "summary": (
                    "Job-specific German for work in care homes, hospitals and home care – with "
                    "practical days in a care home."
                ),
                "description": (
                    "You learn how to do a shift handover, write care documentation and talk to "
                    "residents, relatives and doctors. We also practise understanding the Tyrolean "
                    "dialect of older people. The course takes place in the care home; on two "
                    "practical days you shadow a care worker on the job. It prepares you for "
                    "training as a care assistant or for getting a nursing diploma from abroad "
                    "recognised."
                ),
                "cost_note": (
                    "Course fee €350 for 12 weeks. The AMS and the Land Tirol fund the course; it "
                    "is free for staff of our partner care homes."
                ),
                "how_to_access": (
                    "Register by 12 February 2027 online or by phone. For the practical days you "
                    "need a doctor's note confirming that you are in good health."
                ),
                "eligibility": (
                    "For people with German at B1 level who work or want to work in care, "
                    "including those with a nursing qualification from abroad."
                ),
                "transit_note": (
                    "Bus stop Mieming Untermieming, regional bus Telfs–Mieming–Obsteig, 4 minutes "
                    "on foot."
                ),
            },
        },
    },
    {
        "slug": "maedchentreff-obsteig",
        "organization": "jugendtreff-mieminger-plateau",
        "categories": ["treffpunkte"],
        "target_groups": ["jugendliche", "frauen"],
        "languages": ["de", "en", "ar", "fa"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "unknown",
        "serves_whole_district": False,
        "municipalities_served": ["mieming"],
        "locations": [
            {
                "name": "Mehrzweckhaus Obsteig, Jugendraum",
                "street": "Schulweg 6",
                "municipality": "obsteig",
                "lat": 47.3032,
                "lon": 10.9268,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "16:00", "18:30"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Selina Thurner",
        "phone": "+43 5264 000 320",
        "email": "maedchen@jugendtreff-mieminger-plateau.example.org",
        "website": "https://jugendtreff-mieminger-plateau.example.org/maedchen",
        "texts": {
            "de": {
                "title": "Mädchentreff: ein Nachmittag nur für Mädchen",
                "summary": (
                    "Jeden Montag treffen sich Mädchen von 11 bis 18 Jahren zum Kochen, Tanzen, "
                    "Basteln und Reden – mit einer Jugendarbeiterin."
                ),
                "description": (
                    "Beim Mädchentreff sind nur Mädchen und junge Frauen dabei, auch die "
                    "Betreuerin ist eine Frau. Ihr entscheidet gemeinsam, was ihr macht: kochen, "
                    "tanzen, Nägel lackieren, basteln oder Ausflüge ins Schwimmbad und nach "
                    "Innsbruck. Es ist auch Platz für ernste Themen wie Schule, Zukunft, Körper, "
                    "Freundschaft oder deine Rechte. Alles, was du hier erzählst, bleibt im Raum."
                ),
                "cost_note": "Kostenlos. Für Ausflüge zahlst du höchstens einen kleinen Beitrag.",
                "how_to_access": (
                    "Ohne Anmeldung – komm einfach vorbei. Eltern, die das Team zuerst "
                    "kennenlernen möchten, können gern anrufen oder beim ersten Mal mitkommen."
                ),
                "eligibility": (
                    "Für Mädchen und junge Frauen von 11 bis 18 Jahren aus Obsteig, Mieming und "
                    "der Umgebung."
                ),
                "transit_note": (
                    "Bushaltestelle Obsteig Dorf, Regiobus Telfs–Mieming–Obsteig, 3 Minuten zu Fuß "
                    "hinter der Volksschule."
                ),
            },
            "en": {
                "title": "Girls' club: an afternoon just for girls",
                "summary": (
                    "Every Monday, girls aged 11 to 18 meet to cook, dance, do crafts and talk – "
                    "with a female youth worker."
                ),
                "description": (
                    "Only girls and young women come to the girls' club, and the youth worker is a "
                    "woman too. You decide together what to do: cook, dance, paint your nails, do "
                    "crafts or go on trips to the swimming pool or to Innsbruck. There is also "
                    "room for serious topics like school, your future, your body, friendship or "
                    "your rights. Whatever you share here stays in the room."
                ),
                "cost_note": "Free. For trips you pay a small contribution at most.",
                "how_to_access": (
                    "No registration – just come along. Parents who would like to meet the team "
                    "first are welcome to call or come along the first time."
                ),
                "eligibility": (
                    "For girls and young women aged 11 to 18 from Obsteig, Mieming and the "
                    "surrounding area."
                ),
                "transit_note": (
                    "Bus stop Obsteig Dorf, regional bus Telfs–Mieming–Obsteig, 3 minutes on foot "
                    "behind the primary school."
                ),
            },
            "ar": {
                "title": "لقاء الفتيات: بعد ظهر للفتيات فقط",
                "summary": (
                    "كل يوم اثنين تلتقي فتيات من عمر 11 إلى 18 سنة للطبخ والرقص والأشغال اليدوية "
                    "والحديث، مع مرشدة شبابية."
                ),
                "description": (
                    "في لقاء الفتيات لا يحضر إلا الفتيات والشابات، والمرشدة أيضاً امرأة. تقررن "
                    "معاً ماذا تفعلن: الطبخ، أو الرقص، أو طلاء الأظافر، أو الأشغال اليدوية، أو "
                    "رحلات إلى المسبح وإلى Innsbruck. وهناك أيضاً مكان للمواضيع الجادة مثل المدرسة "
                    "والمستقبل والجسد والصداقة وحقوقك. كل ما تقولينه هنا يبقى بيننا."
                ),
                "cost_note": "مجاناً. للرحلات تدفعين مساهمة صغيرة على الأكثر.",
                "how_to_access": (
                    "لا حاجة إلى التسجيل، تعالي ببساطة. يمكن للأهل الذين يريدون التعرف على الفريق "
                    "أولاً أن يتصلوا أو يأتوا معك في المرة الأولى."
                ),
                "eligibility": (
                    "للفتيات والشابات من عمر 11 إلى 18 سنة من Obsteig وMieming والمنطقة المحيطة."
                ),
                "transit_note": (
                    "موقف الحافلات Obsteig Dorf، الحافلة الإقليمية Telfs–Mieming–Obsteig، 3 دقائق "
                    "سيراً خلف المدرسة الابتدائية."
                ),
            },
            "fa": {
                "title": "دورهمی دخترها: یک بعدازظهر فقط برای دخترها",
                "summary": (
                    "هر دوشنبه دخترهای ۱۱ تا ۱۸ ساله برای آشپزی، رقص، کاردستی و گپ زدن دور هم جمع "
                    "می‌شوند؛ با یک مربی زن."
                ),
                "description": (
                    "در دورهمی دخترها فقط دخترها و زن‌های جوان هستند و مربی هم زن است. خودتان با "
                    "هم تصمیم می‌گیرید چه کار کنید: آشپزی، رقص، لاک زدن، کاردستی یا رفتن به استخر "
                    "و Innsbruck. برای موضوع‌های جدی مثل مدرسه، آینده، بدن، دوستی یا حقوق خودت هم "
                    "جا هست. هر چیزی که اینجا بگویی، همین‌جا می‌ماند."
                ),
                "cost_note": "رایگان. برای گردش‌ها حداکثر یک مبلغ کم می‌پردازی.",
                "how_to_access": (
                    "ثبت‌نام لازم نیست؛ فقط بیا. پدر و مادرهایی که می‌خواهند اول با تیم آشنا شوند، "
                    "می‌توانند زنگ بزنند یا دفعه اول همراهت بیایند."
                ),
                "eligibility": (
                    "برای دخترها و زن‌های جوان ۱۱ تا ۱۸ ساله از Obsteig، Mieming و اطراف."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Obsteig Dorf، اتوبوس منطقه‌ای Telfs–Mieming–Obsteig، ۳ دقیقه "
                    "پیاده، پشت دبستان."
                ),
            },
        },
    },
    {
        "slug": "deutschpatenschaften-tandem-obsteig",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["ehrenamt", "deutsch-lernen"],
        "target_groups": ["ehrenamtliche", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "uk"],
        "language_taught": "de",
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["mieming", "moetz"],
        "locations": [
            {
                "name": "Gemeindeamt Obsteig, Besprechungsraum",
                "street": "Gemeindeplatz 1",
                "municipality": "obsteig",
                "lat": 47.3028,
                "lon": 10.9257,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Martin Auer",
        "phone": "+43 5412 000 612",
        "email": "tandem@freiwilligenzentrum-region-imst.example.org",
        "website": "https://freiwilligenzentrum-region-imst.example.org/tandem",
        "texts": {
            "de": {
                "title": "Deutsch-Tandem: Freiwillige üben mit Ihnen Deutsch",
                "summary": (
                    "Eine Person aus dem Ort trifft sich jede Woche mit Ihnen, um Deutsch zu reden "
                    "– beim Spazierengehen, Kaffee oder Einkaufen."
                ),
                "description": (
                    "Im Deutsch-Tandem bringen wir eine freiwillige Person vom Mieminger Plateau "
                    "mit einer Person zusammen, die Deutsch lernt. Sie treffen sich eine bis zwei "
                    "Stunden pro Woche, mindestens drei Monate lang, und reden über das, was Sie "
                    "gerade brauchen: Briefe, Gespräche beim Arzt, das Leben im Dorf. Das Tandem "
                    "ersetzt keinen Kurs, aber Sie gewinnen Sicherheit beim Sprechen – und oft "
                    "eine Freundschaft. Wir begleiten alle Tandems und laden zweimal im Jahr zu "
                    "einem gemeinsamen Fest ein."
                ),
                "cost_note": "Kostenlos für beide Seiten.",
                "how_to_access": (
                    "Rufen Sie an oder schreiben Sie eine E-Mail. Nach einem kurzen "
                    "Kennenlerngespräch im Gemeindeamt Obsteig suchen wir eine passende Person für "
                    "Sie."
                ),
                "eligibility": (
                    "Für Erwachsene, die Deutsch lernen und schon einfache Sätze sprechen, und für "
                    "Freiwillige, die gern reden und zuhören."
                ),
                "transit_note": (
                    "Bushaltestelle Obsteig Dorf, Regiobus Telfs–Mieming–Obsteig, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "German tandem: volunteers practise German with you",
                "summary": (
                    "A local person meets you every week to speak German – on a walk, over coffee "
                    "or while shopping."
                ),
                "description": (
                    "In the German tandem we pair a volunteer from the Mieming plateau with "
                    "someone who is learning German. You meet for one or two hours a week for at "
                    "least three months and talk about whatever you need right now: letters, "
                    "conversations at the doctor's, life in the village. A tandem does not replace "
                    "a course, but it makes you more confident when speaking – and often leads to "
                    "friendship. We support all tandems and invite everyone to a party twice a "
                    "year."
                ),
                "cost_note": "Free for both partners.",
                "how_to_access": (
                    "Call or e-mail us. After a short introductory chat at the Obsteig municipal "
                    "office, we find the right partner for you."
                ),
                "eligibility": (
                    "For adults learning German who can already say simple sentences, and for "
                    "volunteers who enjoy talking and listening."
                ),
                "transit_note": (
                    "Bus stop Obsteig Dorf, regional bus Telfs–Mieming–Obsteig, 1 minute on foot."
                ),
            },
            "uk": {
                "title": "Мовний тандем: волонтери практикують з вами німецьку",
                "summary": (
                    "Місцевий мешканець щотижня зустрічається з вами, щоб поговорити німецькою – "
                    "на прогулянці, за кавою чи в магазині."
                ),
                "description": (
                    "У мовному тандемі ми знайомимо волонтера з Mieminger Plateau з людиною, яка "
                    "вивчає німецьку. Ви зустрічаєтеся на одну-дві години на тиждень щонайменше "
                    "три місяці й говорите про те, що вам зараз потрібно: листи, розмови в лікаря, "
                    "життя в селі. Тандем не замінює курсу, але ви почуватиметеся впевненіше в "
                    "розмові, а часто ще й знайдете друга. Ми супроводжуємо всі тандеми й двічі на "
                    "рік запрошуємо всіх на спільне свято."
                ),
                "cost_note": "Безкоштовно для обох сторін.",
                "how_to_access": (
                    "Зателефонуйте або напишіть e-mail. Після короткої розмови-знайомства в "
                    "Gemeindeamt Obsteig ми підберемо вам партнера."
                ),
                "eligibility": (
                    "Для дорослих, які вчать німецьку й уже можуть сказати прості речення, а також "
                    "для волонтерів, які люблять говорити й слухати."
                ),
                "transit_note": (
                    "Зупинка Obsteig Dorf, регіональний автобус Telfs–Mieming–Obsteig, 1 хвилина "
                    "пішки."
                ),
            },
        },
    },
    {
        "slug": "moebelboerse-hausrat-obsteig",
        "organization": "wohnberatung-oberland",
        "categories": ["wohnen", "alltagshilfe"],
        "target_groups": ["familien", "gefluechtete"],
        "languages": ["de", "en", "ar", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["mieming", "moetz", "silz"],
        "locations": [
            {
                "name": "Möbellager beim Bauhof Obsteig",
                "street": "Gewerbeweg 3",
                "municipality": "obsteig",
                "lat": 47.3019,
                "lon": 10.9243,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "16:00", "18:00"], ["sa", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Peter Thaler",
        "phone": "+43 5264 000 490",
        "email": "moebel@wohnberatung-oberland.example.org",
        "website": "https://wohnberatung-oberland.example.org/moebel",
        "texts": {
            "de": {
                "title": "Möbelbörse: Möbel und Hausrat für die erste Wohnung",
                "summary": (
                    "Gespendete Betten, Tische, Schränke, Geschirr und Bettwäsche – kostenlos für "
                    "Menschen mit wenig Geld."
                ),
                "description": (
                    "Wer in die erste eigene Wohnung zieht, braucht vieles auf einmal. In der "
                    "Möbelbörse finden Sie gut erhaltene, gespendete Möbel, Küchensachen, Lampen, "
                    "Bettzeug und manchmal auch Kinderwagen oder Fahrräder. Freiwillige helfen "
                    "beim Aussuchen und Einladen. Bitte bringen Sie einen Nachweis über Ihr "
                    "Einkommen mit, zum Beispiel den Bescheid über Mindestsicherung oder "
                    "Grundversorgung."
                ),
                "cost_note": (
                    "Kostenlos. Lieferung mit unserem Kleinbus gegen eine Spende von 15 € möglich."
                ),
                "how_to_access": (
                    "Kommen Sie zu den Öffnungszeiten. Für große Möbel und Lieferungen rufen Sie "
                    "bitte vorher an. Wer etwas spenden möchte, meldet sich auch telefonisch."
                ),
                "eligibility": (
                    "Für Menschen und Familien mit geringem Einkommen vom Mieminger Plateau und "
                    "aus dem Inntal."
                ),
                "transit_note": (
                    "Bushaltestelle Obsteig Dorf, Regiobus Telfs–Mieming–Obsteig, 7 Minuten zu Fuß "
                    "Richtung Bauhof. Parkplatz direkt vor dem Lager."
                ),
            },
            "en": {
                "title": "Furniture exchange: furniture and household goods for your first flat",
                "summary": (
                    "Donated beds, tables, cupboards, crockery and bedding – free for people on a "
                    "low income."
                ),
                "description": (
                    "Moving into your first own flat means you need lots of things at once. At the "
                    "furniture exchange you will find donated furniture in good condition, kitchen "
                    "items, lamps, bedding and sometimes prams or bicycles. Volunteers help you "
                    "choose and load things. Please bring proof of your income, for example your "
                    "minimum income support or basic care (Grundversorgung) notice."
                ),
                "cost_note": "Free. Delivery in our minibus is possible for a donation of €15.",
                "how_to_access": (
                    "Come during opening hours. For large furniture and deliveries, please call "
                    "first. If you would like to donate something, please call us too."
                ),
                "eligibility": (
                    "For people and families on a low income from the Mieming plateau and the Inn "
                    "valley."
                ),
                "transit_note": (
                    "Bus stop Obsteig Dorf, regional bus Telfs–Mieming–Obsteig, 7 minutes on foot "
                    "towards the municipal depot. Parking right outside."
                ),
            },
            "ar": {
                "title": "سوق الأثاث: أثاث وأدوات منزلية للشقة الأولى",
                "summary": (
                    "أسرّة وطاولات وخزائن وأوانٍ وأغطية سرير متبرَّع بها، مجاناً لأصحاب الدخل المحدود."
                ),
                "description": (
                    "من ينتقل إلى أول شقة خاصة به يحتاج إلى أشياء كثيرة دفعة واحدة. في سوق الأثاث "
                    "تجدون أثاثاً متبرَّعاً به وبحالة جيدة، وأدوات مطبخ ومصابيح وأغطية سرير، "
                    "وأحياناً عربات أطفال أو دراجات. يساعدكم متطوعون في الاختيار والتحميل. يرجى "
                    "إحضار ما يثبت دخلكم، مثل قرار الحد الأدنى للدخل (Mindestsicherung) أو الرعاية "
                    "الأساسية (Grundversorgung)."
                ),
                "cost_note": "مجاناً. التوصيل بحافلتنا الصغيرة ممكن مقابل تبرع بقيمة 15 يورو.",
                "how_to_access": (
                    "تعالوا في أوقات الدوام. للأثاث الكبير والتوصيل يرجى الاتصال مسبقاً. ومن يريد "
                    "التبرع بشيء يتصل بنا أيضاً."
                ),
                "eligibility": "للأفراد والعائلات ذوي الدخل المحدود من هضبة Mieming ووادي Inn.",
                "transit_note": (
                    "موقف الحافلات Obsteig Dorf، الحافلة الإقليمية Telfs–Mieming–Obsteig، ثم 7 "
                    "دقائق سيراً باتجاه Bauhof. يوجد موقف سيارات أمام المستودع مباشرة."
                ),
            },
            "uk": {
                "title": "Меблевий обмін: меблі й речі для першої квартири",
                "summary": (
                    "Подаровані ліжка, столи, шафи, посуд і постільна білизна – безкоштовно для "
                    "людей із малим доходом."
                ),
                "description": (
                    "Коли переїжджаєте в першу власну квартиру, потрібно багато всього одразу. У "
                    "меблевому обміні ви знайдете подаровані меблі в доброму стані, кухонне "
                    "начиння, лампи, постіль, а інколи й дитячі візки чи велосипеди. Волонтери "
                    "допоможуть вибрати й завантажити речі. Будь ласка, візьміть підтвердження "
                    "доходу, наприклад рішення про Mindestsicherung або базове забезпечення "
                    "(Grundversorgung)."
                ),
                "cost_note": "Безкоштовно. Доставка нашим мікроавтобусом можлива за пожертву 15 €.",
                "how_to_access": (
                    "Приходьте в години роботи. Щодо великих меблів і доставки, будь ласка, "
                    "телефонуйте заздалегідь. Якщо хочете щось подарувати, теж зателефонуйте."
                ),
                "eligibility": (
                    "Для людей і сімей із малим доходом з Mieminger Plateau та долини Inn."
                ),
                "transit_note": (
                    "Зупинка Obsteig Dorf, регіональний автобус Telfs–Mieming–Obsteig, 7 хвилин "
                    "пішки в бік Bauhof. Паркінг просто перед складом."
                ),
            },
        },
    },
    {
        "slug": "interkultureller-kochabend-moetz",
        "organization": "kulturverein-brueckenschlag",
        "categories": ["treffpunkte"],
        "target_groups": ["familien"],
        "languages": ["de", "en", "ar", "fa", "tr", "bs", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "stams", "mieming"],
        "locations": [
            {
                "name": "Gemeindesaal Mötz, Küche",
                "street": "Dorfstraße 20",
                "municipality": "moetz",
                "lat": 47.2887,
                "lon": 10.9455,
            },
        ],
        "by_appointment": False,
        "hours": [["fr", "18:00", "21:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Emina Hodžić",
        "phone": "+43 5263 000 181",
        "email": "kochen@kulturverein-brueckenschlag.example.org",
        "website": "https://kulturverein-brueckenschlag.example.org/kochen",
        "texts": {
            "de": {
                "title": "Interkultureller Kochabend",
                "summary": (
                    "Einmal im Monat kochen und essen Menschen aus Mötz und aus vielen Ländern "
                    "gemeinsam – jedes Mal ein anderes Land."
                ),
                "description": (
                    "An jedem Kochabend zeigt eine andere Gruppe ihre Küche: syrische Mezze, "
                    "bosnische Pita, afghanische Bolani, ukrainische Warenyky oder Tiroler "
                    "Kaspressknödel. Alle schnippeln, rühren und probieren mit, dann essen wir an "
                    "einer langen Tafel. Kinder sind willkommen und dürfen mithelfen. Wer selbst "
                    "einmal ein Gericht aus der Heimat vorstellen möchte, meldet sich bei uns."
                ),
                "cost_note": "5 € pro erwachsener Person für die Zutaten, Kinder essen kostenlos.",
                "how_to_access": (
                    "Der Kochabend ist meist am ersten Freitag im Monat; die genauen Termine "
                    "stehen auf der Website. Bitte melden Sie sich bis Mittwoch davor an, damit "
                    "wir genug einkaufen."
                ),
                "eligibility": (
                    "Für alle – Familien, Einzelpersonen, Jung und Alt, Einheimische und "
                    "Zugezogene."
                ),
                "transit_note": (
                    "Bahnhof Mötz, 8 Minuten zu Fuß ins Dorfzentrum; Bushaltestelle Mötz Dorf, 1 "
                    "Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Intercultural cooking evening",
                "summary": (
                    "Once a month, people from Mötz and from many countries cook and eat together "
                    "– a different country each time."
                ),
                "description": (
                    "At each cooking evening a different group presents its cuisine: Syrian mezze, "
                    "Bosnian pita, Afghan bolani, Ukrainian varenyky or Tyrolean cheese dumplings. "
                    "Everyone helps chop, stir and taste, then we eat together at one long table. "
                    "Children are welcome and can help. If you would like to present a dish from "
                    "home yourself, let us know."
                ),
                "cost_note": "€5 per adult for ingredients; children eat for free.",
                "how_to_access": (
                    "The cooking evening usually takes place on the first Friday of the month; "
                    "exact dates are on the website. Please register by the Wednesday before so "
                    "that we buy enough food."
                ),
                "eligibility": (
                    "For everyone – families, individuals, young and old, locals and newcomers."
                ),
                "transit_note": (
                    "Mötz railway station, 8 minutes on foot to the village centre; bus stop Mötz "
                    "Dorf, 1 minute on foot."
                ),
            },
        },
    },
    {
        "slug": "dolmetschpool-einsaetze-bezirk-imst",
        "organization": "dolmetschpool-oberland",
        "categories": ["dolmetschen"],
        "target_groups": ["gefluechtete", "vertriebene-ukraine", "familien"],
        "languages": [
            "de",
            "ar",
            "fa",
            "prs",
            "ps",
            "uk",
            "ru",
            "tr",
            "so",
            "ti",
            "ku",
            "sq",
            "bs",
        ],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Dolmetschpool Oberland, Regionalbüro Mötz",
                "street": "Bahnhofstraße 2",
                "municipality": "moetz",
                "lat": 47.2878,
                "lon": 10.947,
            },
        ],
        "by_appointment": True,
        "hours": [["mo", "09:00", "12:00"], ["mi", "09:00", "12:00"], ["fr", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Farid Rahimi",
        "phone": "+43 5263 000 530",
        "email": "einsatz@dolmetschpool-oberland.example.org",
        "website": "https://dolmetschpool-oberland.example.org/anfragen",
        "texts": {
            "de": {
                "title": "Dolmetschpool: Dolmetsch für Schule, Arzt und Amt",
                "summary": (
                    "Geschulte Dolmetscherinnen und Dolmetscher begleiten Gespräche in über 12 "
                    "Sprachen – vor Ort, am Telefon oder per Video."
                ),
                "description": (
                    "Bei wichtigen Gesprächen soll niemand raten müssen, was gesagt wurde – und "
                    "Kinder sollen nicht für ihre Eltern übersetzen. Unsere Dolmetscherinnen und "
                    "Dolmetscher kommen zum Elternsprechtag, in die Arztpraxis, zur Beratung oder "
                    "aufs Amt, oder sie werden per Telefon oder Video zugeschaltet. Sie sind "
                    "neutral, übersetzen vollständig und haben Schweigepflicht. Auch Schulen, "
                    "Kindergärten, Gemeinden und Beratungsstellen können direkt bei uns buchen."
                ),
                "cost_note": (
                    "Für Familien und Einzelpersonen kostenlos. Die Kosten tragen das Land Tirol "
                    "und die Gemeinden."
                ),
                "how_to_access": (
                    "Buchen Sie mindestens 5 Werktage vorher per Telefon (Montag, Mittwoch, "
                    "Freitag 9–12 Uhr) oder per E-Mail: Datum, Uhrzeit, Ort, Sprache und Thema. In "
                    "dringenden Fällen rufen Sie an – wir versuchen, kurzfristig per Telefon zu "
                    "helfen."
                ),
                "eligibility": (
                    "Für alle im Bezirk Imst, die bei einem Gespräch mit Schule, Kindergarten, "
                    "Arzt, Beratungsstelle oder Behörde eine Dolmetschung brauchen."
                ),
                "transit_note": (
                    "Die Dolmetscherin oder der Dolmetscher kommt zu Ihrem Termin. Das Büro ist 3 "
                    "Minuten vom Bahnhof Mötz, im 2. Stock ohne Lift."
                ),
            },
            "en": {
                "title": "Interpreter pool: interpreters for school, doctor and authorities",
                "summary": (
                    "Trained interpreters support conversations in more than 12 languages – in "
                    "person, by phone or by video."
                ),
                "description": (
                    "In important conversations nobody should have to guess what was said – and "
                    "children should not have to interpret for their parents. Our interpreters "
                    "come to parents' evenings, the doctor's surgery, counselling or public "
                    "offices, or join by phone or video. They are neutral, translate everything "
                    "and are bound by confidentiality. Schools, nurseries, municipalities and "
                    "advice centres can also book us directly."
                ),
                "cost_note": (
                    "Free for families and individuals. The costs are covered by the Land Tirol "
                    "and the municipalities."
                ),
                "how_to_access": (
                    "Book at least 5 working days in advance by phone (Monday, Wednesday, Friday 9 "
                    "am–12 noon) or by e-mail: date, time, place, language and topic. In urgent "
                    "cases, call us – we will try to help at short notice by phone."
                ),
                "eligibility": (
                    "For anyone in the Imst district who needs an interpreter for a conversation "
                    "with a school, nursery, doctor, advice centre or authority."
                ),
                "transit_note": (
                    "The interpreter comes to your appointment. The office is 3 minutes from Mötz "
                    "railway station, on the second floor with no lift."
                ),
            },
            "ar": {
                "title": "مجموعة المترجمين: ترجمة فورية للمدرسة والطبيب والدوائر الرسمية",
                "summary": (
                    "مترجمون ومترجمات مدرَّبون يرافقون المحادثات بأكثر من 12 لغة، حضورياً أو "
                    "بالهاتف أو بالفيديو."
                ),
                "description": (
                    "في المحادثات المهمة لا يجب أن يخمّن أحد ما قيل، ولا يجب أن يترجم الأطفال "
                    "لأهلهم. يأتي مترجمونا إلى لقاء الأهل في المدرسة، أو إلى عيادة الطبيب، أو إلى "
                    "الاستشارة، أو إلى الدائرة الرسمية، أو يشاركون عبر الهاتف أو الفيديو. وهم "
                    "محايدون، ويترجمون كل شيء كاملاً، وملتزمون بالسرية. ويمكن للمدارس والروضات "
                    "والبلديات ومراكز الاستشارة أن تحجز لدينا مباشرة أيضاً."
                ),
                "cost_note": "مجاناً للعائلات والأفراد. تتحمل Land Tirol والبلديات التكاليف.",
                "how_to_access": (
                    "احجزوا قبل 5 أيام عمل على الأقل بالهاتف (الاثنين والأربعاء والجمعة من 9 إلى "
                    "12) أو بالبريد الإلكتروني، مع ذكر التاريخ والوقت والمكان واللغة والموضوع. في "
                    "الحالات العاجلة اتصلوا بنا، وسنحاول المساعدة بسرعة عبر الهاتف."
                ),
                "eligibility": (
                    "لكل من يسكن في منطقة Imst ويحتاج إلى مترجم في محادثة مع المدرسة أو الروضة أو "
                    "الطبيب أو مركز استشارة أو دائرة رسمية."
                ),
                "transit_note": (
                    "يأتي المترجم إلى مكان موعدكم. المكتب على بعد 3 دقائق من محطة قطار Mötz، في "
                    "الطابق الثاني ولا يوجد مصعد."
                ),
            },
            "fa": {
                "title": "گروه مترجمان: مترجم برای مدرسه، دکتر و اداره",
                "summary": (
                    "مترجمان آموزش‌دیده در گفت‌وگوها به بیش از ۱۲ زبان همراهتان هستند؛ حضوری، "
                    "تلفنی یا تصویری."
                ),
                "description": (
                    "در گفت‌وگوهای مهم هیچ‌کس نباید حدس بزند چه گفته شده، و بچه‌ها نباید برای پدر "
                    "و مادرشان ترجمه کنند. مترجمان ما به جلسه اولیا و مربیان، مطب دکتر، جلسه "
                    "مشاوره یا اداره می‌آیند، یا تلفنی و تصویری وصل می‌شوند. آن‌ها بی‌طرف هستند، "
                    "همه چیز را کامل ترجمه می‌کنند و رازدار هستند. مدرسه‌ها، مهدکودک‌ها، "
                    "شهرداری‌ها و مراکز مشاوره هم می‌توانند مستقیم از ما مترجم بگیرند."
                ),
                "cost_note": (
                    "برای خانواده‌ها و افراد رایگان است. هزینه را ایالت تیرول (Land Tirol) و "
                    "شهرداری‌ها می‌پردازند."
                ),
                "how_to_access": (
                    "دست‌کم ۵ روز کاری قبل، تلفنی (دوشنبه، چهارشنبه و جمعه ساعت ۹ تا ۱۲) یا با "
                    "ایمیل وقت بگیرید و تاریخ، ساعت، مکان، زبان و موضوع را بگویید. در موارد فوری "
                    "زنگ بزنید؛ سعی می‌کنیم سریع و تلفنی کمک کنیم."
                ),
                "eligibility": (
                    "برای همه ساکنان منطقه Imst که برای گفت‌وگو با مدرسه، مهدکودک، دکتر، مرکز "
                    "مشاوره یا اداره به مترجم نیاز دارند."
                ),
                "transit_note": (
                    "مترجم به محل قرار شما می‌آید. دفتر ۳ دقیقه با ایستگاه قطار Mötz فاصله دارد، "
                    "طبقه دوم و بدون آسانسور."
                ),
            },
            "uk": {
                "title": "Пул перекладачів: усний переклад у школі, в лікаря та в установах",
                "summary": (
                    "Підготовлені перекладачі супроводжують розмови більш ніж 12 мовами – "
                    "особисто, телефоном або по відеозв’язку."
                ),
                "description": (
                    "Під час важливих розмов ніхто не повинен здогадуватися, що було сказано, а "
                    "діти не мають перекладати для батьків. Наші перекладачі приходять на "
                    "батьківські збори, до лікаря, на консультацію чи до установи або "
                    "підключаються телефоном чи по відео. Вони нейтральні, перекладають усе "
                    "повністю і зберігають конфіденційність. Школи, дитсадки, громади та "
                    "консультаційні центри теж можуть замовити перекладача безпосередньо в нас."
                ),
                "cost_note": (
                    "Для сімей і окремих осіб безкоштовно. Витрати покривають земля Тіроль (Land "
                    "Tirol) і громади."
                ),
                "how_to_access": (
                    "Замовляйте щонайменше за 5 робочих днів телефоном (понеділок, середа, "
                    "п’ятниця, 9:00–12:00) або e-mail: дата, час, місце, мова й тема. У термінових "
                    "випадках телефонуйте – спробуємо швидко допомогти телефоном."
                ),
                "eligibility": (
                    "Для всіх в окрузі Imst, кому потрібен перекладач для розмови зі школою, "
                    "дитсадком, лікарем, консультаційним центром чи установою."
                ),
                "transit_note": (
                    "Перекладач приходить туди, де у вас зустріч. Офіс за 3 хвилини від "
                    "залізничної станції Mötz, на третьому поверсі без ліфта."
                ),
            },
        },
    },
    {
        "slug": "frauenberatung-moetz",
        "organization": "beratungsstelle-mosaik",
        "categories": ["beratung"],
        "target_groups": ["frauen"],
        "languages": ["de", "en", "ar", "fa", "ru"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "stams", "mieming", "obsteig"],
        "locations": [
            {
                "name": "Beratungsstelle Mosaik, Beratungsraum Mötz",
                "street": "Kirchgasse 4",
                "municipality": "moetz",
                "lat": 47.288,
                "lon": 10.9449,
            },
        ],
        "by_appointment": True,
        "hours": [["di", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Maryam Hosseini",
        "phone": "+43 5263 000 720",
        "email": "frauen@beratungsstelle-mosaik.example.org",
        "website": "https://beratungsstelle-mosaik.example.org/frauen",
        "texts": {
            "de": {
                "title": "Beratung von Frauen für Frauen",
                "summary": (
                    "Vertrauliche Beratung bei Trennung, Gewalt, Geldsorgen oder Fragen zu "
                    "Aufenthalt und Arbeit – von Beraterinnen, die Ihre Sprache sprechen."
                ),
                "description": (
                    "Hier sprechen Sie mit einer Beraterin allein, ohne Ehemann oder Familie. Wir "
                    "beraten Sie zu Ihren Rechten bei Trennung und Scheidung, zu eigenem Geld und "
                    "eigenem Konto, zu Ihrem Aufenthalt und zum Weg in Arbeit oder Ausbildung. "
                    "Wenn Sie zu Hause Gewalt erleben, planen wir mit Ihnen Schritte zu Ihrer "
                    "Sicherheit. Ihre Kinder können Sie mitbringen; es gibt eine Spielecke."
                ),
                "cost_note": "Kostenlos und streng vertraulich.",
                "how_to_access": (
                    "Rufen Sie an oder schreiben Sie eine E-Mail; wir rufen nur zurück, wenn Sie "
                    "das möchten. Termine gibt es am Dienstagvormittag, in dringenden Fällen auch "
                    "früher. Im Notfall rufen Sie die Polizei unter 133."
                ),
                "eligibility": (
                    "Für Frauen mit Migrations- oder Fluchtgeschichte aus dem Inntal und vom "
                    "Mieminger Plateau."
                ),
                "transit_note": (
                    "Bahnhof Mötz, 6 Minuten zu Fuß; Bushaltestelle Mötz Dorf, 2 Minuten zu Fuß. "
                    "Eingang ebenerdig, auf dem Türschild steht nur „Beratung“."
                ),
            },
            "en": {
                "title": "Counselling by women for women",
                "summary": (
                    "Confidential advice on separation, violence, money worries or questions about "
                    "residence and work – from counsellors who speak your language."
                ),
                "description": (
                    "Here you talk to a counsellor on your own, without your husband or family. We "
                    "advise you on your rights in separation and divorce, on having your own money "
                    "and bank account, on your residence status and on the way into work or "
                    "training. If you experience violence at home, we plan steps for your safety "
                    "with you. You can bring your children; there is a play corner."
                ),
                "cost_note": "Free and strictly confidential.",
                "how_to_access": (
                    "Call or e-mail us; we only call back if you want us to. Appointments are on "
                    "Tuesday mornings, and sooner in urgent cases. In an emergency, call the "
                    "police on 133."
                ),
                "eligibility": (
                    "For women with a migration or refugee background from the Inn valley and the "
                    "Mieming plateau."
                ),
                "transit_note": (
                    "Mötz railway station, 6 minutes on foot; bus stop Mötz Dorf, 2 minutes on "
                    "foot. Step-free entrance; the door sign just says “Beratung”."
                ),
            },
            "ar": {
                "title": "استشارة من نساء لنساء",
                "summary": (
                    "استشارة سرية في حالات الانفصال أو العنف أو الهموم المالية أو أسئلة الإقامة "
                    "والعمل، مع مستشارات يتكلمن لغتك."
                ),
                "description": (
                    "هنا تتحدثين مع المستشارة وحدك، دون الزوج أو العائلة. نقدم لك المشورة حول "
                    "حقوقك عند الانفصال والطلاق، وحول أن يكون لك مالك الخاص وحسابك البنكي الخاص، "
                    "وحول إقامتك وطريقك إلى العمل أو التدريب المهني. إذا كنت تتعرضين للعنف في "
                    "البيت، نخطط معك لخطوات تحمي سلامتك. يمكنك إحضار أطفالك، ففي المكان ركن للعب."
                ),
                "cost_note": "مجاناً وبسرية تامة.",
                "how_to_access": (
                    "اتصلي بنا أو أرسلي بريداً إلكترونياً، ولا نعاود الاتصال إلا إذا طلبتِ ذلك. "
                    "المواعيد يوم الثلاثاء صباحاً، وفي الحالات العاجلة قبل ذلك. في حالة الطوارئ "
                    "اتصلي بالشرطة على الرقم 133."
                ),
                "eligibility": (
                    "للنساء ذوات الخلفية المهاجرة أو اللاجئات من وادي Inn وهضبة Mieming."
                ),
                "transit_note": (
                    "محطة قطار Mötz على بعد 6 دقائق سيراً؛ موقف الحافلات Mötz Dorf على بعد "
                    "دقيقتين. المدخل بلا درج، وعلى لافتة الباب كلمة «Beratung» فقط."
                ),
            },
            "fa": {
                "title": "مشاوره از زنان برای زنان",
                "summary": (
                    "مشاوره محرمانه در جدایی، خشونت، مشکلات مالی یا سؤال‌های مربوط به اقامت و کار؛ "
                    "با مشاورانی که به زبان شما حرف می‌زنند."
                ),
                "description": (
                    "اینجا تنها با مشاور صحبت می‌کنید، بدون شوهر یا خانواده. درباره حقوقتان در "
                    "جدایی و طلاق، داشتن پول و حساب بانکی شخصی، وضعیت اقامت و راه ورود به کار یا "
                    "آموزش حرفه‌ای راهنمایی‌تان می‌کنیم. اگر در خانه خشونت می‌بینید، با هم "
                    "قدم‌هایی برای امنیت شما برنامه‌ریزی می‌کنیم. می‌توانید بچه‌هایتان را بیاورید؛ "
                    "گوشه بازی داریم."
                ),
                "cost_note": "رایگان و کاملاً محرمانه.",
                "how_to_access": (
                    "زنگ بزنید یا ایمیل بفرستید؛ فقط اگر خودتان بخواهید، به شما زنگ می‌زنیم. "
                    "وقت‌ها سه‌شنبه صبح است و در موارد فوری زودتر. در شرایط اضطراری با پلیس به "
                    "شماره ۱۳۳ تماس بگیرید."
                ),
                "eligibility": "برای زنان مهاجر یا پناهنده از دره Inn و Mieminger Plateau.",
                "transit_note": (
                    "ایستگاه قطار Mötz، ۶ دقیقه پیاده؛ ایستگاه اتوبوس Mötz Dorf، ۲ دقیقه پیاده. "
                    "ورودی بدون پله است و روی تابلوی در فقط نوشته «Beratung»."
                ),
            },
            "uk": {
                "title": "Консультації для жінок від жінок",
                "summary": (
                    "Конфіденційні консультації щодо розлучення, насильства, фінансових труднощів, "
                    "права на перебування й роботи – з консультантками, які говорять вашою мовою."
                ),
                "description": (
                    "Тут ви говорите з консультанткою наодинці, без чоловіка чи родини. Ми "
                    "консультуємо щодо ваших прав під час розлучення, власних грошей і власного "
                    "банківського рахунку, вашого статусу перебування та шляху до роботи чи "
                    "навчання. Якщо вдома ви зазнаєте насильства, ми разом сплануємо кроки для "
                    "вашої безпеки. Можна прийти з дітьми – є ігровий куточок."
                ),
                "cost_note": "Безкоштовно й суворо конфіденційно.",
                "how_to_access": (
                    "Зателефонуйте або напишіть e-mail; ми передзвонюємо лише тоді, коли ви цього "
                    "хочете. Прийом – у вівторок зранку, у термінових випадках – раніше. У разі "
                    "небезпеки телефонуйте в поліцію: 133."
                ),
                "eligibility": (
                    "Для жінок із досвідом міграції чи вимушеного переселення з долини Inn і "
                    "Mieminger Plateau."
                ),
                "transit_note": (
                    "Залізнична станція Mötz – 6 хвилин пішки; автобусна зупинка Mötz Dorf – 2 "
                    "хвилини пішки. Вхід без сходинок, на табличці на дверях написано лише "
                    "«Beratung»."
                ),
            },
        },
    },
    {
        "slug": "willkommens-sprechstunde-stams",
        "organization": "regionalmanagement-bezirk-imst",
        "categories": ["recht-behoerden", "alltagshilfe", "beratung"],
        "target_groups": ["gefluechtete", "vertriebene-ukraine", "familien"],
        "languages": ["de", "en", "uk", "ru"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["rietz", "moetz", "silz"],
        "locations": [
            {
                "name": "Gemeindeamt Stams, Bürgerservice",
                "street": "Gemeindeplatz 1",
                "municipality": "stams",
                "lat": 47.2776,
                "lon": 10.9829,
            },
        ],
        "by_appointment": False,
        "hours": [["do", "14:00", "17:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Christina Mair",
        "phone": "+43 5263 000 600",
        "email": "willkommen@regionalmanagement-bezirk-imst.example.org",
        "website": "https://regionalmanagement-bezirk-imst.example.org/willkommen",
        "texts": {
            "de": {
                "title": "Willkommens-Sprechstunde: erste Schritte im neuen Wohnort",
                "summary": (
                    "Neu in Stams, Rietz, Mötz oder Silz? Wir erklären, was Sie in den ersten "
                    "Wochen erledigen müssen, und wer Ihnen dabei hilft."
                ),
                "description": (
                    "Meldezettel, e-card, Bankkonto, Anmeldung in Kindergarten und Schule, "
                    "Mülltrennung, Ruhezeiten im Haus: Am Anfang gibt es viel zu erledigen. In der "
                    "Willkommens-Sprechstunde gehen wir mit Ihnen eine Liste durch, füllen erste "
                    "Formulare aus und geben Ihnen eine Willkommensmappe mit den wichtigsten "
                    "Adressen. Wir sagen Ihnen auch, wo es Deutschkurse, Beratung und Vereine in "
                    "der Nähe gibt. Bringen Sie Reisepass oder Ausweis und Ihren Aufenthaltstitel "
                    "mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Ohne Termin, jeden Donnerstag von 14 bis 17 Uhr im Bürgerservice des "
                    "Gemeindeamts. Wenn Sie eine Dolmetschung brauchen, rufen Sie bitte vorher an."
                ),
                "eligibility": (
                    "Für alle, die neu in Stams, Rietz, Mötz oder Silz wohnen – egal aus welchem "
                    "Land."
                ),
                "transit_note": (
                    "Bahnhof Stams, 8 Minuten zu Fuß Richtung Ortszentrum; Bushaltestelle Stams "
                    "Dorf, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Welcome advice hour: first steps in your new home town",
                "summary": (
                    "New in Stams, Rietz, Mötz or Silz? We explain what you need to do in your "
                    "first weeks and who can help you."
                ),
                "description": (
                    "Registration form (Meldezettel), e-card, bank account, registering for "
                    "nursery and school, waste separation, quiet hours in your building: there is "
                    "a lot to do at the start. At the welcome advice hour we go through a "
                    "checklist with you, fill in the first forms and give you a welcome folder "
                    "with the most important addresses. We also tell you where to find German "
                    "courses, advice services and clubs nearby. Bring your passport or ID and your "
                    "residence permit."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "No appointment needed, every Thursday from 2 to 5 pm at the citizens' service "
                    "desk of the municipal office. If you need an interpreter, please call "
                    "beforehand."
                ),
                "eligibility": (
                    "For everyone who has just moved to Stams, Rietz, Mötz or Silz, whatever "
                    "country they come from."
                ),
                "transit_note": (
                    "Stams railway station, 8 minutes on foot towards the village centre; bus stop "
                    "Stams Dorf, 1 minute on foot."
                ),
            },
            "ar": {
                "title": "ساعة الترحيب: الخطوات الأولى في مكان سكنك الجديد",
                "summary": (
                    "جديد في Stams أو Rietz أو Mötz أو Silz؟ نشرح لك ما يجب عليك إنجازه في "
                    "الأسابيع الأولى ومن يساعدك في ذلك."
                ),
                "description": (
                    "تسجيل السكن (Meldezettel)، وبطاقة التأمين الصحي e-card، وفتح حساب بنكي، "
                    "وتسجيل الأطفال في الروضة والمدرسة، وفرز النفايات، وأوقات الهدوء في المبنى: في "
                    "البداية هناك أمور كثيرة. في ساعة الترحيب نراجع معك قائمة بهذه الأمور، ونملأ "
                    "أولى الاستمارات، ونعطيك ملف ترحيب فيه أهم العناوين. ونخبرك أيضاً أين توجد "
                    "دورات اللغة الألمانية ومراكز الاستشارة والجمعيات القريبة. أحضر جواز السفر أو "
                    "بطاقة الهوية وتصريح الإقامة."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "دون موعد، كل يوم خميس من الساعة 2 حتى 5 مساءً في مكتب خدمة المواطنين في مبنى "
                    "البلدية. إذا كنت بحاجة إلى مترجم، يرجى الاتصال مسبقاً."
                ),
                "eligibility": (
                    "لكل من انتقل حديثاً للسكن في Stams أو Rietz أو Mötz أو Silz، من أي بلد كان."
                ),
                "transit_note": (
                    "محطة قطار Stams، ثم 8 دقائق سيراً باتجاه وسط البلدة؛ موقف الحافلات Stams Dorf "
                    "على بعد دقيقة واحدة."
                ),
            },
            "fa": {
                "title": "ساعت خوشامدگویی: اولین قدم‌ها در محل زندگی تازه",
                "summary": (
                    "تازه به Stams، Rietz، Mötz یا Silz آمده‌اید؟ توضیح می‌دهیم در هفته‌های اول چه "
                    "کارهایی باید انجام دهید و چه کسی کمکتان می‌کند."
                ),
                "description": (
                    "ثبت محل سکونت (Meldezettel)، کارت بیمه e-card، حساب بانکی، ثبت‌نام بچه‌ها در "
                    "مهدکودک و مدرسه، تفکیک زباله، ساعت‌های سکوت در ساختمان: اول کار، کارهای زیادی "
                    "هست. در ساعت خوشامدگویی یک فهرست را با هم مرور می‌کنیم، اولین فرم‌ها را پر "
                    "می‌کنیم و یک پوشه خوشامدگویی با مهم‌ترین آدرس‌ها به شما می‌دهیم. همچنین "
                    "می‌گوییم کلاس آلمانی، مرکز مشاوره و انجمن‌ها در نزدیکی کجا هستند. پاسپورت یا "
                    "کارت شناسایی و کارت اقامتتان را بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "بدون وقت قبلی، هر پنجشنبه از ساعت ۱۴ تا ۱۷ در بخش خدمات شهروندی ساختمان "
                    "شهرداری. اگر مترجم لازم دارید، لطفاً قبلش زنگ بزنید."
                ),
                "eligibility": (
                    "برای همه کسانی که تازه در Stams، Rietz، Mötz یا Silz ساکن شده‌اند، از هر کشوری."
                ),
                "transit_note": (
                    "ایستگاه قطار Stams، ۸ دقیقه پیاده به سمت مرکز روستا؛ ایستگاه اتوبوس Stams "
                    "Dorf، ۱ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Консультація для новоприбулих: перші кроки на новому місці",
                "summary": (
                    "Ви щойно оселилися в Stams, Rietz, Mötz чи Silz? Ми пояснимо, що треба "
                    "зробити в перші тижні і хто вам у цьому допоможе."
                ),
                "description": (
                    "Реєстрація місця проживання (Meldezettel), e-card, банківський рахунок, запис "
                    "до дитсадка й школи, сортування сміття, години тиші в будинку – на початку "
                    "справ багато. На консультації ми разом пройдемося списком, заповнимо перші "
                    "формуляри й дамо вам вітальну папку з найважливішими адресами. Також "
                    "підкажемо, де поблизу є курси німецької, консультаційні центри та місцеві "
                    "клуби. Візьміть паспорт або посвідчення особи та документ на перебування."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Без запису, щочетверга з 14:00 до 17:00 у Bürgerservice (відділі "
                    "обслуговування громадян) у Gemeindeamt. Якщо потрібен перекладач, будь ласка, "
                    "зателефонуйте заздалегідь."
                ),
                "eligibility": (
                    "Для всіх, хто нещодавно оселився в Stams, Rietz, Mötz або Silz, незалежно від "
                    "країни походження."
                ),
                "transit_note": (
                    "Залізнична станція Stams – 8 хвилин пішки до центру села; автобусна зупинка "
                    "Stams Dorf – 1 хвилина пішки."
                ),
            },
        },
    },
    {
        "slug": "schulung-laiendolmetschen-stams",
        "organization": "dolmetschpool-oberland",
        "categories": ["ehrenamt", "dolmetschen"],
        "target_groups": ["ehrenamtliche"],
        "languages": ["de", "ar", "fa", "prs", "uk", "ru", "tr", "so"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "rietz", "moetz", "mieming", "haiming"],
        "locations": [
            {
                "name": "Bildungshaus Stams, Seminarraum 3",
                "street": "Stiftshof 3",
                "municipality": "stams",
                "lat": 47.2768,
                "lon": 10.9858,
            },
        ],
        "by_appointment": False,
        "hours": [["sa", "09:00", "13:00"]],
        "start_date": "2027-02-06",
        "registration_deadline": "2027-01-22",
        "contact_name": "Farid Rahimi",
        "phone": "+43 5263 000 531",
        "email": "schulung@dolmetschpool-oberland.example.org",
        "website": "https://dolmetschpool-oberland.example.org/schulung",
        "texts": {
            "de": {
                "title": "Schulung: Dolmetschen im sozialen Bereich",
                "summary": (
                    "Sie sprechen gut Deutsch und eine weitere Sprache? In fünf Samstagen lernen "
                    "Sie, bei Schule, Arzt und Amt professionell zu dolmetschen."
                ),
                "description": (
                    "In der Schulung lernen Sie, was gute Dolmetscherinnen und Dolmetscher "
                    "ausmacht: neutral bleiben, alles vollständig übersetzen, in der Ich-Form "
                    "sprechen und die Schweigepflicht einhalten. Wir üben mit Rollenspielen aus "
                    "Elternsprechtag, Arztpraxis und Behörde und sammeln wichtige Fachwörter. Ein "
                    "Teil beschäftigt sich damit, wie Sie mit belastenden Gesprächen umgehen und "
                    "gut für sich selbst sorgen. Nach der Schulung können Sie im Dolmetschpool "
                    "mitarbeiten und bekommen für jeden Einsatz eine Aufwandsentschädigung."
                ),
                "cost_note": "Kostenlos. Mittagessen und Unterlagen sind inklusive.",
                "how_to_access": (
                    "Bewerben Sie sich bis 22. Jänner 2027 mit einer kurzen E-Mail: welche "
                    "Sprachen Sie sprechen und warum Sie mitmachen möchten. Danach laden wir Sie "
                    "zu einem kurzen Gespräch ein."
                ),
                "eligibility": (
                    "Für Erwachsene ab 18 Jahren mit Deutsch auf Niveau B2 und sehr guten "
                    "Kenntnissen in einer weiteren Sprache, besonders Arabisch, Dari/Farsi, "
                    "Paschtu, Somali, Tigrinya, Ukrainisch und Türkisch."
                ),
                "transit_note": (
                    "Bahnhof Stams, 10 Minuten zu Fuß Richtung Stift. Der Seminarraum ist im 1. "
                    "Stock eines alten Gebäudes, es gibt keinen Lift."
                ),
            },
            "en": {
                "title": "Training: community interpreting",
                "summary": (
                    "Do you speak good German and another language? Over five Saturdays you learn "
                    "to interpret professionally at school, at the doctor's and at public offices."
                ),
                "description": (
                    "In the training you learn what makes a good interpreter: staying neutral, "
                    "translating everything, speaking in the first person and keeping "
                    "confidentiality. We practise with role plays set at parents' evenings, the "
                    "doctor's and public offices, and collect important terminology. One part "
                    "deals with how to cope with distressing conversations and look after "
                    "yourself. After the training you can join the interpreter pool and receive an "
                    "expense allowance for every assignment."
                ),
                "cost_note": "Free. Lunch and materials are included.",
                "how_to_access": (
                    "Apply by 22 January 2027 with a short e-mail saying which languages you speak "
                    "and why you would like to take part. We will then invite you for a short "
                    "interview."
                ),
                "eligibility": (
                    "For adults aged 18 and over with German at B2 level and very good knowledge "
                    "of another language, especially Arabic, Dari/Farsi, Pashto, Somali, Tigrinya, "
                    "Ukrainian and Turkish."
                ),
                "transit_note": (
                    "Stams railway station, 10 minutes on foot towards the abbey. The seminar room "
                    "is on the first floor of an old building with no lift."
                ),
            },
            "ar": {
                "title": "دورة تدريبية: الترجمة الفورية في المجال الاجتماعي",
                "summary": (
                    "هل تتقن الألمانية ولغة أخرى؟ في خمسة أيام سبت تتعلم الترجمة الفورية المهنية "
                    "في المدرسة وعند الطبيب وفي الدوائر الرسمية."
                ),
                "description": (
                    "في هذه الدورة تتعلم ما الذي يميز المترجم الجيد: البقاء على الحياد، وترجمة كل "
                    "شيء كاملاً، والتحدث بصيغة المتكلم، والالتزام بالسرية. نتدرب بتمثيل أدوار من "
                    "لقاءات الأهل في المدرسة وعيادة الطبيب والدوائر الرسمية، ونجمع المصطلحات "
                    "المهمة. وجزء من الدورة يتناول كيفية التعامل مع المحادثات المرهقة نفسياً "
                    "والاعتناء بنفسك. بعد الدورة يمكنك العمل مع مجموعة المترجمين، وتحصل على تعويض "
                    "عن كل مهمة."
                ),
                "cost_note": "مجاناً. الغداء والمواد مشمولة.",
                "how_to_access": (
                    "قدّم طلبك حتى 22 يناير 2027 برسالة إلكترونية قصيرة: ما اللغات التي تتكلمها "
                    "ولماذا تريد المشاركة. بعدها ندعوك إلى مقابلة قصيرة."
                ),
                "eligibility": (
                    "للبالغين من عمر 18 سنة فما فوق، بمستوى B2 في الألمانية ومعرفة ممتازة بلغة "
                    "أخرى، وخاصة العربية والدارية/الفارسية والبشتو والصومالية والتغرينية "
                    "والأوكرانية والتركية."
                ),
                "transit_note": (
                    "محطة قطار Stams، ثم 10 دقائق سيراً باتجاه الدير. قاعة التدريب في الطابق الأول "
                    "من مبنى قديم ولا يوجد مصعد."
                ),
            },
            "fa": {
                "title": "دوره آموزشی: ترجمه شفاهی در حوزه اجتماعی",
                "summary": (
                    "آلمانی و یک زبان دیگر را خوب بلدید؟ در پنج جلسه در روزهای شنبه یاد می‌گیرید "
                    "در مدرسه، پیش دکتر و در اداره‌ها حرفه‌ای ترجمه کنید."
                ),
                "description": (
                    "در این دوره یاد می‌گیرید مترجم خوب چه ویژگی‌هایی دارد: بی‌طرف ماندن، ترجمه "
                    "کامل همه حرف‌ها، صحبت از زبان اول شخص و رازداری. با نقش‌آفرینی در موقعیت‌هایی "
                    "مثل جلسه اولیا و مربیان، مطب دکتر و اداره تمرین می‌کنیم و اصطلاحات مهم را جمع "
                    "می‌کنیم. بخشی از دوره درباره این است که با گفت‌وگوهای سنگین و دردناک چطور "
                    "کنار بیایید و از خودتان مراقبت کنید. بعد از دوره می‌توانید در گروه مترجمان "
                    "کار کنید و برای هر مأموریت هزینه‌ای جبرانی می‌گیرید."
                ),
                "cost_note": "رایگان. ناهار و جزوه‌ها شامل است.",
                "how_to_access": (
                    "تا ۲۲ ژانویه ۲۰۲۷ با یک ایمیل کوتاه درخواست بدهید: چه زبان‌هایی بلدید و چرا "
                    "می‌خواهید شرکت کنید. بعد شما را برای یک گفت‌وگوی کوتاه دعوت می‌کنیم."
                ),
                "eligibility": (
                    "برای بزرگسالان ۱۸ سال به بالا با آلمانی در سطح B2 و تسلط خیلی خوب به یک زبان "
                    "دیگر، به‌خصوص عربی، دری/فارسی، پشتو، سومالیایی، تیگرینیا، اوکراینی و ترکی."
                ),
                "transit_note": (
                    "ایستگاه قطار Stams، ۱۰ دقیقه پیاده به سمت صومعه. کلاس در طبقه اول یک ساختمان "
                    "قدیمی است و آسانسور ندارد."
                ),
            },
            "uk": {
                "title": "Навчання: усний переклад у соціальній сфері",
                "summary": (
                    "Добре знаєте німецьку та ще одну мову? За п’ять субот ви навчитеся професійно "
                    "перекладати в школі, у лікаря та в установах."
                ),
                "description": (
                    "На навчанні ви дізнаєтеся, яким має бути хороший перекладач: залишатися "
                    "нейтральним, перекладати все повністю, говорити від першої особи й зберігати "
                    "конфіденційність. Ми тренуємося на рольових іграх – батьківські збори, прийом "
                    "у лікаря, установа – і збираємо важливу термінологію. Окрема частина "
                    "присвячена тому, як упоратися з важкими розмовами й подбати про себе. Після "
                    "навчання ви можете працювати в пулі перекладачів і отримувати компенсацію за "
                    "кожен виїзд."
                ),
                "cost_note": "Безкоштовно. Обід і матеріали включено.",
                "how_to_access": (
                    "Подайте заявку до 22 січня 2027 року коротким e-mail: якими мовами ви "
                    "володієте і чому хочете взяти участь. Потім ми запросимо вас на коротку "
                    "розмову."
                ),
                "eligibility": (
                    "Для дорослих від 18 років із німецькою на рівні B2 і дуже добрим знанням "
                    "іншої мови, особливо арабської, дарі/фарсі, пушту, сомалі, тигринья, "
                    "української та турецької."
                ),
                "transit_note": (
                    "Залізнична станція Stams – 10 хвилин пішки в бік монастиря. Навчальна кімната "
                    "на другому поверсі старої будівлі, ліфта немає."
                ),
            },
        },
    },
    {
        "slug": "gespraechsgruppe-nach-flucht-und-krieg-stams",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "beratung"],
        "target_groups": ["gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "fa", "prs", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "unknown",
        "serves_whole_district": False,
        "municipalities_served": ["silz", "rietz", "moetz", "mieming"],
        "locations": [
            {
                "name": "Pfarrhaus Stams, Gruppenraum",
                "street": "Kirchplatz 1",
                "municipality": "stams",
                "lat": 47.2779,
                "lon": 10.9844,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "17:00", "18:30"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Eva Sprenger",
        "phone": "+43 5412 000 270",
        "email": "gruppe@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/gespraechsgruppe",
        "texts": {
            "de": {
                "title": "Gesprächsgruppe: Kraft finden nach Flucht und Krieg",
                "summary": (
                    "In einer kleinen Gruppe über Stress, Schlafprobleme und Sorgen reden und "
                    "lernen, was gegen Anspannung hilft."
                ),
                "description": (
                    "Viele Menschen, die Krieg oder Flucht erlebt haben, schlafen schlecht, sind "
                    "oft angespannt oder sorgen sich ständig um ihre Familie. In dieser Gruppe "
                    "treffen Sie andere, denen es ähnlich geht. Eine Psychotherapeutin und eine "
                    "Dolmetscherin leiten die Gruppe; Sie lernen einfache Übungen zur Entspannung "
                    "und erfahren, wo Sie weitere Hilfe bekommen. Sie müssen nichts von Ihrer "
                    "Geschichte erzählen, wenn Sie das nicht möchten."
                ),
                "cost_note": (
                    "Kostenlos. Wenn Sie eine Einzeltherapie brauchen, helfen wir Ihnen, einen "
                    "Platz über die Krankenkasse zu finden."
                ),
                "how_to_access": (
                    "Bitte melden Sie sich telefonisch an; vorher gibt es ein kurzes "
                    "Einzelgespräch. Eine Gruppe trifft sich achtmal. In einer akuten Krise rufen "
                    "Sie die Telefonseelsorge unter 142 oder den Notruf 144."
                ),
                "eligibility": (
                    "Für Erwachsene mit Flucht- oder Kriegserfahrung. Es gibt getrennte Gruppen "
                    "auf Arabisch, Farsi/Dari und Ukrainisch; sie beginnen nacheinander, sobald "
                    "genug Anmeldungen da sind."
                ),
                "transit_note": (
                    "Bahnhof Stams, 9 Minuten zu Fuß; Bushaltestelle Stams Kirche, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Support group: finding strength after flight and war",
                "summary": (
                    "Talk about stress, sleep problems and worries in a small group and learn what "
                    "helps against tension."
                ),
                "description": (
                    "Many people who have lived through war or flight sleep badly, often feel "
                    "tense or worry all the time about their family. In this group you meet others "
                    "who feel the same. A psychotherapist and an interpreter lead the group; you "
                    "learn simple relaxation exercises and find out where to get further help. You "
                    "do not have to tell your story if you don't want to."
                ),
                "cost_note": (
                    "Free. If you need individual therapy, we help you find a place covered by "
                    "health insurance."
                ),
                "how_to_access": (
                    "Please register by phone; there is a short one-to-one talk first. Each group "
                    "meets eight times. In an acute crisis, call the crisis helpline "
                    "(Telefonseelsorge) on 142 or the emergency number 144."
                ),
                "eligibility": (
                    "For adults who have experienced flight or war. There are separate groups in "
                    "Arabic, Farsi/Dari and Ukrainian; they start one after the other as soon as "
                    "enough people have registered."
                ),
                "transit_note": (
                    "Stams railway station, 9 minutes on foot; bus stop Stams Kirche, 1 minute on "
                    "foot."
                ),
            },
            "ar": {
                "title": "مجموعة حوار: استعادة القوة بعد اللجوء والحرب",
                "summary": (
                    "تحدثوا في مجموعة صغيرة عن التوتر ومشاكل النوم والهموم، وتعلموا ما يساعد على "
                    "التخفيف من التوتر."
                ),
                "description": (
                    "كثير من الناس الذين عاشوا الحرب أو اللجوء ينامون نوماً سيئاً، أو يشعرون "
                    "بالتوتر كثيراً، أو يقلقون دائماً على عائلاتهم. في هذه المجموعة تلتقون بأشخاص "
                    "يمرّون بما تمرّون به. تدير المجموعة معالجة نفسية ومترجمة، وتتعلمون تمارين "
                    "بسيطة للاسترخاء، وتعرفون أين يمكنكم الحصول على مساعدة إضافية. لستم مضطرين إلى "
                    "رواية قصتكم إذا لم ترغبوا في ذلك."
                ),
                "cost_note": (
                    "مجاناً. إذا احتجتم إلى علاج فردي، نساعدكم في إيجاد مكان يغطيه التأمين الصحي."
                ),
                "how_to_access": (
                    "يرجى التسجيل بالهاتف، وقبل البدء نجري معكم حديثاً فردياً قصيراً. تلتقي كل "
                    "مجموعة ثماني مرات. في حالة أزمة حادة اتصلوا بخط الدعم النفسي "
                    "(Telefonseelsorge) على الرقم 142 أو بالطوارئ على الرقم 144."
                ),
                "eligibility": (
                    "للبالغين الذين عاشوا تجربة اللجوء أو الحرب. هناك مجموعات منفصلة بالعربية "
                    "والفارسية/الدارية والأوكرانية، تبدأ الواحدة بعد الأخرى عندما يكتمل عدد "
                    "المسجلين."
                ),
                "transit_note": (
                    "محطة قطار Stams على بعد 9 دقائق سيراً؛ موقف الحافلات Stams Kirche على بعد "
                    "دقيقة واحدة."
                ),
            },
            "fa": {
                "title": "گروه گفت‌وگو: دوباره نیرو گرفتن بعد از مهاجرت و جنگ",
                "summary": (
                    "در یک گروه کوچک درباره استرس، بی‌خوابی و نگرانی‌ها حرف بزنید و یاد بگیرید چه "
                    "چیزی به آرام شدن کمک می‌کند."
                ),
                "description": (
                    "خیلی از کسانی که جنگ یا فرار از کشور را تجربه کرده‌اند، بد می‌خوابند، اغلب "
                    "پرتنش هستند یا همیشه نگران خانواده‌شان هستند. در این گروه با کسانی آشنا "
                    "می‌شوید که حال مشابهی دارند. یک روان‌درمانگر و یک مترجم گروه را اداره "
                    "می‌کنند؛ تمرین‌های ساده آرام‌سازی یاد می‌گیرید و می‌فهمید کجا می‌توانید کمک "
                    "بیشتری بگیرید. اگر نخواهید، لازم نیست چیزی از داستان زندگی‌تان بگویید."
                ),
                "cost_note": (
                    "رایگان. اگر به درمان فردی نیاز دارید، کمک می‌کنیم جایی پیدا کنید که هزینه‌اش "
                    "را بیمه بپردازد."
                ),
                "how_to_access": (
                    "لطفاً تلفنی ثبت‌نام کنید؛ قبل از شروع یک گفت‌وگوی کوتاه فردی داریم. هر گروه "
                    "هشت جلسه دارد. در بحران شدید با خط کمک روانی (Telefonseelsorge) به شماره ۱۴۲ "
                    "یا با اورژانس ۱۴۴ تماس بگیرید."
                ),
                "eligibility": (
                    "برای بزرگسالانی که مهاجرت اجباری یا جنگ را تجربه کرده‌اند. گروه‌های جداگانه "
                    "به عربی، فارسی/دری و اوکراینی داریم که هر کدام وقتی تعداد ثبت‌نام‌ها کافی شد، "
                    "یکی پس از دیگری شروع می‌شود."
                ),
                "transit_note": (
                    "ایستگاه قطار Stams، ۹ دقیقه پیاده؛ ایستگاه اتوبوس Stams Kirche، ۱ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Група підтримки: віднайти сили після війни та втечі",
                "summary": (
                    "У малій групі поговорити про стрес, проблеми зі сном і тривоги та навчитися, "
                    "що допомагає впоратися з напругою."
                ),
                "description": (
                    "Багато людей, які пережили війну чи втечу, погано сплять, часто відчувають "
                    "напругу або постійно хвилюються за рідних. У цій групі ви зустрінете тих, хто "
                    "переживає подібне. Групу ведуть психотерапевтка й перекладачка; ви навчитеся "
                    "простих вправ на розслаблення і дізнаєтеся, де можна отримати подальшу "
                    "допомогу. Вам не потрібно розповідати свою історію, якщо ви цього не хочете."
                ),
                "cost_note": (
                    "Безкоштовно. Якщо вам потрібна індивідуальна терапія, допоможемо знайти "
                    "місце, яке оплачує медичне страхування."
                ),
                "how_to_access": (
                    "Будь ласка, запишіться телефоном; спершу буде коротка індивідуальна розмова. "
                    "Кожна група зустрічається вісім разів. У гострій кризі телефонуйте на лінію "
                    "психологічної підтримки (Telefonseelsorge) 142 або на екстрений номер 144."
                ),
                "eligibility": (
                    "Для дорослих, які пережили війну чи вимушену втечу. Є окремі групи арабською, "
                    "фарсі/дарі та українською; вони починаються по черзі, щойно набирається "
                    "достатньо учасників."
                ),
                "transit_note": (
                    "Залізнична станція Stams – 9 хвилин пішки; автобусна зупинка Stams Kirche – 1 "
                    "хвилина пішки."
                ),
            },
        },
    },
    {
        "slug": "deutschkurs-a1-vertriebene-ukraine-rietz",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen"],
        "target_groups": ["vertriebene-ukraine"],
        "languages": ["de", "uk", "ru"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "A1",
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["stams", "silz", "moetz"],
        "locations": [
            {
                "name": "Gemeindezentrum Rietz, Kursraum",
                "street": "Dorfstraße 10",
                "municipality": "rietz",
                "lat": 47.2882,
                "lon": 11.034,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "09:00", "12:00"], ["do", "09:00", "12:00"]],
        "start_date": "2027-01-19",
        "registration_deadline": "2027-01-08",
        "contact_name": "Iryna Bondarenko",
        "phone": "+43 5262 000 340",
        "email": "ukraine@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/ukraine",
        "texts": {
            "de": {
                "title": "Deutschkurs A1 für Vertriebene aus der Ukraine",
                "summary": (
                    "Deutsch von Anfang an, mit einer Trainerin, die auch Ukrainisch spricht – "
                    "zweimal pro Woche am Vormittag."
                ),
                "description": (
                    "Im Kurs lernen Sie, die lateinische Schrift schnell zu lesen, die deutschen "
                    "Laute richtig auszusprechen und die wichtigsten Sätze für Alltag, Arztbesuch, "
                    "die Schule Ihrer Kinder und die Arbeitssuche. Am Anfang erklärt die Trainerin "
                    "die Grammatik auch auf Ukrainisch, später sprechen wir immer mehr Deutsch. "
                    "Der Kurs dauert 12 Wochen, am Ende bekommen Sie ein Zeugnis. Bitte bringen "
                    "Sie zur ersten Stunde ein Heft und Ihren Ausweis für Vertriebene mit."
                ),
                "cost_note": "Kostenlos. Das Kursbuch bekommen Sie von uns.",
                "how_to_access": (
                    "Anmeldung bis 8. Jänner 2027 telefonisch, per E-Mail oder über das "
                    "Online-Formular. Es gibt 14 Plätze."
                ),
                "eligibility": (
                    "Für Erwachsene aus der Ukraine mit Vertriebenenstatus, die wenig oder kein "
                    "Deutsch sprechen. Wenn Plätze frei bleiben, sind auch andere Menschen mit "
                    "Ukrainisch- oder Russischkenntnissen willkommen."
                ),
                "transit_note": (
                    "Bahnhof Rietz, 7 Minuten zu Fuß; Bushaltestelle Rietz Dorf, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "German A1 for people displaced from Ukraine",
                "summary": (
                    "German from the very beginning, with a trainer who also speaks Ukrainian – "
                    "two mornings a week."
                ),
                "description": (
                    "You learn to read the Latin alphabet quickly, pronounce German sounds "
                    "correctly and use the most important phrases for daily life, visits to the "
                    "doctor, your children's school and looking for work. At first the trainer "
                    "also explains grammar in Ukrainian; later we speak more and more German. The "
                    "course lasts 12 weeks and you receive a certificate at the end. Please bring "
                    "an exercise book and your ID card for displaced persons to the first lesson."
                ),
                "cost_note": "Free. We provide the coursebook.",
                "how_to_access": (
                    "Register by 8 January 2027 by phone, by e-mail or using the online form. "
                    "There are 14 places."
                ),
                "eligibility": (
                    "For adults from Ukraine with displaced person status who speak little or no "
                    "German. If places remain, other people who speak Ukrainian or Russian are "
                    "welcome too."
                ),
                "transit_note": (
                    "Rietz railway station, 7 minutes on foot; bus stop Rietz Dorf, 1 minute on "
                    "foot."
                ),
            },
            "uk": {
                "title": "Курс німецької A1 для переселенців з України",
                "summary": (
                    "Німецька з нуля з викладачкою, яка говорить і українською, – два ранки на "
                    "тиждень."
                ),
                "description": (
                    "На курсі ви навчитеся швидко читати латиницю, правильно вимовляти німецькі "
                    "звуки й уживати найважливіші фрази для повсякдення, візиту до лікаря, школи "
                    "ваших дітей і пошуку роботи. Спочатку викладачка пояснює граматику також "
                    "українською, а згодом ми говоримо дедалі більше німецькою. Курс триває 12 "
                    "тижнів, наприкінці ви отримаєте свідоцтво. На перше заняття візьміть, будь "
                    "ласка, зошит і своє посвідчення переселенця (Ausweis für Vertriebene)."
                ),
                "cost_note": "Безкоштовно. Підручник ми дамо.",
                "how_to_access": (
                    "Запис до 8 січня 2027 року телефоном, e-mail або через онлайн-форму. Є 14 "
                    "місць."
                ),
                "eligibility": (
                    "Для дорослих з України зі статусом тимчасового захисту, які мало або зовсім "
                    "не знають німецької. Якщо залишаться вільні місця, раді й іншим людям, які "
                    "говорять українською чи російською."
                ),
                "transit_note": (
                    "Залізнична станція Rietz – 7 хвилин пішки; автобусна зупинка Rietz Dorf – 1 "
                    "хвилина пішки."
                ),
            },
        },
    },
    {
        "slug": "rechtsberatung-asyl-aufenthalt-rietz",
        "organization": "beratungsstelle-mosaik",
        "categories": ["recht-behoerden", "beratung"],
        "target_groups": ["gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "fa", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Beratungsstelle Mosaik, Außenstelle Rietz",
                "street": "Bahnhofstraße 7",
                "municipality": "rietz",
                "lat": 47.2871,
                "lon": 11.0322,
            },
        ],
        "by_appointment": True,
        "hours": [["fr", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Julia Hammerle",
        "phone": "+43 5262 000 720",
        "email": "recht@beratungsstelle-mosaik.example.org",
        "website": "https://beratungsstelle-mosaik.example.org/rechtsberatung",
        "texts": {
            "de": {
                "title": "Rechtsberatung zu Asyl, Aufenthalt und Familiennachzug",
                "summary": (
                    "Juristinnen beraten Sie zu Asylverfahren, Bescheiden, Fristen, "
                    "Aufenthaltstiteln und Familienzusammenführung."
                ),
                "description": (
                    "Im Asyl- und Fremdenrecht sind Fristen oft sehr kurz, und Fehler können "
                    "schwere Folgen haben. Unsere Rechtsberaterinnen erklären Ihnen Ihren "
                    "Bescheid, zeigen, welche Möglichkeiten Sie haben, und helfen bei Anträgen auf "
                    "Verlängerung, Familiennachzug oder einen anderen Aufenthaltstitel. "
                    "Vertriebene aus der Ukraine beraten wir zur Verlängerung ihres Ausweises und "
                    "zum Wechsel in einen anderen Aufenthaltstitel. Bringen Sie alle Bescheide, "
                    "Briefe und Ihren Ausweis mit – auch den Umschlag mit dem Zustelldatum."
                ),
                "cost_note": (
                    "Kostenlos. Wenn Sie vor Gericht eine Vertretung brauchen, vermitteln wir Sie "
                    "weiter."
                ),
                "how_to_access": (
                    "Nur mit Termin: Rufen Sie an oder schreiben Sie eine E-Mail. Haben Sie einen "
                    "negativen Bescheid bekommen? Melden Sie sich sofort – Sie bekommen innerhalb "
                    "weniger Tage einen Termin."
                ),
                "eligibility": (
                    "Für Asylsuchende, Geflüchtete, Vertriebene und alle Menschen mit Fragen zu "
                    "ihrem Aufenthalt im ganzen Bezirk Imst."
                ),
                "transit_note": (
                    "Bahnhof Rietz, 4 Minuten zu Fuß; Bushaltestelle Rietz Dorf, 3 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Legal advice on asylum, residence and family reunification",
                "summary": (
                    "Lawyers advise you on asylum procedures, official decisions, deadlines, "
                    "residence permits and family reunification."
                ),
                "description": (
                    "In asylum and immigration law, deadlines are often very short and mistakes "
                    "can have serious consequences. Our legal advisers explain your decision to "
                    "you, show you what options you have and help with applications for "
                    "extensions, family reunification or a different residence permit. We advise "
                    "people displaced from Ukraine on extending their ID card and on switching to "
                    "another residence permit. Bring all decisions, letters and your ID – and the "
                    "envelope showing the delivery date."
                ),
                "cost_note": "Free. If you need representation in court, we refer you on.",
                "how_to_access": (
                    "By appointment only: call or e-mail us. Have you received a negative "
                    "decision? Contact us immediately – you will get an appointment within a few "
                    "days."
                ),
                "eligibility": (
                    "For asylum seekers, refugees, displaced people and anyone with questions "
                    "about their residence, throughout the Imst district."
                ),
                "transit_note": (
                    "Rietz railway station, 4 minutes on foot; bus stop Rietz Dorf, 3 minutes on "
                    "foot."
                ),
            },
            "ar": {
                "title": "استشارة قانونية في اللجوء والإقامة ولمّ الشمل",
                "summary": (
                    "قانونيات يقدمن لكم المشورة حول إجراءات اللجوء والقرارات الرسمية والمواعيد "
                    "النهائية وتصاريح الإقامة ولمّ شمل العائلة."
                ),
                "description": (
                    "في قانون اللجوء والأجانب تكون المواعيد النهائية قصيرة جداً في كثير من "
                    "الأحيان، وقد تكون للأخطاء عواقب خطيرة. تشرح لكم مستشاراتنا القانونيات القرار "
                    "الذي وصلكم، ويوضحن الخيارات المتاحة لكم، ويساعدنكم في طلبات التمديد أو لمّ "
                    "الشمل أو تصريح إقامة آخر. ونقدم للنازحين من أوكرانيا المشورة حول تمديد "
                    "بطاقتهم والانتقال إلى تصريح إقامة آخر. أحضروا كل القرارات والرسائل وبطاقة "
                    "الهوية، والظرف الذي عليه تاريخ الاستلام أيضاً."
                ),
                "cost_note": (
                    "مجاناً. إذا احتجتم إلى تمثيل أمام المحكمة، نحيلكم إلى الجهة المناسبة."
                ),
                "how_to_access": (
                    "بموعد فقط: اتصلوا بنا أو أرسلوا بريداً إلكترونياً. هل وصلكم قرار سلبي؟ "
                    "تواصلوا معنا فوراً، وستحصلون على موعد خلال أيام قليلة."
                ),
                "eligibility": (
                    "لطالبي اللجوء واللاجئين والنازحين وكل من لديه أسئلة حول إقامته، في كل منطقة "
                    "Imst."
                ),
                "transit_note": (
                    "محطة قطار Rietz على بعد 4 دقائق سيراً؛ موقف الحافلات Rietz Dorf على بعد 3 "
                    "دقائق سيراً."
                ),
            },
            "fa": {
                "title": "مشاوره حقوقی درباره پناهندگی، اقامت و پیوستن خانواده",
                "summary": (
                    "حقوق‌دان‌ها درباره روند پناهندگی، نامه‌های تصمیم (Bescheid)، مهلت‌ها، کارت "
                    "اقامت و پیوستن خانواده به شما مشاوره می‌دهند."
                ),
                "description": (
                    "در قانون پناهندگی و اقامت خارجی‌ها مهلت‌ها اغلب خیلی کوتاه است و اشتباه "
                    "می‌تواند پیامدهای سنگینی داشته باشد. مشاوران حقوقی ما نامه تصمیم شما را توضیح "
                    "می‌دهند، راه‌هایی را که دارید نشان می‌دهند و در درخواست تمدید، پیوستن خانواده "
                    "یا گرفتن نوع دیگری از اقامت کمکتان می‌کنند. به آوارگان اوکراینی هم درباره "
                    "تمدید کارتشان و تغییر به اقامت دیگر مشاوره می‌دهیم. همه نامه‌های تصمیم، "
                    "نامه‌های دیگر و کارت شناسایی‌تان را بیاورید؛ پاکتی را هم که تاریخ تحویل رویش "
                    "است بیاورید."
                ),
                "cost_note": (
                    "رایگان. اگر برای دادگاه وکیل لازم دارید، شما را به جای مناسب معرفی می‌کنیم."
                ),
                "how_to_access": (
                    "فقط با وقت قبلی: زنگ بزنید یا ایمیل بفرستید. جواب منفی گرفته‌اید؟ فوراً با ما "
                    "تماس بگیرید؛ ظرف چند روز وقت می‌گیرید."
                ),
                "eligibility": (
                    "برای پناه‌جویان، پناهندگان، آوارگان و همه کسانی که درباره اقامتشان سؤال "
                    "دارند، در تمام منطقه Imst."
                ),
                "transit_note": (
                    "ایستگاه قطار Rietz، ۴ دقیقه پیاده؛ ایستگاه اتوبوس Rietz Dorf، ۳ دقیقه پیاده."
                ),
            },
            "uk": {
                "title": "Юридична консультація: притулок, перебування, возз’єднання сім’ї",
                "summary": (
                    "Юристки консультують щодо процедури надання притулку, офіційних рішень, "
                    "строків, дозволів на перебування та возз’єднання сім’ї."
                ),
                "description": (
                    "У праві про притулок та іноземців строки часто дуже короткі, а помилки можуть "
                    "мати серйозні наслідки. Наші юристки пояснять вам рішення, яке ви отримали, "
                    "покажуть, які є можливості, і допоможуть із заявами на продовження, "
                    "возз’єднання сім’ї чи інший дозвіл на перебування. Переселенців з України "
                    "консультуємо щодо продовження посвідчення та переходу на інший дозвіл на "
                    "перебування. Візьміть усі рішення, листи й посвідчення особи, а також конверт "
                    "із датою вручення."
                ),
                "cost_note": (
                    "Безкоштовно. Якщо вам потрібне представництво в суді, ми направимо вас далі."
                ),
                "how_to_access": (
                    "Лише за записом: зателефонуйте або напишіть e-mail. Отримали негативне "
                    "рішення? Звертайтеся негайно – прийом буде протягом кількох днів."
                ),
                "eligibility": (
                    "Для шукачів притулку, біженців, переселенців і всіх, хто має питання щодо "
                    "свого перебування, в усьому окрузі Imst."
                ),
                "transit_note": (
                    "Залізнична станція Rietz – 4 хвилини пішки; автобусна зупинка Rietz Dorf – 3 "
                    "хвилини пішки."
                ),
            },
        },
    },
    {
        "slug": "elterncafe-schule-kindergarten-rietz",
        "organization": "kulturverein-brueckenschlag",
        "categories": ["schule-bildung", "kinder-familie"],
        "target_groups": ["familien", "vertriebene-ukraine"],
        "languages": ["de", "uk", "ru", "ar"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": True,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["stams"],
        "locations": [
            {
                "name": "Volksschule Rietz, Elternraum",
                "street": "Schulgasse 2",
                "municipality": "rietz",
                "lat": 47.2874,
                "lon": 11.0345,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "15:00", "17:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Olha Melnyk",
        "phone": "+43 5262 000 190",
        "email": "elterncafe@kulturverein-brueckenschlag.example.org",
        "website": "https://kulturverein-brueckenschlag.example.org/elterncafe",
        "texts": {
            "de": {
                "title": "Elterncafé: Schule und Kindergarten in Österreich verstehen",
                "summary": (
                    "Jeden Montag stellen Eltern bei Kaffee ihre Fragen zu Schule und Kindergarten "
                    "und bekommen Antworten. Für Kinder gibt es eine Spielecke."
                ),
                "description": (
                    "Wie funktioniert das Schulsystem in Österreich? Was ist ein Mitteilungsheft, "
                    "was ein Elternsprechtag, und wann muss ich mein Kind für die Mittelschule "
                    "anmelden? Im Elterncafé beantworten Elternbegleiterinnen, die selbst Kinder "
                    "an der Schule haben, Ihre Fragen; einmal im Monat kommt auch eine Lehrerin "
                    "dazu. Wir sprechen auch über Kosten für Ausflüge und Skitage und darüber, wo "
                    "es Unterstützung gibt. Ihre Kinder spielen währenddessen in der Spielecke."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Ohne Anmeldung – kommen Sie am Montag zwischen 15 und 17 Uhr in den "
                    "Elternraum der Volksschule. Eingang über den Schulhof."
                ),
                "eligibility": (
                    "Für Mütter, Väter und andere Bezugspersonen von Kindergarten- und "
                    "Schulkindern in Rietz, Stams und Umgebung, besonders für Familien, die neu in "
                    "Österreich sind."
                ),
                "transit_note": (
                    "Bushaltestelle Rietz Schule, 1 Minute zu Fuß; Bahnhof Rietz, 8 Minuten zu Fuß."
                ),
            },
            "en": {
                "title": "Parents' café: understanding school and nursery in Austria",
                "summary": (
                    "Every Monday, parents ask their questions about school and nursery over "
                    "coffee and get answers. There is a play corner for children."
                ),
                "description": (
                    "How does the Austrian school system work? What is a Mitteilungsheft "
                    "(home-school notebook), what is a parents' day, and when do I have to "
                    "register my child for secondary school? At the parents' café, parent guides "
                    "who have children at the school themselves answer your questions; once a "
                    "month a teacher joins us too. We also talk about the costs of trips and ski "
                    "days and where to find support. Meanwhile, your children play in the play "
                    "corner."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "No registration – come to the parents' room at the primary school on Mondays "
                    "between 3 and 5 pm. Entrance via the schoolyard."
                ),
                "eligibility": (
                    "For mothers, fathers and other carers of nursery and school children in "
                    "Rietz, Stams and the surrounding area, especially families who are new to "
                    "Austria."
                ),
                "transit_note": (
                    "Bus stop Rietz Schule, 1 minute on foot; Rietz railway station, 8 minutes on "
                    "foot."
                ),
            },
            "ar": {
                "title": "مقهى الأهل: فهم المدرسة والروضة في النمسا",
                "summary": (
                    "كل يوم اثنين يطرح الأهل أسئلتهم عن المدرسة والروضة على فنجان قهوة ويحصلون على "
                    "إجابات. للأطفال ركن للعب."
                ),
                "description": (
                    "كيف يعمل النظام المدرسي في النمسا؟ ما هو دفتر الملاحظات بين المدرسة والبيت "
                    "(Mitteilungsheft)، وما هو يوم لقاء الأهل، ومتى يجب أن أسجل طفلي في المدرسة "
                    "المتوسطة؟ في مقهى الأهل تجيب عن أسئلتكم مرشدات لهن أطفال في المدرسة نفسها، "
                    "ومرة في الشهر تنضم إلينا معلمة أيضاً. ونتحدث كذلك عن تكاليف الرحلات وأيام "
                    "التزلج، وعن أماكن الحصول على الدعم. وفي هذه الأثناء يلعب أطفالكم في ركن "
                    "اللعب."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "لا حاجة إلى التسجيل، تعالوا يوم الاثنين بين الساعة 3 و5 بعد الظهر إلى غرفة "
                    "الأهل في المدرسة الابتدائية. المدخل من ساحة المدرسة."
                ),
                "eligibility": (
                    "للأمهات والآباء وغيرهم ممن يرعون أطفالاً في الروضة أو المدرسة في Rietz وStams "
                    "والمنطقة المحيطة، وخاصة العائلات الجديدة في النمسا."
                ),
                "transit_note": (
                    "موقف الحافلات Rietz Schule على بعد دقيقة واحدة سيراً؛ محطة قطار Rietz على بعد "
                    "8 دقائق."
                ),
            },
            "uk": {
                "title": "Батьківське кафе: як працюють школа й дитсадок в Австрії",
                "summary": (
                    "Щопонеділка батьки за кавою ставлять запитання про школу й дитсадок і "
                    "отримують відповіді. Для дітей є ігровий куточок."
                ),
                "description": (
                    "Як влаштована шкільна система в Австрії? Що таке Mitteilungsheft (зошит для "
                    "повідомлень між школою й батьками), що таке день консультацій для батьків і "
                    "коли треба записати дитину до середньої школи? У батьківському кафе на ваші "
                    "запитання відповідають мами-помічниці, чиї діти теж навчаються в цій школі; "
                    "раз на місяць до нас приєднується вчителька. Також говоримо про витрати на "
                    "екскурсії та лижні дні й про те, де можна отримати підтримку. Тим часом ваші "
                    "діти граються в ігровому куточку."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Без реєстрації – приходьте в понеділок з 15:00 до 17:00 до батьківської "
                    "кімнати в початковій школі. Вхід через шкільне подвір’я."
                ),
                "eligibility": (
                    "Для мам, тат та інших опікунів дітей, які ходять до дитсадка чи школи в "
                    "Rietz, Stams і околицях, особливо для сімей, які нещодавно приїхали до "
                    "Австрії."
                ),
                "transit_note": (
                    "Автобусна зупинка Rietz Schule – 1 хвилина пішки; залізнична станція Rietz – "
                    "8 хвилин пішки."
                ),
            },
        },
    },
]
