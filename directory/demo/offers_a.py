"""Demo offers, part A: Imst, the Gurgltal, the Pitztal and the villages around Imst.

42 offers in 12 municipalities: Imst, Imsterberg, Mils bei Imst, Karres, Karrösten, Tarrenz,
Nassereith, Arzl im Pitztal, Wenns, Jerzens, St. Leonhard im Pitztal and Roppen.
All contact data is fictitious: people, addresses, phone numbers (with 000), e-mail addresses
and websites (example.org) are invented.
"""

OFFERS = [
    {
        "slug": "alphabetisierungskurs-deutsch-imst",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen", "schule-bildung"],
        "target_groups": ["gefluechtete"],
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
        "municipalities_served": ["imsterberg", "mils-bei-imst", "karres", "tarrenz"],
        "locations": [
            {
                "name": "Bildungsforum Oberland",
                "street": "Schulgasse 4",
                "municipality": "imst",
                "lat": 47.2401,
                "lon": 10.7372,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "09:00", "11:30"], ["mi", "09:00", "11:30"], ["do", "09:00", "11:30"]],
        "start_date": "2027-01-11",
        "registration_deadline": "2026-12-16",
        "contact_name": "Johanna Kathrein",
        "phone": "+43 5412 000 210",
        "email": "basisbildung@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/alphabetisierung",
        "texts": {
            "de": {
                "title": "Alphabetisierungskurs: Lesen und Schreiben auf Deutsch",
                "summary": (
                    "Sie lernen die lateinischen Buchstaben, lesen und schreiben einfache Wörter "
                    "und sprechen dabei Deutsch."
                ),
                "description": (
                    "Der Kurs ist für Erwachsene, die nie oder nur kurz in der Schule waren oder "
                    "in einer anderen Schrift schreiben gelernt haben. Wir lernen langsam und in "
                    "kleinen Gruppen mit höchstens 8 Personen: Buchstaben, den eigenen Namen "
                    "schreiben, Formulare, Schilder und Busfahrpläne lesen. Eine Kursbegleiterin "
                    "spricht Arabisch und Farsi. Wenn Sie eine Lesebrille brauchen, bringen Sie "
                    "sie bitte mit."
                ),
                "cost_note": "Kostenlos. Hefte, Stifte und Lernmaterial bekommen Sie im Kurs.",
                "how_to_access": (
                    "Kommen Sie zu einem kurzen Einstufungsgespräch ins Bildungsforum (Montag bis "
                    "Donnerstag, 9 bis 12 Uhr) oder rufen Sie an. Sie können eine Person "
                    "mitbringen, die für Sie übersetzt."
                ),
                "eligibility": (
                    "Erwachsene ab 16 Jahren aus dem Bezirk Imst, die nicht oder nur wenig lesen "
                    "und schreiben können. Auch Asylwerberinnen und Asylwerber können teilnehmen."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 4 Minuten zu Fuß über die "
                    "Schulgasse."
                ),
            },
            "en": {
                "title": "Literacy course: reading and writing in German",
                "summary": (
                    "Learn the Latin alphabet, read and write simple words and practise speaking "
                    "German at the same time."
                ),
                "description": (
                    "This course is for adults who never went to school, only went for a short "
                    "time, or learned to write in a different script. We go slowly, in small "
                    "groups of up to 8 people: letters, writing your own name, reading forms, "
                    "signs and bus timetables. A course assistant speaks Arabic and Farsi. If you "
                    "need reading glasses, please bring them."
                ),
                "cost_note": "Free. Exercise books, pens and learning materials are provided.",
                "how_to_access": (
                    "Come to Bildungsforum Oberland for a short placement talk (Monday to "
                    "Thursday, 9 am to 12 noon) or give us a call. You are welcome to bring "
                    "someone who can interpret for you."
                ),
                "eligibility": (
                    "Adults aged 16 and over in Bezirk Imst who cannot read and write, or only a "
                    "little. Asylum seekers are welcome too."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 4-minute walk along Schulgasse."
                ),
            },
            "ar": {
                "title": "دورة محو الأمية: القراءة والكتابة بالألمانية",
                "summary": (
                    "تتعلّم الحروف اللاتينية، وتقرأ وتكتب كلمات بسيطة، وتتدرّب على الكلام بالألمانية "
                    "في الوقت نفسه."
                ),
                "description": (
                    "هذه الدورة للكبار الذين لم يذهبوا إلى المدرسة أو ذهبوا إليها مدة قصيرة، أو "
                    "تعلّموا الكتابة بحروف أخرى. نتعلّم ببطء في مجموعات صغيرة لا تزيد على 8 أشخاص: "
                    "الحروف، وكتابة الاسم، وقراءة الاستمارات واللافتات وجداول الحافلات. معنا "
                    "مساعدة تتكلّم العربية والفارسية. إذا كنت تحتاج إلى نظارة للقراءة، أحضرها معك "
                    "من فضلك."
                ),
                "cost_note": "مجاناً. تحصل على الدفاتر والأقلام ومواد التعلّم في الدورة.",
                "how_to_access": (
                    "تعال إلى Bildungsforum Oberland لمقابلة قصيرة نحدّد فيها مستواك (من الاثنين "
                    "إلى الخميس، من الساعة 9 إلى 12) أو اتصل بنا. يمكنك أن تُحضر معك شخصاً يترجم لك."
                ),
                "eligibility": (
                    "الكبار من عمر 16 سنة فما فوق في Bezirk Imst، الذين لا يعرفون القراءة والكتابة "
                    "أو يعرفون القليل فقط. طالبو اللجوء مرحَّب بهم أيضاً."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم 4 دقائق مشياً عبر Schulgasse."
                ),
            },
            "fa": {
                "title": "کلاس سوادآموزی: خواندن و نوشتن به آلمانی",
                "summary": (
                    "حروف لاتین را یاد می‌گیرید، کلمه‌های ساده را می‌خوانید و می‌نویسید و هم‌زمان "
                    "آلمانی حرف زدن را تمرین می‌کنید."
                ),
                "description": (
                    "این کلاس برای بزرگسالانی است که هیچ‌وقت یا فقط مدت کوتاهی به مدرسه رفته‌اند، یا "
                    "نوشتن را با خط دیگری یاد گرفته‌اند. آرام و در گروه‌های کوچک، حداکثر ۸ نفر، کار "
                    "می‌کنیم: حروف، نوشتن اسم خودتان، خواندن فرم‌ها، تابلوها و برنامه‌ی حرکت اتوبوس. "
                    "یک همراه کلاس فارسی و عربی صحبت می‌کند. اگر عینک مطالعه لازم دارید، لطفاً آن را "
                    "همراه بیاورید."
                ),
                "cost_note": "رایگان. دفتر، خودکار و مواد آموزشی را در کلاس می‌گیرید.",
                "how_to_access": (
                    "برای یک گفت‌وگوی کوتاه تعیین سطح به Bildungsforum Oberland بیایید (دوشنبه تا "
                    "پنجشنبه، ساعت ۹ تا ۱۲) یا به ما زنگ بزنید. می‌توانید کسی را همراه بیاورید که "
                    "برایتان ترجمه کند."
                ),
                "eligibility": (
                    "بزرگسالان ۱۶ سال به بالا در Bezirk Imst که خواندن و نوشتن بلد نیستند یا کمی "
                    "بلدند. پناه‌جویان هم می‌توانند شرکت کنند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۴ دقیقه پیاده از راه Schulgasse."
                ),
            },
        },
    },
    {
        "slug": "b1-pruefungsvorbereitung-deutsch-imst",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen"],
        "target_groups": ["gefluechtete", "arbeitsuchende", "vertriebene-ukraine"],
        "languages": ["de", "en"],
        "language_taught": "de",
        "level_from": "B1",
        "level_to": "B1",
        "cost": "fee",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["tarrenz", "karres", "roppen", "arzl-im-pitztal"],
        "locations": [
            {
                "name": "Bildungsforum Oberland",
                "street": "Schulgasse 4",
                "municipality": "imst",
                "lat": 47.2401,
                "lon": 10.7372,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "18:00", "20:30"], ["do", "18:00", "20:30"]],
        "start_date": "2027-02-02",
        "registration_deadline": "2027-01-15",
        "contact_name": "Thomas Raggl",
        "phone": "+43 5412 000 212",
        "email": "pruefung@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/b1-vorbereitung",
        "texts": {
            "de": {
                "title": "B1-Prüfungsvorbereitung Deutsch (Integrationsprüfung)",
                "summary": (
                    "Zehn Wochen gezielte Vorbereitung auf die B1-Prüfung: alle Prüfungsteile "
                    "kennenlernen, üben und eine Probeprüfung schreiben."
                ),
                "description": (
                    "Im Kurs lernen Sie alle Teile der B1-Prüfung kennen: Lesen, Hören, Schreiben, "
                    "Sprechen und Werte- und Orientierungswissen. Jede Woche üben wir mit echten "
                    "Prüfungsaufgaben. In der letzten Woche schreiben Sie eine Probeprüfung und "
                    "bekommen eine genaue Rückmeldung. Sie sollten schon sicher auf A2-Niveau "
                    "sein. Bringen Sie zur Anmeldung Ihr A2-Zeugnis mit, wenn Sie eines haben."
                ),
                "cost_note": (
                    "Kursbeitrag 180 Euro für 10 Wochen, Zahlung in Raten möglich. Die "
                    "Prüfungsgebühr ist nicht enthalten."
                ),
                "how_to_access": (
                    "Anmeldung im Bildungsforum, per Telefon oder per E-Mail bis zur Anmeldefrist. "
                    "Ohne A2-Zeugnis machen wir vorher einen kurzen Einstufungstest."
                ),
                "eligibility": (
                    "Erwachsene mit Deutsch auf A2-Niveau, die die B1-Prüfung machen möchten, zum "
                    "Beispiel für die Integrationsvereinbarung, die Staatsbürgerschaft oder den "
                    "Beruf."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 4 Minuten zu Fuß über die "
                    "Schulgasse."
                ),
            },
            "en": {
                "title": "B1 German exam preparation (integration exam)",
                "summary": (
                    "Ten weeks of focused preparation for the B1 exam: get to know every part, "
                    "practise, and sit a mock exam."
                ),
                "description": (
                    "You will work through every part of the B1 exam: reading, listening, writing, "
                    "speaking, and values and orientation. Each week we practise with real exam "
                    "tasks. In the last week you sit a mock exam and get detailed feedback. You "
                    "should already be confident at A2 level. Please bring your A2 certificate "
                    "when you register, if you have one."
                ),
                "cost_note": (
                    "Course fee 180 euros for 10 weeks; you can pay in instalments. The exam fee "
                    "is not included."
                ),
                "how_to_access": (
                    "Register at Bildungsforum Oberland, by phone or by e-mail before the "
                    "deadline. If you have no A2 certificate, you will do a short placement test "
                    "first."
                ),
                "eligibility": (
                    "Adults with German at A2 level who want to take the B1 exam, for example for "
                    "the Integration Agreement, citizenship or work."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 4-minute walk along Schulgasse."
                ),
            },
            "ar": {
                "title": "التحضير لامتحان الألمانية B1 (امتحان الاندماج)",
                "summary": (
                    "عشرة أسابيع من التحضير المركّز لامتحان B1: تتعرّف على كل أقسام الامتحان، "
                    "وتتدرّب، وتكتب امتحاناً تجريبياً."
                ),
                "description": (
                    "في هذه الدورة تتعرّف على كل أقسام امتحان B1: القراءة والاستماع والكتابة "
                    "والمحادثة، وقسم القيم والمعرفة بالحياة في النمسا. نتدرّب كل أسبوع على أسئلة من "
                    "امتحانات حقيقية. وفي الأسبوع الأخير تكتب امتحاناً تجريبياً، ونشرح لك نتيجتك "
                    "بالتفصيل. يجب أن يكون مستواك في A2 جيداً. أحضر شهادة A2 عند التسجيل إن كانت "
                    "لديك."
                ),
                "cost_note": (
                    "رسوم الدورة 180 يورو لمدة 10 أسابيع، ويمكن الدفع على أقساط. رسوم الامتحان غير "
                    "مشمولة."
                ),
                "how_to_access": (
                    "سجّل في Bildungsforum Oberland أو بالهاتف أو بالبريد الإلكتروني قبل انتهاء "
                    "موعد التسجيل. إذا لم تكن لديك شهادة A2، تُجري أولاً اختباراً قصيراً لتحديد "
                    "المستوى."
                ),
                "eligibility": (
                    "الكبار الذين يتكلّمون الألمانية بمستوى A2 ويريدون تقديم امتحان B1، مثلاً من أجل "
                    "اتفاقية الاندماج أو الجنسية أو العمل."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم 4 دقائق مشياً عبر Schulgasse."
                ),
            },
            "fa": {
                "title": "آمادگی برای آزمون آلمانی B1 (آزمون ادغام)",
                "summary": (
                    "ده هفته آمادگی هدفمند برای آزمون B1: همه‌ی بخش‌های آزمون را می‌شناسید، تمرین "
                    "می‌کنید و یک آزمون آزمایشی می‌دهید."
                ),
                "description": (
                    "در این کلاس با همه‌ی بخش‌های آزمون B1 آشنا می‌شوید: خواندن، شنیدن، نوشتن، صحبت "
                    "کردن و بخش ارزش‌ها و آشنایی با زندگی در اتریش. هر هفته با سؤال‌های واقعی آزمون "
                    "تمرین می‌کنیم. در هفته‌ی آخر یک آزمون آزمایشی می‌دهید و نتیجه‌اش را دقیق با شما "
                    "مرور می‌کنیم. سطح A2 شما باید خوب باشد. اگر مدرک A2 دارید، موقع ثبت‌نام آن را "
                    "بیاورید."
                ),
                "cost_note": (
                    "هزینه‌ی کلاس ۱۸۰ یورو برای ۱۰ هفته است و می‌شود قسطی پرداخت کرد. هزینه‌ی خود "
                    "آزمون جداست."
                ),
                "how_to_access": (
                    "تا پایان مهلت ثبت‌نام، حضوری در Bildungsforum Oberland، تلفنی یا با ایمیل "
                    "ثبت‌نام کنید. اگر مدرک A2 ندارید، اول یک آزمون کوتاه تعیین سطح می‌دهید."
                ),
                "eligibility": (
                    "بزرگسالانی که آلمانی را در سطح A2 بلدند و می‌خواهند آزمون B1 بدهند، مثلاً برای "
                    "قرارداد ادغام، تابعیت یا کار."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۴ دقیقه پیاده از راه Schulgasse."
                ),
            },
            "uk": {
                "title": "Підготовка до іспиту з німецької B1 (інтеграційний іспит)",
                "summary": (
                    "Десять тижнів цілеспрямованої підготовки до іспиту B1: усі частини іспиту, "
                    "вправи та пробний іспит."
                ),
                "description": (
                    "На курсі ви ознайомитеся з усіма частинами іспиту B1: читання, аудіювання, "
                    "письмо, говоріння, а також цінності та життя в Австрії. Щотижня ми тренуємося "
                    "на справжніх екзаменаційних завданнях. Останнього тижня ви пишете пробний "
                    "іспит і отримуєте докладний відгук. Ви вже маєте впевнено володіти німецькою "
                    "на рівні A2. Якщо маєте сертифікат A2, візьміть його на реєстрацію."
                ),
                "cost_note": (
                    "Вартість курсу — 180 євро за 10 тижнів, можна платити частинами. Плата за сам "
                    "іспит не входить у вартість."
                ),
                "how_to_access": (
                    "Зареєструйтеся в Bildungsforum Oberland особисто, телефоном або електронною "
                    "поштою до кінцевого терміну. Якщо сертифіката A2 немає, спершу ви пройдете "
                    "короткий тест на рівень."
                ),
                "eligibility": (
                    "Дорослі з німецькою на рівні A2, які хочуть скласти іспит B1, наприклад для "
                    "інтеграційної угоди, громадянства чи роботи."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 4 хвилини пішки вулицею "
                    "Schulgasse."
                ),
            },
        },
    },
    {
        "slug": "deutsch-a2-online-abendkurs",
        "organization": "bildungsforum-oberland",
        "categories": ["deutsch-lernen"],
        "target_groups": ["familien", "vertriebene-ukraine", "arbeitsuchende"],
        "languages": ["de", "en", "uk", "ru"],
        "language_taught": "de",
        "level_from": "A2",
        "level_to": "A2",
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "online",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Bildungsforum Oberland",
                "street": "Schulgasse 4",
                "municipality": "imst",
                "lat": 47.2401,
                "lon": 10.7372,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "19:00", "20:30"], ["mi", "19:00", "20:30"]],
        "start_date": "2027-01-18",
        "registration_deadline": "2027-01-08",
        "contact_name": "Sabine Walch",
        "phone": "+43 5412 000 214",
        "email": "online@bildungsforum-oberland.example.org",
        "website": "https://bildungsforum-oberland.example.org/deutsch-online",
        "texts": {
            "de": {
                "title": "Deutschkurs A2 online am Abend",
                "summary": (
                    "Deutsch auf A2-Niveau im Internet lernen, zweimal pro Woche am Abend, gut "
                    "neben Arbeit und Familie."
                ),
                "description": (
                    "Sie lernen live mit einer Lehrerin und bis zu 12 anderen Teilnehmenden über "
                    "Zoom. Themen sind der Alltag: Arbeit, Arzttermine, Wohnung, Telefonieren und "
                    "kurze E-Mails schreiben. Sie brauchen ein Handy, Tablet oder einen Computer "
                    "mit Kamera und Internet. Vor Kursbeginn gibt es einen Technik-Termin im "
                    "Bildungsforum, dort richten wir alles gemeinsam ein."
                ),
                "cost_note": (
                    "Kursbeitrag 90 Euro für 12 Wochen. Mit geringem Einkommen zahlen Sie nur 20 "
                    "Euro, fragen Sie bei der Anmeldung danach."
                ),
                "how_to_access": (
                    "Anmeldung online auf der Website oder per Telefon. Den Zoom-Link bekommen Sie "
                    "nach der Anmeldung per E-Mail oder SMS."
                ),
                "eligibility": (
                    "Erwachsene aus dem ganzen Bezirk Imst, die schon Deutsch auf A1-Niveau "
                    "können. Besonders passend für Berufstätige, Eltern und Menschen in kleinen "
                    "Orten ohne Kurs in der Nähe."
                ),
                "transit_note": (
                    "Nur für den Technik-Termin: Bushaltestelle Imst Postplatz (Linie 210), dann 4 "
                    "Minuten zu Fuß über die Schulgasse."
                ),
            },
            "en": {
                "title": "German A2 online evening course",
                "summary": (
                    "Learn German at A2 level online, two evenings a week, easy to fit around work "
                    "and family."
                ),
                "description": (
                    "You learn live on Zoom with a teacher and up to 12 other learners. Topics "
                    "come from everyday life: work, doctor's appointments, housing, phone calls "
                    "and writing short e-mails. You need a phone, tablet or computer with a camera "
                    "and internet. Before the course starts there is a tech session at "
                    "Bildungsforum Oberland where we set everything up together."
                ),
                "cost_note": (
                    "Course fee 90 euros for 12 weeks. On a low income you pay only 20 euros; just "
                    "ask when you register."
                ),
                "how_to_access": (
                    "Register online on the website or by phone. You will get the Zoom link by "
                    "e-mail or text message after registering."
                ),
                "eligibility": (
                    "Adults anywhere in Bezirk Imst who already have German at A1 level. A good "
                    "fit for people who work, parents, and anyone in a small village with no "
                    "course nearby."
                ),
                "transit_note": (
                    "Only for the tech session: bus stop Imst Postplatz (line 210), then a "
                    "4-minute walk along Schulgasse."
                ),
            },
            "ar": {
                "title": "دورة ألمانية A2 عبر الإنترنت في المساء",
                "summary": (
                    "تعلّم الألمانية بمستوى A2 عبر الإنترنت، مساءين في الأسبوع، بشكل يناسب العمل "
                    "والعائلة."
                ),
                "description": (
                    "تتعلّم مباشرة عبر Zoom مع معلّمة و12 مشاركاً على الأكثر. المواضيع من الحياة "
                    "اليومية: العمل، ومواعيد الطبيب، والسكن، والمكالمات الهاتفية، وكتابة رسائل "
                    "بريد إلكتروني قصيرة. تحتاج إلى هاتف أو جهاز لوحي أو حاسوب فيه كاميرا وإنترنت. "
                    "قبل بداية الدورة هناك موعد في Bildungsforum Oberland نجهّز فيه كل شيء معاً."
                ),
                "cost_note": (
                    "رسوم الدورة 90 يورو لمدة 12 أسبوعاً. إذا كان دخلك قليلاً تدفع 20 يورو فقط، اسأل "
                    "عن ذلك عند التسجيل."
                ),
                "how_to_access": (
                    "سجّل عبر الموقع الإلكتروني أو بالهاتف. بعد التسجيل يصلك رابط Zoom بالبريد "
                    "الإلكتروني أو برسالة نصية."
                ),
                "eligibility": (
                    "الكبار في كل منطقة Bezirk Imst الذين يعرفون الألمانية بمستوى A1. مناسبة جداً "
                    "للعاملين والآباء والأمهات ولمن يسكن في قرية صغيرة لا توجد فيها دورة قريبة."
                ),
                "transit_note": (
                    "لموعد تجهيز الأجهزة فقط: موقف الحافلات Imst Postplatz (الخط 210)، ثم 4 دقائق "
                    "مشياً عبر Schulgasse."
                ),
            },
            "fa": {
                "title": "کلاس آنلاین شبانه‌ی آلمانی A2",
                "summary": (
                    "آلمانی سطح A2 را آنلاین یاد بگیرید، هفته‌ای دو شب، طوری که با کار و خانواده "
                    "جور باشد."
                ),
                "description": (
                    "به‌صورت زنده در Zoom با یک معلم و حداکثر ۱۲ شرکت‌کننده‌ی دیگر درس می‌خوانید. "
                    "موضوع‌ها از زندگی روزمره است: کار، وقت دکتر، خانه، تلفن زدن و نوشتن ایمیل‌های "
                    "کوتاه. یک گوشی، تبلت یا کامپیوتر با دوربین و اینترنت لازم دارید. قبل از شروع "
                    "کلاس یک جلسه در Bildungsforum Oberland داریم و همه‌چیز را با هم تنظیم می‌کنیم."
                ),
                "cost_note": (
                    "هزینه‌ی کلاس ۹۰ یورو برای ۱۲ هفته است. اگر درآمدتان کم است، فقط ۲۰ یورو "
                    "می‌پردازید؛ موقع ثبت‌نام بپرسید."
                ),
                "how_to_access": (
                    "از راه وب‌سایت یا با تلفن ثبت‌نام کنید. بعد از ثبت‌نام، لینک Zoom را با ایمیل یا "
                    "پیامک می‌گیرید."
                ),
                "eligibility": (
                    "بزرگسالان در سراسر Bezirk Imst که آلمانی را در سطح A1 بلدند. مخصوصاً مناسب "
                    "برای کسانی که کار می‌کنند، پدر و مادرها و کسانی که در روستای کوچکی زندگی "
                    "می‌کنند و کلاسی نزدیکشان نیست."
                ),
                "transit_note": (
                    "فقط برای جلسه‌ی تنظیم دستگاه: ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۴ "
                    "دقیقه پیاده از راه Schulgasse."
                ),
            },
            "uk": {
                "title": "Німецька A2 онлайн, вечірній курс",
                "summary": (
                    "Вивчайте німецьку на рівні A2 онлайн двічі на тиждень увечері — зручно "
                    "поєднувати з роботою та сім’єю."
                ),
                "description": (
                    "Заняття наживо в Zoom з викладачкою та групою до 12 осіб. Теми з "
                    "повсякденного життя: робота, візит до лікаря, житло, телефонні розмови та "
                    "короткі електронні листи. Потрібні смартфон, планшет або комп’ютер з камерою "
                    "та інтернетом. Перед початком курсу ми разом усе налаштуємо на технічній "
                    "зустрічі в Bildungsforum Oberland."
                ),
                "cost_note": (
                    "Вартість курсу — 90 євро за 12 тижнів. Якщо у вас низький дохід, ви платите "
                    "лише 20 євро; запитайте про це під час реєстрації."
                ),
                "how_to_access": (
                    "Зареєструйтеся на сайті або телефоном. Посилання на Zoom ви отримаєте після "
                    "реєстрації електронною поштою або SMS."
                ),
                "eligibility": (
                    "Дорослі з усього округу Bezirk Imst, які вже знають німецьку на рівні A1. "
                    "Добре підходить тим, хто працює, батькам і мешканцям невеликих сіл, де поруч "
                    "немає курсів."
                ),
                "transit_note": (
                    "Лише для технічної зустрічі: автобусна зупинка Imst Postplatz (лінія 210), "
                    "далі 4 хвилини пішки вулицею Schulgasse."
                ),
            },
        },
    },
    {
        "slug": "sprachcafe-imst",
        "organization": "kulturverein-brueckenschlag",
        "categories": ["deutsch-lernen", "treffpunkte"],
        "target_groups": ["gefluechtete", "ehrenamtliche"],
        "languages": ["de", "en", "ar", "fa", "tr", "bs", "uk"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "B2",
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["imsterberg", "karres", "karroesten", "mils-bei-imst"],
        "locations": [
            {
                "name": "Kulturverein Brückenschlag, Vereinslokal",
                "street": "Kirchplatz 2",
                "municipality": "imst",
                "lat": 47.2407,
                "lon": 10.7391,
            },
        ],
        "by_appointment": False,
        "hours": [["fr", "15:00", "17:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Amira Haddad",
        "phone": "+43 5412 000 230",
        "email": "sprachcafe@brueckenschlag.example.org",
        "website": "https://brueckenschlag.example.org/sprachcafe",
        "texts": {
            "de": {
                "title": "Sprachcafé: Deutsch sprechen bei Kaffee und Tee",
                "summary": (
                    "Jeden Freitag Deutsch üben im Gespräch mit Menschen aus Imst, ohne Anmeldung "
                    "und ohne Prüfung."
                ),
                "description": (
                    "Im Sprachcafé sitzen Menschen, die Deutsch lernen, mit Ehrenamtlichen aus "
                    "Imst an kleinen Tischen zusammen. Wir reden über Alltag, Arbeit, Rezepte oder "
                    "das Wetter, so wie es gerade passt. Niemand muss perfekt sprechen, Fehler "
                    "gehören dazu. Kaffee, Tee und Kuchen stehen bereit, Kinder dürfen mitkommen."
                ),
                "cost_note": (
                    "Kostenlos. Eine Spende für Kaffee und Kuchen ist willkommen, aber nicht nötig."
                ),
                "how_to_access": (
                    "Einfach vorbeikommen, auch später oder nur für eine halbe Stunde. Eine "
                    "Anmeldung ist nicht nötig."
                ),
                "eligibility": (
                    "Alle, die Deutsch üben möchten, egal auf welchem Niveau. Einheimische, die "
                    "mitreden möchten, sind genauso willkommen."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 3 Minuten zu Fuß hinauf zum "
                    "Kirchplatz."
                ),
            },
            "en": {
                "title": "Language café: speak German over coffee and tea",
                "summary": (
                    "Every Friday, practise German in conversation with people from Imst, with no "
                    "sign-up and no tests."
                ),
                "description": (
                    "At the language café, people learning German sit at small tables with "
                    "volunteers from Imst. We talk about daily life, work, recipes or the weather, "
                    "whatever comes up. Nobody has to speak perfectly, mistakes are part of it. "
                    "Coffee, tea and cake are ready, and children can come along."
                ),
                "cost_note": "Free. A donation for coffee and cake is welcome but not expected.",
                "how_to_access": (
                    "Just drop in, even if you are late or only have half an hour. No need to "
                    "register."
                ),
                "eligibility": (
                    "Anyone who wants to practise German, at any level. Locals who would like to "
                    "join the conversation are just as welcome."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 3-minute walk up to Kirchplatz."
                ),
            },
            "ar": {
                "title": "مقهى اللغة: نتكلّم الألمانية مع القهوة والشاي",
                "summary": (
                    "كل يوم جمعة تتدرّب على الألمانية في أحاديث مع أهل Imst، بلا تسجيل وبلا امتحان."
                ),
                "description": (
                    "في مقهى اللغة يجلس متعلّمو الألمانية مع متطوّعين من Imst حول طاولات صغيرة. "
                    "نتحدّث عن الحياة اليومية والعمل ووصفات الطبخ أو الطقس، حسب ما يناسب الجميع. لا "
                    "أحد يحتاج إلى أن يتكلّم بشكل مثالي، فالأخطاء جزء من التعلّم. القهوة والشاي "
                    "والكعك جاهزة، ويمكن إحضار الأطفال."
                ),
                "cost_note": "مجاناً. التبرّع للقهوة والكعك مرحَّب به، لكنه غير مطلوب.",
                "how_to_access": (
                    "تعال مباشرة، حتى لو تأخّرت أو كان عندك نصف ساعة فقط. لا حاجة إلى التسجيل."
                ),
                "eligibility": (
                    "كل من يريد التدرّب على الألمانية، مهما كان مستواه. وأهل المنطقة الذين يحبّون "
                    "المشاركة في الحديث مرحَّب بهم أيضاً."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم 3 دقائق مشياً صعوداً إلى Kirchplatz."
                ),
            },
            "fa": {
                "title": "کافه‌ی زبان: آلمانی حرف زدن با چای و قهوه",
                "summary": (
                    "هر جمعه در گفت‌وگو با مردم Imst آلمانی تمرین کنید، بدون ثبت‌نام و بدون امتحان."
                ),
                "description": (
                    "در کافه‌ی زبان، کسانی که آلمانی یاد می‌گیرند با داوطلبان اهل Imst دور میزهای "
                    "کوچک می‌نشینند. از زندگی روزمره، کار، دستور آشپزی یا هوا حرف می‌زنیم؛ هر چه پیش "
                    "بیاید. لازم نیست کسی بی‌نقص حرف بزند، اشتباه کردن بخشی از یادگیری است. چای، "
                    "قهوه و کیک آماده است و بچه‌ها هم می‌توانند بیایند."
                ),
                "cost_note": "رایگان. کمک مالی برای چای و کیک خوشحالمان می‌کند، ولی لازم نیست.",
                "how_to_access": (
                    "همین‌طوری بیایید، حتی اگر دیر شد یا فقط نیم ساعت وقت دارید. ثبت‌نام لازم نیست."
                ),
                "eligibility": (
                    "همه‌ی کسانی که می‌خواهند آلمانی تمرین کنند، با هر سطحی. اهالی محل هم که دوست "
                    "دارند هم‌صحبت شوند، خوش آمده‌اند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۳ دقیقه پیاده سربالایی تا "
                    "Kirchplatz."
                ),
            },
            "uk": {
                "title": "Мовне кафе: говоримо німецькою за кавою та чаєм",
                "summary": (
                    "Щоп’ятниці практикуйте німецьку в розмовах з мешканцями Імста — без "
                    "реєстрації та без іспитів."
                ),
                "description": (
                    "У мовному кафе ті, хто вивчає німецьку, сидять за невеликими столиками разом "
                    "із волонтерами з Imst. Говоримо про повсякденне життя, роботу, рецепти чи "
                    "погоду — про що захочеться. Ніхто не мусить говорити ідеально, помилки — це "
                    "нормально. Кава, чай і пиріг уже чекають, дітей можна брати з собою."
                ),
                "cost_note": "Безкоштовно. Пожертва на каву й пиріг вітається, але не обов’язкова.",
                "how_to_access": (
                    "Просто приходьте, навіть якщо запізнюєтеся або маєте лише пів години. "
                    "Реєстрація не потрібна."
                ),
                "eligibility": (
                    "Усі, хто хоче практикувати німецьку, з будь-яким рівнем. Місцеві мешканці, "
                    "які хочуть поспілкуватися, теж дуже бажані."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 3 хвилини пішки вгору до "
                    "Kirchplatz."
                ),
            },
        },
    },
    {
        "slug": "sozial-und-integrationsberatung-mosaik-imst",
        "organization": "beratungsstelle-mosaik",
        "categories": ["beratung", "recht-behoerden", "alltagshilfe"],
        "target_groups": ["gefluechtete", "familien", "frauen"],
        "languages": ["de", "en", "ar", "fa", "prs", "ru", "tr"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Beratungsstelle Mosaik",
                "street": "Pfarrgasse 11",
                "municipality": "imst",
                "lat": 47.2389,
                "lon": 10.7395,
            },
        ],
        "by_appointment": False,
        "hours": [
            ["mo", "08:30", "12:00"],
            ["mo", "13:30", "16:00"],
            ["mi", "08:30", "12:00"],
            ["do", "13:30", "18:00"],
        ],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Katharina Neuner",
        "phone": "+43 5412 000 240",
        "email": "beratung@mosaik-imst.example.org",
        "website": "https://mosaik-imst.example.org",
        "texts": {
            "de": {
                "title": "Sozial- und Integrationsberatung",
                "summary": (
                    "Kostenlose Beratung zu allen Fragen rund ums Ankommen: Briefe, Anträge, Geld, "
                    "Familie, Aufenthalt und Wohnen."
                ),
                "description": (
                    "Sie kommen mit Ihrer Frage, wir suchen gemeinsam eine Lösung. Wir erklären "
                    "Briefe von Ämtern, helfen bei Anträgen wie Familienbeihilfe oder "
                    "Mindestsicherung und sagen Ihnen, welche Stelle im Bezirk weiterhelfen kann. "
                    "Die Beratung ist vertraulich. Bitte bringen Sie Ihren Ausweis und alle Briefe "
                    "oder Unterlagen mit, um die es geht."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "In den offenen Sprechstunden ohne Termin vorbeikommen. Für längere Gespräche "
                    "oder wenn Sie eine Dolmetscherin brauchen, vereinbaren Sie bitte einen "
                    "Termin. Beratung geht auch am Telefon oder per Video."
                ),
                "eligibility": (
                    "Alle Menschen mit Migrations- oder Fluchtgeschichte im Bezirk Imst, auch ihre "
                    "Angehörigen und Menschen, die sie begleiten."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 2 Minuten zu Fuß Richtung "
                    "Pfarrkirche."
                ),
            },
            "en": {
                "title": "Social and integration counselling",
                "summary": (
                    "Free advice on everything to do with settling in: letters, applications, "
                    "money, family, residence and housing."
                ),
                "description": (
                    "Bring your question and we will look for a solution together. We explain "
                    "letters from authorities, help with applications such as family allowance "
                    "(Familienbeihilfe) or basic income support (Mindestsicherung), and tell you "
                    "which office in the district can help further. Counselling is confidential. "
                    "Please bring your ID and any letters or papers your question is about."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Drop in during open hours, no appointment needed. For longer talks or if you "
                    "need an interpreter, please book an appointment. Counselling by phone or "
                    "video is also possible."
                ),
                "eligibility": (
                    "Everyone in Bezirk Imst with a migration or refugee background, as well as "
                    "their family members and people supporting them."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 2-minute walk towards the parish "
                    "church."
                ),
            },
            "ar": {
                "title": "استشارات اجتماعية واستشارات الاندماج",
                "summary": (
                    "استشارة مجانية في كل ما يتعلّق بالبداية في النمسا: الرسائل والطلبات والمال "
                    "والعائلة والإقامة والسكن."
                ),
                "description": (
                    "تأتي بسؤالك، ونبحث معاً عن حلّ. نشرح لك رسائل الدوائر الرسمية، ونساعدك في طلبات "
                    "مثل المساعدة العائلية (Familienbeihilfe) أو الحدّ الأدنى للمعيشة "
                    "(Mindestsicherung)، ونخبرك أيّ جهة في المنطقة تستطيع مساعدتك. الاستشارة سرّية. "
                    "أحضر معك هويتك وكل الرسائل أو الأوراق المتعلّقة بسؤالك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "تعال في ساعات الاستقبال المفتوحة بدون موعد. للمحادثات الطويلة أو إذا كنت "
                    "تحتاج إلى مترجم، احجز موعداً من فضلك. الاستشارة ممكنة أيضاً بالهاتف أو بالفيديو."
                ),
                "eligibility": (
                    "كل الأشخاص من أصول مهاجرة أو لاجئة في Bezirk Imst، وكذلك أفراد عائلاتهم ومن "
                    "يرافقهم."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم دقيقتان مشياً باتجاه الكنيسة."
                ),
            },
            "fa": {
                "title": "مشاوره‌ی اجتماعی و مشاوره‌ی ادغام",
                "summary": (
                    "مشاوره‌ی رایگان درباره‌ی همه‌ی مسائل شروع زندگی در اتریش: نامه‌ها، درخواست‌ها، "
                    "پول، خانواده، اقامت و مسکن."
                ),
                "description": (
                    "شما با سؤالتان می‌آیید و ما با هم دنبال راه‌حل می‌گردیم. نامه‌های اداری را "
                    "برایتان توضیح می‌دهیم، در درخواست‌هایی مثل کمک‌هزینه‌ی خانواده (Familienbeihilfe) "
                    "یا حداقل معیشت (Mindestsicherung) کمک می‌کنیم و می‌گوییم کدام اداره در منطقه "
                    "می‌تواند کمکتان کند. مشاوره محرمانه است. لطفاً کارت شناسایی و همه‌ی نامه‌ها و "
                    "مدارک مربوط را همراه بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "در ساعت‌های مشاوره‌ی آزاد بدون وقت قبلی بیایید. برای گفت‌وگوهای طولانی‌تر یا اگر "
                    "مترجم لازم دارید، لطفاً وقت بگیرید. مشاوره تلفنی یا تصویری هم ممکن است."
                ),
                "eligibility": (
                    "همه‌ی مهاجران و پناهندگان در Bezirk Imst، و همین‌طور خانواده‌هایشان و کسانی که "
                    "همراهی‌شان می‌کنند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۲ دقیقه پیاده به سمت کلیسای اصلی "
                    "شهر."
                ),
            },
            "uk": {
                "title": "Соціальна та інтеграційна консультація",
                "summary": (
                    "Безкоштовні консультації з усіх питань облаштування: листи, заяви, гроші, "
                    "сім’я, перебування та житло."
                ),
                "description": (
                    "Ви приходите зі своїм питанням — ми разом шукаємо рішення. Пояснюємо листи "
                    "від установ, допомагаємо із заявами, наприклад на сімейну допомогу "
                    "(Familienbeihilfe) чи мінімальне забезпечення (Mindestsicherung), і "
                    "підкажемо, яка установа в окрузі допоможе далі. Консультація конфіденційна. "
                    "Візьміть із собою документ, що посвідчує особу, і всі листи та папери, яких "
                    "стосується питання."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Приходьте у відкриті години без запису. Для довшої розмови або якщо потрібен "
                    "перекладач, будь ласка, запишіться заздалегідь. Консультація можлива також "
                    "телефоном або відеозв’язком."
                ),
                "eligibility": (
                    "Усі люди з досвідом міграції чи втечі в окрузі Bezirk Imst, а також їхні "
                    "родичі й ті, хто їх супроводжує."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 2 хвилини пішки в бік "
                    "парафіяльної церкви."
                ),
            },
        },
    },
    {
        "slug": "beratung-fuer-vertriebene-aus-der-ukraine-imst",
        "organization": "beratungsstelle-mosaik",
        "categories": ["beratung", "recht-behoerden"],
        "target_groups": ["vertriebene-ukraine"],
        "languages": ["de", "uk", "ru", "en"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": [
            "tarrenz",
            "roppen",
            "wenns",
            "arzl-im-pitztal",
            "jerzens",
            "st-leonhard-im-pitztal",
        ],
        "locations": [
            {
                "name": "Beratungsstelle Mosaik",
                "street": "Pfarrgasse 11",
                "municipality": "imst",
                "lat": 47.2389,
                "lon": 10.7395,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "09:00", "12:00"], ["di", "13:00", "15:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Olena Kovalenko",
        "phone": "+43 5412 000 243",
        "email": "ukraine@mosaik-imst.example.org",
        "website": "https://mosaik-imst.example.org/ukraine",
        "texts": {
            "de": {
                "title": "Beratung für Vertriebene aus der Ukraine",
                "summary": (
                    "Beratung auf Ukrainisch und Russisch zu Aufenthalt, Ausweis für Vertriebene, "
                    "Grundversorgung, Arbeit und Schule."
                ),
                "description": (
                    "Eine ukrainischsprachige Beraterin hilft bei Fragen zum Ausweis für "
                    "Vertriebene (Blaue Karte), zu Verlängerungen, zur Grundversorgung und zu "
                    "anderen Aufenthaltstiteln. Sie bekommen auch Unterstützung bei der "
                    "Arbeitssuche, bei der Anmeldung der Kinder in Schule oder Kindergarten und "
                    "bei Briefen von Ämtern. Bitte bringen Sie Reisepass, Ausweis für Vertriebene "
                    "und aktuelle Briefe mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Jeden Dienstag ohne Termin in die Beratungsstelle Mosaik kommen. Wenn Sie "
                    "nicht nach Imst fahren können, rufen Sie an: Beratung geht auch am Telefon "
                    "oder per Viber."
                ),
                "eligibility": (
                    "Menschen, die wegen des Krieges aus der Ukraine geflohen sind und im Bezirk "
                    "Imst leben, und ihre Familien."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 2 Minuten zu Fuß Richtung "
                    "Pfarrkirche."
                ),
            },
            "en": {
                "title": "Advice for displaced people from Ukraine",
                "summary": (
                    "Advice in Ukrainian and Russian on residence, the ID card for displaced "
                    "persons, basic care, work and school."
                ),
                "description": (
                    "A Ukrainian-speaking adviser helps with questions about the ID card for "
                    "displaced persons (blue card), extensions, basic care (Grundversorgung) and "
                    "other residence permits. You can also get help looking for work, registering "
                    "children for school or kindergarten, and with letters from authorities. "
                    "Please bring your passport, your ID card for displaced persons and any recent "
                    "letters."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Come to Beratungsstelle Mosaik any Tuesday, no appointment needed. If you "
                    "cannot travel to Imst, call us: advice is also available by phone or Viber."
                ),
                "eligibility": (
                    "People who fled the war in Ukraine and now live in Bezirk Imst, and their "
                    "families."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 2-minute walk towards the parish "
                    "church."
                ),
            },
            "uk": {
                "title": "Консультації для переміщених осіб з України",
                "summary": (
                    "Консультації українською та російською про перебування, посвідчення "
                    "переміщеної особи, базове забезпечення, роботу й школу."
                ),
                "description": (
                    "Україномовна консультантка допоможе з питаннями щодо посвідчення переміщеної "
                    "особи («блакитна картка»), його продовження, базового забезпечення "
                    "(Grundversorgung) та інших дозволів на проживання. Також вам допоможуть із "
                    "пошуком роботи, записом дітей до школи чи садочка та з листами від установ. "
                    "Візьміть із собою закордонний паспорт, посвідчення переміщеної особи та "
                    "останні отримані листи."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Щовівторка приходьте без запису до Beratungsstelle Mosaik. Якщо не можете "
                    "приїхати до Imst, зателефонуйте: консультація можлива й телефоном або у Viber."
                ),
                "eligibility": (
                    "Люди, які через війну виїхали з України й живуть в окрузі Bezirk Imst, та "
                    "їхні родини."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 2 хвилини пішки в бік "
                    "парафіяльної церкви."
                ),
            },
        },
    },
    {
        "slug": "dolmetschdienst-fuer-termine-bezirk-imst",
        "organization": "dolmetschpool-oberland",
        "categories": ["dolmetschen"],
        "target_groups": ["gefluechtete", "familien", "vertriebene-ukraine"],
        "languages": ["de", "ar", "fa", "prs", "ps", "uk", "ru", "tr", "so", "ti", "ku", "bs"],
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
                "name": "Dolmetschpool Oberland, Büro",
                "street": "Kramergasse 6",
                "municipality": "imst",
                "lat": 47.2396,
                "lon": 10.7388,
            },
        ],
        "by_appointment": True,
        "hours": [["mo", "09:00", "11:00"], ["do", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Reza Ahmadi",
        "phone": "+43 5412 000 250",
        "email": "termine@dolmetschpool-oberland.example.org",
        "website": "https://dolmetschpool-oberland.example.org",
        "texts": {
            "de": {
                "title": "Dolmetschen für Termine bei Arzt, Schule und Amt",
                "summary": (
                    "Geschulte Dolmetscherinnen und Dolmetscher begleiten Sie zu wichtigen "
                    "Terminen: vor Ort, am Telefon oder per Video."
                ),
                "description": (
                    "Bei wichtigen Gesprächen sollen Sie alles verstehen und selbst sagen können, "
                    "was Sie brauchen. Unsere Dolmetschenden kommen mit zur Ärztin, zum "
                    "Elternsprechtag, zur Gemeinde oder zur Bezirkshauptmannschaft. Sie sind zur "
                    "Verschwiegenheit verpflichtet. Kinder sollen nicht für ihre Eltern "
                    "dolmetschen müssen, melden Sie sich darum lieber bei uns."
                ),
                "cost_note": (
                    "Für Sie kostenlos. Bei Terminen von Schulen, Arztpraxen oder Ämtern übernimmt "
                    "oft die Einrichtung die Kosten, das klären wir für Sie."
                ),
                "how_to_access": (
                    "Rufen Sie in der Telefonzeit an oder schreiben Sie eine E-Mail, möglichst 5 "
                    "Werktage vor dem Termin. Nennen Sie Datum, Uhrzeit, Ort und Sprache. Schulen, "
                    "Praxen und Ämter können auch direkt buchen."
                ),
                "eligibility": (
                    "Alle Menschen im Bezirk Imst, die bei einem Termin Unterstützung in ihrer "
                    "Sprache brauchen. Wir dolmetschen unter anderem Arabisch, Farsi, Dari, "
                    "Paschtu, Ukrainisch, Russisch, Türkisch, Somali, Tigrinya, Kurdisch und "
                    "Bosnisch."
                ),
                "transit_note": (
                    "Büro: Bushaltestelle Imst Postplatz (Linie 210), dann 2 Minuten zu Fuß in die "
                    "Kramergasse. Das Büro ist im ersten Stock, es gibt keinen Lift."
                ),
            },
            "en": {
                "title": "Interpreting for doctor, school and authority appointments",
                "summary": (
                    "Trained interpreters support you at important appointments: in person, by "
                    "phone or by video."
                ),
                "description": (
                    "At important meetings you should understand everything and be able to say "
                    "what you need yourself. Our interpreters come with you to the doctor, to "
                    "parent-teacher meetings, to the municipal office or to the district authority "
                    "(Bezirkshauptmannschaft). They are bound to confidentiality. Children should "
                    "not have to interpret for their parents, so please get in touch with us "
                    "instead."
                ),
                "cost_note": (
                    "Free for you. For appointments set by schools, medical practices or "
                    "authorities, the institution often covers the cost; we sort that out for you."
                ),
                "how_to_access": (
                    "Call during phone hours or send an e-mail, ideally 5 working days before the "
                    "appointment. Tell us the date, time, place and language. Schools, practices "
                    "and authorities can also book directly."
                ),
                "eligibility": (
                    "Anyone in Bezirk Imst who needs support in their own language at an "
                    "appointment. Our languages include Arabic, Farsi, Dari, Pashto, Ukrainian, "
                    "Russian, Turkish, Somali, Tigrinya, Kurdish and Bosnian."
                ),
                "transit_note": (
                    "Office: bus stop Imst Postplatz (line 210), then a 2-minute walk to "
                    "Kramergasse. The office is on the first floor and there is no lift."
                ),
            },
            "ar": {
                "title": "ترجمة فورية في مواعيد الطبيب والمدرسة والدوائر الرسمية",
                "summary": (
                    "مترجمون مدرَّبون يرافقونك إلى المواعيد المهمة: حضورياً أو بالهاتف أو بالفيديو."
                ),
                "description": (
                    "في المحادثات المهمة من حقّك أن تفهم كل شيء وأن تقول بنفسك ما تحتاج إليه. "
                    "يرافقك مترجمونا إلى الطبيب، وإلى لقاء أولياء الأمور في المدرسة، وإلى البلدية "
                    "أو إلى الإدارة المحلية (Bezirkshauptmannschaft). وهم ملتزمون بكتمان السرّ. لا "
                    "ينبغي أن يترجم الأطفال لآبائهم وأمهاتهم، لذلك تواصل معنا."
                ),
                "cost_note": (
                    "مجاناً لك. في المواعيد التي تحدّدها المدارس أو العيادات أو الدوائر الرسمية تدفع "
                    "الجهة نفسها التكاليف غالباً، ونحن نتابع ذلك عنك."
                ),
                "how_to_access": (
                    "اتصل بنا في ساعات الهاتف أو أرسل بريداً إلكترونياً، ويُفضَّل قبل الموعد بخمسة أيام "
                    "عمل. أخبرنا بالتاريخ والساعة والمكان واللغة. يمكن للمدارس والعيادات والدوائر "
                    "أن تحجز مباشرة أيضاً."
                ),
                "eligibility": (
                    "كل من يسكن في Bezirk Imst ويحتاج إلى دعم بلغته في موعد ما. من لغاتنا: العربية "
                    "والفارسية والدارية والبشتو والأوكرانية والروسية والتركية والصومالية "
                    "والتغرينية والكردية والبوسنية."
                ),
                "transit_note": (
                    "المكتب: موقف الحافلات Imst Postplatz (الخط 210)، ثم دقيقتان مشياً إلى "
                    "Kramergasse. المكتب في الطابق الأول، ولا يوجد مصعد."
                ),
            },
            "fa": {
                "title": "ترجمه‌ی شفاهی برای وقت دکتر، مدرسه و اداره",
                "summary": (
                    "مترجمان آموزش‌دیده در قرارهای مهم همراه شما هستند: حضوری، تلفنی یا تصویری."
                ),
                "description": (
                    "در گفت‌وگوهای مهم باید همه‌چیز را بفهمید و خودتان بگویید چه لازم دارید. مترجمان "
                    "ما با شما پیش دکتر، به جلسه‌ی اولیا و مربیان، به شهرداری یا به فرمانداری "
                    "(Bezirkshauptmannschaft) می‌آیند. آن‌ها موظف به رازداری هستند. بچه‌ها نباید برای "
                    "پدر و مادرشان ترجمه کنند؛ برای همین بهتر است با ما تماس بگیرید."
                ),
                "cost_note": (
                    "برای شما رایگان است. برای قرارهایی که مدرسه، مطب یا اداره تعیین می‌کند، معمولاً "
                    "خود آن‌جا هزینه را می‌پردازد؛ این را ما برایتان پیگیری می‌کنیم."
                ),
                "how_to_access": (
                    "در ساعت تلفنی زنگ بزنید یا ایمیل بفرستید، بهتر است ۵ روز کاری قبل از قرار. "
                    "تاریخ، ساعت، مکان و زبان را بگویید. مدرسه‌ها، مطب‌ها و اداره‌ها هم می‌توانند "
                    "مستقیم رزرو کنند."
                ),
                "eligibility": (
                    "همه‌ی ساکنان Bezirk Imst که در یک قرار به کمک به زبان خودشان نیاز دارند. از "
                    "جمله زبان‌های ما: عربی، فارسی، دری، پشتو، اوکراینی، روسی، ترکی، سومالیایی، "
                    "تیگرینیا، کردی و بوسنیایی."
                ),
                "transit_note": (
                    "دفتر: ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۲ دقیقه پیاده تا "
                    "Kramergasse. دفتر در طبقه‌ی اول است و آسانسور ندارد."
                ),
            },
            "uk": {
                "title": "Усний переклад на прийомі в лікаря, у школі та в установах",
                "summary": (
                    "Досвідчені перекладачі супроводжують вас на важливі зустрічі — особисто, "
                    "телефоном або відеозв’язком."
                ),
                "description": (
                    "Під час важливих розмов ви маєте все розуміти й самі казати, що вам потрібно. "
                    "Наші перекладачі підуть із вами до лікаря, на батьківські збори, до громади "
                    "чи до окружної адміністрації (Bezirkshauptmannschaft). Вони зобов’язані "
                    "зберігати конфіденційність. Діти не повинні перекладати для батьків, тож "
                    "краще зверніться до нас."
                ),
                "cost_note": (
                    "Для вас безкоштовно. Якщо зустріч призначила школа, лікар чи установа, "
                    "витрати часто покриває вона сама — ми це для вас з’ясуємо."
                ),
                "how_to_access": (
                    "Зателефонуйте в години прийому дзвінків або напишіть електронного листа, "
                    "бажано за 5 робочих днів до зустрічі. Вкажіть дату, час, місце й мову. Школи, "
                    "лікарські кабінети та установи можуть замовити перекладача напряму."
                ),
                "eligibility": (
                    "Усі мешканці округу Bezirk Imst, яким на зустрічі потрібна підтримка рідною "
                    "мовою. Серед наших мов: арабська, фарсі, дарі, пушту, українська, російська, "
                    "турецька, сомалі, тигринья, курдська та боснійська."
                ),
                "transit_note": (
                    "Офіс: автобусна зупинка Imst Postplatz (лінія 210), далі 2 хвилини пішки до "
                    "Kramergasse. Офіс на другому поверсі, ліфта немає."
                ),
            },
        },
    },
    {
        "slug": "gesundheitslotsinnen-begleitung-zum-arzt-imst",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "dolmetschen"],
        "target_groups": ["gefluechtete", "senioren", "frauen"],
        "languages": ["de", "en", "ar", "fa", "prs", "uk", "so", "tr"],
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
        "municipalities_served": ["imsterberg", "mils-bei-imst", "karres", "karroesten", "tarrenz"],
        "locations": [
            {
                "name": "Gesundheitsnetz Imst",
                "street": "Bahnhofstraße 9",
                "municipality": "imst",
                "lat": 47.2378,
                "lon": 10.7402,
            },
        ],
        "by_appointment": True,
        "hours": [["mi", "14:00", "16:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Maria Schöpf",
        "phone": "+43 5412 000 260",
        "email": "lotsinnen@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/lotsinnen",
        "texts": {
            "de": {
                "title": "Gesundheitslotsinnen: Begleitung zu Arzt und Krankenhaus",
                "summary": (
                    "Geschulte Freiwillige erklären das Gesundheitssystem und begleiten Sie zu "
                    "Arztterminen, auf Wunsch in Ihrer Sprache."
                ),
                "description": (
                    "Die Gesundheitslotsinnen helfen Ihnen, die passende Ärztin zu finden, einen "
                    "Termin auszumachen und die e-card richtig zu verwenden. Auf Wunsch begleiten "
                    "sie Sie zu einer Praxis in Imst oder ins Krankenhaus Zams und helfen beim "
                    "Verstehen. Für schwierige Gespräche, zum Beispiel vor einer Operation, "
                    "organisieren wir eine professionelle Dolmetscherin. Bringen Sie Ihre e-card "
                    "und vorhandene Befunde mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Rufen Sie mittwochs zwischen 14 und 16 Uhr an oder schreiben Sie eine E-Mail. "
                    "Wir rufen zurück und vereinbaren ein erstes Gespräch."
                ),
                "eligibility": (
                    "Erwachsene und Familien im Bezirk Imst, die sich im österreichischen "
                    "Gesundheitssystem noch nicht gut auskennen, besonders ältere Menschen und "
                    "Schwangere."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Bahnhofstraße (Linie 210), direkt vor dem Haus."
                ),
            },
            "en": {
                "title": "Health guides: support with doctor and hospital visits",
                "summary": (
                    "Trained volunteers explain the health system and go with you to medical "
                    "appointments, in your language if possible."
                ),
                "description": (
                    "The health guides help you find the right doctor, make an appointment and use "
                    "your e-card (health insurance card) correctly. If you like, they will come "
                    "with you to a practice in Imst or to the hospital in Zams and help you "
                    "understand. For difficult conversations, for example before an operation, we "
                    "arrange a professional interpreter. Please bring your e-card and any medical "
                    "reports you have."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Call on Wednesdays between 2 and 4 pm or send an e-mail. We will call you "
                    "back and arrange a first meeting."
                ),
                "eligibility": (
                    "Adults and families in Bezirk Imst who do not yet know their way around the "
                    "Austrian health system, especially older people and pregnant women."
                ),
                "transit_note": (
                    "Bus stop Imst Bahnhofstraße (line 210), right outside the building."
                ),
            },
            "ar": {
                "title": "مرشدات صحيات: مرافقة إلى الطبيب والمستشفى",
                "summary": (
                    "متطوّعات مدرَّبات يشرحن لك النظام الصحي ويرافقنك إلى مواعيد الطبيب، وبلغتك إن "
                    "أمكن."
                ),
                "description": (
                    "تساعدك المرشدات الصحيات في إيجاد الطبيب المناسب، وحجز موعد، واستخدام بطاقة "
                    "التأمين الصحي (e-card) بشكل صحيح. وإذا أردت، يرافقنك إلى عيادة في Imst أو إلى "
                    "المستشفى في Zams ويساعدنك على فهم ما يُقال. للمحادثات الصعبة، مثلاً قبل عملية "
                    "جراحية، نؤمّن مترجمة محترفة. أحضر معك بطاقة e-card والتقارير الطبية التي لديك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "اتصل يوم الأربعاء بين الساعة 2 و4 بعد الظهر أو أرسل بريداً إلكترونياً. نعاود "
                    "الاتصال بك ونحدّد موعداً لأول لقاء."
                ),
                "eligibility": (
                    "الكبار والعائلات في Bezirk Imst الذين لا يعرفون النظام الصحي في النمسا جيداً "
                    "بعد، وخاصة كبار السن والحوامل."
                ),
                "transit_note": "موقف الحافلات Imst Bahnhofstraße (الخط 210)، أمام المبنى مباشرة.",
            },
            "fa": {
                "title": "راهنمایان سلامت: همراهی تا مطب دکتر و بیمارستان",
                "summary": (
                    "داوطلبان آموزش‌دیده نظام درمانی را توضیح می‌دهند و اگر بخواهید، به زبان خودتان "
                    "همراهتان پیش دکتر می‌آیند."
                ),
                "description": (
                    "راهنمایان سلامت کمکتان می‌کنند دکتر مناسب را پیدا کنید، وقت بگیرید و از کارت "
                    "بیمه (e-card) درست استفاده کنید. اگر بخواهید، با شما به مطبی در Imst یا "
                    "بیمارستان Zams می‌آیند و کمک می‌کنند حرف‌ها را بفهمید. برای گفت‌وگوهای سخت، مثلاً "
                    "قبل از عمل جراحی، یک مترجم حرفه‌ای می‌آوریم. کارت e-card و جواب آزمایش‌ها و "
                    "مدارک پزشکی‌تان را همراه بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "چهارشنبه‌ها بین ساعت ۱۴ تا ۱۶ زنگ بزنید یا ایمیل بفرستید. ما با شما تماس "
                    "می‌گیریم و وقت اولین دیدار را می‌گذاریم."
                ),
                "eligibility": (
                    "بزرگسالان و خانواده‌ها در Bezirk Imst که هنوز با نظام درمانی اتریش خوب آشنا "
                    "نیستند، به‌ویژه سالمندان و زنان باردار."
                ),
                "transit_note": "ایستگاه اتوبوس Imst Bahnhofstraße (خط ۲۱۰)، درست جلوی ساختمان.",
            },
            "uk": {
                "title": "Помічниці зі здоров’я: супровід до лікаря та лікарні",
                "summary": (
                    "Навчені волонтерки пояснюють систему охорони здоров’я і, якщо потрібно, "
                    "супроводжують вас до лікаря, по змозі вашою мовою."
                ),
                "description": (
                    "Помічниці допоможуть знайти потрібного лікаря, записатися на прийом і "
                    "правильно користуватися медичною карткою e-card. За бажанням вони підуть із "
                    "вами до лікаря в Imst або до лікарні в Zams і допоможуть усе зрозуміти. Для "
                    "складних розмов, наприклад перед операцією, ми запросимо професійну "
                    "перекладачку. Візьміть із собою e-card і медичні документи, які у вас є."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Телефонуйте в середу з 14:00 до 16:00 або напишіть електронного листа. Ми "
                    "передзвонимо й домовимося про першу зустріч."
                ),
                "eligibility": (
                    "Дорослі та сім’ї в окрузі Bezirk Imst, які ще погано орієнтуються в "
                    "австрійській системі охорони здоров’я, особливо літні люди та вагітні."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Bahnhofstraße (лінія 210), просто біля будинку."
                ),
            },
        },
    },
    {
        "slug": "jobcoaching-und-bewerbungshilfe-imst",
        "organization": "arbeitsinitiative-inntal",
        "categories": ["arbeit-ausbildung"],
        "target_groups": ["arbeitsuchende", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "uk", "ru", "bs"],
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
        "municipalities_served": [
            "imsterberg",
            "tarrenz",
            "karres",
            "karroesten",
            "mils-bei-imst",
            "roppen",
        ],
        "locations": [
            {
                "name": "Arbeitsinitiative Inntal, Büro Imst",
                "street": "Floriangasse 5",
                "municipality": "imst",
                "lat": 47.2385,
                "lon": 10.7369,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "09:00", "12:00"], ["do", "13:00", "16:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Markus Haid",
        "phone": "+43 5412 000 270",
        "email": "jobcoaching@arbeitsinitiative-inntal.example.org",
        "website": "https://arbeitsinitiative-inntal.example.org/jobcoaching",
        "texts": {
            "de": {
                "title": "Jobcoaching und Bewerbungshilfe",
                "summary": (
                    "Hilfe bei Lebenslauf, Bewerbung und Jobsuche, in der offenen "
                    "Bewerbungswerkstatt oder im Einzelgespräch."
                ),
                "description": (
                    "Gemeinsam schauen wir, was Sie können und welche Arbeit im Bezirk zu Ihnen "
                    "passt. Wir schreiben mit Ihnen einen Lebenslauf auf Deutsch, suchen passende "
                    "Stellen und üben Vorstellungsgespräche. Wir erklären auch, wie Sie Zeugnisse "
                    "aus Ihrem Herkunftsland anerkennen lassen. Bringen Sie Zeugnisse, "
                    "Arbeitsbestätigungen und, wenn vorhanden, einen USB-Stick mit."
                ),
                "cost_note": "Kostenlos. Ausdrucke und Bewerbungsfotos sind gratis.",
                "how_to_access": (
                    "Dienstagvormittag und Donnerstagnachmittag ist die Bewerbungswerkstatt ohne "
                    "Termin offen. Für ein längeres Einzelcoaching rufen Sie bitte an."
                ),
                "eligibility": (
                    "Menschen ab 16 Jahren mit Zugang zum Arbeitsmarkt, die im Bezirk Imst Arbeit "
                    "oder eine Lehrstelle suchen. Wenn Sie nicht wissen, ob Sie arbeiten dürfen, "
                    "klären wir das gemeinsam."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 3 Minuten zu Fuß in die "
                    "Floriangasse."
                ),
            },
            "en": {
                "title": "Job coaching and help with applications",
                "summary": (
                    "Help with your CV, applications and job search, at the open application "
                    "workshop or in one-to-one sessions."
                ),
                "description": (
                    "Together we look at what you can do and which jobs in the district suit you. "
                    "We write a German CV with you, look for suitable vacancies and practise job "
                    "interviews. We also explain how to get certificates from your home country "
                    "recognised. Please bring certificates, references from employers and, if you "
                    "have one, a USB stick."
                ),
                "cost_note": "Free. Printing and application photos cost nothing.",
                "how_to_access": (
                    "The application workshop is open without an appointment on Tuesday mornings "
                    "and Thursday afternoons. For longer one-to-one coaching, please call us."
                ),
                "eligibility": (
                    "People aged 16 and over with access to the labour market who are looking for "
                    "work or an apprenticeship in Bezirk Imst. If you are not sure whether you are "
                    "allowed to work, we will find out together."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 3-minute walk to Floriangasse."
                ),
            },
            "ar": {
                "title": "تدريب على البحث عن عمل ومساعدة في طلبات التوظيف",
                "summary": (
                    "مساعدة في كتابة السيرة الذاتية وطلبات العمل والبحث عن وظيفة، في ورشة مفتوحة "
                    "أو في لقاء فردي."
                ),
                "description": (
                    "نرى معاً ما هي مهاراتك وأيّ عمل في المنطقة يناسبك. نكتب معك سيرة ذاتية "
                    "بالألمانية، ونبحث عن وظائف مناسبة، ونتدرّب على مقابلات العمل. ونشرح لك أيضاً "
                    "كيف تعادل شهاداتك من بلدك. أحضر معك شهاداتك وإفادات العمل السابقة، وذاكرة USB "
                    "إن كانت لديك."
                ),
                "cost_note": "مجاناً. الطباعة وصور طلبات العمل مجانية.",
                "how_to_access": (
                    "الورشة مفتوحة بدون موعد صباح الثلاثاء وبعد ظهر الخميس. للتدريب الفردي الأطول، "
                    "اتصل بنا من فضلك."
                ),
                "eligibility": (
                    "الأشخاص من عمر 16 سنة فما فوق المسموح لهم بالعمل، ويبحثون عن عمل أو تدريب "
                    "مهني (Lehre) في Bezirk Imst. إذا لم تكن متأكداً إن كان مسموحاً لك بالعمل، نتحقّق "
                    "من ذلك معاً."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم 3 دقائق مشياً إلى Floriangasse."
                ),
            },
            "fa": {
                "title": "مشاوره‌ی شغلی و کمک در نوشتن درخواست کار",
                "summary": (
                    "کمک در نوشتن رزومه، درخواست کار و پیدا کردن شغل، در کارگاه باز یا در جلسه‌ی "
                    "فردی."
                ),
                "description": (
                    "با هم بررسی می‌کنیم چه مهارت‌هایی دارید و چه کاری در منطقه به شما می‌خورد. با "
                    "شما یک رزومه به آلمانی می‌نویسیم، دنبال آگهی‌های مناسب می‌گردیم و مصاحبه‌ی کاری "
                    "را تمرین می‌کنیم. همین‌طور توضیح می‌دهیم چطور مدرک‌های کشورتان را در اتریش به "
                    "رسمیت بشناسانید. مدرک‌های تحصیلی، گواهی‌های سابقه‌ی کار و اگر دارید یک فلش USB "
                    "همراه بیاورید."
                ),
                "cost_note": "رایگان. پرینت و عکس برای درخواست کار هم مجانی است.",
                "how_to_access": (
                    "کارگاه درخواست کار سه‌شنبه صبح و پنجشنبه بعدازظهر بدون وقت قبلی باز است. برای "
                    "مشاوره‌ی فردی طولانی‌تر لطفاً زنگ بزنید."
                ),
                "eligibility": (
                    "افراد ۱۶ سال به بالا که اجازه‌ی کار دارند و در Bezirk Imst دنبال کار یا "
                    "کارآموزی (Lehre) هستند. اگر نمی‌دانید اجازه‌ی کار دارید یا نه، با هم بررسی "
                    "می‌کنیم."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۳ دقیقه پیاده تا Floriangasse."
                ),
            },
            "uk": {
                "title": "Допомога з пошуком роботи та резюме",
                "summary": (
                    "Допомога з резюме, заявками на роботу та пошуком вакансій — у відкритій "
                    "майстерні або на індивідуальній консультації."
                ),
                "description": (
                    "Разом ми подивимося, що ви вмієте і яка робота в окрузі вам підходить. "
                    "Складемо з вами резюме німецькою, знайдемо відповідні вакансії та "
                    "потренуємося до співбесіди. Також пояснимо, як визнати в Австрії ваші дипломи "
                    "та документи про освіту. Візьміть із собою дипломи, довідки з попередніх "
                    "місць роботи та, якщо є, флешку."
                ),
                "cost_note": "Безкоштовно. Друк і фото для заявок теж безкоштовні.",
                "how_to_access": (
                    "Майстерня працює без запису у вівторок зранку та в четвер після обіду. Для "
                    "довшої індивідуальної консультації, будь ласка, зателефонуйте."
                ),
                "eligibility": (
                    "Люди від 16 років, які мають доступ до ринку праці й шукають роботу чи місце "
                    "для навчання професії (Lehre) в окрузі Bezirk Imst. Якщо не знаєте, чи маєте "
                    "право працювати, ми з’ясуємо це разом."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 3 хвилини пішки до "
                    "Floriangasse."
                ),
            },
        },
    },
    {
        "slug": "beratung-wohnungssuche-und-mietvertrag-imst",
        "organization": "wohnberatung-oberland",
        "categories": ["wohnen", "beratung"],
        "target_groups": ["familien", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "tr", "uk"],
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
        "municipalities_served": [
            "imsterberg",
            "mils-bei-imst",
            "karres",
            "karroesten",
            "tarrenz",
            "roppen",
        ],
        "locations": [
            {
                "name": "Wohnberatung Oberland",
                "street": "Stadtplatz 7",
                "municipality": "imst",
                "lat": 47.2398,
                "lon": 10.7379,
            },
        ],
        "by_appointment": True,
        "hours": [["mi", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Stefan Krabacher",
        "phone": "+43 5412 000 280",
        "email": "wohnen@wohnberatung-oberland.example.org",
        "website": "https://wohnberatung-oberland.example.org",
        "texts": {
            "de": {
                "title": "Beratung bei Wohnungssuche und Mietvertrag",
                "summary": (
                    "Wir helfen bei der Suche nach einer Wohnung, lesen Ihren Mietvertrag mit "
                    "Ihnen durch und erklären Kaution, Betriebskosten und Beihilfen."
                ),
                "description": (
                    "Eine Wohnung zu finden ist im Bezirk Imst oft schwer. Wir zeigen Ihnen, wo "
                    "Wohnungen angeboten werden, wie Sie sich für eine Gemeindewohnung oder "
                    "geförderte Wohnung vormerken lassen und wie Sie Vermieter gut ansprechen. Vor "
                    "der Unterschrift gehen wir den Mietvertrag mit Ihnen durch. Bringen Sie "
                    "Ausweis, Meldezettel, Einkommensnachweise und, falls vorhanden, Ihren "
                    "Mietvertrag mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Vereinbaren Sie einen Termin per Telefon oder E-Mail. Die Beratung ist am "
                    "Mittwochvormittag im Büro am Stadtplatz. Kurze Fragen klären wir auch am "
                    "Telefon."
                ),
                "eligibility": (
                    "Menschen im Bezirk Imst, die eine Wohnung suchen oder Fragen zu ihrer "
                    "Mietwohnung haben."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 1 Minute zu Fuß zum "
                    "Stadtplatz."
                ),
            },
            "en": {
                "title": "Advice on finding a flat and on rental contracts",
                "summary": (
                    "We help you search for a flat, go through your rental contract with you and "
                    "explain deposits, running costs and housing allowances."
                ),
                "description": (
                    "Finding a flat in Bezirk Imst is often hard. We show you where flats are "
                    "advertised, how to get on the list for a council flat or subsidised housing, "
                    "and how to approach landlords. Before you sign, we go through the contract "
                    "with you. Please bring your ID, registration form (Meldezettel), proof of "
                    "income and your rental contract if you have one."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Book an appointment by phone or e-mail. Appointments are on Wednesday "
                    "mornings at the office on Stadtplatz. Quick questions can also be answered by "
                    "phone."
                ),
                "eligibility": (
                    "People in Bezirk Imst who are looking for a flat or have questions about "
                    "their rented home."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 1-minute walk to Stadtplatz."
                ),
            },
            "ar": {
                "title": "استشارة في البحث عن شقة وفي عقد الإيجار",
                "summary": (
                    "نساعدك في البحث عن شقة، ونقرأ معك عقد الإيجار، ونشرح لك التأمين وتكاليف "
                    "الخدمات ومساعدات السكن."
                ),
                "description": (
                    "إيجاد شقة في Bezirk Imst صعب في أحيان كثيرة. نريك أين تُعرض الشقق، وكيف تسجّل "
                    "اسمك للحصول على شقة من البلدية أو شقة مدعومة، وكيف تتواصل مع المؤجّرين بطريقة "
                    "جيدة. قبل التوقيع نقرأ العقد معك. أحضر هويتك وشهادة السكن (Meldezettel) "
                    "وإثبات الدخل، وعقد الإيجار إن كان لديك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "احجز موعداً بالهاتف أو بالبريد الإلكتروني. الاستشارة صباح يوم الأربعاء في "
                    "المكتب في Stadtplatz. ونجيب عن الأسئلة القصيرة بالهاتف أيضاً."
                ),
                "eligibility": (
                    "كل من يسكن في Bezirk Imst ويبحث عن شقة أو لديه أسئلة عن الشقة التي يستأجرها."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم دقيقة واحدة مشياً إلى Stadtplatz."
                ),
            },
            "fa": {
                "title": "مشاوره برای پیدا کردن خانه و قرارداد اجاره",
                "summary": (
                    "در پیدا کردن خانه کمکتان می‌کنیم، قرارداد اجاره را با شما می‌خوانیم و ودیعه، "
                    "هزینه‌های جانبی و کمک‌هزینه‌ی مسکن را توضیح می‌دهیم."
                ),
                "description": (
                    "پیدا کردن خانه در Bezirk Imst اغلب سخت است. نشانتان می‌دهیم آگهی خانه را کجا "
                    "پیدا کنید، چطور برای خانه‌ی شهرداری یا خانه‌ی یارانه‌ای ثبت‌نام کنید و چطور با "
                    "صاحبخانه حرف بزنید. قبل از امضا، قرارداد را با شما مرور می‌کنیم. کارت شناسایی، "
                    "برگه‌ی ثبت محل سکونت (Meldezettel)، مدرک درآمد و اگر دارید قرارداد اجاره را "
                    "بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "با تلفن یا ایمیل وقت بگیرید. مشاوره چهارشنبه صبح در دفتر Stadtplatz است. "
                    "سؤال‌های کوتاه را تلفنی هم جواب می‌دهیم."
                ),
                "eligibility": (
                    "ساکنان Bezirk Imst که دنبال خانه هستند یا درباره‌ی خانه‌ی اجاره‌ای خود سؤال "
                    "دارند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۱ دقیقه پیاده تا Stadtplatz."
                ),
            },
            "uk": {
                "title": "Консультація з пошуку житла та договору оренди",
                "summary": (
                    "Допомагаємо шукати квартиру, разом читаємо договір оренди й пояснюємо "
                    "заставу, комунальні платежі та житлові допомоги."
                ),
                "description": (
                    "Знайти квартиру в окрузі Bezirk Imst часто непросто. Ми покажемо, де шукати "
                    "оголошення, як стати в чергу на муніципальне чи соціальне житло і як "
                    "правильно звернутися до орендодавця. Перед підписанням ми разом переглянемо "
                    "договір. Візьміть документ, що посвідчує особу, довідку про реєстрацію "
                    "(Meldezettel), підтвердження доходу та, якщо є, договір оренди."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Запишіться телефоном або електронною поштою. Консультації проходять у середу "
                    "зранку в офісі на Stadtplatz. Короткі питання можна вирішити й телефоном."
                ),
                "eligibility": (
                    "Мешканці округу Bezirk Imst, які шукають житло або мають питання щодо "
                    "орендованої квартири."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 1 хвилина пішки до "
                    "Stadtplatz."
                ),
            },
        },
    },
    {
        "slug": "arbeitskreis-integration-und-gemeinwohl",
        "organization": "regionalmanagement-bezirk-imst",
        "categories": ["treffpunkte", "ehrenamt"],
        "target_groups": ["ehrenamtliche"],
        "languages": ["de", "en"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": True,
        "municipalities_served": [],
        "locations": [
            {
                "name": "Regionalmanagement Bezirk Imst, Sitzungssaal",
                "street": "Postplatz 3",
                "municipality": "imst",
                "lat": 47.2392,
                "lon": 10.7384,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "18:00", "20:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Andrea Pfausler",
        "phone": "+43 5412 000 100",
        "email": "arbeitskreis@regionalmanagement-imst.example.org",
        "website": "https://regionalmanagement-imst.example.org/arbeitskreis-integration",
        "texts": {
            "de": {
                "title": "Arbeitskreis Integration und Gemeinwohl",
                "summary": (
                    "Vernetzungstreffen für Ehrenamtliche, Vereine, Gemeinden und Fachstellen, die "
                    "sich im Bezirk Imst für Integration einsetzen."
                ),
                "description": (
                    "Der Arbeitskreis trifft sich viermal im Jahr, jeweils am zweiten Mittwoch im "
                    "Jänner, April, Juli und Oktober. Wir tauschen Neuigkeiten aus, stellen neue "
                    "Angebote vor und planen gemeinsame Aktionen, zum Beispiel den Tag der offenen "
                    "Vereine. Was im Arbeitskreis besprochen wird, fließt auch in diesen "
                    "Integrationskompass ein. Neue Mitglieder sind jederzeit willkommen, besonders "
                    "Vertreterinnen und Vertreter von Migrantenvereinen."
                ),
                "cost_note": "Kostenlos. Getränke und ein kleiner Imbiss stehen bereit.",
                "how_to_access": (
                    "Bitte melden Sie sich bis eine Woche vor dem Treffen per E-Mail an. Sie "
                    "können vor Ort im Sitzungssaal oder online per Videolink teilnehmen."
                ),
                "eligibility": (
                    "Ehrenamtliche, Vereine, Gemeinden, Schulen, Beratungsstellen und "
                    "Migrantenorganisationen aus dem Bezirk Imst."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), der Sitzungssaal ist direkt am "
                    "Platz."
                ),
            },
            "en": {
                "title": "Working group: Arbeitskreis Integration und Gemeinwohl",
                "summary": (
                    "Networking meeting for volunteers, associations, municipalities and services "
                    "working for integration in Bezirk Imst."
                ),
                "description": (
                    "The working group meets four times a year, on the second Wednesday of "
                    "January, April, July and October. We share news, present new offers and plan "
                    "joint activities, such as the open day of local associations. What we discuss "
                    "also feeds into this integration compass. New members are always welcome, "
                    "especially people from migrant associations."
                ),
                "cost_note": "Free. Drinks and a light snack are provided.",
                "how_to_access": (
                    "Please register by e-mail at least one week before the meeting. You can join "
                    "in person in the meeting room or online via a video link."
                ),
                "eligibility": (
                    "Volunteers, associations, municipalities, schools, counselling services and "
                    "migrant organisations from Bezirk Imst."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210); the meeting room is right on the square."
                ),
            },
        },
    },
    {
        "slug": "freiwillige-sprachbegleitung-gesucht-imst",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["ehrenamt", "dolmetschen"],
        "target_groups": ["ehrenamtliche"],
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
        "serves_whole_district": False,
        "municipalities_served": ["tarrenz", "nassereith", "roppen", "wenns", "arzl-im-pitztal"],
        "locations": [
            {
                "name": "Freiwilligenzentrum Region Imst",
                "street": "Johannesplatz 4",
                "municipality": "imst",
                "lat": 47.2403,
                "lon": 10.7364,
            },
        ],
        "by_appointment": True,
        "hours": [["do", "15:00", "18:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Lisa Gstrein",
        "phone": "+43 5412 000 290",
        "email": "mitmachen@freiwilligenzentrum-imst.example.org",
        "website": "https://freiwilligenzentrum-imst.example.org/sprachbegleitung",
        "texts": {
            "de": {
                "title": "Freiwillige gesucht: Sprachbegleitung im Alltag",
                "summary": (
                    "Wenn Sie Deutsch und eine zweite Sprache sprechen, helfen Sie ehrenamtlich "
                    "bei Gesprächen im Alltag, etwa im Kindergarten oder auf der Gemeinde."
                ),
                "description": (
                    "Viele Gespräche sind leichter, wenn jemand die Sprache beider Seiten spricht: "
                    "die Anmeldung im Kindergarten, ein Gespräch mit der Vermieterin oder ein "
                    "Anruf bei der Gemeinde. Als freiwillige Sprachbegleitung übernehmen Sie "
                    "solche kurzen Einsätze, so oft es Ihnen passt. Sie bekommen eine Einschulung "
                    "zu Ihrer Rolle, zur Schweigepflicht und zu den Grenzen des Laiendolmetschens. "
                    "Für Arzt- und Amtsgespräche vermitteln wir an den professionellen "
                    "Dolmetschpool Oberland."
                ),
                "cost_note": (
                    "Kostenlos. Fahrtkosten werden ersetzt, und Sie sind bei den Einsätzen "
                    "versichert."
                ),
                "how_to_access": (
                    "Melden Sie sich per Telefon oder E-Mail für ein Kennenlerngespräch, "
                    "donnerstags auch gerne persönlich. Die nächste Einschulung findet an zwei "
                    "Abenden im Freiwilligenzentrum statt."
                ),
                "eligibility": (
                    "Menschen ab 18 Jahren, die gut Deutsch sprechen (mindestens B1) und eine "
                    "weitere Sprache sehr gut können, zum Beispiel Arabisch, Farsi, Dari, "
                    "Ukrainisch, Somali oder Türkisch. Menschen, die selbst zugewandert sind, sind "
                    "besonders herzlich eingeladen."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 3 Minuten zu Fuß zum "
                    "Johannesplatz."
                ),
            },
            "en": {
                "title": "Volunteers wanted: everyday language support",
                "summary": (
                    "If you speak German and another language, volunteer to help with everyday "
                    "conversations, for example at kindergarten or the municipal office."
                ),
                "description": (
                    "Many conversations are easier when someone speaks both sides' language: "
                    "registering a child at kindergarten, talking to a landlady, or phoning the "
                    "municipal office. As a volunteer language supporter you take on short "
                    "assignments like these, as often as suits you. You will get training on your "
                    "role, confidentiality and the limits of non-professional interpreting. For "
                    "medical and official appointments, we refer people to the professional "
                    "Dolmetschpool Oberland."
                ),
                "cost_note": (
                    "Free. Travel costs are reimbursed, and you are insured during assignments."
                ),
                "how_to_access": (
                    "Get in touch by phone or e-mail for an introductory chat, or drop in on a "
                    "Thursday. The next training takes place over two evenings at the volunteer "
                    "centre."
                ),
                "eligibility": (
                    "People aged 18 and over who speak good German (at least B1) and another "
                    "language very well, for example Arabic, Farsi, Dari, Ukrainian, Somali or "
                    "Turkish. People who have moved here themselves are especially welcome."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 3-minute walk to Johannesplatz."
                ),
            },
            "ar": {
                "title": "نبحث عن متطوّعين: مساعدة لغوية في الحياة اليومية",
                "summary": (
                    "إذا كنت تتكلّم الألمانية ولغة أخرى، ساعد متطوّعاً في محادثات يومية، مثلاً في "
                    "الروضة أو في البلدية."
                ),
                "description": (
                    "كثير من المحادثات يصبح أسهل عندما يكون هناك من يتكلّم لغة الطرفين: تسجيل طفل "
                    "في الروضة، أو حديث مع صاحبة الشقة، أو مكالمة مع البلدية. كمتطوّع في المساعدة "
                    "اللغوية تقوم بمهام قصيرة كهذه، بقدر ما يناسب وقتك. تحصل على تدريب عن دورك وعن "
                    "كتمان السرّ وعن حدود الترجمة غير المهنية. أما مواعيد الطبيب والدوائر الرسمية "
                    "فنحيلها إلى المترجمين المحترفين في Dolmetschpool Oberland."
                ),
                "cost_note": "مجاناً. نعوّضك عن تكاليف المواصلات، وأنت مؤمَّن عليك أثناء المهام.",
                "how_to_access": (
                    "تواصل معنا بالهاتف أو بالبريد الإلكتروني لموعد تعارف، أو تعال يوم الخميس. "
                    "التدريب القادم في مساءين في Freiwilligenzentrum."
                ),
                "eligibility": (
                    "الأشخاص من عمر 18 سنة فما فوق الذين يتكلّمون الألمانية جيداً (B1 على الأقل) "
                    "ويتقنون لغة أخرى، مثل العربية أو الفارسية أو الدارية أو الأوكرانية أو "
                    "الصومالية أو التركية. ونرحّب بشكل خاص بمن جاؤوا هم أنفسهم إلى النمسا من بلد "
                    "آخر."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم 3 دقائق مشياً إلى Johannesplatz."
                ),
            },
            "fa": {
                "title": "داوطلب می‌خواهیم: همراهی زبانی در زندگی روزمره",
                "summary": (
                    "اگر آلمانی و یک زبان دیگر بلدید، داوطلبانه در گفت‌وگوهای روزمره کمک کنید، مثلاً "
                    "در مهدکودک یا شهرداری."
                ),
                "description": (
                    "خیلی از گفت‌وگوها آسان‌تر می‌شود وقتی کسی زبان هر دو طرف را بلد باشد: ثبت‌نام بچه "
                    "در مهدکودک، صحبت با صاحبخانه یا تماس با شهرداری. به‌عنوان همراه زبانی داوطلب، "
                    "چنین کارهای کوتاهی را هر وقت که برایتان مناسب است انجام می‌دهید. یک دوره‌ی "
                    "آموزشی درباره‌ی نقش خودتان، رازداری و حد و مرز ترجمه‌ی غیرحرفه‌ای می‌گذرانید. "
                    "برای قرار دکتر و اداره، مردم را به مترجمان حرفه‌ای Dolmetschpool Oberland "
                    "معرفی می‌کنیم."
                ),
                "cost_note": "رایگان. هزینه‌ی رفت‌وآمد را پس می‌دهیم و در زمان کار بیمه هستید.",
                "how_to_access": (
                    "برای یک گفت‌وگوی آشنایی تلفنی یا با ایمیل با ما تماس بگیرید، یا پنجشنبه‌ها سری "
                    "بزنید. دوره‌ی آموزشی بعدی دو شب در Freiwilligenzentrum برگزار می‌شود."
                ),
                "eligibility": (
                    "افراد ۱۸ سال به بالا که آلمانی را خوب صحبت می‌کنند (دست‌کم B1) و یک زبان دیگر "
                    "را خیلی خوب بلدند، مثلاً عربی، فارسی، دری، اوکراینی، سومالیایی یا ترکی. از "
                    "کسانی که خودشان مهاجر هستند، به‌ویژه استقبال می‌کنیم."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۳ دقیقه پیاده تا Johannesplatz."
                ),
            },
            "uk": {
                "title": "Шукаємо волонтерів: мовний супровід у повсякденні",
                "summary": (
                    "Якщо ви говорите німецькою та ще однією мовою, допомагайте як волонтер у "
                    "повсякденних розмовах, наприклад у садочку чи громаді."
                ),
                "description": (
                    "Багато розмов стають простішими, коли поруч є людина, що знає мови обох "
                    "сторін: запис дитини до садочка, розмова з орендодавицею чи дзвінок до "
                    "громади. Як волонтер мовного супроводу ви берете такі короткі завдання тоді, "
                    "коли вам зручно. Ви пройдете навчання про свою роль, конфіденційність і межі "
                    "непрофесійного перекладу. На прийоми до лікаря та в установи ми направляємо "
                    "до професійних перекладачів Dolmetschpool Oberland."
                ),
                "cost_note": (
                    "Безкоштовно. Витрати на проїзд компенсуємо, під час завдань ви застраховані."
                ),
                "how_to_access": (
                    "Зв’яжіться з нами телефоном чи електронною поштою, щоб познайомитися, або "
                    "просто зайдіть у четвер. Наступне навчання — два вечори у Freiwilligenzentrum."
                ),
                "eligibility": (
                    "Люди від 18 років, які добре говорять німецькою (щонайменше B1) і дуже добре "
                    "знають іншу мову, наприклад арабську, фарсі, дарі, українську, сомалі чи "
                    "турецьку. Особливо раді тим, хто й сам колись переїхав до Австрії."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 3 хвилини пішки до "
                    "Johannesplatz."
                ),
            },
        },
    },
    {
        "slug": "rechtsberatung-asyl-und-aufenthalt-imst",
        "organization": "beratungsstelle-mosaik",
        "categories": ["recht-behoerden", "beratung"],
        "target_groups": ["gefluechtete", "familien", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "fa", "prs", "ps", "uk"],
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
        "municipalities_served": ["tarrenz", "nassereith", "roppen", "wenns", "arzl-im-pitztal"],
        "locations": [
            {
                "name": "Beratungsstelle Mosaik",
                "street": "Pfarrgasse 11",
                "municipality": "imst",
                "lat": 47.2389,
                "lon": 10.7395,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Mag. Lukas Prantl",
        "phone": "+43 5412 000 245",
        "email": "recht@mosaik-imst.example.org",
        "website": "https://mosaik-imst.example.org/recht",
        "texts": {
            "de": {
                "title": "Rechtsberatung zu Asyl, Aufenthalt und Familiennachzug",
                "summary": (
                    "Juristinnen und Juristen beraten vertraulich zu Asylverfahren, Bescheiden, "
                    "Aufenthaltstiteln und Familiennachzug."
                ),
                "description": (
                    "Wir erklären, was in Ihrem Bescheid steht, welche Fristen gelten und welche "
                    "Möglichkeiten Sie haben. Wir beraten auch zur Verlängerung oder zum Wechsel "
                    "von Aufenthaltstiteln, zum Familiennachzug und zur Staatsbürgerschaft. "
                    "Fristen sind oft sehr kurz: Kommen Sie bitte sofort, wenn Sie einen negativen "
                    "Bescheid bekommen. Bringen Sie alle Bescheide, Briefe und Ausweise mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Nur mit Termin. Rufen Sie an oder schreiben Sie eine E-Mail. Bei einem "
                    "negativen Bescheid mit kurzer Frist bekommen Sie innerhalb von 2 Werktagen "
                    "einen Termin. Wenn nötig, organisieren wir eine Dolmetscherin."
                ),
                "eligibility": (
                    "Asylwerbende, Asylberechtigte, subsidiär Schutzberechtigte, Vertriebene und "
                    "alle anderen im Bezirk Imst, die Fragen zu ihrem Aufenthalt haben."
                ),
                "transit_note": (
                    "Bushaltestelle Imst Postplatz (Linie 210), dann 2 Minuten zu Fuß Richtung "
                    "Pfarrkirche."
                ),
            },
            "en": {
                "title": "Legal advice on asylum, residence and family reunification",
                "summary": (
                    "Lawyers give confidential advice on asylum procedures, official decisions, "
                    "residence permits and family reunification."
                ),
                "description": (
                    "We explain what your decision (Bescheid) says, which deadlines apply and what "
                    "options you have. We also advise on extending or changing residence permits, "
                    "family reunification and citizenship. Deadlines are often very short: please "
                    "come straight away if you receive a negative decision. Bring all decisions, "
                    "letters and ID documents."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "By appointment only. Call or send an e-mail. If you have a negative decision "
                    "with a short deadline, you will get an appointment within 2 working days. We "
                    "arrange an interpreter if needed."
                ),
                "eligibility": (
                    "Asylum seekers, recognised refugees, people with subsidiary protection, "
                    "displaced persons and anyone else in Bezirk Imst with questions about their "
                    "residence."
                ),
                "transit_note": (
                    "Bus stop Imst Postplatz (line 210), then a 2-minute walk towards the parish "
                    "church."
                ),
            },
            "ar": {
                "title": "استشارة قانونية في اللجوء والإقامة ولمّ الشمل",
                "summary": (
                    "حقوقيون وحقوقيات يقدّمون استشارة سرّية في إجراءات اللجوء والقرارات الرسمية "
                    "وتصاريح الإقامة ولمّ شمل العائلة."
                ),
                "description": (
                    "نشرح لك ما هو مكتوب في القرار (Bescheid)، وما هي المهل، وما الخيارات المتاحة "
                    "لك. ونقدّم الاستشارة أيضاً في تمديد تصاريح الإقامة أو تغييرها، وفي لمّ شمل "
                    "العائلة، وفي الجنسية. المهل تكون قصيرة جداً في الغالب: تعال فوراً إذا وصلك قرار "
                    "سلبي. أحضر كل القرارات والرسائل والوثائق الشخصية."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "بموعد فقط. اتصل بنا أو أرسل بريداً إلكترونياً. إذا وصلك قرار سلبي بمهلة قصيرة، "
                    "تحصل على موعد خلال يومَي عمل. ونؤمّن مترجماً عند الحاجة."
                ),
                "eligibility": (
                    "طالبو اللجوء، والحاصلون على اللجوء أو على الحماية الثانوية، والنازحون، وكل من "
                    "لديه أسئلة عن إقامته في Bezirk Imst."
                ),
                "transit_note": (
                    "موقف الحافلات Imst Postplatz (الخط 210)، ثم دقيقتان مشياً باتجاه الكنيسة."
                ),
            },
            "fa": {
                "title": "مشاوره‌ی حقوقی درباره‌ی پناهندگی، اقامت و پیوستن خانواده",
                "summary": (
                    "حقوق‌دانان به‌طور محرمانه درباره‌ی پرونده‌ی پناهندگی، حکم‌های اداری، اجازه‌ی اقامت "
                    "و پیوستن خانواده مشاوره می‌دهند."
                ),
                "description": (
                    "توضیح می‌دهیم در حکم شما (Bescheid) چه نوشته شده، چه مهلت‌هایی دارید و چه "
                    "راه‌هایی پیش رویتان است. درباره‌ی تمدید یا تغییر اجازه‌ی اقامت، پیوستن خانواده و "
                    "تابعیت هم مشاوره می‌دهیم. مهلت‌ها معمولاً خیلی کوتاه است: اگر جواب رد گرفتید، "
                    "فوراً بیایید. همه‌ی حکم‌ها، نامه‌ها و مدارک شناسایی را همراه بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "فقط با وقت قبلی. زنگ بزنید یا ایمیل بفرستید. اگر جواب رد با مهلت کوتاه دارید، "
                    "ظرف ۲ روز کاری وقت می‌گیرید. در صورت نیاز مترجم می‌آوریم."
                ),
                "eligibility": (
                    "پناه‌جویان، پناهندگان، کسانی که حمایت تکمیلی دارند، آوارگان و همه‌ی کسانی در "
                    "Bezirk Imst که درباره‌ی اقامتشان سؤال دارند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imst Postplatz (خط ۲۱۰)، بعد ۲ دقیقه پیاده به سمت کلیسای اصلی "
                    "شهر."
                ),
            },
            "uk": {
                "title": "Юридична консультація: притулок, перебування, возз’єднання сім’ї",
                "summary": (
                    "Юристи конфіденційно консультують щодо процедури притулку, офіційних рішень, "
                    "дозволів на проживання та возз’єднання сім’ї."
                ),
                "description": (
                    "Ми пояснюємо, що написано у вашому рішенні (Bescheid), які діють строки та "
                    "які у вас є можливості. Також консультуємо щодо продовження чи зміни дозволу "
                    "на проживання, возз’єднання сім’ї та громадянства. Строки часто дуже короткі: "
                    "якщо ви отримали негативне рішення, приходьте одразу. Візьміть усі рішення, "
                    "листи та документи."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Лише за попереднім записом. Зателефонуйте або напишіть електронного листа. "
                    "Якщо у вас негативне рішення з коротким строком, вас запишуть протягом 2 "
                    "робочих днів. За потреби ми запросимо перекладача."
                ),
                "eligibility": (
                    "Шукачі притулку, визнані біженці, особи з додатковим захистом, переміщені "
                    "особи та всі інші мешканці округу Bezirk Imst, які мають питання щодо свого "
                    "перебування."
                ),
                "transit_note": (
                    "Автобусна зупинка Imst Postplatz (лінія 210), далі 2 хвилини пішки в бік "
                    "парафіяльної церкви."
                ),
            },
        },
    },
    {
        "slug": "deutschkurs-a1-fuer-muetter-mit-kinderbetreuung-tarrenz",
        "organization": "frauentreff-gurgltal",
        "categories": ["deutsch-lernen", "kinder-familie"],
        "target_groups": ["frauen", "familien"],
        "languages": ["de", "ar", "fa", "prs", "uk", "so"],
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
        "municipalities_served": ["nassereith", "imst", "karroesten"],
        "locations": [
            {
                "name": "Pfarrsaal Tarrenz",
                "street": "Kirchplatz 1",
                "municipality": "tarrenz",
                "lat": 47.2652,
                "lon": 10.7678,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "08:30", "11:00"], ["do", "08:30", "11:00"]],
        "start_date": "2027-01-12",
        "registration_deadline": "2026-12-18",
        "contact_name": "Verena Thurner",
        "phone": "+43 5265 000 310",
        "email": "deutsch@frauentreff-gurgltal.example.org",
        "website": "https://frauentreff-gurgltal.example.org/deutschkurs",
        "texts": {
            "de": {
                "title": "Deutschkurs A1 für Mütter mit Kinderbetreuung",
                "summary": (
                    "Deutsch lernen am Vormittag, während Ihre kleinen Kinder im Nebenraum gut "
                    "betreut werden."
                ),
                "description": (
                    "Der Kurs ist für Mütter mit Kindern bis 6 Jahre, die Deutsch von Anfang an "
                    "lernen möchten. Wir üben, was Sie im Alltag brauchen: beim Kinderarzt, im "
                    "Kindergarten, beim Einkaufen und am Telefon. Zwei erfahrene Betreuerinnen "
                    "spielen im Nebenraum mit den Kindern. Bringen Sie für Ihr Kind eine Jause "
                    "und, wenn nötig, Windeln mit."
                ),
                "cost_note": "Kostenlos, auch die Kinderbetreuung.",
                "how_to_access": (
                    "Melden Sie sich bis 18. Dezember beim Frauentreff an: persönlich, per Telefon "
                    "oder per WhatsApp. Sagen Sie uns, wie viele Kinder mitkommen und wie alt sie "
                    "sind."
                ),
                "eligibility": (
                    "Mütter mit kleinen Kindern aus Tarrenz, Nassereith, Imst und Umgebung, die "
                    "noch wenig oder gar kein Deutsch sprechen. Frauen ohne kleine Kinder können "
                    "teilnehmen, wenn Plätze frei sind."
                ),
                "transit_note": (
                    "Bushaltestelle Tarrenz Dorf (Linie 220), dann 2 Minuten zu Fuß zur Kirche."
                ),
            },
            "en": {
                "title": "German A1 for mothers, with childcare",
                "summary": (
                    "Learn German in the morning while your young children are looked after in the "
                    "room next door."
                ),
                "description": (
                    "This course is for mothers with children up to 6 who want to learn German "
                    "from the very beginning. We practise what you need every day: at the "
                    "paediatrician, at kindergarten, in the shops and on the phone. Two "
                    "experienced childminders play with the children next door. Please bring a "
                    "snack for your child and nappies if needed."
                ),
                "cost_note": "Free, including childcare.",
                "how_to_access": (
                    "Register with Frauentreff Gurgltal by 18 December: in person, by phone or on "
                    "WhatsApp. Tell us how many children are coming and how old they are."
                ),
                "eligibility": (
                    "Mothers with young children from Tarrenz, Nassereith, Imst and nearby who "
                    "speak little or no German. Women without young children can join if places "
                    "are free."
                ),
                "transit_note": (
                    "Bus stop Tarrenz Dorf (line 220), then a 2-minute walk to the church."
                ),
            },
            "ar": {
                "title": "دورة ألمانية A1 للأمهات مع رعاية الأطفال",
                "summary": (
                    "تعلّمي الألمانية في الصباح، بينما يلعب أطفالك الصغار مع مربّيات في الغرفة "
                    "المجاورة."
                ),
                "description": (
                    "هذه الدورة للأمهات اللواتي لديهن أطفال حتى عمر 6 سنوات ويردن تعلّم الألمانية "
                    "من البداية. نتدرّب على ما تحتاجينه كل يوم: عند طبيب الأطفال، وفي الروضة، وفي "
                    "التسوّق، وعلى الهاتف. مربّيتان لديهما خبرة تلعبان مع الأطفال في الغرفة "
                    "المجاورة. أحضري لطفلك وجبة خفيفة، وحفاضات إذا لزم الأمر."
                ),
                "cost_note": "مجاناً، ورعاية الأطفال مجانية أيضاً.",
                "how_to_access": (
                    "سجّلي في Frauentreff Gurgltal حتى 18 ديسمبر: شخصياً أو بالهاتف أو عبر WhatsApp. "
                    "أخبرينا كم طفلاً سيأتي معك وكم أعمارهم."
                ),
                "eligibility": (
                    "الأمهات اللواتي لديهن أطفال صغار ويسكنّ في Tarrenz أو Nassereith أو Imst أو ما "
                    "حولها، ويتكلّمن القليل من الألمانية أو لا يتكلّمنها أبداً. ويمكن للنساء اللواتي "
                    "ليس لديهن أطفال صغار المشاركة إذا بقيت أماكن شاغرة."
                ),
                "transit_note": (
                    "موقف الحافلات Tarrenz Dorf (الخط 220)، ثم دقيقتان مشياً إلى الكنيسة."
                ),
            },
            "fa": {
                "title": "کلاس آلمانی A1 برای مادران، همراه با نگهداری از کودک",
                "summary": (
                    "صبح‌ها آلمانی یاد بگیرید، در حالی که از بچه‌های کوچکتان در اتاق کناری به‌خوبی "
                    "مراقبت می‌شود."
                ),
                "description": (
                    "این کلاس برای مادرانی است که بچه‌ی زیر ۶ سال دارند و می‌خواهند آلمانی را از اول "
                    "یاد بگیرند. چیزهایی را تمرین می‌کنیم که هر روز لازم دارید: پیش دکتر کودکان، در "
                    "مهدکودک، موقع خرید و پشت تلفن. دو مربی باتجربه در اتاق کناری با بچه‌ها بازی "
                    "می‌کنند. برای بچه‌تان خوراکی و اگر لازم است پوشک بیاورید."
                ),
                "cost_note": "رایگان، نگهداری از بچه‌ها هم رایگان است.",
                "how_to_access": (
                    "تا ۱۸ دسامبر در Frauentreff Gurgltal ثبت‌نام کنید: حضوری، تلفنی یا با "
                    "WhatsApp. به ما بگویید چند بچه همراهتان می‌آید و چند سالشان است."
                ),
                "eligibility": (
                    "مادرانی با بچه‌های کوچک از Tarrenz، Nassereith، Imst و اطراف که کم یا اصلاً "
                    "آلمانی بلد نیستند. اگر جا باشد، زنانی که بچه‌ی کوچک ندارند هم می‌توانند شرکت "
                    "کنند."
                ),
                "transit_note": "ایستگاه اتوبوس Tarrenz Dorf (خط ۲۲۰)، بعد ۲ دقیقه پیاده تا کلیسا.",
            },
            "uk": {
                "title": "Німецька A1 для мам із доглядом за дітьми",
                "summary": (
                    "Вивчайте німецьку вранці, поки за вашими малюками доглядають у сусідній "
                    "кімнаті."
                ),
                "description": (
                    "Курс для мам із дітьми до 6 років, які хочуть вивчати німецьку з нуля. "
                    "Тренуємо те, що потрібно щодня: у педіатра, у садочку, у магазині й по "
                    "телефону. Дві досвідчені виховательки граються з дітьми в сусідній кімнаті. "
                    "Візьміть для дитини перекус і, якщо потрібно, підгузки."
                ),
                "cost_note": "Безкоштовно, догляд за дітьми теж.",
                "how_to_access": (
                    "Зареєструйтеся у Frauentreff Gurgltal до 18 грудня — особисто, телефоном або "
                    "через WhatsApp. Повідомте, скільки дітей прийде і скільки їм років."
                ),
                "eligibility": (
                    "Мами з маленькими дітьми з Tarrenz, Nassereith, Imst та околиць, які майже "
                    "або зовсім не говорять німецькою. Жінки без маленьких дітей можуть "
                    "долучитися, якщо є вільні місця."
                ),
                "transit_note": (
                    "Автобусна зупинка Tarrenz Dorf (лінія 220), далі 2 хвилини пішки до церкви."
                ),
            },
        },
    },
    {
        "slug": "internationales-frauenfruehstueck-tarrenz",
        "organization": "frauentreff-gurgltal",
        "categories": ["treffpunkte"],
        "target_groups": ["frauen"],
        "languages": ["de", "en", "ar", "fa", "tr", "uk", "ti"],
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
        "municipalities_served": ["nassereith", "karroesten", "imst"],
        "locations": [
            {
                "name": "Frauentreff Gurgltal, Vereinsraum",
                "street": "Dorfstraße 21",
                "municipality": "tarrenz",
                "lat": 47.2661,
                "lon": 10.769,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Verena Thurner",
        "phone": "+43 5265 000 311",
        "email": "treff@frauentreff-gurgltal.example.org",
        "website": "https://frauentreff-gurgltal.example.org",
        "texts": {
            "de": {
                "title": "Internationales Frauenfrühstück",
                "summary": (
                    "Jeden Mittwoch frühstücken Frauen aus vielen Ländern gemeinsam, reden, lachen "
                    "und lernen einander kennen."
                ),
                "description": (
                    "Beim Frauenfrühstück bringen viele etwas mit: Brot, Käse, Oliven, Kuchen oder "
                    "etwas aus ihrer Heimat. Wir sprechen Deutsch, so gut es eben geht, und helfen "
                    "einander mit Händen und Füßen. Ab und zu kommt ein Gast und erzählt über ein "
                    "Thema, das Frauen interessiert, etwa Gesundheit, Schule oder Geld. Kleine "
                    "Kinder dürfen mitkommen, es gibt eine Spielecke."
                ),
                "cost_note": "Kostenlos. Wer mag, bringt etwas zum Essen mit.",
                "how_to_access": (
                    "Einfach vorbeikommen, eine Anmeldung ist nicht nötig. Der Vereinsraum ist im "
                    "ersten Stock, es gibt keinen Lift."
                ),
                "eligibility": (
                    "Alle Frauen, egal woher sie kommen und wie gut sie Deutsch sprechen."
                ),
                "transit_note": (
                    "Bushaltestelle Tarrenz Dorf (Linie 220), dann 1 Minute zu Fuß entlang der "
                    "Dorfstraße."
                ),
            },
            "en": {
                "title": "International women's breakfast",
                "summary": (
                    "Every Wednesday, women from many countries have breakfast together, chat, "
                    "laugh and get to know each other."
                ),
                "description": (
                    "Many women bring something along: bread, cheese, olives, cake or a dish from "
                    "home. We speak German as well as we can and help each other out with gestures "
                    "too. Now and then a guest talks about a topic women are interested in, such "
                    "as health, school or money. Small children are welcome, and there is a play "
                    "corner."
                ),
                "cost_note": "Free. Bring something to eat if you like.",
                "how_to_access": (
                    "Just drop in, no need to register. The room is on the first floor and there "
                    "is no lift."
                ),
                "eligibility": (
                    "All women, wherever they come from and however much German they speak."
                ),
                "transit_note": (
                    "Bus stop Tarrenz Dorf (line 220), then a 1-minute walk along Dorfstraße."
                ),
            },
            "ar": {
                "title": "فطور النساء الدولي",
                "summary": (
                    "كل يوم أربعاء تتناول نساء من بلدان كثيرة الفطور معاً، ويتحدّثن ويضحكن ويتعرّفن "
                    "على بعضهن."
                ),
                "description": (
                    "كثير من النساء يُحضرن شيئاً معهن: خبزاً أو جبناً أو زيتوناً أو كعكاً أو طبقاً من "
                    "بلدهن. نتكلّم الألمانية بقدر ما نستطيع، ونساعد بعضنا بالإشارات أيضاً. أحياناً "
                    "تأتي ضيفة وتتحدّث عن موضوع يهمّ النساء، مثل الصحة أو المدرسة أو المال. يمكن "
                    "إحضار الأطفال الصغار، وهناك ركن للعب."
                ),
                "cost_note": "مجاناً. من تريد، تُحضر معها شيئاً من الطعام.",
                "how_to_access": (
                    "تعالي مباشرة، لا حاجة إلى التسجيل. الغرفة في الطابق الأول، ولا يوجد مصعد."
                ),
                "eligibility": "كل النساء، من أيّ بلد كنّ، ومهما كان مستواهن في الألمانية.",
                "transit_note": (
                    "موقف الحافلات Tarrenz Dorf (الخط 220)، ثم دقيقة واحدة مشياً على طول Dorfstraße."
                ),
            },
            "fa": {
                "title": "صبحانه‌ی بین‌المللی زنان",
                "summary": (
                    "هر چهارشنبه زنانی از کشورهای مختلف با هم صبحانه می‌خورند، گپ می‌زنند، می‌خندند و "
                    "با هم آشنا می‌شوند."
                ),
                "description": (
                    "خیلی‌ها چیزی با خودشان می‌آورند: نان، پنیر، زیتون، کیک یا غذایی از کشور خودشان. "
                    "هر قدر که بلدیم آلمانی حرف می‌زنیم و با دست و اشاره هم به هم کمک می‌کنیم. گاهی "
                    "یک مهمان می‌آید و درباره‌ی موضوعی که برای زنان مهم است صحبت می‌کند، مثل سلامت، "
                    "مدرسه یا پول. بچه‌های کوچک هم می‌توانند بیایند، گوشه‌ی بازی داریم."
                ),
                "cost_note": "رایگان. هر کس دوست دارد، خوراکی می‌آورد.",
                "how_to_access": (
                    "همین‌طوری بیایید، ثبت‌نام لازم نیست. اتاق در طبقه‌ی اول است و آسانسور ندارد."
                ),
                "eligibility": "همه‌ی زنان، از هر کشوری که باشند و هر قدر آلمانی بلد باشند.",
                "transit_note": (
                    "ایستگاه اتوبوس Tarrenz Dorf (خط ۲۲۰)، بعد ۱ دقیقه پیاده در امتداد Dorfstraße."
                ),
            },
            "uk": {
                "title": "Міжнародний жіночий сніданок",
                "summary": (
                    "Щосереди жінки з різних країн разом снідають, спілкуються, сміються та "
                    "знайомляться."
                ),
                "description": (
                    "Багато хто приносить щось із собою: хліб, сир, оливки, пиріг або страву зі "
                    "своєї країни. Говоримо німецькою, як уміємо, і допомагаємо одна одній "
                    "жестами. Іноді приходить гостя й розповідає про тему, цікаву жінкам, "
                    "наприклад здоров’я, школу чи гроші. Маленьких дітей можна брати з собою, є "
                    "ігровий куточок."
                ),
                "cost_note": "Безкоштовно. Хто хоче, приносить щось поїсти.",
                "how_to_access": (
                    "Просто приходьте, реєстрація не потрібна. Кімната на другому поверсі, ліфта "
                    "немає."
                ),
                "eligibility": "Усі жінки, звідки б вони не були і як би не знали німецьку.",
                "transit_note": (
                    "Автобусна зупинка Tarrenz Dorf (лінія 220), далі 1 хвилина пішки вздовж "
                    "Dorfstraße."
                ),
            },
        },
    },
    {
        "slug": "frauenberatung-gurgltal-tarrenz",
        "organization": "frauentreff-gurgltal",
        "categories": ["beratung", "kinder-familie"],
        "target_groups": ["frauen"],
        "languages": ["de", "en", "ar", "fa"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "hybrid",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["nassereith", "imst", "karroesten", "karres"],
        "locations": [
            {
                "name": "Frauentreff Gurgltal, Vereinsraum",
                "street": "Dorfstraße 21",
                "municipality": "tarrenz",
                "lat": 47.2661,
                "lon": 10.769,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Birgit Schennach",
        "phone": "+43 5265 000 312",
        "email": "beratung@frauentreff-gurgltal.example.org",
        "website": "https://frauentreff-gurgltal.example.org/beratung",
        "texts": {
            "de": {
                "title": "Frauenberatung: vertraulich und auf Wunsch mit Dolmetscherin",
                "summary": (
                    "Eine Sozialarbeiterin berät Frauen vertraulich bei Sorgen in Familie und Ehe, "
                    "bei Trennung, Gewalt, Geld oder Gesundheit."
                ),
                "description": (
                    "Manche Themen bespricht man lieber mit einer Frau und ohne Familie dabei. Im "
                    "Gespräch können Sie offen reden, alles bleibt vertraulich. Wir informieren "
                    "Sie über Ihre Rechte und über Unterstützung für Sie und Ihre Kinder und "
                    "begleiten Sie, wenn nötig, zu weiteren Stellen. Auf Wunsch ist eine "
                    "Dolmetscherin dabei, nicht eine Verwandte oder Bekannte."
                ),
                "cost_note": "Kostenlos und, wenn Sie möchten, anonym.",
                "how_to_access": (
                    "Vereinbaren Sie einen Termin per Telefon, SMS oder E-Mail. Das Gespräch ist "
                    "im Frauentreff, am Telefon oder an einem anderen ruhigen Ort möglich. Bei "
                    "akuter Gewalt rufen Sie sofort die Polizei: 133."
                ),
                "eligibility": "Frauen ab 16 Jahren aus dem Gurgltal, aus Imst und Umgebung.",
                "transit_note": (
                    "Bushaltestelle Tarrenz Dorf (Linie 220), dann 1 Minute zu Fuß entlang der "
                    "Dorfstraße."
                ),
            },
            "en": {
                "title": "Women's counselling: confidential, with an interpreter if you wish",
                "summary": (
                    "A social worker gives women confidential advice on worries about family and "
                    "marriage, separation, violence, money or health."
                ),
                "description": (
                    "Some topics are easier to talk about with a woman and without family present. "
                    "You can speak openly, and everything stays confidential. We tell you about "
                    "your rights and the support available for you and your children, and if "
                    "needed we go with you to other services. If you wish, a female interpreter "
                    "joins us, not a relative or acquaintance."
                ),
                "cost_note": "Free, and anonymous if you prefer.",
                "how_to_access": (
                    "Book an appointment by phone, text message or e-mail. We can meet at "
                    "Frauentreff, talk on the phone or meet somewhere else quiet. If you are in "
                    "danger, call the police immediately on 133."
                ),
                "eligibility": (
                    "Women aged 16 and over from the Gurgltal valley, Imst and the surrounding "
                    "area."
                ),
                "transit_note": (
                    "Bus stop Tarrenz Dorf (line 220), then a 1-minute walk along Dorfstraße."
                ),
            },
            "ar": {
                "title": "استشارات للنساء: بسرّية تامة ومع مترجمة إن أردتِ",
                "summary": (
                    "أخصائية اجتماعية تقدّم للنساء استشارة سرّية في هموم العائلة والزواج، والانفصال، "
                    "والعنف، والمال، والصحة."
                ),
                "description": (
                    "بعض المواضيع يسهل الحديث عنها مع امرأة ومن دون حضور العائلة. في الاستشارة "
                    "يمكنك أن تتكلّمي بصراحة، وكل شيء يبقى سرّياً. نخبرك بحقوقك وبالدعم المتاح لكِ "
                    "ولأطفالك، ونرافقك عند الحاجة إلى جهات أخرى. إذا أردتِ، تحضر مترجمة محترفة، "
                    "وليس قريبة أو صديقة."
                ),
                "cost_note": "مجاناً، ومن دون ذكر اسمك إن أردتِ.",
                "how_to_access": (
                    "احجزي موعداً بالهاتف أو برسالة نصية أو بالبريد الإلكتروني. يمكن أن يكون اللقاء "
                    "في Frauentreff أو بالهاتف أو في مكان هادئ آخر. إذا كنتِ في خطر الآن، اتصلي "
                    "فوراً بالشرطة على الرقم 133."
                ),
                "eligibility": "النساء من عمر 16 سنة فما فوق من وادي Gurgltal ومن Imst وما حولها.",
                "transit_note": (
                    "موقف الحافلات Tarrenz Dorf (الخط 220)، ثم دقيقة واحدة مشياً على طول Dorfstraße."
                ),
            },
            "fa": {
                "title": "مشاوره‌ی زنان: محرمانه و در صورت تمایل با مترجم زن",
                "summary": (
                    "یک مددکار اجتماعی زن به‌طور محرمانه درباره‌ی مشکلات خانواده و زندگی زناشویی، "
                    "جدایی، خشونت، پول یا سلامت به زنان مشاوره می‌دهد."
                ),
                "description": (
                    "درباره‌ی بعضی موضوع‌ها راحت‌تر است با یک زن و بدون حضور خانواده صحبت کنیم. در "
                    "این گفت‌وگو می‌توانید آزادانه حرف بزنید و همه‌چیز محرمانه می‌ماند. درباره‌ی "
                    "حقوقتان و کمک‌هایی که برای شما و بچه‌هایتان هست اطلاعات می‌دهیم و اگر لازم باشد، "
                    "همراهتان به جاهای دیگر می‌آییم. اگر بخواهید، یک مترجم زن حرفه‌ای هم هست، نه یکی "
                    "از اقوام یا آشنایان."
                ),
                "cost_note": "رایگان، و اگر بخواهید بدون ذکر نام.",
                "how_to_access": (
                    "با تلفن، پیامک یا ایمیل وقت بگیرید. گفت‌وگو می‌تواند در Frauentreff، پشت تلفن "
                    "یا در یک جای آرام دیگر باشد. اگر همین حالا در خطر هستید، فوراً به پلیس زنگ "
                    "بزنید: ۱۳۳."
                ),
                "eligibility": "زنان ۱۶ سال به بالا از دره‌ی Gurgltal، از Imst و اطراف.",
                "transit_note": (
                    "ایستگاه اتوبوس Tarrenz Dorf (خط ۲۲۰)، بعد ۱ دقیقه پیاده در امتداد Dorfstraße."
                ),
            },
        },
    },
    {
        "slug": "deutschkurs-fuer-jugendliche-nassereith",
        "organization": "jugendtreff-mieminger-plateau",
        "categories": ["deutsch-lernen", "schule-bildung"],
        "target_groups": ["jugendliche"],
        "languages": ["de", "en", "ar", "fa", "uk"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "A2",
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["tarrenz", "imst"],
        "locations": [
            {
                "name": "Jugendraum Nassereith",
                "street": "Schulgasse 3",
                "municipality": "nassereith",
                "lat": 47.3163,
                "lon": 10.8385,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "15:00", "17:00"], ["mi", "15:00", "17:00"]],
        "start_date": "2027-03-01",
        "registration_deadline": "2027-02-19",
        "contact_name": "Daniel Falkner",
        "phone": "+43 5265 000 320",
        "email": "deutsch@jugendtreff-plateau.example.org",
        "website": "https://jugendtreff-plateau.example.org/deutsch",
        "texts": {
            "de": {
                "title": "Deutschkurs für Jugendliche von 14 bis 19 Jahren",
                "summary": (
                    "Deutsch lernen nach der Schule, gemeinsam mit anderen Jugendlichen: für "
                    "Alltag, Schule und Lehre."
                ),
                "description": (
                    "Du bist neu in Österreich und willst schneller Deutsch lernen? Hier lernst du "
                    "zweimal pro Woche in einer kleinen Gruppe, mit Spielen, Musik und Themen, die "
                    "dich interessieren. Wir üben auch für die Schule: Texte verstehen, kurze "
                    "Referate halten, Fragen an Lehrerinnen und Lehrer stellen. Bring einen Block "
                    "und einen Stift mit, alles andere bekommst du von uns."
                ),
                "cost_note": "Kostenlos. Jause und Getränke gibt es gratis.",
                "how_to_access": (
                    "Melde dich bis 19. Februar an: per WhatsApp, am Telefon oder direkt im "
                    "Jugendraum. Du kannst auch mit deiner Lehrerin oder deinem Betreuer "
                    "vorbeikommen."
                ),
                "eligibility": (
                    "Jugendliche von 14 bis 19 Jahren aus Nassereith, Tarrenz und Umgebung, die "
                    "noch wenig Deutsch sprechen, egal ob sie zur Schule gehen oder nicht."
                ),
                "transit_note": (
                    "Bushaltestelle Nassereith Dorfplatz (Linie 220), dann 3 Minuten zu Fuß zur "
                    "Schule. Der Jugendraum ist im Untergeschoss, Eingang auf der Rückseite."
                ),
            },
            "en": {
                "title": "German course for young people aged 14 to 19",
                "summary": (
                    "Learn German after school together with other young people: for everyday "
                    "life, school and apprenticeships."
                ),
                "description": (
                    "New to Austria and want to learn German faster? Here you learn twice a week "
                    "in a small group, with games, music and topics you actually care about. We "
                    "also practise for school: understanding texts, giving short presentations and "
                    "asking teachers questions. Bring a notepad and a pen, we provide everything "
                    "else."
                ),
                "cost_note": "Free. Snacks and drinks are free too.",
                "how_to_access": (
                    "Sign up by 19 February on WhatsApp, by phone or at the youth room. You can "
                    "also come along with your teacher or social worker."
                ),
                "eligibility": (
                    "Young people aged 14 to 19 from Nassereith, Tarrenz and nearby who speak "
                    "little German, whether or not they go to school."
                ),
                "transit_note": (
                    "Bus stop Nassereith Dorfplatz (line 220), then a 3-minute walk to the school. "
                    "The youth room is in the basement; the entrance is at the back."
                ),
            },
            "ar": {
                "title": "دورة ألمانية للشباب من 14 إلى 19 سنة",
                "summary": (
                    "تعلّم الألمانية بعد المدرسة مع شباب آخرين: للحياة اليومية والمدرسة والتدريب "
                    "المهني."
                ),
                "description": (
                    "أنت جديد في النمسا وتريد أن تتعلّم الألمانية بسرعة أكبر؟ هنا تتعلّم مرتين في "
                    "الأسبوع في مجموعة صغيرة، مع ألعاب وموسيقى ومواضيع تهمّك. ونتدرّب أيضاً من أجل "
                    "المدرسة: فهم النصوص، وتقديم عروض قصيرة، وطرح الأسئلة على المعلّمين. أحضر دفتراً "
                    "وقلماً، وكل شيء آخر نعطيك إياه."
                ),
                "cost_note": "مجاناً. الوجبات الخفيفة والمشروبات مجانية أيضاً.",
                "how_to_access": (
                    "سجّل حتى 19 فبراير عبر WhatsApp أو بالهاتف أو مباشرة في غرفة الشباب. يمكنك "
                    "أيضاً أن تأتي مع معلّمتك أو مع المشرف عليك."
                ),
                "eligibility": (
                    "الشباب من عمر 14 إلى 19 سنة من Nassereith وTarrenz وما حولها، الذين يعرفون "
                    "القليل من الألمانية، سواء كانوا يذهبون إلى المدرسة أم لا."
                ),
                "transit_note": (
                    "موقف الحافلات Nassereith Dorfplatz (الخط 220)، ثم 3 دقائق مشياً إلى المدرسة. "
                    "غرفة الشباب في الطابق السفلي، والمدخل من الخلف."
                ),
            },
            "fa": {
                "title": "کلاس آلمانی برای نوجوانان و جوانان ۱۴ تا ۱۹ سال",
                "summary": (
                    "بعد از مدرسه همراه با جوان‌های دیگر آلمانی یاد بگیر: برای زندگی روزمره، مدرسه "
                    "و کارآموزی."
                ),
                "description": (
                    "تازه به اتریش آمده‌ای و می‌خواهی زودتر آلمانی یاد بگیری؟ این‌جا هفته‌ای دو بار در "
                    "یک گروه کوچک یاد می‌گیری، با بازی، موسیقی و موضوع‌هایی که برایت جالب است. برای "
                    "مدرسه هم تمرین می‌کنیم: فهمیدن متن، ارائه‌ی کوتاه و سؤال پرسیدن از معلم‌ها. یک "
                    "دفترچه و خودکار بیاور، بقیه‌اش با ما."
                ),
                "cost_note": "رایگان. خوراکی و نوشیدنی هم مجانی است.",
                "how_to_access": (
                    "تا ۱۹ فوریه ثبت‌نام کن: با WhatsApp، تلفنی یا حضوری در اتاق جوانان. می‌توانی با "
                    "معلم یا مددکارت هم بیایی."
                ),
                "eligibility": (
                    "نوجوانان و جوانان ۱۴ تا ۱۹ سال از Nassereith، Tarrenz و اطراف که هنوز کم "
                    "آلمانی بلدند، چه به مدرسه بروند چه نروند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Nassereith Dorfplatz (خط ۲۲۰)، بعد ۳ دقیقه پیاده تا مدرسه. "
                    "اتاق جوانان در زیرزمین است و در ورودی پشت ساختمان."
                ),
            },
            "uk": {
                "title": "Курс німецької для підлітків 14–19 років",
                "summary": (
                    "Вивчай німецьку після школи разом з іншими підлітками — для життя, школи та "
                    "навчання професії."
                ),
                "description": (
                    "Ти нещодавно в Австрії й хочеш швидше заговорити німецькою? Тут ти навчаєшся "
                    "двічі на тиждень у невеликій групі — з іграми, музикою та темами, які тобі "
                    "цікаві. Також готуємося до школи: розуміти тексти, робити короткі "
                    "презентації, ставити запитання вчителям. Візьми блокнот і ручку, усе інше ми "
                    "дамо."
                ),
                "cost_note": "Безкоштовно. Перекус і напої теж безкоштовні.",
                "how_to_access": (
                    "Зареєструйся до 19 лютого через WhatsApp, телефоном або просто в молодіжній "
                    "кімнаті. Можна прийти разом із вчителькою чи соціальним працівником."
                ),
                "eligibility": (
                    "Підлітки та молодь 14–19 років з Nassereith, Tarrenz та околиць, які ще слабо "
                    "говорять німецькою, незалежно від того, чи ходять вони до школи."
                ),
                "transit_note": (
                    "Автобусна зупинка Nassereith Dorfplatz (лінія 220), далі 3 хвилини пішки до "
                    "школи. Молодіжна кімната в підвалі, вхід із тильного боку."
                ),
            },
        },
    },
    {
        "slug": "wohnberatung-sprechtag-nassereith",
        "organization": "wohnberatung-oberland",
        "categories": ["wohnen"],
        "target_groups": ["familien", "senioren"],
        "languages": ["de", "en", "tr"],
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
        "municipalities_served": ["tarrenz"],
        "locations": [
            {
                "name": "Gemeindeamt Nassereith, Besprechungsraum",
                "street": "Gemeindeplatz 1",
                "municipality": "nassereith",
                "lat": 47.3155,
                "lon": 10.8398,
            },
        ],
        "by_appointment": True,
        "hours": [["fr", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Stefan Krabacher",
        "phone": "+43 5412 000 281",
        "email": "wohnen@wohnberatung-oberland.example.org",
        "website": "https://wohnberatung-oberland.example.org/sprechtage",
        "texts": {
            "de": {
                "title": "Sprechtag der Wohnberatung in Nassereith",
                "summary": (
                    "Einmal im Monat berät die Wohnberatung Oberland im Gemeindeamt Nassereith zu "
                    "Miete, Betriebskosten, Schimmel und Wohnungssuche."
                ),
                "description": (
                    "Sie müssen nicht nach Imst fahren: Am ersten Freitag im Monat ist eine "
                    "Wohnberaterin im Gemeindeamt Nassereith. Sie hilft bei Fragen zur Miete und "
                    "zur Betriebskostenabrechnung, bei Schimmel, Kündigung oder Streit mit dem "
                    "Vermieter und bei der Wohnungssuche. Bringen Sie Ihren Mietvertrag und die "
                    "Briefe mit, um die es geht."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Bitte vereinbaren Sie vorher einen Termin per Telefon oder E-Mail. Ein "
                    "Gespräch dauert etwa 30 Minuten."
                ),
                "eligibility": (
                    "Mieterinnen, Mieter und Wohnungssuchende aus Nassereith, Tarrenz und dem "
                    "Gurgltal."
                ),
                "transit_note": (
                    "Bushaltestelle Nassereith Dorfplatz (Linie 220), das Gemeindeamt ist direkt "
                    "am Platz."
                ),
            },
            "en": {
                "title": "Housing advice day in Nassereith",
                "summary": (
                    "Once a month, Wohnberatung Oberland gives advice at the Nassereith municipal "
                    "office on rent, service charges, mould and finding a flat."
                ),
                "description": (
                    "No need to travel to Imst: on the first Friday of the month, a housing "
                    "adviser is at the municipal office in Nassereith. She helps with questions "
                    "about rent and service charge statements, mould, notice to quit or disputes "
                    "with your landlord, and with finding a flat. Please bring your rental "
                    "contract and any letters your question is about."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Please book an appointment in advance by phone or e-mail. Each appointment "
                    "takes about 30 minutes."
                ),
                "eligibility": (
                    "Tenants and people looking for a flat in Nassereith, Tarrenz and the Gurgltal "
                    "valley."
                ),
                "transit_note": (
                    "Bus stop Nassereith Dorfplatz (line 220); the municipal office is right on "
                    "the square."
                ),
            },
            "ar": {
                "title": "يوم استشارات السكن في Nassereith",
                "summary": (
                    "مرة في الشهر تقدّم Wohnberatung Oberland استشارات في بلدية Nassereith عن "
                    "الإيجار والتكاليف الإضافية والعفن والبحث عن شقة."
                ),
                "description": (
                    "لا تحتاج إلى السفر إلى Imst: في أول يوم جمعة من كل شهر تكون مستشارة السكن في "
                    "مبنى بلدية Nassereith. تساعدك في أسئلة الإيجار وكشف التكاليف الإضافية، وفي "
                    "مشكلة العفن، وإنهاء العقد، والخلاف مع المؤجّر، وفي البحث عن شقة. أحضر عقد "
                    "الإيجار والرسائل المتعلّقة بسؤالك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "احجز موعداً مسبقاً بالهاتف أو بالبريد الإلكتروني من فضلك. تستغرق الاستشارة نحو "
                    "30 دقيقة."
                ),
                "eligibility": "المستأجرون والباحثون عن شقة في Nassereith وTarrenz ووادي Gurgltal.",
                "transit_note": (
                    "موقف الحافلات Nassereith Dorfplatz (الخط 220)، ومبنى البلدية في الساحة نفسها."
                ),
            },
        },
    },
    {
        "slug": "offener-jugendtreff-nassereith",
        "organization": "jugendtreff-mieminger-plateau",
        "categories": ["treffpunkte"],
        "target_groups": ["jugendliche"],
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
        "municipalities_served": ["tarrenz"],
        "locations": [
            {
                "name": "Jugendraum Nassereith",
                "street": "Schulgasse 3",
                "municipality": "nassereith",
                "lat": 47.3163,
                "lon": 10.8385,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "17:00", "20:00"], ["fr", "17:00", "21:00"], ["sa", "15:00", "20:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Daniel Falkner",
        "phone": "+43 5265 000 321",
        "email": "nassereith@jugendtreff-plateau.example.org",
        "website": "https://jugendtreff-plateau.example.org/nassereith",
        "texts": {
            "de": {
                "title": "Offener Jugendtreff Nassereith",
                "summary": (
                    "Treffpunkt für alle Jugendlichen ab 12: Tischfußball, Musik, Kochen, Ausflüge "
                    "und jemand zum Reden."
                ),
                "description": (
                    "Im Jugendtreff kannst du einfach abhängen, Freunde treffen und neue Leute "
                    "kennenlernen, egal woher du kommst. Es gibt Tischfußball, eine Spielkonsole, "
                    "Musik und einmal im Monat einen Ausflug oder einen Kochabend. Zwei "
                    "Jugendbetreuer sind immer da und helfen auch bei Fragen zu Schule, Lehrstelle "
                    "oder Stress zu Hause."
                ),
                "cost_note": "Kostenlos. Für Ausflüge gibt es manchmal einen kleinen Beitrag.",
                "how_to_access": (
                    "Komm einfach vorbei, du musst dich nicht anmelden. Infos zu Ausflügen "
                    "bekommst du in unserer WhatsApp-Gruppe."
                ),
                "eligibility": (
                    "Jugendliche von 12 bis 20 Jahren aus Nassereith, Tarrenz und Umgebung."
                ),
                "transit_note": (
                    "Bushaltestelle Nassereith Dorfplatz (Linie 220), dann 3 Minuten zu Fuß zur "
                    "Schule. Der Jugendraum ist im Untergeschoss, Eingang auf der Rückseite."
                ),
            },
            "en": {
                "title": "Open youth club Nassereith",
                "summary": (
                    "A place for all young people aged 12 and over: table football, music, "
                    "cooking, trips and someone to talk to."
                ),
                "description": (
                    "At the youth club you can just hang out, meet friends and get to know new "
                    "people, wherever you are from. There is table football, a games console, "
                    "music, and once a month a trip or a cooking night. Two youth workers are "
                    "always there and can also help with questions about school, apprenticeships "
                    "or stress at home."
                ),
                "cost_note": "Free. Trips sometimes cost a small contribution.",
                "how_to_access": (
                    "Just come by, no need to sign up. Info about trips is shared in our WhatsApp "
                    "group."
                ),
                "eligibility": "Young people aged 12 to 20 from Nassereith, Tarrenz and nearby.",
                "transit_note": (
                    "Bus stop Nassereith Dorfplatz (line 220), then a 3-minute walk to the school. "
                    "The youth room is in the basement; the entrance is at the back."
                ),
            },
            "ar": {
                "title": "نادي الشباب المفتوح في Nassereith",
                "summary": (
                    "مكان لقاء لكل الشباب من عمر 12 سنة: كرة الطاولة، وموسيقى، وطبخ، ورحلات، وشخص "
                    "تتحدّث معه."
                ),
                "description": (
                    "في نادي الشباب تستطيع أن تقضي وقتك، وتلتقي بأصدقائك، وتتعرّف على أشخاص جدد، "
                    "مهما كان بلدك. عندنا كرة الطاولة وجهاز ألعاب وموسيقى، ومرة في الشهر رحلة أو "
                    "أمسية طبخ. هناك دائماً مشرفان يساعدانك أيضاً في أسئلة المدرسة أو التدريب المهني "
                    "أو المشاكل في البيت."
                ),
                "cost_note": "مجاناً. أحياناً ندفع مبلغاً صغيراً للرحلات.",
                "how_to_access": (
                    "تعال مباشرة، لا تحتاج إلى التسجيل. أخبار الرحلات تجدها في مجموعتنا على "
                    "WhatsApp."
                ),
                "eligibility": "الشباب من عمر 12 إلى 20 سنة من Nassereith وTarrenz وما حولها.",
                "transit_note": (
                    "موقف الحافلات Nassereith Dorfplatz (الخط 220)، ثم 3 دقائق مشياً إلى المدرسة. "
                    "غرفة الشباب في الطابق السفلي، والمدخل من الخلف."
                ),
            },
            "fa": {
                "title": "پاتوق باز جوانان در Nassereith",
                "summary": (
                    "جایی برای همه‌ی نوجوانان و جوانان از ۱۲ سال به بالا: فوتبال دستی، موسیقی، "
                    "آشپزی، گردش و کسی برای حرف زدن."
                ),
                "description": (
                    "در پاتوق جوانان می‌توانی وقت بگذرانی، دوستانت را ببینی و با آدم‌های تازه آشنا "
                    "شوی، از هر جا که باشی. فوتبال دستی، کنسول بازی و موسیقی داریم و ماهی یک بار "
                    "هم گردش یا شب آشپزی. دو مربی همیشه هستند و در سؤال‌های مربوط به مدرسه، "
                    "کارآموزی یا دردسرهای خانه هم کمکت می‌کنند."
                ),
                "cost_note": "رایگان. برای گردش‌ها گاهی مبلغ کمی می‌گیریم.",
                "how_to_access": (
                    "همین‌طوری بیا، لازم نیست ثبت‌نام کنی. خبر گردش‌ها را در گروه WhatsApp ما "
                    "می‌گذاریم."
                ),
                "eligibility": "نوجوانان و جوانان ۱۲ تا ۲۰ سال از Nassereith، Tarrenz و اطراف.",
                "transit_note": (
                    "ایستگاه اتوبوس Nassereith Dorfplatz (خط ۲۲۰)، بعد ۳ دقیقه پیاده تا مدرسه. "
                    "اتاق جوانان در زیرزمین است و در ورودی پشت ساختمان."
                ),
            },
        },
    },
    {
        "slug": "deutsch-fuer-den-beruf-roppen",
        "organization": "arbeitsinitiative-inntal",
        "categories": ["deutsch-lernen", "arbeit-ausbildung"],
        "target_groups": ["arbeitsuchende", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "uk", "ru"],
        "language_taught": "de",
        "level_from": "A2",
        "level_to": "B1",
        "cost": "free",
        "registration_required": True,
        "referral_required": True,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["imst", "karres", "karroesten", "mils-bei-imst"],
        "locations": [
            {
                "name": "Arbeitsinitiative Inntal, Kursraum Roppen",
                "street": "Bahnhofstraße 4",
                "municipality": "roppen",
                "lat": 47.2193,
                "lon": 10.8188,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "08:30", "12:00"], ["mi", "08:30", "12:00"], ["fr", "08:30", "12:00"]],
        "start_date": "2027-02-15",
        "registration_deadline": "2027-02-01",
        "contact_name": "Nina Larcher",
        "phone": "+43 5417 000 410",
        "email": "deutsch-beruf@arbeitsinitiative-inntal.example.org",
        "website": "https://arbeitsinitiative-inntal.example.org/deutsch-beruf",
        "texts": {
            "de": {
                "title": "Deutsch für den Beruf (A2 bis B1)",
                "summary": (
                    "Zwölf Wochen Deutsch für die Arbeit: Gespräche im Betrieb, Sicherheitsregeln, "
                    "Dienstpläne und Bewerbungen."
                ),
                "description": (
                    "Sie lernen die Sprache, die Sie am Arbeitsplatz brauchen: mit Kolleginnen und "
                    "Vorgesetzten reden, Anweisungen und Sicherheitsregeln verstehen, einen "
                    "Dienstplan lesen und sich krankmelden. Dazu kommt Fachwortschatz für "
                    "Tourismus, Pflege, Handel und Bau. In der Mitte des Kurses machen Sie eine "
                    "Woche Praktikum in einem Betrieb aus der Region. Bringen Sie Ihren Lebenslauf "
                    "mit, wenn Sie einen haben."
                ),
                "cost_note": "Kostenlos. Die Kosten übernimmt das AMS.",
                "how_to_access": (
                    "Sie brauchen eine Zuweisung vom AMS. Fragen Sie Ihre Beraterin oder Ihren "
                    "Berater beim AMS nach diesem Kurs. Vor Kursbeginn gibt es ein kurzes "
                    "Kennenlerngespräch in Roppen."
                ),
                "eligibility": (
                    "Arbeitsuchende, die beim AMS gemeldet sind und Deutsch auf A2-Niveau "
                    "sprechen, zum Beispiel Asylberechtigte, subsidiär Schutzberechtigte und "
                    "Vertriebene aus der Ukraine."
                ),
                "transit_note": (
                    "Bahnhof Roppen (Regionalzug), dann 2 Minuten zu Fuß. Die Bushaltestelle "
                    "Roppen Bahnhof (Linie 240) ist direkt vor dem Haus."
                ),
            },
            "en": {
                "title": "German for work (A2 to B1)",
                "summary": (
                    "Twelve weeks of German for the workplace: talking at work, safety rules, "
                    "rotas and job applications."
                ),
                "description": (
                    "You learn the German you need at work: talking to colleagues and supervisors, "
                    "understanding instructions and safety rules, reading a rota and calling in "
                    "sick. You also learn key vocabulary for tourism, care work, retail and "
                    "construction. Halfway through the course you do a one-week work placement "
                    "with a local company. Bring your CV if you have one."
                ),
                "cost_note": "Free. The costs are covered by AMS (Public Employment Service).",
                "how_to_access": (
                    "You need a referral from AMS. Ask your AMS adviser about this course. Before "
                    "the course starts there is a short introductory meeting in Roppen."
                ),
                "eligibility": (
                    "Job seekers registered with AMS who speak German at A2 level, for example "
                    "recognised refugees, people with subsidiary protection and displaced people "
                    "from Ukraine."
                ),
                "transit_note": (
                    "Roppen railway station (regional trains), then a 2-minute walk. Bus stop "
                    "Roppen Bahnhof (line 240) is right outside."
                ),
            },
            "ar": {
                "title": "الألمانية للعمل (من A2 إلى B1)",
                "summary": (
                    "اثنا عشر أسبوعاً من الألمانية لمكان العمل: الحديث في الشركة، وقواعد السلامة، "
                    "وجداول الدوام، وطلبات التوظيف."
                ),
                "description": (
                    "تتعلّم اللغة التي تحتاجها في العمل: الحديث مع الزملاء والمسؤولين، وفهم "
                    "التعليمات وقواعد السلامة، وقراءة جدول الدوام، والإبلاغ عن المرض. وتتعلّم أيضاً "
                    "كلمات مهمة في مجالات السياحة والرعاية والتجارة والبناء. في منتصف الدورة تتدرّب "
                    "أسبوعاً واحداً في شركة من المنطقة. أحضر سيرتك الذاتية إن كانت لديك."
                ),
                "cost_note": "مجاناً. يتحمّل مكتب العمل AMS التكاليف.",
                "how_to_access": (
                    "تحتاج إلى إحالة من AMS. اسأل المستشار المسؤول عنك في AMS عن هذه الدورة. قبل "
                    "بداية الدورة هناك لقاء تعارف قصير في Roppen."
                ),
                "eligibility": (
                    "الباحثون عن عمل المسجّلون في AMS ويتكلّمون الألمانية بمستوى A2، مثل الحاصلين "
                    "على اللجوء أو الحماية الثانوية والنازحين من أوكرانيا."
                ),
                "transit_note": (
                    "محطة قطار Roppen (القطار الإقليمي)، ثم دقيقتان مشياً. موقف الحافلات Roppen "
                    "Bahnhof (الخط 240) أمام المبنى مباشرة."
                ),
            },
            "fa": {
                "title": "آلمانی برای کار (از A2 تا B1)",
                "summary": (
                    "دوازده هفته آلمانی برای محیط کار: صحبت در محل کار، قوانین ایمنی، برنامه‌ی شیفت "
                    "و درخواست کار."
                ),
                "description": (
                    "زبانی را یاد می‌گیرید که سر کار لازم دارید: صحبت با همکاران و سرپرست، فهمیدن "
                    "دستورها و قوانین ایمنی، خواندن برنامه‌ی شیفت و خبر دادن وقتی بیمار هستید. "
                    "کلمه‌های تخصصی برای کار در هتل و گردشگری، مراقبت از بیمار و سالمند، فروشگاه و "
                    "ساختمان‌سازی را هم یاد می‌گیرید. وسط دوره یک هفته در یک شرکت در منطقه کارآموزی "
                    "می‌کنید. اگر رزومه دارید، آن را بیاورید."
                ),
                "cost_note": "رایگان. هزینه را اداره‌ی کار (AMS) می‌پردازد.",
                "how_to_access": (
                    "باید از AMS معرفی‌نامه داشته باشید. از مشاورتان در AMS درباره‌ی این کلاس "
                    "بپرسید. قبل از شروع کلاس یک دیدار کوتاه آشنایی در Roppen داریم."
                ),
                "eligibility": (
                    "کارجویانی که در AMS ثبت‌نام کرده‌اند و آلمانی را در سطح A2 بلدند، مثلاً "
                    "پناهندگان، کسانی که حمایت تکمیلی دارند و آوارگان اوکراینی."
                ),
                "transit_note": (
                    "ایستگاه قطار Roppen (قطار منطقه‌ای)، بعد ۲ دقیقه پیاده. ایستگاه اتوبوس Roppen "
                    "Bahnhof (خط ۲۴۰) درست جلوی ساختمان است."
                ),
            },
            "uk": {
                "title": "Німецька для роботи (від A2 до B1)",
                "summary": (
                    "Дванадцять тижнів німецької для роботи: розмови на підприємстві, правила "
                    "безпеки, графіки змін і заявки на роботу."
                ),
                "description": (
                    "Ви вивчаєте мову, потрібну на робочому місці: говорити з колегами й "
                    "керівництвом, розуміти вказівки та правила безпеки, читати графік змін і "
                    "повідомляти про хворобу. Також вивчаєте фахову лексику для туризму, догляду, "
                    "торгівлі та будівництва. У середині курсу ви тиждень проходите практику на "
                    "підприємстві в регіоні. Візьміть із собою резюме, якщо воно у вас є."
                ),
                "cost_note": "Безкоштовно. Витрати покриває служба зайнятості AMS.",
                "how_to_access": (
                    "Потрібне направлення від AMS. Запитайте про цей курс свого консультанта в "
                    "AMS. Перед початком курсу буде коротка ознайомча зустріч у Roppen."
                ),
                "eligibility": (
                    "Особи, які шукають роботу, зареєстровані в AMS і знають німецьку на рівні A2, "
                    "зокрема визнані біженці, особи з додатковим захистом і переміщені особи з "
                    "України."
                ),
                "transit_note": (
                    "Залізнична станція Roppen (регіональний потяг), далі 2 хвилини пішки. "
                    "Автобусна зупинка Roppen Bahnhof (лінія 240) — просто біля будинку."
                ),
            },
        },
    },
    {
        "slug": "dolmetschen-elterngespraeche-schule-kindergarten-roppen",
        "organization": "dolmetschpool-oberland",
        "categories": ["dolmetschen", "schule-bildung", "kinder-familie"],
        "target_groups": ["familien", "kinder"],
        "languages": ["de", "ar", "fa", "prs", "uk", "tr", "so", "ti"],
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
        "municipalities_served": [],
        "locations": [
            {
                "name": "Volksschule Roppen",
                "street": "Schulgasse 2",
                "municipality": "roppen",
                "lat": 47.2205,
                "lon": 10.8207,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Reza Ahmadi",
        "phone": "+43 5412 000 251",
        "email": "schule@dolmetschpool-oberland.example.org",
        "website": "https://dolmetschpool-oberland.example.org/schule",
        "texts": {
            "de": {
                "title": "Dolmetschen bei Elterngesprächen in Schule und Kindergarten",
                "summary": (
                    "Bei Elterngesprächen in Volksschule und Kindergarten Roppen übersetzt eine "
                    "Dolmetscherin, damit Eltern und Pädagoginnen einander gut verstehen."
                ),
                "description": (
                    "Beim Elternsprechtag, bei der Schuleinschreibung oder wenn es Sorgen um ein "
                    "Kind gibt, ist gutes Verstehen besonders wichtig. Schule oder Kindergarten "
                    "bestellen die Dolmetscherin, Eltern können aber auch selbst danach fragen. "
                    "Das Gespräch findet in der Schule statt, manchmal ist die Dolmetscherin per "
                    "Video dabei. Die Kinder müssen nicht übersetzen und können in dieser Zeit "
                    "spielen."
                ),
                "cost_note": "Kostenlos für Eltern. Die Kosten tragen Schule und Gemeinde.",
                "how_to_access": (
                    "Sagen Sie der Lehrerin, der Kindergartenpädagogin oder der Direktion, dass "
                    "Sie eine Dolmetscherin brauchen und in welcher Sprache. Sie können sich auch "
                    "direkt beim Dolmetschpool melden, am besten eine Woche vorher."
                ),
                "eligibility": (
                    "Eltern und Erziehungsberechtigte von Kindern in Volksschule und Kindergarten "
                    "Roppen."
                ),
                "transit_note": (
                    "Bushaltestelle Roppen Dorf (Linie 240), dann 2 Minuten zu Fuß die Schulgasse "
                    "hinauf."
                ),
            },
            "en": {
                "title": "Interpreting for parent meetings at school and kindergarten",
                "summary": (
                    "At parent meetings in Roppen primary school and kindergarten, an interpreter "
                    "makes sure parents and staff understand each other well."
                ),
                "description": (
                    "At parent-teacher days, school enrolment or when there are concerns about a "
                    "child, understanding each other properly matters. The school or kindergarten "
                    "books the interpreter, but parents can also ask for one. The meeting takes "
                    "place at the school; sometimes the interpreter joins by video. Children do "
                    "not have to translate and can play in the meantime."
                ),
                "cost_note": "Free for parents. The school and the municipality cover the costs.",
                "how_to_access": (
                    "Tell the teacher, the kindergarten teacher or the head teacher that you need "
                    "an interpreter and for which language. You can also contact Dolmetschpool "
                    "Oberland directly, ideally a week in advance."
                ),
                "eligibility": (
                    "Parents and guardians of children at Roppen primary school and kindergarten."
                ),
                "transit_note": (
                    "Bus stop Roppen Dorf (line 240), then a 2-minute walk up Schulgasse."
                ),
            },
            "ar": {
                "title": "ترجمة في لقاءات الأهل في المدرسة والروضة",
                "summary": (
                    "في لقاءات الأهل في المدرسة الابتدائية والروضة في Roppen تترجم مترجمة، حتى "
                    "يفهم الأهل والمعلّمات بعضهم بعضاً جيداً."
                ),
                "description": (
                    "في يوم لقاء الأهل، وعند تسجيل الطفل في المدرسة، أو عندما يكون هناك قلق على "
                    "طفل، يكون الفهم الجيد مهماً جداً. المدرسة أو الروضة تطلب المترجمة، ويمكن للأهل "
                    "أيضاً أن يطلبوها بأنفسهم. يكون اللقاء في المدرسة، وأحياناً تشارك المترجمة عبر "
                    "الفيديو. لا يحتاج الأطفال إلى الترجمة، ويمكنهم أن يلعبوا في هذا الوقت."
                ),
                "cost_note": "مجاناً للأهل. المدرسة والبلدية تتحمّلان التكاليف.",
                "how_to_access": (
                    "أخبر المعلّمة أو مربّية الروضة أو الإدارة أنك تحتاج إلى مترجمة، وبأيّ لغة. يمكنك "
                    "أيضاً التواصل مباشرة مع Dolmetschpool Oberland، والأفضل قبل أسبوع."
                ),
                "eligibility": (
                    "الآباء والأمهات وأولياء الأمور لأطفال في المدرسة الابتدائية والروضة في Roppen."
                ),
                "transit_note": (
                    "موقف الحافلات Roppen Dorf (الخط 240)، ثم دقيقتان مشياً صعوداً في Schulgasse."
                ),
            },
            "fa": {
                "title": "ترجمه در جلسه‌های اولیا در مدرسه و مهدکودک",
                "summary": (
                    "در جلسه‌های اولیا در دبستان و مهدکودک Roppen یک مترجم حضور دارد تا پدر و "
                    "مادرها و مربیان حرف همدیگر را خوب بفهمند."
                ),
                "description": (
                    "در روز ملاقات با معلم، موقع ثبت‌نام در مدرسه یا وقتی نگرانی‌ای درباره‌ی بچه هست، "
                    "خوب فهمیدن خیلی مهم است. مدرسه یا مهدکودک مترجم را خبر می‌کند، ولی پدر و "
                    "مادرها هم می‌توانند خودشان درخواست کنند. جلسه در مدرسه است و گاهی مترجم از راه "
                    "تصویری شرکت می‌کند. بچه‌ها لازم نیست ترجمه کنند و در این مدت می‌توانند بازی کنند."
                ),
                "cost_note": "برای پدر و مادرها رایگان است. هزینه را مدرسه و شهرداری می‌پردازند.",
                "how_to_access": (
                    "به معلم، مربی مهدکودک یا مدیر مدرسه بگویید که مترجم لازم دارید و به چه زبانی. "
                    "می‌توانید مستقیم هم با Dolmetschpool Oberland تماس بگیرید، بهتر است یک هفته "
                    "قبل."
                ),
                "eligibility": (
                    "پدر و مادرها و سرپرستان بچه‌هایی که به دبستان یا مهدکودک Roppen می‌روند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Roppen Dorf (خط ۲۴۰)، بعد ۲ دقیقه پیاده سربالایی در Schulgasse."
                ),
            },
            "uk": {
                "title": "Перекладач на батьківських зустрічах у школі та садочку",
                "summary": (
                    "На зустрічах із батьками в початковій школі та садочку Roppen працює "
                    "перекладачка, щоб батьки й педагоги добре розуміли одне одного."
                ),
                "description": (
                    "На батьківських днях, під час запису до школи або коли є тривога за дитину, "
                    "добре порозумітися особливо важливо. Перекладачку замовляє школа чи садочок, "
                    "але батьки також можуть попросити про це самі. Зустріч проходить у школі, "
                    "іноді перекладачка долучається через відеозв’язок. Дітям не потрібно "
                    "перекладати — вони тим часом можуть гратися."
                ),
                "cost_note": "Для батьків безкоштовно. Витрати покривають школа та громада.",
                "how_to_access": (
                    "Скажіть учительці, виховательці садочка чи директорові, що вам потрібен "
                    "перекладач і якою мовою. Можна також звернутися безпосередньо до "
                    "Dolmetschpool Oberland, бажано за тиждень."
                ),
                "eligibility": (
                    "Батьки та опікуни дітей, які відвідують початкову школу чи садочок у Roppen."
                ),
                "transit_note": (
                    "Автобусна зупинка Roppen Dorf (лінія 240), далі 2 хвилини пішки вгору вулицею "
                    "Schulgasse."
                ),
            },
        },
    },
    {
        "slug": "formularhilfe-briefe-und-antraege-roppen",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["alltagshilfe", "recht-behoerden"],
        "target_groups": ["gefluechtete", "senioren", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "fa", "uk"],
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
        "municipalities_served": ["karres", "sautens", "haiming"],
        "locations": [
            {
                "name": "Gemeindezentrum Roppen, Seminarraum",
                "street": "Dorfstraße 15",
                "municipality": "roppen",
                "lat": 47.2199,
                "lon": 10.8196,
            },
        ],
        "by_appointment": False,
        "hours": [["do", "17:00", "19:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Hannes Stecher",
        "phone": "+43 5417 000 420",
        "email": "formularhilfe@freiwilligenzentrum-imst.example.org",
        "website": "https://freiwilligenzentrum-imst.example.org/formularhilfe",
        "texts": {
            "de": {
                "title": "Formularhilfe: Unterstützung bei Briefen und Anträgen",
                "summary": (
                    "Ehrenamtliche helfen beim Ausfüllen von Formularen, beim Lesen von Briefen "
                    "und beim Schreiben kurzer E-Mails an Ämter."
                ),
                "description": (
                    "Ein Brief von der Versicherung, ein Antrag auf Familienbeihilfe oder ein "
                    "Formular von der Schule: Vieles ist schwer zu verstehen, auch für "
                    "Einheimische. Jeden Donnerstag sitzen zwei Ehrenamtliche im Gemeindezentrum, "
                    "erklären, was im Brief steht, und helfen beim Ausfüllen. Sie ersetzen keine "
                    "Rechtsberatung, sagen Ihnen aber, wo Sie weitere Hilfe bekommen. Bringen Sie "
                    "die Briefe, Ihren Ausweis und, wenn vorhanden, Ihre Sozialversicherungsnummer "
                    "mit."
                ),
                "cost_note": "Kostenlos. Kopieren und Ausdrucken sind gratis.",
                "how_to_access": (
                    "Einfach am Donnerstag zwischen 17 und 19 Uhr vorbeikommen. Manchmal müssen "
                    "Sie kurz warten."
                ),
                "eligibility": (
                    "Alle Menschen aus Roppen und den Nachbargemeinden, die Hilfe bei Formularen "
                    "und Briefen brauchen, egal ob zugewandert oder hier aufgewachsen."
                ),
                "transit_note": (
                    "Bushaltestelle Roppen Dorf (Linie 240), das Gemeindezentrum ist direkt "
                    "gegenüber."
                ),
            },
            "en": {
                "title": "Form help: support with letters and applications",
                "summary": (
                    "Volunteers help you fill in forms, understand letters and write short e-mails "
                    "to public offices."
                ),
                "description": (
                    "A letter from your insurance, an application for family allowance or a form "
                    "from school: a lot of paperwork is hard to understand, even for locals. Every "
                    "Thursday two volunteers sit in the community centre, explain what a letter "
                    "says and help you fill in forms. They do not give legal advice, but they will "
                    "tell you where to get further help. Bring the letters, your ID and your "
                    "social security number if you have one."
                ),
                "cost_note": "Free. Copying and printing cost nothing.",
                "how_to_access": (
                    "Just drop in on Thursday between 5 and 7 pm. Sometimes there is a short wait."
                ),
                "eligibility": (
                    "Anyone from Roppen and the neighbouring villages who needs help with forms "
                    "and letters, whether they moved here or grew up here."
                ),
                "transit_note": (
                    "Bus stop Roppen Dorf (line 240); the community centre is right opposite."
                ),
            },
            "ar": {
                "title": "مساعدة في الاستمارات: دعم في الرسائل والطلبات",
                "summary": (
                    "متطوّعون يساعدونك في تعبئة الاستمارات، وفهم الرسائل، وكتابة رسائل بريد "
                    "إلكتروني قصيرة إلى الدوائر الرسمية."
                ),
                "description": (
                    "رسالة من التأمين، أو طلب المساعدة العائلية، أو استمارة من المدرسة: أوراق "
                    "كثيرة صعبة الفهم، حتى على أهل البلد. كل يوم خميس يجلس متطوّعان في المركز "
                    "البلدي، يشرحان ما في الرسالة ويساعدان في تعبئة الاستمارات. لا يقدّمان استشارة "
                    "قانونية، لكنهما يخبرانك أين تجد مساعدة أكثر. أحضر الرسائل وهويتك، ورقم الضمان "
                    "الاجتماعي إن كان لديك."
                ),
                "cost_note": "مجاناً. النسخ والطباعة مجانيان.",
                "how_to_access": "تعال يوم الخميس بين الساعة 5 و7 مساءً. أحياناً تنتظر قليلاً.",
                "eligibility": (
                    "كل من يسكن في Roppen أو القرى المجاورة ويحتاج إلى مساعدة في الاستمارات "
                    "والرسائل، سواء جاء من بلد آخر أو نشأ هنا."
                ),
                "transit_note": (
                    "موقف الحافلات Roppen Dorf (الخط 240)، والمركز البلدي مقابله مباشرة."
                ),
            },
            "fa": {
                "title": "کمک در پر کردن فرم: نامه‌ها و درخواست‌ها",
                "summary": (
                    "داوطلبان در پر کردن فرم، فهمیدن نامه‌ها و نوشتن ایمیل‌های کوتاه به اداره‌ها کمک "
                    "می‌کنند."
                ),
                "description": (
                    "نامه‌ای از بیمه، درخواست کمک‌هزینه‌ی خانواده یا فرمی از مدرسه: خیلی از این "
                    "کاغذها سخت است، حتی برای خود اتریشی‌ها. هر پنجشنبه دو داوطلب در مرکز شهرداری "
                    "هستند، توضیح می‌دهند در نامه چه نوشته شده و در پر کردن فرم کمک می‌کنند. آن‌ها "
                    "مشاوره‌ی حقوقی نمی‌دهند، ولی می‌گویند برای کمک بیشتر کجا بروید. نامه‌ها، کارت "
                    "شناسایی و اگر دارید شماره‌ی بیمه‌ی اجتماعی را بیاورید."
                ),
                "cost_note": "رایگان. کپی و پرینت هم مجانی است.",
                "how_to_access": (
                    "پنجشنبه بین ساعت ۱۷ تا ۱۹ همین‌طوری بیایید. گاهی کمی باید منتظر بمانید."
                ),
                "eligibility": (
                    "همه‌ی ساکنان Roppen و روستاهای اطراف که در فرم و نامه به کمک نیاز دارند، چه "
                    "مهاجر باشند چه این‌جا بزرگ شده باشند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Roppen Dorf (خط ۲۴۰)، مرکز شهرداری درست روبه‌روی آن است."
                ),
            },
            "uk": {
                "title": "Допомога з формулярами: листи та заяви",
                "summary": (
                    "Волонтери допомагають заповнювати формуляри, розуміти листи й писати короткі "
                    "електронні листи до установ."
                ),
                "description": (
                    "Лист від страхової, заява на сімейну допомогу чи формуляр зі школи — багато "
                    "паперів складно зрозуміти навіть місцевим. Щочетверга двоє волонтерів "
                    "чергують у громадському центрі, пояснюють, що написано в листі, і допомагають "
                    "заповнити документи. Вони не надають юридичних консультацій, але підкажуть, "
                    "де отримати подальшу допомогу. Візьміть листи, документ, що посвідчує особу, "
                    "і, якщо є, номер соціального страхування."
                ),
                "cost_note": "Безкоштовно. Копіювання та друк теж безкоштовні.",
                "how_to_access": (
                    "Просто приходьте в четвер з 17:00 до 19:00. Іноді доведеться трохи зачекати."
                ),
                "eligibility": (
                    "Усі мешканці Roppen і сусідніх громад, яким потрібна допомога з формулярами "
                    "та листами, — і приїжджі, і місцеві."
                ),
                "transit_note": (
                    "Автобусна зупинка Roppen Dorf (лінія 240), громадський центр — навпроти."
                ),
            },
        },
    },
    {
        "slug": "deutschkurs-a1-a2-am-abend-wenns",
        "organization": "verein-miteinander-pitztal",
        "categories": ["deutsch-lernen"],
        "target_groups": ["vertriebene-ukraine", "gefluechtete", "arbeitsuchende"],
        "languages": ["de", "en", "uk", "ar", "fa"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "A2",
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["arzl-im-pitztal", "jerzens", "st-leonhard-im-pitztal"],
        "locations": [
            {
                "name": "Verein Miteinander Pitztal, Treffpunkt Wenns",
                "street": "Dorfstraße 38",
                "municipality": "wenns",
                "lat": 47.1671,
                "lon": 10.7329,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "18:30", "20:30"], ["mi", "18:30", "20:30"]],
        "start_date": "2027-01-13",
        "registration_deadline": "2027-01-08",
        "contact_name": "Gabriele Santeler",
        "phone": "+43 5414 000 510",
        "email": "deutsch@miteinander-pitztal.example.org",
        "website": "https://miteinander-pitztal.example.org/deutschkurs",
        "texts": {
            "de": {
                "title": "Deutschkurs A1/A2 am Abend in Wenns",
                "summary": (
                    "Abendkurs im Pitztal für alle, die Deutsch lernen möchten, ohne weit fahren "
                    "zu müssen."
                ),
                "description": (
                    "Der Kurs läuft von Jänner bis Mai, zweimal pro Woche am Abend. Eine "
                    "ausgebildete Deutschtrainerin unterrichtet in zwei Gruppen: Anfängerinnen und "
                    "Anfänger (A1) und Fortgeschrittene (A2). Wir üben Sprechen, Hören, Lesen und "
                    "Schreiben mit Themen aus dem Alltag im Tal, von der Arbeit im Hotel bis zum "
                    "Elternabend. Bringen Sie ein Heft und einen Stift mit, das Kursbuch bekommen "
                    "Sie am ersten Abend."
                ),
                "cost_note": (
                    "Kursbeitrag 60 Euro inklusive Buch. Wer wenig Geld hat, zahlt weniger oder "
                    "nichts, fragen Sie einfach."
                ),
                "how_to_access": (
                    "Anmeldung bis 8. Jänner per Telefon oder E-Mail. Am ersten Abend machen wir "
                    "einen kurzen Test und finden die passende Gruppe für Sie."
                ),
                "eligibility": (
                    "Erwachsene aus dem Pitztal, die Deutsch von Anfang an lernen oder ihr Deutsch "
                    "auf A1-Niveau verbessern möchten, auch Saisonarbeitskräfte."
                ),
                "transit_note": (
                    "Bushaltestelle Wenns Dorf (Linie 230), dann 2 Minuten zu Fuß die Dorfstraße "
                    "entlang."
                ),
            },
            "en": {
                "title": "German A1/A2 evening course in Wenns",
                "summary": (
                    "An evening course in the Pitztal valley for anyone who wants to learn German "
                    "without travelling far."
                ),
                "description": (
                    "The course runs from January to May, two evenings a week. A qualified German "
                    "trainer teaches two groups: beginners (A1) and a more advanced group (A2). We "
                    "practise speaking, listening, reading and writing with topics from everyday "
                    "life in the valley, from working in a hotel to parents' evenings. Bring a "
                    "notebook and a pen; you get the course book on the first evening."
                ),
                "cost_note": (
                    "Course fee 60 euros including the book. If money is tight, you pay less or "
                    "nothing, just ask."
                ),
                "how_to_access": (
                    "Register by 8 January by phone or e-mail. On the first evening we do a short "
                    "test to find the right group for you."
                ),
                "eligibility": (
                    "Adults in the Pitztal valley who want to start German from scratch or improve "
                    "their A1 German, including seasonal workers."
                ),
                "transit_note": (
                    "Bus stop Wenns Dorf (line 230), then a 2-minute walk along Dorfstraße."
                ),
            },
            "ar": {
                "title": "دورة ألمانية A1/A2 مسائية في Wenns",
                "summary": (
                    "دورة مسائية في وادي Pitztal لكل من يريد تعلّم الألمانية دون أن يسافر بعيداً."
                ),
                "description": (
                    "تستمر الدورة من يناير إلى مايو، مساءين في الأسبوع. تدرّس مدرّبة مؤهَّلة مجموعتين: "
                    "المبتدئين (A1) والمتقدّمين قليلاً (A2). نتدرّب على الكلام والاستماع والقراءة "
                    "والكتابة بمواضيع من الحياة اليومية في الوادي، من العمل في الفندق إلى اجتماع "
                    "أولياء الأمور. أحضر دفتراً وقلماً، وتحصل على كتاب الدورة في الأمسية الأولى."
                ),
                "cost_note": (
                    "رسوم الدورة 60 يورو مع الكتاب. من لديه مال قليل يدفع أقل أو لا يدفع شيئاً، "
                    "اسأل فقط."
                ),
                "how_to_access": (
                    "سجّل حتى 8 يناير بالهاتف أو بالبريد الإلكتروني. في الأمسية الأولى نُجري اختباراً "
                    "قصيراً ونختار لك المجموعة المناسبة."
                ),
                "eligibility": (
                    "الكبار في وادي Pitztal الذين يريدون تعلّم الألمانية من البداية أو تحسين "
                    "مستواهم في A1، ومنهم العاملون الموسميون."
                ),
                "transit_note": (
                    "موقف الحافلات Wenns Dorf (الخط 230)، ثم دقيقتان مشياً على طول Dorfstraße."
                ),
            },
            "fa": {
                "title": "کلاس شبانه‌ی آلمانی A1/A2 در Wenns",
                "summary": (
                    "کلاس شبانه در دره‌ی Pitztal برای همه‌ی کسانی که می‌خواهند آلمانی یاد بگیرند، "
                    "بدون این‌که راه دوری بروند."
                ),
                "description": (
                    "کلاس از ژانویه تا مه، هفته‌ای دو شب برگزار می‌شود. یک مربی آموزش‌دیده در دو گروه "
                    "درس می‌دهد: مبتدی (A1) و کمی پیشرفته (A2). صحبت کردن، شنیدن، خواندن و نوشتن را "
                    "با موضوع‌هایی از زندگی روزمره در دره تمرین می‌کنیم، از کار در هتل تا جلسه‌ی "
                    "اولیای مدرسه. یک دفتر و خودکار بیاورید؛ کتاب کلاس را شب اول می‌گیرید."
                ),
                "cost_note": (
                    "هزینه‌ی کلاس با کتاب ۶۰ یورو است. هر کس پول کمی دارد، کمتر یا هیچ نمی‌پردازد؛ "
                    "فقط بپرسید."
                ),
                "how_to_access": (
                    "تا ۸ ژانویه تلفنی یا با ایمیل ثبت‌نام کنید. شب اول یک آزمون کوتاه می‌گیریم و "
                    "گروه مناسب را برایتان پیدا می‌کنیم."
                ),
                "eligibility": (
                    "بزرگسالان دره‌ی Pitztal که می‌خواهند آلمانی را از صفر شروع کنند یا سطح A1 خود "
                    "را بهتر کنند، کارگران فصلی هم می‌توانند بیایند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Wenns Dorf (خط ۲۳۰)، بعد ۲ دقیقه پیاده در امتداد Dorfstraße."
                ),
            },
            "uk": {
                "title": "Вечірній курс німецької A1/A2 у Wenns",
                "summary": (
                    "Вечірній курс у долині Pitztal для всіх, хто хоче вчити німецьку й не їздити "
                    "далеко."
                ),
                "description": (
                    "Курс триває із січня до травня, двічі на тиждень увечері. Кваліфікована "
                    "викладачка веде дві групи: для початківців (A1) і для тих, хто вже трохи знає "
                    "мову (A2). Тренуємо говоріння, аудіювання, читання й письмо на темах із "
                    "повсякденного життя в долині — від роботи в готелі до батьківських зборів. "
                    "Візьміть зошит і ручку, підручник отримаєте на першому занятті."
                ),
                "cost_note": (
                    "Внесок — 60 євро разом із підручником. Якщо грошей мало, можна платити менше "
                    "або нічого — просто запитайте."
                ),
                "how_to_access": (
                    "Реєстрація до 8 січня телефоном або електронною поштою. На першому занятті ви "
                    "пройдете короткий тест, і ми підберемо вам групу."
                ),
                "eligibility": (
                    "Дорослі з долини Pitztal, які хочуть почати вчити німецьку з нуля або "
                    "покращити рівень A1, зокрема сезонні працівники."
                ),
                "transit_note": (
                    "Автобусна зупинка Wenns Dorf (лінія 230), далі 2 хвилини пішки вздовж "
                    "Dorfstraße."
                ),
            },
        },
    },
    {
        "slug": "elterncafe-schule-und-kindergarten-verstehen-wenns",
        "organization": "verein-miteinander-pitztal",
        "categories": ["schule-bildung", "kinder-familie", "treffpunkte"],
        "target_groups": ["familien"],
        "languages": ["de", "en", "ar", "fa", "uk", "tr"],
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
        "municipalities_served": ["arzl-im-pitztal", "jerzens", "st-leonhard-im-pitztal"],
        "locations": [
            {
                "name": "Verein Miteinander Pitztal, Treffpunkt Wenns",
                "street": "Dorfstraße 38",
                "municipality": "wenns",
                "lat": 47.1671,
                "lon": 10.7329,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "15:00", "16:30"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Gabriele Santeler",
        "phone": "+43 5414 000 511",
        "email": "eltern@miteinander-pitztal.example.org",
        "website": "https://miteinander-pitztal.example.org/elterncafe",
        "texts": {
            "de": {
                "title": "Elterncafé: Schule und Kindergarten in Österreich verstehen",
                "summary": (
                    "Einmal im Monat treffen sich Eltern bei Kaffee, stellen Fragen zu Schule und "
                    "Kindergarten und bekommen Antworten in einfacher Sprache."
                ),
                "description": (
                    "Wie funktioniert die Schulpflicht? Was ist ein Mitteilungsheft, was eine "
                    "Schularbeit? Welche Schule passt nach der Volksschule? Im Elterncafé "
                    "beantworten Lehrerinnen, eine Kindergartenpädagogin und erfahrene Eltern "
                    "solche Fragen in einfachem Deutsch, und wir übersetzen, wo nötig. Die Kinder "
                    "spielen in dieser Zeit im Nebenraum mit einer Betreuerin."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Jeden ersten Montag im Monat um 15 Uhr, ohne Anmeldung. Das Thema steht "
                    "vorher auf unserer Website und am Aushang beim Gemeindeamt."
                ),
                "eligibility": (
                    "Mütter, Väter und andere Erziehungsberechtigte mit Kindern in Kindergarten "
                    "oder Schule im Pitztal."
                ),
                "transit_note": (
                    "Bushaltestelle Wenns Dorf (Linie 230), dann 2 Minuten zu Fuß die Dorfstraße "
                    "entlang."
                ),
            },
            "en": {
                "title": "Parents' café: understanding school and kindergarten in Austria",
                "summary": (
                    "Once a month, parents meet over coffee, ask questions about school and "
                    "kindergarten and get answers in plain language."
                ),
                "description": (
                    "How does compulsory schooling work? What is a Mitteilungsheft (message book) "
                    "or a Schularbeit (class test)? Which school comes after primary school? At "
                    "the parents' café, teachers, a kindergarten teacher and experienced parents "
                    "answer questions like these in simple German, and we translate where needed. "
                    "Meanwhile the children play next door with a childminder."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "First Monday of every month at 3 pm, no registration. The topic is posted in "
                    "advance on our website and on the notice board at the municipal office."
                ),
                "eligibility": (
                    "Mothers, fathers and other carers with children at kindergarten or school in "
                    "the Pitztal valley."
                ),
                "transit_note": (
                    "Bus stop Wenns Dorf (line 230), then a 2-minute walk along Dorfstraße."
                ),
            },
            "ar": {
                "title": "مقهى الأهل: نفهم المدرسة والروضة في النمسا",
                "summary": (
                    "مرة في الشهر يلتقي الأهل على فنجان قهوة، ويسألون عن المدرسة والروضة، ويحصلون "
                    "على أجوبة بلغة بسيطة."
                ),
                "description": (
                    "كيف يعمل التعليم الإلزامي؟ ما هو دفتر التواصل (Mitteilungsheft)، وما هو "
                    "الامتحان الصفّي (Schularbeit)؟ وأيّ مدرسة تناسب الطفل بعد المدرسة الابتدائية؟ "
                    "في مقهى الأهل تجيب معلّمات ومربّية روضة وأهل لديهم خبرة عن هذه الأسئلة بألمانية "
                    "بسيطة، ونترجم عند الحاجة. في هذا الوقت يلعب الأطفال في الغرفة المجاورة مع "
                    "مربّية."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "في أول يوم اثنين من كل شهر، الساعة 3 بعد الظهر، بدون تسجيل. نعلن الموضوع "
                    "مسبقاً على موقعنا وعلى لوحة الإعلانات عند البلدية."
                ),
                "eligibility": (
                    "الأمهات والآباء وأولياء الأمور الذين لديهم أطفال في الروضة أو المدرسة في وادي "
                    "Pitztal."
                ),
                "transit_note": (
                    "موقف الحافلات Wenns Dorf (الخط 230)، ثم دقيقتان مشياً على طول Dorfstraße."
                ),
            },
            "fa": {
                "title": "کافه‌ی والدین: مدرسه و مهدکودک در اتریش را بشناسیم",
                "summary": (
                    "ماهی یک بار پدر و مادرها دور هم قهوه می‌خورند، درباره‌ی مدرسه و مهدکودک سؤال "
                    "می‌کنند و جواب ساده می‌گیرند."
                ),
                "description": (
                    "تحصیل اجباری چطور است؟ دفترچه‌ی ارتباط با مدرسه (Mitteilungsheft) و امتحان "
                    "کلاسی (Schularbeit) یعنی چه؟ بعد از دبستان کدام مدرسه مناسب است؟ در کافه‌ی "
                    "والدین، معلم‌ها، یک مربی مهدکودک و پدر و مادرهای باتجربه با آلمانی ساده به این "
                    "سؤال‌ها جواب می‌دهند و هر جا لازم باشد ترجمه می‌کنیم. در این مدت بچه‌ها در اتاق "
                    "کناری با یک مربی بازی می‌کنند."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "اولین دوشنبه‌ی هر ماه، ساعت ۱۵، بدون ثبت‌نام. موضوع هر جلسه را از قبل در وب‌سایت "
                    "و روی تابلوی اعلانات شهرداری می‌گذاریم."
                ),
                "eligibility": (
                    "مادرها، پدرها و سرپرستانی که بچه‌شان در دره‌ی Pitztal به مهدکودک یا مدرسه می‌رود."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Wenns Dorf (خط ۲۳۰)، بعد ۲ دقیقه پیاده در امتداد Dorfstraße."
                ),
            },
            "uk": {
                "title": "Батьківське кафе: як влаштовані школа й садочок в Австрії",
                "summary": (
                    "Раз на місяць батьки зустрічаються за кавою, ставлять запитання про школу й "
                    "садочок і отримують прості відповіді."
                ),
                "description": (
                    "Як працює обов’язкова шкільна освіта? Що таке Mitteilungsheft (щоденник для "
                    "повідомлень) і Schularbeit (контрольна робота)? Яку школу обрати після "
                    "початкової? У батьківському кафе вчительки, вихователька садочка та "
                    "досвідчені батьки відповідають на такі запитання простою німецькою, а за "
                    "потреби ми перекладаємо. Тим часом діти граються в сусідній кімнаті з "
                    "вихователькою."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Кожного першого понеділка місяця о 15:00, без реєстрації. Тему зустрічі ми "
                    "заздалегідь публікуємо на сайті та на дошці оголошень біля громади."
                ),
                "eligibility": (
                    "Мами, тата та інші опікуни, чиї діти ходять до садочка чи школи в долині "
                    "Pitztal."
                ),
                "transit_note": (
                    "Автобусна зупинка Wenns Dorf (лінія 230), далі 2 хвилини пішки вздовж "
                    "Dorfstraße."
                ),
            },
        },
    },
    {
        "slug": "eltern-kind-gesundheitsberatung-wenns",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "kinder-familie"],
        "target_groups": ["familien", "kinder", "frauen"],
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
        "municipalities_served": ["arzl-im-pitztal", "jerzens", "st-leonhard-im-pitztal"],
        "locations": [
            {
                "name": "Gemeindehaus Wenns, Gesundheitsraum",
                "street": "Gemeindeplatz 2",
                "municipality": "wenns",
                "lat": 47.1663,
                "lon": 10.734,
            },
        ],
        "by_appointment": False,
        "hours": [["do", "14:00", "16:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Claudia Eiter",
        "phone": "+43 5414 000 520",
        "email": "elternberatung@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/eltern-kind",
        "texts": {
            "de": {
                "title": "Eltern-Kind-Beratung: Gesundheit für Babys und Kleinkinder",
                "summary": (
                    "Eine Kinderkrankenpflegerin wiegt und misst Ihr Baby und beantwortet Fragen "
                    "zu Stillen, Essen, Schlaf und Impfungen."
                ),
                "description": (
                    "Jeden Donnerstagnachmittag ist eine diplomierte Kinderkrankenpflegerin im "
                    "Gemeindehaus Wenns. Sie wiegt und misst Ihr Kind und berät zu Stillen, "
                    "Fläschchen, Beikost, Schlaf und Zahnpflege. Sie erklärt auch den "
                    "Eltern-Kind-Pass und das kostenlose Impfprogramm in Österreich. Bringen Sie "
                    "den Eltern-Kind-Pass, die e-card Ihres Kindes und eine Windel mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Ohne Termin am Donnerstag zwischen 14 und 16 Uhr kommen. Wenn Sie eine "
                    "Dolmetscherin brauchen, rufen Sie bitte ein paar Tage vorher an."
                ),
                "eligibility": (
                    "Eltern mit Babys und Kindern bis 3 Jahre aus dem ganzen Pitztal, auch "
                    "Schwangere."
                ),
                "transit_note": (
                    "Bushaltestelle Wenns Gemeindeamt (Linie 230), direkt vor dem Gemeindehaus. "
                    "Eingang mit Rampe an der Seite."
                ),
            },
            "en": {
                "title": "Parent and child health advice for babies and toddlers",
                "summary": (
                    "A paediatric nurse weighs and measures your baby and answers questions about "
                    "breastfeeding, food, sleep and vaccinations."
                ),
                "description": (
                    "Every Thursday afternoon a qualified paediatric nurse is at the Wenns "
                    "municipal building. She weighs and measures your child and gives advice on "
                    "breastfeeding, bottle feeding, first foods, sleep and caring for teeth. She "
                    "also explains the Eltern-Kind-Pass (parent-child health booklet) and "
                    "Austria's free vaccination programme. Please bring the Eltern-Kind-Pass, your "
                    "child's e-card and a nappy."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Come on Thursday between 2 and 4 pm, no appointment needed. If you need an "
                    "interpreter, please call a few days before."
                ),
                "eligibility": (
                    "Parents with babies and children up to 3 years from anywhere in the Pitztal "
                    "valley, and pregnant women."
                ),
                "transit_note": (
                    "Bus stop Wenns Gemeindeamt (line 230), right outside the municipal building. "
                    "The entrance with a ramp is at the side."
                ),
            },
            "ar": {
                "title": "استشارة صحية للأهل والأطفال الرضّع والصغار",
                "summary": (
                    "ممرّضة أطفال تزن طفلك وتقيس طوله، وتجيب عن أسئلتك حول الرضاعة والأكل والنوم "
                    "والتطعيمات."
                ),
                "description": (
                    "كل يوم خميس بعد الظهر تكون ممرّضة أطفال مؤهَّلة في مبنى البلدية في Wenns. تزن "
                    "طفلك وتقيس طوله، وتنصحك في الرضاعة الطبيعية والرضّاعة والطعام الأول والنوم "
                    "والعناية بالأسنان. وتشرح لك أيضاً دفتر صحة الأهل والطفل (Eltern-Kind-Pass) "
                    "وبرنامج التطعيم المجاني في النمسا. أحضر معك Eltern-Kind-Pass وبطاقة e-card "
                    "الخاصة بطفلك وحفاضة."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "تعال يوم الخميس بين الساعة 2 و4 بعد الظهر بدون موعد. إذا كنت تحتاج إلى "
                    "مترجمة، اتصل قبل بضعة أيام من فضلك."
                ),
                "eligibility": (
                    "الأهل الذين لديهم رضّع وأطفال حتى عمر 3 سنوات من كل وادي Pitztal، والحوامل "
                    "أيضاً."
                ),
                "transit_note": (
                    "موقف الحافلات Wenns Gemeindeamt (الخط 230)، أمام مبنى البلدية مباشرة. المدخل "
                    "الذي فيه منحدر على الجانب."
                ),
            },
            "uk": {
                "title": "Консультація для батьків: здоров’я немовлят і малюків",
                "summary": (
                    "Дитяча медсестра зважує й вимірює вашу дитину та відповідає на запитання про "
                    "грудне вигодовування, харчування, сон і щеплення."
                ),
                "description": (
                    "Щочетверга по обіді в будинку громади Wenns працює дипломована дитяча "
                    "медсестра. Вона зважує та вимірює дитину й консультує щодо грудного "
                    "вигодовування, пляшечки, прикорму, сну та догляду за зубами. Також пояснює, "
                    "що таке Eltern-Kind-Pass (книжка здоров’я батьків і дитини) і як працює "
                    "безкоштовна програма щеплень в Австрії. Візьміть із собою Eltern-Kind-Pass, "
                    "e-card дитини та підгузок."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Приходьте в четвер з 14:00 до 16:00 без запису. Якщо потрібна перекладачка, "
                    "зателефонуйте, будь ласка, за кілька днів."
                ),
                "eligibility": (
                    "Батьки з немовлятами й дітьми до 3 років з усієї долини Pitztal, а також "
                    "вагітні."
                ),
                "transit_note": (
                    "Автобусна зупинка Wenns Gemeindeamt (лінія 230), просто біля будинку громади. "
                    "Вхід із пандусом — збоку."
                ),
            },
        },
    },
    {
        "slug": "sprechtag-beratungsstelle-mosaik-arzl-im-pitztal",
        "organization": "beratungsstelle-mosaik",
        "categories": ["beratung", "alltagshilfe"],
        "target_groups": ["gefluechtete", "familien", "vertriebene-ukraine"],
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
        "serves_whole_district": False,
        "municipalities_served": ["wenns", "jerzens", "st-leonhard-im-pitztal"],
        "locations": [
            {
                "name": "Gemeindeamt Arzl im Pitztal, Sprechzimmer",
                "street": "Gemeindeplatz 1",
                "municipality": "arzl-im-pitztal",
                "lat": 47.2075,
                "lon": 10.7612,
            },
        ],
        "by_appointment": True,
        "hours": [["di", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Katharina Neuner",
        "phone": "+43 5412 000 241",
        "email": "pitztal@mosaik-imst.example.org",
        "website": "https://mosaik-imst.example.org/sprechtage",
        "texts": {
            "de": {
                "title": "Sprechtag der Beratungsstelle Mosaik im Pitztal",
                "summary": (
                    "Zweimal im Monat berät die Beratungsstelle Mosaik im Gemeindeamt Arzl zu "
                    "Briefen, Anträgen, Familie und Aufenthalt."
                ),
                "description": (
                    "Für Menschen aus dem Pitztal ist der Weg nach Imst oft weit. Deshalb kommt "
                    "eine Beraterin am zweiten und vierten Dienstag im Monat nach Arzl. Sie hilft "
                    "bei Briefen von Ämtern, bei Anträgen und bei Fragen zu Geld und Familie und "
                    "vermittelt, wenn nötig, an andere Stellen weiter. Bringen Sie Ihren Ausweis "
                    "und alle Unterlagen mit, um die es geht."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Bitte vereinbaren Sie vorher einen Termin per Telefon oder E-Mail, dann "
                    "müssen Sie nicht warten. Wenn ein Termin frei ist, können Sie auch spontan "
                    "kommen."
                ),
                "eligibility": (
                    "Menschen mit Migrations- oder Fluchtgeschichte aus Arzl, Wenns, Jerzens, St. "
                    "Leonhard und dem ganzen Pitztal."
                ),
                "transit_note": (
                    "Bushaltestelle Arzl Gemeindeamt (Linie 230), direkt vor dem Eingang."
                ),
            },
            "en": {
                "title": "Beratungsstelle Mosaik advice day in the Pitztal valley",
                "summary": (
                    "Twice a month, Beratungsstelle Mosaik gives advice at the Arzl municipal "
                    "office on letters, applications, family and residence."
                ),
                "description": (
                    "For people in the Pitztal valley, getting to Imst is often a long trip. So an "
                    "adviser comes to Arzl on the second and fourth Tuesday of every month. She "
                    "helps with letters from authorities, applications and questions about money "
                    "and family, and refers you to other services if needed. Please bring your ID "
                    "and all papers your question is about."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Please book an appointment by phone or e-mail so you do not have to wait. If "
                    "a slot is free, you can also just come."
                ),
                "eligibility": (
                    "People with a migration or refugee background from Arzl, Wenns, Jerzens, St. "
                    "Leonhard and the whole Pitztal valley."
                ),
                "transit_note": "Bus stop Arzl Gemeindeamt (line 230), right outside the entrance.",
            },
            "ar": {
                "title": "يوم استشارات Beratungsstelle Mosaik في وادي Pitztal",
                "summary": (
                    "مرتين في الشهر تقدّم Beratungsstelle Mosaik استشارات في بلدية Arzl في الرسائل "
                    "والطلبات وشؤون العائلة والإقامة."
                ),
                "description": (
                    "الطريق من وادي Pitztal إلى Imst طويل في الغالب. لذلك تأتي مستشارة إلى Arzl في "
                    "يوم الثلاثاء الثاني والرابع من كل شهر. تساعدك في رسائل الدوائر الرسمية "
                    "والطلبات وأسئلة المال والعائلة، وتحيلك عند الحاجة إلى جهات أخرى. أحضر هويتك "
                    "وكل الأوراق المتعلّقة بسؤالك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "احجز موعداً مسبقاً بالهاتف أو بالبريد الإلكتروني حتى لا تنتظر. وإذا كان هناك "
                    "موعد شاغر، يمكنك أن تأتي مباشرة."
                ),
                "eligibility": (
                    "الأشخاص من أصول مهاجرة أو لاجئة من Arzl وWenns وJerzens وSt. Leonhard ومن كل "
                    "وادي Pitztal."
                ),
                "transit_note": "موقف الحافلات Arzl Gemeindeamt (الخط 230)، أمام المدخل مباشرة.",
            },
            "fa": {
                "title": "روز مشاوره‌ی Beratungsstelle Mosaik در دره‌ی Pitztal",
                "summary": (
                    "ماهی دو بار Beratungsstelle Mosaik در ساختمان شهرداری Arzl درباره‌ی نامه‌ها، "
                    "درخواست‌ها، خانواده و اقامت مشاوره می‌دهد."
                ),
                "description": (
                    "راه دره‌ی Pitztal تا Imst اغلب طولانی است. برای همین یک مشاور در سه‌شنبه‌ی دوم و "
                    "چهارم هر ماه به Arzl می‌آید. او در نامه‌های اداری، درخواست‌ها و سؤال‌های مربوط به "
                    "پول و خانواده کمک می‌کند و اگر لازم باشد شما را به جاهای دیگر معرفی می‌کند. "
                    "کارت شناسایی و همه‌ی مدارک مربوط را همراه بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "لطفاً از قبل تلفنی یا با ایمیل وقت بگیرید تا منتظر نمانید. اگر وقت خالی باشد، "
                    "بدون وقت قبلی هم می‌توانید بیایید."
                ),
                "eligibility": (
                    "مهاجران و پناهندگان از Arzl، Wenns، Jerzens، St. Leonhard و سراسر دره‌ی "
                    "Pitztal."
                ),
                "transit_note": "ایستگاه اتوبوس Arzl Gemeindeamt (خط ۲۳۰)، درست جلوی در ورودی.",
            },
            "uk": {
                "title": "Виїзна консультація Beratungsstelle Mosaik у долині Pitztal",
                "summary": (
                    "Двічі на місяць Beratungsstelle Mosaik консультує в будинку громади Arzl щодо "
                    "листів, заяв, сім’ї та перебування."
                ),
                "description": (
                    "З долини Pitztal до Imst часто далеко їхати. Тому консультантка приїздить до "
                    "Arzl у другий і четвертий вівторок кожного місяця. Вона допомагає з листами "
                    "від установ, заявами, питаннями про гроші та сім’ю, а за потреби направляє до "
                    "інших служб. Візьміть документ, що посвідчує особу, і всі папери, яких "
                    "стосується питання."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Будь ласка, запишіться заздалегідь телефоном або електронною поштою, тоді не "
                    "доведеться чекати. Якщо є вільний час, можна прийти й без запису."
                ),
                "eligibility": (
                    "Люди з досвідом міграції чи втечі з Arzl, Wenns, Jerzens, St. Leonhard і "
                    "всієї долини Pitztal."
                ),
                "transit_note": (
                    "Автобусна зупинка Arzl Gemeindeamt (лінія 230), просто біля входу."
                ),
            },
        },
    },
    {
        "slug": "digital-sprechstunde-handy-und-internet-arzl",
        "organization": "verein-miteinander-pitztal",
        "categories": ["alltagshilfe"],
        "target_groups": ["senioren", "vertriebene-ukraine", "gefluechtete"],
        "languages": ["de", "en", "uk", "ar"],
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
        "municipalities_served": ["wenns"],
        "locations": [
            {
                "name": "Bücherei Arzl im Pitztal",
                "street": "Kirchplatz 3",
                "municipality": "arzl-im-pitztal",
                "lat": 47.2068,
                "lon": 10.7621,
            },
        ],
        "by_appointment": False,
        "hours": [["sa", "09:30", "11:30"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Jakob Neururer",
        "phone": "+43 5414 000 530",
        "email": "digital@miteinander-pitztal.example.org",
        "website": "https://miteinander-pitztal.example.org/digital",
        "texts": {
            "de": {
                "title": "Digital-Sprechstunde: Hilfe mit Handy, E-Mail und ID Austria",
                "summary": (
                    "Freiwillige helfen geduldig und Schritt für Schritt bei Handy, Apps, E-Mail, "
                    "Online-Formularen und ID Austria."
                ),
                "description": (
                    "Vieles geht heute nur noch online: Termine buchen, Formulare ausfüllen, die "
                    "ID Austria einrichten oder über eine App mit der Schule schreiben. In der "
                    "Digital-Sprechstunde zeigen Jugendliche und Erwachsene aus dem Ort, wie das "
                    "geht. Sie üben am eigenen Gerät, bis Sie es allein schaffen. Bringen Sie Ihr "
                    "Handy oder Tablet, das Ladekabel und, wenn vorhanden, Ihre Passwörter mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Samstags zwischen 9:30 und 11:30 Uhr in die Bücherei kommen, ohne Anmeldung."
                ),
                "eligibility": (
                    "Alle, die Hilfe mit Handy, Computer oder Internet brauchen, egal wie alt und "
                    "woher."
                ),
                "transit_note": (
                    "Bushaltestelle Arzl Kirche (Linie 230), die Bücherei ist gleich neben der "
                    "Kirche."
                ),
            },
            "en": {
                "title": "Digital help desk: phones, e-mail and ID Austria",
                "summary": (
                    "Volunteers patiently help you step by step with your phone, apps, e-mail, "
                    "online forms and ID Austria."
                ),
                "description": (
                    "Many things can only be done online now: booking appointments, filling in "
                    "forms, setting up ID Austria (the official digital ID) or messaging school "
                    "through an app. At the digital help desk, young people and adults from the "
                    "village show you how. You practise on your own device until you can do it "
                    "alone. Bring your phone or tablet, the charger and your passwords if you have "
                    "them."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Come to the library on Saturdays between 9:30 and 11:30 am, no need to "
                    "register."
                ),
                "eligibility": (
                    "Anyone who needs help with a phone, computer or the internet, whatever their "
                    "age or background."
                ),
                "transit_note": (
                    "Bus stop Arzl Kirche (line 230); the library is right next to the church."
                ),
            },
            "ar": {
                "title": "مساعدة رقمية: الهاتف والبريد الإلكتروني وID Austria",
                "summary": (
                    "متطوّعون يساعدونك بصبر وخطوة خطوة في استخدام الهاتف والتطبيقات والبريد "
                    "الإلكتروني والاستمارات الإلكترونية وID Austria."
                ),
                "description": (
                    "أمور كثيرة صارت اليوم عبر الإنترنت فقط: حجز المواعيد، وتعبئة الاستمارات، "
                    "وتفعيل الهوية الرقمية ID Austria، أو التواصل مع المدرسة عبر تطبيق. في ساعة "
                    "المساعدة الرقمية يريك شباب وكبار من القرية كيف تفعل ذلك. تتدرّب على جهازك حتى "
                    "تستطيع أن تفعله وحدك. أحضر هاتفك أو جهازك اللوحي والشاحن، وكلمات المرور إن "
                    "كانت لديك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "تعال إلى المكتبة يوم السبت بين الساعة 9:30 و11:30 صباحاً، بدون تسجيل."
                ),
                "eligibility": (
                    "كل من يحتاج إلى مساعدة في الهاتف أو الحاسوب أو الإنترنت، مهما كان عمره ومن أيّ "
                    "بلد كان."
                ),
                "transit_note": (
                    "موقف الحافلات Arzl Kirche (الخط 230)، والمكتبة بجانب الكنيسة مباشرة."
                ),
            },
            "uk": {
                "title": "Цифрова консультація: смартфон, e-mail та ID Austria",
                "summary": (
                    "Волонтери терпляче й крок за кроком допомагають зі смартфоном, застосунками, "
                    "електронною поштою, онлайн-формами та ID Austria."
                ),
                "description": (
                    "Багато справ тепер можна зробити лише онлайн: записатися на прийом, заповнити "
                    "формуляр, налаштувати ID Austria чи листуватися зі школою в застосунку. На "
                    "цифровій консультації підлітки й дорослі з села покажуть, як це робиться. Ви "
                    "тренуєтеся на власному пристрої, доки не впораєтеся самостійно. Візьміть "
                    "смартфон або планшет, зарядку та, якщо маєте, свої паролі."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Приходьте до бібліотеки в суботу з 9:30 до 11:30, без реєстрації."
                ),
                "eligibility": (
                    "Усі, кому потрібна допомога зі смартфоном, комп’ютером чи інтернетом, "
                    "незалежно від віку та походження."
                ),
                "transit_note": (
                    "Автобусна зупинка Arzl Kirche (лінія 230), бібліотека поруч із церквою."
                ),
            },
        },
    },
    {
        "slug": "hausaufgabenhilfe-volksschule-arzl-im-pitztal",
        "organization": "verein-miteinander-pitztal",
        "categories": ["schule-bildung", "kinder-familie"],
        "target_groups": ["kinder", "familien"],
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
        "serves_whole_district": False,
        "municipalities_served": ["wenns"],
        "locations": [
            {
                "name": "Volksschule Arzl im Pitztal, Nachmittagsraum",
                "street": "Schulgasse 6",
                "municipality": "arzl-im-pitztal",
                "lat": 47.2079,
                "lon": 10.7625,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "14:00", "16:00"], ["do", "14:00", "16:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Theresa Schranz",
        "phone": "+43 5414 000 531",
        "email": "lernhilfe@miteinander-pitztal.example.org",
        "website": "https://miteinander-pitztal.example.org/lernhilfe",
        "texts": {
            "de": {
                "title": "Hausaufgabenhilfe für Volksschulkinder",
                "summary": (
                    "Ehrenamtliche Lernbegleiterinnen helfen Kindern zweimal pro Woche bei "
                    "Hausaufgaben, Lesen und Rechnen."
                ),
                "description": (
                    "Nach dem Unterricht machen die Kinder in kleinen Gruppen ihre Hausaufgaben, "
                    "und Ehrenamtliche helfen, wenn etwas nicht klar ist. Wir lesen viel gemeinsam "
                    "und üben Deutsch nebenbei, mit Spielen und Büchern aus der Bücherei. Die "
                    "Lernbegleiterinnen sprechen regelmäßig mit den Lehrerinnen, damit die Hilfe "
                    "gut passt. Die Kinder bringen ihre Schultasche und eine kleine Jause mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Melden Sie Ihr Kind bei der Klassenlehrerin oder direkt beim Verein "
                    "Miteinander Pitztal an. Die Plätze sind begrenzt, ein Einstieg ist auch "
                    "während des Schuljahres möglich."
                ),
                "eligibility": (
                    "Kinder der Volksschule Arzl im Pitztal, besonders Kinder, die zu Hause wenig "
                    "Hilfe mit Deutsch bekommen können."
                ),
                "transit_note": (
                    "Die meisten Kinder kommen direkt aus der Klasse. Bushaltestelle Arzl Kirche "
                    "(Linie 230), dann 2 Minuten zu Fuß über die Schulgasse."
                ),
            },
            "en": {
                "title": "Homework club for primary school children",
                "summary": (
                    "Volunteer learning mentors help children with homework, reading and maths "
                    "twice a week."
                ),
                "description": (
                    "After lessons, children do their homework in small groups, and volunteers "
                    "help when something is unclear. We read a lot together and practise German "
                    "along the way, with games and books from the library. The mentors talk "
                    "regularly with the teachers so that the help fits what the children need. "
                    "Children bring their school bag and a small snack."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Sign your child up with the class teacher or directly with Verein Miteinander "
                    "Pitztal. Places are limited; children can also join during the school year."
                ),
                "eligibility": (
                    "Children at Arzl im Pitztal primary school, especially those who cannot get "
                    "much help with German at home."
                ),
                "transit_note": (
                    "Most children come straight from class. Bus stop Arzl Kirche (line 230), then "
                    "a 2-minute walk along Schulgasse."
                ),
            },
            "ar": {
                "title": "مساعدة في الواجبات المدرسية لتلاميذ المدرسة الابتدائية",
                "summary": "متطوّعات يساعدن الأطفال مرتين في الأسبوع في الواجبات والقراءة والحساب.",
                "description": (
                    "بعد الدروس يحلّ الأطفال واجباتهم في مجموعات صغيرة، وتساعدهم المتطوّعات عندما لا "
                    "يفهمون شيئاً. نقرأ كثيراً معاً ونتدرّب على الألمانية بشكل طبيعي، بالألعاب والكتب "
                    "من المكتبة. وتتحدّث المتطوّعات بانتظام مع المعلّمات حتى تناسب المساعدة حاجة كل "
                    "طفل. يُحضر الأطفال حقيبتهم المدرسية ووجبة خفيفة صغيرة."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "سجّل طفلك عند معلّمة الصف أو مباشرة عند Verein Miteinander Pitztal. الأماكن "
                    "محدودة، ويمكن الانضمام خلال السنة الدراسية أيضاً."
                ),
                "eligibility": (
                    "تلاميذ المدرسة الابتدائية في Arzl im Pitztal، وخاصة الأطفال الذين لا يجدون في "
                    "البيت مساعدة كافية في الألمانية."
                ),
                "transit_note": (
                    "معظم الأطفال يأتون مباشرة من الصف. موقف الحافلات Arzl Kirche (الخط 230)، ثم "
                    "دقيقتان مشياً عبر Schulgasse."
                ),
            },
            "fa": {
                "title": "کمک در تکلیف‌های مدرسه برای بچه‌های دبستانی",
                "summary": "داوطلبان هفته‌ای دو بار به بچه‌ها در تکلیف، خواندن و حساب کمک می‌کنند.",
                "description": (
                    "بعد از کلاس، بچه‌ها در گروه‌های کوچک تکلیف‌هایشان را انجام می‌دهند و هر جا چیزی "
                    "را نفهمند، داوطلبان کمک می‌کنند. با هم زیاد کتاب می‌خوانیم و در کنارش با بازی و "
                    "کتاب‌های کتابخانه آلمانی تمرین می‌کنیم. داوطلبان مرتب با معلم‌ها صحبت می‌کنند تا "
                    "کمک درست به نیاز بچه بخورد. بچه‌ها کیف مدرسه و یک خوراکی کوچک همراه می‌آورند."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "بچه‌تان را پیش معلم کلاس یا مستقیم در Verein Miteinander Pitztal ثبت‌نام کنید. "
                    "جا محدود است و وسط سال تحصیلی هم می‌شود شروع کرد."
                ),
                "eligibility": (
                    "بچه‌های دبستان Arzl im Pitztal، به‌ویژه بچه‌هایی که در خانه کسی نیست که در "
                    "آلمانی کمکشان کند."
                ),
                "transit_note": (
                    "بیشتر بچه‌ها مستقیم از کلاس می‌آیند. ایستگاه اتوبوس Arzl Kirche (خط ۲۳۰)، بعد ۲ "
                    "دقیقه پیاده از راه Schulgasse."
                ),
            },
            "uk": {
                "title": "Допомога з домашніми завданнями для школярів початкової школи",
                "summary": (
                    "Волонтерки двічі на тиждень допомагають дітям із домашніми завданнями, "
                    "читанням і математикою."
                ),
                "description": (
                    "Після уроків діти в невеликих групах виконують домашні завдання, а волонтерки "
                    "допомагають, коли щось незрозуміло. Ми багато читаємо разом і між іншим "
                    "тренуємо німецьку — з іграми та книжками з бібліотеки. Волонтерки регулярно "
                    "спілкуються з учительками, щоб допомога відповідала потребам дітей. Діти "
                    "приносять шкільний рюкзак і невеликий перекус."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Запишіть дитину в класної керівнички або безпосередньо у Verein Miteinander "
                    "Pitztal. Кількість місць обмежена, долучитися можна й протягом навчального "
                    "року."
                ),
                "eligibility": (
                    "Учні початкової школи Arzl im Pitztal, особливо діти, яким удома мало хто "
                    "може допомогти з німецькою."
                ),
                "transit_note": (
                    "Більшість дітей приходять одразу після уроків. Автобусна зупинка Arzl Kirche "
                    "(лінія 230), далі 2 хвилини пішки вулицею Schulgasse."
                ),
            },
        },
    },
    {
        "slug": "begegnungscafe-pfarrheim-jerzens",
        "organization": "verein-miteinander-pitztal",
        "categories": ["treffpunkte"],
        "target_groups": ["gefluechtete", "senioren", "familien"],
        "languages": ["de", "en", "ar", "fa", "ti"],
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
        "municipalities_served": ["wenns", "st-leonhard-im-pitztal"],
        "locations": [
            {
                "name": "Pfarrheim Jerzens",
                "street": "Pfarrgasse 2",
                "municipality": "jerzens",
                "lat": 47.1542,
                "lon": 10.7452,
            },
        ],
        "by_appointment": False,
        "hours": [["so", "14:30", "17:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Anna Wechselberger",
        "phone": "+43 5414 000 540",
        "email": "begegnung@miteinander-pitztal.example.org",
        "website": "https://miteinander-pitztal.example.org/begegnungscafe",
        "texts": {
            "de": {
                "title": "Begegnungscafé im Pfarrheim Jerzens",
                "summary": (
                    "Einmal im Monat am Sonntagnachmittag: Kaffee, Kuchen und Gespräche zwischen "
                    "Alteingesessenen und Neuzugezogenen."
                ),
                "description": (
                    "Im Begegnungscafé lernen sich Menschen kennen, die schon immer in Jerzens "
                    "leben, und solche, die neu ins Dorf gekommen sind. Es gibt Kaffee, "
                    "selbstgebackenen Kuchen und oft Musik oder ein Spiel für die Kinder. Manchmal "
                    "erzählt jemand aus seinem Leben oder stellt sein Herkunftsland vor. Wer "
                    "möchte, bringt einen Kuchen oder eine Spezialität mit."
                ),
                "cost_note": "Kostenlos, freiwillige Spenden für die Kaffeekasse.",
                "how_to_access": (
                    "Jeden zweiten Sonntag im Monat ab 14:30 Uhr, ohne Anmeldung. Der Saal ist im "
                    "ersten Stock und nur über eine Treppe erreichbar, wir helfen gern."
                ),
                "eligibility": (
                    "Alle aus Jerzens und dem Pitztal, Jung und Alt, Familien und Alleinstehende."
                ),
                "transit_note": (
                    "Bushaltestelle Jerzens Dorf (Linie 230), dann 2 Minuten zu Fuß zur Kirche. Am "
                    "Sonntag fährt der Bus seltener, bitte Fahrplan prüfen."
                ),
            },
            "en": {
                "title": "Meeting café at the Jerzens parish hall",
                "summary": (
                    "One Sunday afternoon a month: coffee, cake and conversation between long-time "
                    "residents and newcomers."
                ),
                "description": (
                    "At the meeting café, people who have always lived in Jerzens get to know "
                    "people who are new to the village. There is coffee, home-made cake and often "
                    "music or a game for the children. Sometimes someone tells their story or "
                    "presents their home country. If you like, bring a cake or a speciality to "
                    "share."
                ),
                "cost_note": "Free; voluntary donations for the coffee fund.",
                "how_to_access": (
                    "Second Sunday of every month from 2:30 pm, no registration. The hall is on "
                    "the first floor and can only be reached by stairs; we are happy to help."
                ),
                "eligibility": (
                    "Everyone from Jerzens and the Pitztal valley, young and old, families and "
                    "people on their own."
                ),
                "transit_note": (
                    "Bus stop Jerzens Dorf (line 230), then a 2-minute walk to the church. Buses "
                    "run less often on Sundays, so please check the timetable."
                ),
            },
            "ar": {
                "title": "مقهى اللقاء في قاعة الرعية في Jerzens",
                "summary": (
                    "مرة في الشهر بعد ظهر يوم الأحد: قهوة وكعك وأحاديث بين أهل القرية القدامى "
                    "والقادمين الجدد."
                ),
                "description": (
                    "في مقهى اللقاء يتعارف أشخاص عاشوا دائماً في Jerzens مع أشخاص جاؤوا إلى القرية "
                    "حديثاً. هناك قهوة وكعك من صنع البيت، وغالباً موسيقى أو لعبة للأطفال. وأحياناً "
                    "يحكي أحدهم قصة حياته أو يعرّف ببلده. من يرغب، يُحضر كعكة أو طبقاً من بلده."
                ),
                "cost_note": "مجاناً، والتبرّع لصندوق القهوة اختياري.",
                "how_to_access": (
                    "في الأحد الثاني من كل شهر من الساعة 2:30 بعد الظهر، بدون تسجيل. القاعة في "
                    "الطابق الأول ولا يمكن الوصول إليها إلا بالدرج، ونحن نساعد بكل سرور."
                ),
                "eligibility": "كل أهل Jerzens ووادي Pitztal، صغاراً وكباراً، عائلات وأفراداً.",
                "transit_note": (
                    "موقف الحافلات Jerzens Dorf (الخط 230)، ثم دقيقتان مشياً إلى الكنيسة. يوم الأحد "
                    "تقلّ الحافلات، فانظر في جدول المواعيد من فضلك."
                ),
            },
            "fa": {
                "title": "کافه‌ی دیدار در سالن کلیسای Jerzens",
                "summary": (
                    "ماهی یک بار، یکشنبه بعدازظهر: قهوه، کیک و گپ میان اهالی قدیمی و تازه‌واردها."
                ),
                "description": (
                    "در کافه‌ی دیدار، کسانی که همیشه در Jerzens زندگی کرده‌اند با کسانی که تازه به "
                    "روستا آمده‌اند آشنا می‌شوند. قهوه و کیک خانگی داریم و اغلب موسیقی یا بازی برای "
                    "بچه‌ها. گاهی کسی از زندگی‌اش تعریف می‌کند یا کشورش را معرفی می‌کند. هر کس دوست "
                    "دارد، یک کیک یا غذای مخصوص کشورش را می‌آورد."
                ),
                "cost_note": "رایگان؛ کمک داوطلبانه برای صندوق قهوه.",
                "how_to_access": (
                    "یکشنبه‌ی دوم هر ماه از ساعت ۱۴:۳۰، بدون ثبت‌نام. سالن در طبقه‌ی اول است و فقط با "
                    "پله می‌شود بالا رفت؛ با کمال میل کمک می‌کنیم."
                ),
                "eligibility": (
                    "همه‌ی اهالی Jerzens و دره‌ی Pitztal، پیر و جوان، خانواده‌ها و کسانی که تنها "
                    "هستند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Jerzens Dorf (خط ۲۳۰)، بعد ۲ دقیقه پیاده تا کلیسا. یکشنبه‌ها "
                    "اتوبوس کمتر است، لطفاً برنامه‌ی حرکت را نگاه کنید."
                ),
            },
        },
    },
    {
        "slug": "gesund-leben-im-neuen-land-kursreihe-jerzens",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit"],
        "target_groups": ["frauen", "familien", "gefluechtete"],
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
        "municipalities_served": ["wenns", "arzl-im-pitztal", "st-leonhard-im-pitztal"],
        "locations": [
            {
                "name": "Mehrzwecksaal Jerzens",
                "street": "Dorfstraße 50",
                "municipality": "jerzens",
                "lat": 47.1535,
                "lon": 10.7461,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "18:00", "20:00"]],
        "start_date": "2027-03-03",
        "registration_deadline": "2027-02-24",
        "contact_name": "Claudia Eiter",
        "phone": "+43 5414 000 521",
        "email": "kurse@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/gesund-leben",
        "texts": {
            "de": {
                "title": "Gesund leben im neuen Land: Kursreihe an 6 Abenden",
                "summary": (
                    "Sechs Abende zu Ernährung, Bewegung, Schlaf, Stress und zum "
                    "Gesundheitssystem, mit Dolmetscherinnen für Arabisch und Farsi."
                ),
                "description": (
                    "Jeder Abend hat ein Thema: gesund und günstig kochen, Bewegung im Alltag, "
                    "Zähne, Schlaf und Stress, Vorsorgeuntersuchungen und wie man die passende "
                    "Ärztin findet. Eine Ärztin, eine Diätologin und eine Psychologin erklären "
                    "alles einfach und beantworten Fragen, Dolmetscherinnen übersetzen ins "
                    "Arabische und ins Farsi. Am letzten Abend kochen wir gemeinsam."
                ),
                "cost_note": "Kostenlos, mit kleinem Imbiss.",
                "how_to_access": (
                    "Anmeldung bis 24. Februar per Telefon, E-Mail oder beim Verein Miteinander "
                    "Pitztal. Sie können auch nur zu einzelnen Abenden kommen."
                ),
                "eligibility": (
                    "Erwachsene aus dem Pitztal, besonders Menschen, die noch nicht lange in "
                    "Österreich leben."
                ),
                "transit_note": (
                    "Bushaltestelle Jerzens Dorf (Linie 230), der Mehrzwecksaal ist neben der "
                    "Volksschule, 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Healthy living in a new country: 6-evening course",
                "summary": (
                    "Six evenings on food, exercise, sleep, stress and the health system, with "
                    "Arabic and Farsi interpreters."
                ),
                "description": (
                    "Each evening has a topic: cooking healthy and cheap meals, moving more in "
                    "daily life, teeth, sleep and stress, check-ups, and how to find the right "
                    "doctor. A doctor, a dietitian and a psychologist explain everything simply "
                    "and answer questions, and interpreters translate into Arabic and Farsi. On "
                    "the last evening we cook together."
                ),
                "cost_note": "Free, with a light snack.",
                "how_to_access": (
                    "Register by 24 February by phone, e-mail or at Verein Miteinander Pitztal. "
                    "You can also come to single evenings only."
                ),
                "eligibility": (
                    "Adults in the Pitztal valley, especially people who have not lived in Austria "
                    "for long."
                ),
                "transit_note": (
                    "Bus stop Jerzens Dorf (line 230); the multi-purpose hall is next to the "
                    "primary school, a 1-minute walk."
                ),
            },
            "ar": {
                "title": "حياة صحية في بلد جديد: دورة من 6 أمسيات",
                "summary": (
                    "ست أمسيات عن التغذية والحركة والنوم والضغط النفسي والنظام الصحي، مع مترجمات "
                    "للعربية والفارسية."
                ),
                "description": (
                    "لكل أمسية موضوع: طبخ صحي ورخيص، والحركة في الحياة اليومية، والأسنان، والنوم "
                    "والضغط النفسي، والفحوصات الوقائية، وكيف تجد الطبيب المناسب. طبيبة وأخصائية "
                    "تغذية وأخصائية نفسية يشرحن كل شيء ببساطة ويجبن عن الأسئلة، ومترجمات يترجمن "
                    "إلى العربية والفارسية. في الأمسية الأخيرة نطبخ معاً."
                ),
                "cost_note": "مجاناً، مع وجبة خفيفة.",
                "how_to_access": (
                    "سجّل حتى 24 فبراير بالهاتف أو بالبريد الإلكتروني أو عند Verein Miteinander "
                    "Pitztal. يمكنك أيضاً أن تحضر بعض الأمسيات فقط."
                ),
                "eligibility": (
                    "الكبار في وادي Pitztal، وخاصة من لم يمضِ على وجودهم في النمسا وقت طويل."
                ),
                "transit_note": (
                    "موقف الحافلات Jerzens Dorf (الخط 230)، والقاعة متعدّدة الأغراض بجانب المدرسة "
                    "الابتدائية، على بعد دقيقة مشياً."
                ),
            },
            "fa": {
                "title": "زندگی سالم در کشور تازه: دوره‌ی ۶ شبه",
                "summary": (
                    "شش شب درباره‌ی تغذیه، تحرک، خواب، استرس و نظام درمانی، با مترجم عربی و فارسی."
                ),
                "description": (
                    "هر شب یک موضوع دارد: آشپزی سالم و ارزان، تحرک در زندگی روزمره، دندان، خواب و "
                    "استرس، معاینه‌های پیشگیری و این‌که چطور دکتر مناسب پیدا کنیم. یک پزشک، یک متخصص "
                    "تغذیه و یک روان‌شناس همه‌چیز را ساده توضیح می‌دهند و به سؤال‌ها جواب می‌دهند؛ "
                    "مترجمان به عربی و فارسی ترجمه می‌کنند. شب آخر با هم آشپزی می‌کنیم."
                ),
                "cost_note": "رایگان، همراه با کمی خوراکی.",
                "how_to_access": (
                    "تا ۲۴ فوریه تلفنی، با ایمیل یا در Verein Miteinander Pitztal ثبت‌نام کنید. "
                    "می‌توانید فقط در بعضی شب‌ها هم شرکت کنید."
                ),
                "eligibility": (
                    "بزرگسالان دره‌ی Pitztal، به‌ویژه کسانی که مدت زیادی نیست در اتریش زندگی می‌کنند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Jerzens Dorf (خط ۲۳۰)، سالن چندمنظوره کنار دبستان است، ۱ دقیقه "
                    "پیاده."
                ),
            },
        },
    },
    {
        "slug": "fit-fuer-die-saison-jobs-im-tourismus-st-leonhard",
        "organization": "arbeitsinitiative-inntal",
        "categories": ["arbeit-ausbildung"],
        "target_groups": ["arbeitsuchende", "vertriebene-ukraine", "gefluechtete"],
        "languages": ["de", "en", "uk", "ar", "bs", "hu"],
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
        "municipalities_served": ["jerzens", "wenns", "arzl-im-pitztal"],
        "locations": [
            {
                "name": "Gemeindesaal St. Leonhard im Pitztal",
                "street": "Dorfstraße 12",
                "municipality": "st-leonhard-im-pitztal",
                "lat": 47.0448,
                "lon": 10.8728,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "18:00", "20:00"]],
        "start_date": "2027-03-09",
        "registration_deadline": "2027-03-05",
        "contact_name": "Markus Haid",
        "phone": "+43 5414 000 550",
        "email": "saison@arbeitsinitiative-inntal.example.org",
        "website": "https://arbeitsinitiative-inntal.example.org/saison",
        "texts": {
            "de": {
                "title": "Fit für die Saison: Jobs im Tourismus im Pitztal",
                "summary": (
                    "Drei Abende zur Arbeit in Hotel, Gastronomie und Bergbahn: Berufe, Rechte, "
                    "Unterkunft und Kontakt zu Betrieben aus dem Tal."
                ),
                "description": (
                    "Im Pitztal suchen Hotels, Restaurants und Bergbahnen jede Saison viele "
                    "Mitarbeiterinnen und Mitarbeiter. An drei Abenden erklären wir, welche Jobs "
                    "es gibt, was in einem Dienstvertrag stehen muss, wie Lohn, Arbeitszeit und "
                    "Personalunterkunft geregelt sind und welche Rechte Sie haben. Am dritten "
                    "Abend stellen sich Betriebe aus dem Tal vor, und Sie können direkt mit ihnen "
                    "sprechen. Bringen Sie Ihren Lebenslauf mit, wir helfen beim letzten Schliff."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Anmeldung bis 5. März per Telefon, E-Mail oder WhatsApp. Die Abende sind am "
                    "9., 16. und 23. März."
                ),
                "eligibility": (
                    "Menschen mit Zugang zum Arbeitsmarkt, die im Tourismus im Pitztal arbeiten "
                    "möchten, auch ohne Erfahrung. Deutsch auf A2-Niveau ist hilfreich."
                ),
                "transit_note": (
                    "Bushaltestelle St. Leonhard Gemeindeamt (Linie 230), dann 1 Minute zu Fuß. "
                    "Der letzte Bus talauswärts fährt um 20:40 Uhr."
                ),
            },
            "en": {
                "title": "Ready for the season: tourism jobs in the Pitztal valley",
                "summary": (
                    "Three evenings on working in hotels, restaurants and ski lifts: jobs, rights, "
                    "staff housing and meeting local employers."
                ),
                "description": (
                    "Every season, hotels, restaurants and mountain railways in the Pitztal valley "
                    "need lots of staff. Over three evenings we explain which jobs there are, what "
                    "an employment contract must include, how pay, working hours and staff "
                    "accommodation work, and what your rights are. On the third evening, local "
                    "employers introduce themselves and you can talk to them directly. Bring your "
                    "CV and we will help you polish it."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Register by 5 March by phone, e-mail or WhatsApp. The evenings are on 9, 16 "
                    "and 23 March."
                ),
                "eligibility": (
                    "People with access to the labour market who would like to work in tourism in "
                    "the Pitztal valley, including those without experience. German at A2 level "
                    "helps."
                ),
                "transit_note": (
                    "Bus stop St. Leonhard Gemeindeamt (line 230), then a 1-minute walk. The last "
                    "bus down the valley leaves at 8:40 pm."
                ),
            },
            "ar": {
                "title": "جاهز للموسم: وظائف في السياحة في وادي Pitztal",
                "summary": (
                    "ثلاث أمسيات عن العمل في الفنادق والمطاعم والتلفريك: المهن والحقوق والسكن "
                    "والتعرّف على أصحاب العمل في الوادي."
                ),
                "description": (
                    "في كل موسم تبحث الفنادق والمطاعم وشركات التلفريك في وادي Pitztal عن عاملين "
                    "كثيرين. في ثلاث أمسيات نشرح لك ما هي الوظائف المتاحة، وما الذي يجب أن يكون في "
                    "عقد العمل، وكيف يُنظَّم الأجر وساعات العمل وسكن العاملين، وما هي حقوقك. في "
                    "الأمسية الثالثة تعرّف شركات من الوادي بنفسها، ويمكنك أن تتحدّث معها مباشرة. "
                    "أحضر سيرتك الذاتية، ونساعدك في تحسينها."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "سجّل حتى 5 مارس بالهاتف أو بالبريد الإلكتروني أو عبر WhatsApp. الأمسيات في 9 "
                    "و16 و23 مارس."
                ),
                "eligibility": (
                    "الأشخاص المسموح لهم بالعمل الذين يريدون العمل في السياحة في وادي Pitztal، حتى "
                    "من دون خبرة. معرفة الألمانية بمستوى A2 مفيدة."
                ),
                "transit_note": (
                    "موقف الحافلات St. Leonhard Gemeindeamt (الخط 230)، ثم دقيقة واحدة مشياً. آخر "
                    "حافلة نزولاً في الوادي تنطلق الساعة 8:40 مساءً."
                ),
            },
            "fa": {
                "title": "آماده برای فصل کار: شغل در گردشگری دره‌ی Pitztal",
                "summary": (
                    "سه شب درباره‌ی کار در هتل، رستوران و تله‌کابین: شغل‌ها، حقوق کارگر، محل سکونت و "
                    "آشنایی با کارفرماهای دره."
                ),
                "description": (
                    "هر فصل هتل‌ها، رستوران‌ها و تله‌کابین‌های دره‌ی Pitztal به نیروی کار زیادی نیاز "
                    "دارند. در سه شب توضیح می‌دهیم چه کارهایی هست، در قرارداد کار چه باید نوشته "
                    "شود، دستمزد، ساعت کار و خوابگاه کارکنان چطور است و چه حقوقی دارید. شب سوم چند "
                    "کارفرما از دره خودشان را معرفی می‌کنند و می‌توانید مستقیم با آن‌ها حرف بزنید. "
                    "رزومه‌تان را بیاورید تا در بهتر کردنش کمک کنیم."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "تا ۵ مارس تلفنی، با ایمیل یا WhatsApp ثبت‌نام کنید. جلسه‌ها ۹، ۱۶ و ۲۳ مارس است."
                ),
                "eligibility": (
                    "کسانی که اجازه‌ی کار دارند و می‌خواهند در گردشگری دره‌ی Pitztal کار کنند، حتی "
                    "بدون سابقه. آلمانی در سطح A2 کمک می‌کند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس St. Leonhard Gemeindeamt (خط ۲۳۰)، بعد ۱ دقیقه پیاده. آخرین "
                    "اتوبوس به پایین دره ساعت ۲۰:۴۰ حرکت می‌کند."
                ),
            },
            "uk": {
                "title": "Готові до сезону: робота в туризмі в долині Pitztal",
                "summary": (
                    "Три вечори про роботу в готелях, ресторанах і на підйомниках: професії, "
                    "права, житло та знайомство з роботодавцями."
                ),
                "description": (
                    "Щосезону готелі, ресторани й гірські підйомники в долині Pitztal шукають "
                    "багато працівників. За три вечори ми пояснимо, які є вакансії, що має бути в "
                    "трудовому договорі, як влаштовані зарплата, робочий час і житло для персоналу "
                    "та які у вас права. Третього вечора місцеві підприємства розповідають про "
                    "себе, і ви можете поговорити з ними напряму. Візьміть резюме — допоможемо "
                    "його доопрацювати."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Реєстрація до 5 березня телефоном, електронною поштою або через WhatsApp. "
                    "Зустрічі 9, 16 і 23 березня."
                ),
                "eligibility": (
                    "Люди з доступом до ринку праці, які хочуть працювати в туризмі в долині "
                    "Pitztal, навіть без досвіду. Німецька на рівні A2 буде в пригоді."
                ),
                "transit_note": (
                    "Автобусна зупинка St. Leonhard Gemeindeamt (лінія 230), далі 1 хвилина пішки. "
                    "Останній автобус униз долиною відходить о 20:40."
                ),
            },
        },
    },
    {
        "slug": "ehrenamtlicher-fahrdienst-inneres-pitztal",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["alltagshilfe", "ehrenamt", "gesundheit"],
        "target_groups": ["senioren", "familien", "ehrenamtliche"],
        "languages": ["de", "en", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "reduced",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "unknown",
        "serves_whole_district": False,
        "municipalities_served": ["jerzens", "wenns"],
        "locations": [
            {
                "name": "Gemeindehaus St. Leonhard im Pitztal",
                "street": "Gemeindeplatz 1",
                "municipality": "st-leonhard-im-pitztal",
                "lat": 47.0441,
                "lon": 10.8735,
            },
        ],
        "by_appointment": True,
        "hours": [["mo", "08:00", "10:00"], ["do", "08:00", "10:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Martin Kirschner",
        "phone": "+43 5414 000 560",
        "email": "fahrdienst@freiwilligenzentrum-imst.example.org",
        "website": "https://freiwilligenzentrum-imst.example.org/fahrdienst",
        "texts": {
            "de": {
                "title": "Ehrenamtlicher Fahrdienst im inneren Pitztal",
                "summary": (
                    "Freiwillige fahren Sie zu Arzt, Therapie, Amt oder Einkauf, wenn kein Bus "
                    "passt und Sie kein Auto haben."
                ),
                "description": (
                    "Im inneren Pitztal sind die Wege weit, und der Bus fährt nicht immer dann, "
                    "wenn man ihn braucht. Freiwillige Fahrerinnen und Fahrer bringen Sie mit "
                    "ihrem eigenen Auto zur Ärztin nach Wenns oder Imst, ins Krankenhaus Zams, zu "
                    "Ämtern oder zum Einkaufen und holen Sie wieder ab. Kindersitze sind "
                    "vorhanden. Wir suchen auch immer neue Fahrerinnen und Fahrer, die ein paar "
                    "Stunden im Monat Zeit haben."
                ),
                "cost_note": (
                    "Sie zahlen 20 Cent pro Kilometer als Spritgeld. Wer das nicht zahlen kann, "
                    "fährt gratis."
                ),
                "how_to_access": (
                    "Rufen Sie am Montag oder Donnerstag zwischen 8 und 10 Uhr an, mindestens 2 "
                    "Tage vor der Fahrt, und nennen Sie Ziel, Tag und Uhrzeit. Wer selbst fahren "
                    "möchte, meldet sich unter derselben Nummer."
                ),
                "eligibility": (
                    "Menschen aus St. Leonhard, Jerzens und dem inneren Pitztal ohne eigenes Auto, "
                    "zum Beispiel ältere Menschen, Familien mit kleinen Kindern und Neuzugezogene."
                ),
                "transit_note": (
                    "Der Fahrdienst holt Sie zu Hause ab. Das Büro im Gemeindehaus: Bushaltestelle "
                    "St. Leonhard Gemeindeamt (Linie 230)."
                ),
            },
            "en": {
                "title": "Volunteer driving service in the inner Pitztal valley",
                "summary": (
                    "Volunteers drive you to the doctor, therapy, public offices or shopping when "
                    "there is no suitable bus and you have no car."
                ),
                "description": (
                    "In the inner Pitztal valley distances are long, and the bus does not always "
                    "run when you need it. Volunteer drivers take you in their own cars to a "
                    "doctor in Wenns or Imst, to the hospital in Zams, to public offices or to the "
                    "shops, and bring you back. Child seats are available. We are also always "
                    "looking for new drivers who can spare a few hours a month."
                ),
                "cost_note": (
                    "You pay 20 cents per kilometre towards fuel. If you cannot afford it, the "
                    "ride is free."
                ),
                "how_to_access": (
                    "Call on Monday or Thursday between 8 and 10 am, at least 2 days before the "
                    "trip, and tell us where, which day and what time. If you would like to drive, "
                    "call the same number."
                ),
                "eligibility": (
                    "People in St. Leonhard, Jerzens and the inner Pitztal valley without a car, "
                    "for example older people, families with small children and newcomers."
                ),
                "transit_note": (
                    "The driver picks you up at home. The office in the municipal building: bus "
                    "stop St. Leonhard Gemeindeamt (line 230)."
                ),
            },
            "uk": {
                "title": "Волонтерське перевезення у верхній частині долини Pitztal",
                "summary": (
                    "Волонтери відвезуть вас до лікаря, на терапію, до установи чи в магазин, якщо "
                    "немає зручного автобуса, а машини у вас немає."
                ),
                "description": (
                    "У верхній частині долини Pitztal великі відстані, а автобус ходить не завжди "
                    "тоді, коли потрібно. Водії-волонтери власними автомобілями відвезуть вас до "
                    "лікаря у Wenns чи Imst, до лікарні в Zams, до установ або в магазин і "
                    "привезуть назад. Є дитячі автокрісла. Ми також постійно шукаємо нових водіїв, "
                    "які мають кілька годин на місяць."
                ),
                "cost_note": (
                    "Ви платите 20 центів за кілометр на пальне. Якщо не можете заплатити, поїздка "
                    "безкоштовна."
                ),
                "how_to_access": (
                    "Телефонуйте в понеділок або четвер з 8:00 до 10:00, щонайменше за 2 дні до "
                    "поїздки, і скажіть, куди, якого дня й о котрій вам треба. Хто хоче бути "
                    "водієм, дзвоніть за тим самим номером."
                ),
                "eligibility": (
                    "Мешканці St. Leonhard, Jerzens і верхньої частини долини Pitztal без власного "
                    "авто, наприклад літні люди, сім’ї з малими дітьми та новоприбулі."
                ),
                "transit_note": (
                    "Водій забирає вас із дому. Офіс у будинку громади: автобусна зупинка St. "
                    "Leonhard Gemeindeamt (лінія 230)."
                ),
            },
        },
    },
    {
        "slug": "deutsch-lerntreff-am-abend-st-leonhard",
        "organization": "verein-miteinander-pitztal",
        "categories": ["deutsch-lernen", "treffpunkte"],
        "target_groups": ["vertriebene-ukraine", "arbeitsuchende"],
        "languages": ["de", "en", "uk", "ru", "bs", "hu", "ro"],
        "language_taught": "de",
        "level_from": "A1",
        "level_to": "B1",
        "cost": "free",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "unknown",
        "serves_whole_district": False,
        "municipalities_served": ["jerzens"],
        "locations": [
            {
                "name": "Pfarrheim St. Leonhard im Pitztal",
                "street": "Kirchplatz 2",
                "municipality": "st-leonhard-im-pitztal",
                "lat": 47.0446,
                "lon": 10.8739,
            },
        ],
        "by_appointment": False,
        "hours": [["do", "19:30", "21:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Elisabeth Melmer",
        "phone": "+43 5414 000 570",
        "email": "lerntreff@miteinander-pitztal.example.org",
        "website": "https://miteinander-pitztal.example.org/lerntreff",
        "texts": {
            "de": {
                "title": "Deutsch-Lerntreff am Abend in St. Leonhard",
                "summary": (
                    "Jeden Donnerstagabend üben Menschen, die im Tal arbeiten oder neu hier "
                    "wohnen, gemeinsam mit Ehrenamtlichen Deutsch."
                ),
                "description": (
                    "Der Lerntreff ist kein Kurs mit Lehrbuch, sondern eine Übungsrunde nach der "
                    "Arbeit. Ehrenamtliche, darunter eine pensionierte Lehrerin, üben mit Ihnen in "
                    "kleinen Gruppen: Gespräche mit Gästen, Telefonieren, Formulare und alles, was "
                    "Sie gerade brauchen. Viele kommen aus Hotels und von den Bergbahnen im Tal, "
                    "auch Familien aus der Ukraine sind dabei. Sie können jederzeit einsteigen."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Einfach donnerstags um 19:30 Uhr ins Pfarrheim kommen. Wenn Sie Schichtdienst "
                    "haben, kommen Sie, wann es geht."
                ),
                "eligibility": (
                    "Alle Erwachsenen im inneren Pitztal, die Deutsch üben möchten, egal auf "
                    "welchem Niveau."
                ),
                "transit_note": (
                    "Bushaltestelle St. Leonhard Kirche (Linie 230), dann 1 Minute zu Fuß. Am "
                    "Abend fahren nur wenige Busse, viele kommen zu Fuß oder in Fahrgemeinschaften."
                ),
            },
            "en": {
                "title": "Evening German practice group in St. Leonhard",
                "summary": (
                    "Every Thursday evening, people who work in the valley or have just moved here "
                    "practise German with volunteers."
                ),
                "description": (
                    "This is not a course with a textbook but a practice group after work. "
                    "Volunteers, including a retired teacher, practise with you in small groups: "
                    "talking to guests, phone calls, forms and whatever you need right now. Many "
                    "come from hotels and ski lifts in the valley, and families from Ukraine take "
                    "part too. You can join at any time."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Just come to the parish hall on Thursdays at 7:30 pm. If you work shifts, "
                    "come whenever you can."
                ),
                "eligibility": (
                    "All adults in the inner Pitztal valley who want to practise German, at any "
                    "level."
                ),
                "transit_note": (
                    "Bus stop St. Leonhard Kirche (line 230), then a 1-minute walk. Few buses run "
                    "in the evening, so many people walk or share a car."
                ),
            },
            "uk": {
                "title": "Вечірня розмовна група з німецької в St. Leonhard",
                "summary": (
                    "Щочетверга ввечері люди, які працюють у долині або нещодавно тут оселилися, "
                    "практикують німецьку з волонтерами."
                ),
                "description": (
                    "Це не курс за підручником, а розмовна практика після роботи. Волонтери, серед "
                    "них вчителька на пенсії, займаються з вами в невеликих групах: розмови з "
                    "гостями, телефонні дзвінки, формуляри — усе, що вам зараз потрібно. Багато "
                    "хто приходить із готелів і гірських підйомників долини, є й родини з України. "
                    "Долучитися можна будь-коли."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Просто приходьте до парафіяльного будинку щочетверга о 19:30. Якщо працюєте "
                    "позмінно, приходьте, коли можете."
                ),
                "eligibility": (
                    "Усі дорослі у верхній частині долини Pitztal, які хочуть практикувати "
                    "німецьку, з будь-яким рівнем."
                ),
                "transit_note": (
                    "Автобусна зупинка St. Leonhard Kirche (лінія 230), далі 1 хвилина пішки. "
                    "Увечері автобусів мало, тож багато хто приходить пішки або їде спільно з "
                    "іншими."
                ),
            },
        },
    },
    {
        "slug": "internationale-spielgruppe-mils-bei-imst",
        "organization": "kulturverein-brueckenschlag",
        "categories": ["kinder-familie", "treffpunkte"],
        "target_groups": ["kinder", "familien", "frauen"],
        "languages": ["de", "en", "ar", "fa", "tr", "uk", "so"],
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
        "municipalities_served": ["imsterberg", "imst"],
        "locations": [
            {
                "name": "Gemeindezentrum Mils bei Imst",
                "street": "Dorfstraße 20",
                "municipality": "mils-bei-imst",
                "lat": 47.205,
                "lon": 10.6749,
            },
        ],
        "by_appointment": False,
        "hours": [["di", "09:00", "11:00"], ["fr", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Selma Kaya",
        "phone": "+43 5412 000 610",
        "email": "spielgruppe@brueckenschlag.example.org",
        "website": "https://brueckenschlag.example.org/spielgruppe",
        "texts": {
            "de": {
                "title": "Internationale Spielgruppe für Kinder von 1 bis 4 Jahren",
                "summary": (
                    "Kleinkinder spielen, singen und basteln gemeinsam, und die Eltern lernen "
                    "andere Familien aus dem Ort kennen."
                ),
                "description": (
                    "Zweimal pro Woche trifft sich die Spielgruppe im Gemeindezentrum Mils. Die "
                    "Kinder spielen, singen deutsche Kinderlieder und Lieder aus vielen Ländern "
                    "und hören dabei die ersten deutschen Wörter. Mütter, Väter oder Großeltern "
                    "bleiben dabei und trinken zusammen Tee, so wird später auch der Start im "
                    "Kindergarten leichter. Bringen Sie Hausschuhe oder rutschfeste Socken und "
                    "eine Jause für Ihr Kind mit."
                ),
                "cost_note": (
                    "2 Euro pro Vormittag. Familien mit wenig Geld kommen gratis, fragen Sie "
                    "einfach."
                ),
                "how_to_access": (
                    "Rufen Sie an oder schreiben Sie eine Nachricht, dann reservieren wir einen "
                    "Platz. Zum Schnuppern können Sie jederzeit kommen."
                ),
                "eligibility": (
                    "Kinder von 1 bis 4 Jahren mit einer Begleitperson aus Mils, Imsterberg, Imst "
                    "und Umgebung."
                ),
                "transit_note": (
                    "Bushaltestelle Mils Dorf (Linie 250), dann 2 Minuten zu Fuß zum "
                    "Gemeindezentrum."
                ),
            },
            "en": {
                "title": "International playgroup for children aged 1 to 4",
                "summary": (
                    "Toddlers play, sing and do crafts together, and parents get to know other "
                    "families from the area."
                ),
                "description": (
                    "The playgroup meets twice a week at the Mils community centre. Children play, "
                    "sing German nursery songs and songs from many countries, and pick up their "
                    "first German words. Mothers, fathers or grandparents stay and have tea "
                    "together, which also makes starting kindergarten easier later on. Please "
                    "bring slippers or non-slip socks and a snack for your child."
                ),
                "cost_note": "2 euros per morning. Families on a low income come free, just ask.",
                "how_to_access": (
                    "Call or send a message and we will reserve a place for you. You are welcome "
                    "to come for a taster session at any time."
                ),
                "eligibility": (
                    "Children aged 1 to 4 with an accompanying adult from Mils, Imsterberg, Imst "
                    "and nearby."
                ),
                "transit_note": (
                    "Bus stop Mils Dorf (line 250), then a 2-minute walk to the community centre."
                ),
            },
            "ar": {
                "title": "مجموعة لعب دولية للأطفال من سنة إلى 4 سنوات",
                "summary": (
                    "يلعب الأطفال الصغار ويغنّون ويصنعون أشغالاً يدوية معاً، ويتعرّف الأهل على عائلات "
                    "أخرى من المنطقة."
                ),
                "description": (
                    "تلتقي مجموعة اللعب مرتين في الأسبوع في المركز البلدي في Mils. يلعب الأطفال "
                    "ويغنّون أغاني أطفال ألمانية وأغاني من بلدان كثيرة، ويسمعون أولى الكلمات "
                    "الألمانية. تبقى الأمهات أو الآباء أو الأجداد معهم ويشربون الشاي معاً، وهكذا "
                    "تصبح بداية الروضة لاحقاً أسهل. أحضر لطفلك خفّاً أو جوارب لا تنزلق ووجبة خفيفة."
                ),
                "cost_note": "2 يورو لكل صباح. العائلات قليلة الدخل تأتي مجاناً، اسأل فقط.",
                "how_to_access": (
                    "اتصل بنا أو أرسل رسالة، ونحجز لك مكاناً. ويمكنك أن تأتي للتجربة في أيّ وقت."
                ),
                "eligibility": (
                    "الأطفال من سنة إلى 4 سنوات مع مرافق من Mils وImsterberg وImst وما حولها."
                ),
                "transit_note": (
                    "موقف الحافلات Mils Dorf (الخط 250)، ثم دقيقتان مشياً إلى المركز البلدي."
                ),
            },
            "fa": {
                "title": "گروه بازی بین‌المللی برای بچه‌های ۱ تا ۴ سال",
                "summary": (
                    "بچه‌های کوچک با هم بازی می‌کنند، آواز می‌خوانند و کاردستی درست می‌کنند و پدر و "
                    "مادرها با خانواده‌های دیگر محل آشنا می‌شوند."
                ),
                "description": (
                    "گروه بازی هفته‌ای دو بار در مرکز شهرداری Mils جمع می‌شود. بچه‌ها بازی می‌کنند، "
                    "شعرهای کودکانه‌ی آلمانی و ترانه‌هایی از کشورهای مختلف می‌خوانند و اولین کلمه‌های "
                    "آلمانی را می‌شنوند. مادرها، پدرها یا پدربزرگ و مادربزرگ‌ها هم می‌مانند و با هم "
                    "چای می‌خورند؛ این‌طوری شروع مهدکودک هم بعداً راحت‌تر می‌شود. برای بچه‌تان دمپایی یا "
                    "جوراب ضدلغزش و یک خوراکی بیاورید."
                ),
                "cost_note": (
                    "هر جلسه ۲ یورو. خانواده‌هایی که پول کمی دارند رایگان می‌آیند؛ فقط بپرسید."
                ),
                "how_to_access": (
                    "زنگ بزنید یا پیام بدهید تا برایتان جا نگه داریم. برای امتحان کردن هر وقت "
                    "خواستید بیایید."
                ),
                "eligibility": (
                    "بچه‌های ۱ تا ۴ سال همراه با یک بزرگسال از Mils، Imsterberg، Imst و اطراف."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Mils Dorf (خط ۲۵۰)، بعد ۲ دقیقه پیاده تا مرکز شهرداری."
                ),
            },
            "uk": {
                "title": "Міжнародна ігрова група для дітей від 1 до 4 років",
                "summary": (
                    "Малюки разом граються, співають і майструють, а батьки знайомляться з іншими "
                    "родинами з округи."
                ),
                "description": (
                    "Ігрова група збирається двічі на тиждень у громадському центрі Mils. Діти "
                    "граються, співають німецькі дитячі пісеньки й пісні з різних країн і чують "
                    "перші німецькі слова. Мами, тата чи бабусі й дідусі залишаються поруч і разом "
                    "п’ють чай — так згодом і садочок почати легше. Візьміть для дитини капці або "
                    "нековзкі шкарпетки та перекус."
                ),
                "cost_note": (
                    "2 євро за заняття. Родини з невеликим доходом відвідують безкоштовно — просто "
                    "запитайте."
                ),
                "how_to_access": (
                    "Зателефонуйте або напишіть повідомлення, і ми забронюємо місце. Прийти на "
                    "пробне заняття можна будь-коли."
                ),
                "eligibility": (
                    "Діти від 1 до 4 років разом із дорослим з Mils, Imsterberg, Imst та околиць."
                ),
                "transit_note": (
                    "Автобусна зупинка Mils Dorf (лінія 250), далі 2 хвилини пішки до громадського "
                    "центру."
                ),
            },
        },
    },
    {
        "slug": "moebel-und-haushaltsboerse-mils",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["wohnen", "alltagshilfe"],
        "target_groups": ["familien", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "en", "ar", "fa", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "reduced",
        "registration_required": False,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["imst", "imsterberg", "karres", "karroesten", "roppen"],
        "locations": [
            {
                "name": "Möbellager Mils",
                "street": "Gewerbestraße 7",
                "municipality": "mils-bei-imst",
                "lat": 47.2035,
                "lon": 10.677,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "16:00", "18:00"], ["sa", "09:00", "12:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Peter Gapp",
        "phone": "+43 5412 000 620",
        "email": "moebel@freiwilligenzentrum-imst.example.org",
        "website": "https://freiwilligenzentrum-imst.example.org/moebelboerse",
        "texts": {
            "de": {
                "title": "Möbel- und Haushaltsbörse",
                "summary": (
                    "Gebrauchte Möbel, Geschirr, Bettwäsche und Haushaltsgeräte zu kleinen "
                    "Preisen, gespendet von Menschen aus der Region."
                ),
                "description": (
                    "Wer in eine neue Wohnung zieht, braucht vieles auf einmal. In unserem Lager "
                    "in Mils finden Sie Betten, Tische, Schränke, Küchengeräte, Geschirr und "
                    "Bettwäsche in gutem Zustand. Ehrenamtliche helfen beim Aussuchen und liefern "
                    "größere Möbel gegen einen kleinen Beitrag bis in die Wohnung. Wer selbst "
                    "Möbel spenden möchte, meldet sich bitte vorher mit einem Foto."
                ),
                "cost_note": (
                    "Kleine Preise, zum Beispiel 10 Euro für einen Tisch. Mit einer Bestätigung "
                    "einer Beratungsstelle bekommen Sie die Grundausstattung gratis."
                ),
                "how_to_access": (
                    "Während der Öffnungszeiten ins Lager kommen, ohne Anmeldung. Lieferungen "
                    "bitte telefonisch vereinbaren."
                ),
                "eligibility": (
                    "Menschen mit wenig Geld aus dem Bezirk Imst, besonders Familien, die gerade "
                    "eine Wohnung gefunden haben."
                ),
                "transit_note": (
                    "Bushaltestelle Mils Gewerbegebiet (Linie 250), dann 3 Minuten zu Fuß. Für "
                    "große Möbel brauchen Sie ein Auto oder unseren Lieferdienst."
                ),
            },
            "en": {
                "title": "Furniture and household goods exchange",
                "summary": (
                    "Second-hand furniture, dishes, bedding and household appliances at low "
                    "prices, donated by people from the region."
                ),
                "description": (
                    "Moving into a new flat means you need a lot of things at once. In our "
                    "storeroom in Mils you will find beds, tables, wardrobes, kitchen appliances, "
                    "dishes and bedding in good condition. Volunteers help you choose and can "
                    "deliver larger furniture to your flat for a small fee. If you would like to "
                    "donate furniture, please get in touch first and send a photo."
                ),
                "cost_note": (
                    "Low prices, for example 10 euros for a table. With a confirmation from a "
                    "counselling service, you get the basic items for free."
                ),
                "how_to_access": (
                    "Come to the storeroom during opening hours, no registration needed. Please "
                    "arrange deliveries by phone."
                ),
                "eligibility": (
                    "People on a low income in Bezirk Imst, especially families who have just "
                    "found a flat."
                ),
                "transit_note": (
                    "Bus stop Mils Gewerbegebiet (line 250), then a 3-minute walk. For large "
                    "furniture you will need a car or our delivery service."
                ),
            },
            "ar": {
                "title": "سوق الأثاث والأدوات المنزلية",
                "summary": (
                    "أثاث مستعمل وأوانٍ وأغطية أسرّة وأجهزة منزلية بأسعار قليلة، تبرّع بها أهل "
                    "المنطقة."
                ),
                "description": (
                    "من ينتقل إلى شقة جديدة يحتاج إلى أشياء كثيرة مرة واحدة. في مخزننا في Mils تجد "
                    "أسرّة وطاولات وخزائن وأجهزة مطبخ وأواني وأغطية أسرّة بحالة جيدة. يساعدك متطوّعون "
                    "في الاختيار، ويوصلون الأثاث الكبير إلى شقتك مقابل مبلغ صغير. ومن يريد أن "
                    "يتبرّع بأثاث، يتواصل معنا أولاً ويرسل صورة من فضلك."
                ),
                "cost_note": (
                    "أسعار قليلة، مثلاً 10 يورو لطاولة. إذا كانت معك إفادة من مركز استشارات، تحصل "
                    "على الأشياء الأساسية مجاناً."
                ),
                "how_to_access": (
                    "تعال إلى المخزن في أوقات الدوام بدون تسجيل. اتفق معنا على التوصيل بالهاتف من "
                    "فضلك."
                ),
                "eligibility": (
                    "الأشخاص قليلو الدخل في Bezirk Imst، وخاصة العائلات التي وجدت شقة حديثاً."
                ),
                "transit_note": (
                    "موقف الحافلات Mils Gewerbegebiet (الخط 250)، ثم 3 دقائق مشياً. للأثاث الكبير "
                    "تحتاج إلى سيارة أو إلى خدمة التوصيل عندنا."
                ),
            },
            "fa": {
                "title": "بازارچه‌ی اثاثیه و وسایل خانه",
                "summary": (
                    "مبل و اثاثیه‌ی دست دوم، ظرف، ملافه و لوازم خانگی با قیمت کم، که مردم منطقه "
                    "اهدا کرده‌اند."
                ),
                "description": (
                    "کسی که به خانه‌ی تازه می‌رود، یک‌باره به چیزهای زیادی نیاز دارد. در انبار ما در "
                    "Mils تخت، میز، کمد، وسایل آشپزخانه، ظرف و ملافه‌ی سالم پیدا می‌کنید. داوطلبان "
                    "در انتخاب کمک می‌کنند و اثاثیه‌ی بزرگ را با مبلغ کمی تا خانه‌تان می‌آورند. اگر "
                    "خودتان می‌خواهید اثاثیه اهدا کنید، لطفاً اول با ما تماس بگیرید و یک عکس بفرستید."
                ),
                "cost_note": (
                    "قیمت‌ها کم است، مثلاً ۱۰ یورو برای یک میز. با تأییدیه از یک مرکز مشاوره، وسایل "
                    "اصلی را رایگان می‌گیرید."
                ),
                "how_to_access": (
                    "در ساعت‌های باز بودن به انبار بیایید، ثبت‌نام لازم نیست. برای آوردن اثاثیه به "
                    "خانه لطفاً تلفنی هماهنگ کنید."
                ),
                "eligibility": (
                    "ساکنان Bezirk Imst که پول کمی دارند، به‌ویژه خانواده‌هایی که تازه خانه پیدا "
                    "کرده‌اند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Mils Gewerbegebiet (خط ۲۵۰)، بعد ۳ دقیقه پیاده. برای اثاثیه‌ی "
                    "بزرگ ماشین یا سرویس حمل ما لازم است."
                ),
            },
            "uk": {
                "title": "Обмін меблів і речей для дому",
                "summary": (
                    "Вживані меблі, посуд, постільна білизна й побутова техніка за невеликі гроші "
                    "— усе це подарували мешканці регіону."
                ),
                "description": (
                    "Коли переїжджаєш у нову квартиру, потрібно багато всього й одразу. На нашому "
                    "складі в Mils є ліжка, столи, шафи, кухонна техніка, посуд і постільна "
                    "білизна в доброму стані. Волонтери допоможуть вибрати, а великі меблі за "
                    "невелику плату довезуть до квартири. Якщо хочете подарувати меблі, спершу "
                    "зв’яжіться з нами й надішліть фото."
                ),
                "cost_note": (
                    "Невисокі ціни, наприклад 10 євро за стіл. З підтвердженням від "
                    "консультаційної служби базові речі ви отримаєте безкоштовно."
                ),
                "how_to_access": (
                    "Приходьте на склад у години роботи, без реєстрації. Доставку, будь ласка, "
                    "узгоджуйте телефоном."
                ),
                "eligibility": (
                    "Люди з невеликим доходом з округу Bezirk Imst, особливо родини, які щойно "
                    "знайшли житло."
                ),
                "transit_note": (
                    "Автобусна зупинка Mils Gewerbegebiet (лінія 250), далі 3 хвилини пішки. Для "
                    "великих меблів знадобиться авто або наша доставка."
                ),
            },
        },
    },
    {
        "slug": "gespraechsgruppe-kraft-tanken-fuer-frauen-mils",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "beratung"],
        "target_groups": ["frauen", "gefluechtete", "vertriebene-ukraine"],
        "languages": ["de", "ar", "fa", "uk"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "free",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": True,
        "step_free": "yes",
        "serves_whole_district": False,
        "municipalities_served": ["imst", "imsterberg"],
        "locations": [
            {
                "name": "Gemeindezentrum Mils bei Imst",
                "street": "Dorfstraße 20",
                "municipality": "mils-bei-imst",
                "lat": 47.205,
                "lon": 10.6749,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "09:30", "11:30"]],
        "start_date": "2027-02-03",
        "registration_deadline": "2027-01-27",
        "contact_name": "Mag. Sara Mahmoudi",
        "phone": "+43 5412 000 262",
        "email": "kraft-tanken@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/kraft-tanken",
        "texts": {
            "de": {
                "title": "Kraft tanken: Gesprächsgruppe für Frauen bei Stress und Sorgen",
                "summary": (
                    "Acht Treffen für Frauen, die sich oft müde, traurig oder angespannt fühlen: "
                    "reden, zuhören und einfache Übungen gegen Stress lernen."
                ),
                "description": (
                    "Flucht, Krieg und ein neues Leben in einem fremden Land können schwer auf der "
                    "Seele liegen. In dieser Gruppe treffen sich Frauen einmal pro Woche mit einer "
                    "Psychologin und Dolmetscherinnen. Wir lernen, was bei Schlafproblemen, "
                    "Grübeln und Anspannung hilft, und üben einfache Atem- und "
                    "Entspannungsübungen. Niemand muss über Erlebtes sprechen, wenn sie es nicht "
                    "möchte."
                ),
                "cost_note": "Kostenlos, auch die Kinderbetreuung.",
                "how_to_access": (
                    "Melden Sie sich bis 27. Jänner per Telefon oder E-Mail an. Vorher gibt es ein "
                    "kurzes Einzelgespräch, damit wir gemeinsam sehen, ob die Gruppe für Sie "
                    "passt. Gesprochen wird Deutsch mit Übersetzung ins Arabische, Farsi und "
                    "Ukrainische."
                ),
                "eligibility": (
                    "Frauen ab 18 Jahren aus Mils, Imst und Umgebung. In akuten Krisen vermitteln "
                    "wir rasch an eine Ärztin oder an die Krisenhilfe."
                ),
                "transit_note": (
                    "Bushaltestelle Mils Dorf (Linie 250), dann 2 Minuten zu Fuß zum "
                    "Gemeindezentrum."
                ),
            },
            "en": {
                "title": "Recharge: talking group for women dealing with stress and worry",
                "summary": (
                    "Eight meetings for women who often feel tired, sad or tense: talk, listen and "
                    "learn simple ways to cope with stress."
                ),
                "description": (
                    "Fleeing, war and starting a new life in a foreign country can weigh heavily "
                    "on the mind. In this group, women meet once a week with a psychologist and "
                    "interpreters. We learn what helps with sleep problems, brooding and tension, "
                    "and practise simple breathing and relaxation exercises. Nobody has to talk "
                    "about what they have been through if they do not want to."
                ),
                "cost_note": "Free, including childcare.",
                "how_to_access": (
                    "Register by 27 January by phone or e-mail. First there is a short one-to-one "
                    "talk so we can see together whether the group is right for you. The group is "
                    "held in German with interpreting into Arabic, Farsi and Ukrainian."
                ),
                "eligibility": (
                    "Women aged 18 and over from Mils, Imst and nearby. In an acute crisis we "
                    "quickly put you in touch with a doctor or crisis support."
                ),
                "transit_note": (
                    "Bus stop Mils Dorf (line 250), then a 2-minute walk to the community centre."
                ),
            },
            "ar": {
                "title": "استعادة القوة: مجموعة حوار للنساء في أوقات الضغط والهموم",
                "summary": (
                    "ثمانية لقاءات للنساء اللواتي يشعرن كثيراً بالتعب أو الحزن أو التوتر: نتحدّث "
                    "ونستمع ونتعلّم تمارين بسيطة ضد الضغط النفسي."
                ),
                "description": (
                    "اللجوء والحرب وبدء حياة جديدة في بلد غريب قد تُثقل النفس كثيراً. في هذه "
                    "المجموعة تلتقي النساء مرة في الأسبوع مع أخصائية نفسية ومترجمات. نتعلّم ما الذي "
                    "يساعد عند صعوبة النوم وكثرة التفكير والتوتر، ونتدرّب على تمارين بسيطة للتنفّس "
                    "والاسترخاء. لا أحد مضطرّ إلى الحديث عمّا عاشته إذا لم تكن تريد ذلك."
                ),
                "cost_note": "مجاناً، ورعاية الأطفال مجانية أيضاً.",
                "how_to_access": (
                    "سجّلي حتى 27 يناير بالهاتف أو بالبريد الإلكتروني. قبل البداية هناك حديث فردي "
                    "قصير لنرى معاً إن كانت المجموعة مناسبة لك. اللغة هي الألمانية مع ترجمة إلى "
                    "العربية والفارسية والأوكرانية."
                ),
                "eligibility": (
                    "النساء من عمر 18 سنة فما فوق من Mils وImst وما حولها. في الأزمات الحادّة نوصلك "
                    "بسرعة إلى طبيبة أو إلى خدمة المساعدة في الأزمات."
                ),
                "transit_note": (
                    "موقف الحافلات Mils Dorf (الخط 250)، ثم دقيقتان مشياً إلى المركز البلدي."
                ),
            },
            "fa": {
                "title": "نیرو گرفتن: گروه گفت‌وگو برای زنان در روزهای استرس و نگرانی",
                "summary": (
                    "هشت جلسه برای زنانی که اغلب احساس خستگی، غم یا تنش دارند: حرف زدن، شنیدن و "
                    "یاد گرفتن تمرین‌های ساده برای کم کردن استرس."
                ),
                "description": (
                    "فرار، جنگ و شروع زندگی تازه در کشوری غریب می‌تواند روی روح و روان سنگینی کند. "
                    "در این گروه، زنان هفته‌ای یک بار با یک روان‌شناس و مترجمان دور هم جمع می‌شوند. "
                    "یاد می‌گیریم چه چیزی به بی‌خوابی، فکر و خیال زیاد و تنش کمک می‌کند و تمرین‌های "
                    "ساده‌ی تنفس و آرامش را با هم انجام می‌دهیم. هیچ‌کس مجبور نیست درباره‌ی آن‌چه بر او "
                    "گذشته حرف بزند، اگر نخواهد."
                ),
                "cost_note": "رایگان، نگهداری از بچه‌ها هم رایگان است.",
                "how_to_access": (
                    "تا ۲۷ ژانویه تلفنی یا با ایمیل ثبت‌نام کنید. قبل از شروع یک گفت‌وگوی کوتاه فردی "
                    "داریم تا با هم ببینیم گروه برای شما مناسب است یا نه. زبان گروه آلمانی است، با "
                    "ترجمه به عربی، فارسی و اوکراینی."
                ),
                "eligibility": (
                    "زنان ۱۸ سال به بالا از Mils، Imst و اطراف. در بحران‌های حاد شما را سریع به "
                    "پزشک یا خدمات کمک در بحران معرفی می‌کنیم."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Mils Dorf (خط ۲۵۰)، بعد ۲ دقیقه پیاده تا مرکز شهرداری."
                ),
            },
            "uk": {
                "title": "Набратися сил: група підтримки для жінок у стресі та тривозі",
                "summary": (
                    "Вісім зустрічей для жінок, які часто почуваються втомленими, сумними чи "
                    "напруженими: говоримо, слухаємо й вчимося простих вправ проти стресу."
                ),
                "description": (
                    "Втеча, війна й нове життя в чужій країні можуть тяжко лягати на душу. У цій "
                    "групі жінки раз на тиждень зустрічаються з психологинею та перекладачками. Ми "
                    "дізнаємося, що допомагає при проблемах зі сном, нав’язливих думках і напрузі, "
                    "і виконуємо прості дихальні та розслаблювальні вправи. Ніхто не мусить "
                    "розповідати про пережите, якщо не хоче."
                ),
                "cost_note": "Безкоштовно, догляд за дітьми теж.",
                "how_to_access": (
                    "Зареєструйтеся до 27 січня телефоном або електронною поштою. Спершу буде "
                    "коротка індивідуальна розмова, щоб разом зрозуміти, чи підходить вам група. "
                    "Мова групи — німецька з перекладом арабською, фарсі та українською."
                ),
                "eligibility": (
                    "Жінки від 18 років з Mils, Imst та околиць. У гострій кризі ми швидко "
                    "направимо вас до лікарки або до служби кризової допомоги."
                ),
                "transit_note": (
                    "Автобусна зупинка Mils Dorf (лінія 250), далі 2 хвилини пішки до громадського "
                    "центру."
                ),
            },
        },
    },
    {
        "slug": "wohnfuehrerschein-wohnen-in-oesterreich-karres",
        "organization": "wohnberatung-oberland",
        "categories": ["wohnen", "alltagshilfe"],
        "target_groups": ["familien", "gefluechtete", "vertriebene-ukraine"],
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
        "serves_whole_district": False,
        "municipalities_served": ["karroesten", "roppen", "imst"],
        "locations": [
            {
                "name": "Gemeindesaal Karres",
                "street": "Dorfstraße 8",
                "municipality": "karres",
                "lat": 47.2184,
                "lon": 10.7752,
            },
        ],
        "by_appointment": False,
        "hours": [["mi", "18:00", "20:00"]],
        "start_date": "2027-01-20",
        "registration_deadline": "2027-01-15",
        "contact_name": "Stefan Krabacher",
        "phone": "+43 5412 000 282",
        "email": "wohnfuehrerschein@wohnberatung-oberland.example.org",
        "website": "https://wohnberatung-oberland.example.org/wohnfuehrerschein",
        "texts": {
            "de": {
                "title": "Wohnführerschein: Wohnen in Österreich leicht erklärt",
                "summary": (
                    "Vier Abende rund ums Wohnen: Mietvertrag, Heizen und Lüften, Mülltrennung, "
                    "Hausordnung und gute Nachbarschaft."
                ),
                "description": (
                    "Viele Regeln rund ums Wohnen sind nirgends gut erklärt. An vier Abenden "
                    "zeigen wir mit Bildern und Beispielen, wie Sie richtig heizen und lüften und "
                    "so Schimmel vermeiden, wie die Mülltrennung in Ihrer Gemeinde funktioniert "
                    "und was in Hausordnung und Mietvertrag steht. Dazu gibt es Tipps zum "
                    "Energiesparen. Wer an allen Abenden teilnimmt, bekommt den Wohnführerschein, "
                    "den viele Vermieterinnen und Vermieter gern sehen."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Anmeldung bis 15. Jänner per Telefon oder E-Mail. Die Abende sind am 20. und "
                    "27. Jänner und am 3. und 10. Februar."
                ),
                "eligibility": (
                    "Erwachsene aus Karres, Karrösten, Roppen, Imst und Umgebung, die eine Wohnung "
                    "suchen oder gerade eingezogen sind."
                ),
                "transit_note": (
                    "Bushaltestelle Karres Dorf (Linie 240), dann 1 Minute zu Fuß zum Gemeindesaal."
                ),
            },
            "en": {
                "title": "Housing licence: living in Austria explained simply",
                "summary": (
                    "Four evenings all about housing: rental contracts, heating and airing, waste "
                    "sorting, house rules and getting on with neighbours."
                ),
                "description": (
                    "Many rules about housing are not clearly explained anywhere. Over four "
                    "evenings we use pictures and examples to show how to heat and air your flat "
                    "properly to avoid mould, how waste sorting works in your municipality, and "
                    "what house rules and rental contracts say. You also get tips on saving "
                    "energy. If you attend all evenings, you receive the Wohnführerschein (housing "
                    "licence), which many landlords like to see."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Register by 15 January by phone or e-mail. The evenings are on 20 and 27 "
                    "January and 3 and 10 February."
                ),
                "eligibility": (
                    "Adults from Karres, Karrösten, Roppen, Imst and nearby who are looking for a "
                    "flat or have just moved in."
                ),
                "transit_note": (
                    "Bus stop Karres Dorf (line 240), then a 1-minute walk to the community hall."
                ),
            },
            "ar": {
                "title": "رخصة السكن (Wohnführerschein): السكن في النمسا بشرح بسيط",
                "summary": (
                    "أربع أمسيات عن السكن: عقد الإيجار، والتدفئة والتهوية، وفرز النفايات، ونظام "
                    "المبنى، وحسن الجوار."
                ),
                "description": (
                    "كثير من قواعد السكن غير مشروحة بوضوح في أيّ مكان. في أربع أمسيات نريك بالصور "
                    "والأمثلة كيف تدفّئ الشقة وتهوّيها بشكل صحيح حتى لا يظهر العفن، وكيف يعمل فرز "
                    "النفايات في بلديتك، وما المكتوب في نظام المبنى وعقد الإيجار. ونقدّم لك أيضاً "
                    "نصائح لتوفير الطاقة. من يحضر كل الأمسيات يحصل على رخصة السكن "
                    "(Wohnführerschein)، ويحبّ كثير من المؤجّرين أن يروها."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "سجّل حتى 15 يناير بالهاتف أو بالبريد الإلكتروني. الأمسيات في 20 و27 يناير و3 "
                    "و10 فبراير."
                ),
                "eligibility": (
                    "الكبار من Karres وKarrösten وRoppen وImst وما حولها، الذين يبحثون عن شقة أو "
                    "انتقلوا إليها حديثاً."
                ),
                "transit_note": (
                    "موقف الحافلات Karres Dorf (الخط 240)، ثم دقيقة واحدة مشياً إلى قاعة البلدية."
                ),
            },
            "fa": {
                "title": "گواهی‌نامه‌ی سکونت: زندگی در خانه‌های اتریش به زبان ساده",
                "summary": (
                    "چهار شب درباره‌ی خانه و سکونت: قرارداد اجاره، گرم کردن و هوا دادن، تفکیک "
                    "زباله، مقررات ساختمان و همسایگی خوب."
                ),
                "description": (
                    "خیلی از قانون‌های مربوط به خانه هیچ‌جا درست توضیح داده نشده است. در چهار شب با "
                    "عکس و مثال نشان می‌دهیم چطور خانه را درست گرم کنید و هوا بدهید تا کپک نزند، "
                    "تفکیک زباله در شهرداری شما چطور است و در مقررات ساختمان و قرارداد اجاره چه "
                    "نوشته شده. نکته‌هایی هم برای صرفه‌جویی در انرژی می‌گوییم. هر کس در همه‌ی جلسه‌ها "
                    "شرکت کند، گواهی‌نامه‌ی سکونت (Wohnführerschein) می‌گیرد که خیلی از صاحبخانه‌ها "
                    "دوست دارند ببینند."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "تا ۱۵ ژانویه تلفنی یا با ایمیل ثبت‌نام کنید. جلسه‌ها ۲۰ و ۲۷ ژانویه و ۳ و ۱۰ "
                    "فوریه است."
                ),
                "eligibility": (
                    "بزرگسالان از Karres، Karrösten، Roppen، Imst و اطراف که دنبال خانه هستند یا "
                    "تازه اسباب‌کشی کرده‌اند."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Karres Dorf (خط ۲۴۰)، بعد ۱ دقیقه پیاده تا سالن شهرداری."
                ),
            },
            "uk": {
                "title": "Курс Wohnführerschein: як жити в орендованому житлі в Австрії",
                "summary": (
                    "Чотири вечори про житло: договір оренди, опалення й провітрювання, сортування "
                    "сміття, правила будинку та добросусідство."
                ),
                "description": (
                    "Багато правил щодо житла ніде толком не пояснено. За чотири вечори ми на "
                    "малюнках і прикладах покажемо, як правильно опалювати й провітрювати "
                    "квартиру, щоб не було плісняви, як працює сортування сміття у вашій громаді "
                    "та що написано в правилах будинку й договорі оренди. Також поділимося "
                    "порадами, як заощаджувати енергію. Хто відвідає всі зустрічі, отримає "
                    "посвідчення Wohnführerschein, яке охоче бачать багато орендодавців."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Реєстрація до 15 січня телефоном або електронною поштою. Зустрічі 20 і 27 "
                    "січня та 3 і 10 лютого."
                ),
                "eligibility": (
                    "Дорослі з Karres, Karrösten, Roppen, Imst та околиць, які шукають житло або "
                    "щойно переїхали."
                ),
                "transit_note": (
                    "Автобусна зупинка Karres Dorf (лінія 240), далі 1 хвилина пішки до зали "
                    "громади."
                ),
            },
        },
    },
    {
        "slug": "lernpatinnen-und-lernpaten-gesucht-karres",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["ehrenamt", "schule-bildung"],
        "target_groups": ["ehrenamtliche", "kinder"],
        "languages": ["de", "en"],
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
        "municipalities_served": ["karroesten", "roppen", "imst"],
        "locations": [
            {
                "name": "Volksschule Karres",
                "street": "Schulgasse 1",
                "municipality": "karres",
                "lat": 47.2178,
                "lon": 10.7761,
            },
        ],
        "by_appointment": True,
        "hours": [],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Lisa Gstrein",
        "phone": "+43 5412 000 291",
        "email": "lernpaten@freiwilligenzentrum-imst.example.org",
        "website": "https://freiwilligenzentrum-imst.example.org/lernpaten",
        "texts": {
            "de": {
                "title": "Freiwillige gesucht: Lernpatin oder Lernpate werden",
                "summary": (
                    "Begleiten Sie ein Schulkind eine Stunde pro Woche beim Lesen, Rechnen und "
                    "Deutschlernen."
                ),
                "description": (
                    "Manche Kinder brauchen beim Lernen einfach jemanden, der Zeit hat und zuhört. "
                    "Als Lernpatin oder Lernpate treffen Sie ein Kind einmal pro Woche für eine "
                    "Stunde in der Volksschule Karres, lesen gemeinsam, üben Rechnen oder spielen "
                    "Sprachspiele. Sie müssen keine Lehrerin und kein Lehrer sein, Geduld und "
                    "Freude an Kindern sind wichtiger. Das Freiwilligenzentrum bereitet Sie an "
                    "einem Einführungsabend vor und ist bei Fragen für Sie da."
                ),
                "cost_note": "Kostenlos. Sie sind während der Einsätze versichert.",
                "how_to_access": (
                    "Vereinbaren Sie ein Kennenlerngespräch per Telefon oder E-Mail. Für die "
                    "Arbeit mit Kindern brauchen wir eine Strafregisterbescheinigung Kinder- und "
                    "Jugendfürsorge; wir sagen Ihnen, wie Sie sie bekommen."
                ),
                "eligibility": (
                    "Menschen ab 16 Jahren mit guten Deutschkenntnissen, die regelmäßig eine "
                    "Stunde pro Woche am Vormittag oder frühen Nachmittag Zeit haben. Menschen mit "
                    "eigener Migrationsgeschichte sind besonders willkommen."
                ),
                "transit_note": (
                    "Bushaltestelle Karres Dorf (Linie 240), dann 2 Minuten zu Fuß zur Volksschule."
                ),
            },
            "en": {
                "title": "Volunteers wanted: become a learning mentor",
                "summary": (
                    "Support a school child for one hour a week with reading, maths and learning "
                    "German."
                ),
                "description": (
                    "Some children simply need someone who has time and listens. As a learning "
                    "mentor you meet a child once a week for an hour at Karres primary school to "
                    "read together, practise maths or play language games. You do not need to be a "
                    "teacher; patience and enjoying time with children matter more. The volunteer "
                    "centre prepares you at an introductory evening and is there for you if "
                    "questions come up."
                ),
                "cost_note": "Free. You are insured while volunteering.",
                "how_to_access": (
                    "Arrange an introductory chat by phone or e-mail. For work with children we "
                    "need a special criminal record certificate (Strafregisterbescheinigung "
                    "Kinder- und Jugendfürsorge); we will tell you how to get it."
                ),
                "eligibility": (
                    "People aged 16 and over with good German who can regularly spare one hour a "
                    "week in the morning or early afternoon. People with their own migration "
                    "background are especially welcome."
                ),
                "transit_note": (
                    "Bus stop Karres Dorf (line 240), then a 2-minute walk to the primary school."
                ),
            },
        },
    },
    {
        "slug": "interkultureller-kochabend-karroesten",
        "organization": "kulturverein-brueckenschlag",
        "categories": ["treffpunkte"],
        "target_groups": ["familien", "gefluechtete"],
        "languages": ["de", "en", "ar", "fa", "tr", "uk", "ti"],
        "language_taught": None,
        "level_from": None,
        "level_to": None,
        "cost": "fee",
        "registration_required": True,
        "referral_required": False,
        "mode": "in_person",
        "childcare": False,
        "step_free": "no",
        "serves_whole_district": False,
        "municipalities_served": ["karres", "imst", "roppen"],
        "locations": [
            {
                "name": "Dorfhaus Karrösten",
                "street": "Dorfstraße 30",
                "municipality": "karroesten",
                "lat": 47.232,
                "lon": 10.7574,
            },
        ],
        "by_appointment": False,
        "hours": [["fr", "18:00", "21:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Amira Haddad",
        "phone": "+43 5412 000 231",
        "email": "kochen@brueckenschlag.example.org",
        "website": "https://brueckenschlag.example.org/kochabend",
        "texts": {
            "de": {
                "title": "Interkultureller Kochabend in Karrösten",
                "summary": (
                    "Einmal im Monat kochen Menschen aus Karrösten und aus aller Welt gemeinsam "
                    "ein Gericht aus einem Land und essen zusammen."
                ),
                "description": (
                    "Jeden Monat zeigt jemand anderes ein Lieblingsgericht: einmal syrische "
                    "Linsensuppe, einmal Tiroler Kaspressknödel, einmal afghanischen Reis mit "
                    "Karotten und Rosinen. Alle schneiden, rühren und kosten mit, dabei kommt man "
                    "leicht ins Gespräch. Zum Schluss essen wir gemeinsam an einem langen Tisch. "
                    "Bringen Sie eine Schürze und eine Dose für Reste mit."
                ),
                "cost_note": "Unkostenbeitrag 5 Euro pro Person, Kinder bis 12 Jahre essen gratis.",
                "how_to_access": (
                    "Der Kochabend ist am ersten Freitag im Monat. Bitte melden Sie sich bis "
                    "Mittwoch davor per Telefon oder WhatsApp an, damit wir genug einkaufen."
                ),
                "eligibility": (
                    "Alle, die gern kochen und essen, auch Kinder ab 8 Jahren in Begleitung. Wer "
                    "selbst einmal ein Gericht vorstellen möchte, meldet sich gern bei uns."
                ),
                "transit_note": (
                    "Bushaltestelle Karrösten Dorf (Linie 240), dann 2 Minuten zu Fuß. Küche und "
                    "Saal sind im ersten Stock, es gibt keinen Lift."
                ),
            },
            "en": {
                "title": "Intercultural cooking evening in Karrösten",
                "summary": (
                    "Once a month, people from Karrösten and from all over the world cook a dish "
                    "from one country together and eat together."
                ),
                "description": (
                    "Every month someone different shows a favourite dish: Syrian lentil soup one "
                    "time, Tyrolean cheese dumplings (Kaspressknödel) the next, Afghan rice with "
                    "carrots and raisins after that. Everyone chops, stirs and tastes, and "
                    "conversation comes easily. At the end we eat together at one long table. "
                    "Bring an apron and a container for leftovers."
                ),
                "cost_note": "5 euros per person towards costs; children up to 12 eat free.",
                "how_to_access": (
                    "The cooking evening is on the first Friday of every month. Please sign up by "
                    "phone or WhatsApp by the Wednesday before so we can buy enough food."
                ),
                "eligibility": (
                    "Anyone who likes cooking and eating, including children aged 8 and over with "
                    "an adult. If you would like to present a dish yourself, let us know."
                ),
                "transit_note": (
                    "Bus stop Karrösten Dorf (line 240), then a 2-minute walk. The kitchen and "
                    "hall are on the first floor; there is no lift."
                ),
            },
            "ar": {
                "title": "أمسية طبخ بين الثقافات في Karrösten",
                "summary": (
                    "مرة في الشهر يطبخ أهل Karrösten وأشخاص من كل أنحاء العالم طبقاً من بلد واحد، "
                    "ثم يأكلونه معاً."
                ),
                "description": (
                    "كل شهر يعرض شخص مختلف طبقه المفضّل: مرة شوربة العدس السورية، ومرة كرات الجبن "
                    "التيرولية (Kaspressknödel)، ومرة الأرز الأفغاني بالجزر والزبيب. الجميع يقطّعون "
                    "ويحرّكون ويتذوّقون، ويبدأ الحديث بسهولة. وفي النهاية نأكل معاً حول طاولة طويلة. "
                    "أحضر مريلة مطبخ وعلبة لبقايا الطعام."
                ),
                "cost_note": "مساهمة في التكاليف 5 يورو للشخص، والأطفال حتى 12 سنة يأكلون مجاناً.",
                "how_to_access": (
                    "أمسية الطبخ في أول يوم جمعة من كل شهر. سجّل من فضلك حتى يوم الأربعاء قبلها "
                    "بالهاتف أو عبر WhatsApp، حتى نشتري ما يكفي."
                ),
                "eligibility": (
                    "كل من يحبّ الطبخ والأكل، والأطفال من عمر 8 سنوات مع مرافق. ومن يريد أن يقدّم "
                    "طبقاً بنفسه، نرحّب بتواصله معنا."
                ),
                "transit_note": (
                    "موقف الحافلات Karrösten Dorf (الخط 240)، ثم دقيقتان مشياً. المطبخ والقاعة في "
                    "الطابق الأول، ولا يوجد مصعد."
                ),
            },
            "fa": {
                "title": "شب آشپزی بین‌فرهنگی در Karrösten",
                "summary": (
                    "ماهی یک بار اهالی Karrösten و آدم‌هایی از سراسر دنیا با هم غذایی از یک کشور "
                    "می‌پزند و دور هم می‌خورند."
                ),
                "description": (
                    "هر ماه یک نفر غذای محبوبش را یاد می‌دهد: یک بار سوپ عدس سوری، یک بار کوفته‌ی "
                    "پنیری تیرولی (Kaspressknödel)، یک بار هم قابلی‌پلوی افغانی با هویج و کشمش. همه "
                    "با هم خرد می‌کنند، هم می‌زنند و می‌چشند و این‌طوری گفت‌وگو راحت شروع می‌شود. آخر شب "
                    "همه دور یک میز بلند غذا می‌خوریم. یک پیش‌بند و یک ظرف برای غذای اضافه بیاورید."
                ),
                "cost_note": "سهم هزینه نفری ۵ یورو، بچه‌ها تا ۱۲ سال رایگان.",
                "how_to_access": (
                    "شب آشپزی اولین جمعه‌ی هر ماه است. لطفاً تا چهارشنبه‌ی قبلش تلفنی یا با WhatsApp "
                    "ثبت‌نام کنید تا به اندازه‌ی کافی خرید کنیم."
                ),
                "eligibility": (
                    "همه‌ی کسانی که آشپزی و غذا خوردن را دوست دارند، بچه‌های ۸ سال به بالا هم همراه "
                    "یک بزرگسال. اگر دوست دارید خودتان غذایی را معرفی کنید، به ما خبر بدهید."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Karrösten Dorf (خط ۲۴۰)، بعد ۲ دقیقه پیاده. آشپزخانه و سالن در "
                    "طبقه‌ی اول است و آسانسور ندارد."
                ),
            },
            "uk": {
                "title": "Міжкультурний кулінарний вечір у Karrösten",
                "summary": (
                    "Раз на місяць мешканці Karrösten і люди з різних країн разом готують страву "
                    "однієї країни та разом її їдять."
                ),
                "description": (
                    "Щомісяця хтось інший показує свою улюблену страву: то сирійський сочевичний "
                    "суп, то тірольські сирні кнедлі (Kaspressknödel), то афганський плов із "
                    "морквою та родзинками. Усі разом ріжуть, помішують і куштують — і розмова "
                    "починається сама собою. Наприкінці ми всі вечеряємо за довгим столом. "
                    "Візьміть фартух і контейнер для залишків їжі."
                ),
                "cost_note": (
                    "Внесок на продукти — 5 євро з особи, діти до 12 років їдять безкоштовно."
                ),
                "how_to_access": (
                    "Кулінарний вечір — у першу п’ятницю кожного місяця. Будь ласка, "
                    "зареєструйтеся до середи перед ним телефоном або через WhatsApp, щоб ми "
                    "купили достатньо продуктів."
                ),
                "eligibility": (
                    "Усі, хто любить готувати й смачно поїсти, діти від 8 років — із дорослими. "
                    "Якщо хочете самі представити страву, напишіть нам."
                ),
                "transit_note": (
                    "Автобусна зупинка Karrösten Dorf (лінія 240), далі 2 хвилини пішки. Кухня й "
                    "зала на другому поверсі, ліфта немає."
                ),
            },
        },
    },
    {
        "slug": "nachbarschaftshilfe-einkauf-und-begleitung-karroesten",
        "organization": "freiwilligenzentrum-region-imst",
        "categories": ["alltagshilfe", "ehrenamt"],
        "target_groups": ["senioren", "familien", "ehrenamtliche"],
        "languages": ["de", "en"],
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
        "municipalities_served": ["karres"],
        "locations": [
            {
                "name": "Gemeindeamt Karrösten",
                "street": "Kirchplatz 1",
                "municipality": "karroesten",
                "lat": 47.2314,
                "lon": 10.7583,
            },
        ],
        "by_appointment": True,
        "hours": [["di", "09:00", "11:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Monika Raich",
        "phone": "+43 5412 000 630",
        "email": "nachbarschaft@freiwilligenzentrum-imst.example.org",
        "website": "https://freiwilligenzentrum-imst.example.org/nachbarschaftshilfe",
        "texts": {
            "de": {
                "title": "Nachbarschaftshilfe: Einkauf, Begleitung und kleine Hilfen",
                "summary": (
                    "Freiwillige aus dem Dorf helfen, wenn es allein nicht geht: beim Einkaufen, "
                    "bei Wegen zur Apotheke oder mit einem Besuch."
                ),
                "description": (
                    "Karrösten liegt am Berg, und ohne Auto ist vieles mühsam. Freiwillige aus dem "
                    "Dorf erledigen Einkäufe, holen Medikamente aus der Apotheke in Imst, "
                    "begleiten zu Terminen oder kommen einfach auf einen Kaffee vorbei. Neu "
                    "zugezogene Familien bekommen auf Wunsch eine Patenfamilie, die das Dorf zeigt "
                    "und bei den ersten Fragen hilft. Wer selbst helfen möchte, ist herzlich "
                    "willkommen."
                ),
                "cost_note": "Kostenlos. Sie bezahlen nur den Einkauf selbst.",
                "how_to_access": (
                    "Rufen Sie am Dienstagvormittag an oder hinterlassen Sie eine Nachricht im "
                    "Gemeindeamt. Wir melden uns innerhalb von zwei Tagen."
                ),
                "eligibility": (
                    "Alle Bewohnerinnen und Bewohner von Karrösten und Karres, besonders ältere "
                    "und kranke Menschen und neu zugezogene Familien."
                ),
                "transit_note": (
                    "Die Helferinnen und Helfer kommen zu Ihnen nach Hause. Zum Gemeindeamt: "
                    "Bushaltestelle Karrösten Dorf (Linie 240), 1 Minute zu Fuß."
                ),
            },
            "en": {
                "title": "Neighbourhood help: shopping, company and small favours",
                "summary": (
                    "Volunteers from the village help when you cannot manage alone: with shopping, "
                    "trips to the pharmacy or simply a visit."
                ),
                "description": (
                    "Karrösten sits on the mountainside, and without a car many things are hard "
                    "work. Volunteers from the village do shopping, collect medicines from the "
                    "pharmacy in Imst, go with you to appointments or just drop by for a coffee. "
                    "Families who have just moved here can be paired with a local host family who "
                    "shows them around and helps with first questions. If you would like to help "
                    "yourself, you are very welcome."
                ),
                "cost_note": "Free. You only pay for your own shopping.",
                "how_to_access": (
                    "Call on Tuesday morning or leave a message at the municipal office. We will "
                    "get back to you within two days."
                ),
                "eligibility": (
                    "All residents of Karrösten and Karres, especially older or ill people and "
                    "families who have just moved here."
                ),
                "transit_note": (
                    "The volunteers come to your home. To the municipal office: bus stop Karrösten "
                    "Dorf (line 240), a 1-minute walk."
                ),
            },
        },
    },
    {
        "slug": "spaziergehgruppe-fuer-frauen-imsterberg",
        "organization": "gesundheitsnetz-imst",
        "categories": ["gesundheit", "treffpunkte"],
        "target_groups": ["frauen", "senioren"],
        "languages": ["de", "en", "ar", "fa", "tr"],
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
        "municipalities_served": ["mils-bei-imst", "imst"],
        "locations": [
            {
                "name": "Kirchplatz Imsterberg, Treffpunkt",
                "street": "Kirchplatz",
                "municipality": "imsterberg",
                "lat": 47.2086,
                "lon": 10.6935,
            },
        ],
        "by_appointment": False,
        "hours": [["mo", "09:00", "10:30"], ["do", "17:30", "19:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Maria Schöpf",
        "phone": "+43 5412 000 263",
        "email": "bewegung@gesundheitsnetz-imst.example.org",
        "website": "https://gesundheitsnetz-imst.example.org/gemeinsam-gehen",
        "texts": {
            "de": {
                "title": "Gemeinsam gehen: Spaziergehgruppe für Frauen",
                "summary": (
                    "Zweimal pro Woche gehen Frauen gemeinsam eine gute Stunde spazieren, in "
                    "ruhigem Tempo, an der frischen Luft und im Gespräch."
                ),
                "description": (
                    "Bewegung tut Körper und Seele gut, aber allein fehlt oft die Lust. Eine "
                    "ausgebildete Bewegungstrainerin führt die Gruppe auf leichten Wegen rund um "
                    "Imsterberg, mit Pausen und ein paar einfachen Übungen für Rücken und Gelenke. "
                    "Dabei plaudern wir auf Deutsch und lernen die Umgebung kennen. Bitte bequeme "
                    "Schuhe, wetterfeste Kleidung und eine Flasche Wasser mitbringen."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Einfach zum Treffpunkt am Kirchplatz kommen, eine Anmeldung ist nicht nötig. "
                    "Bei starkem Regen oder Glatteis fällt der Spaziergang aus, das erfahren Sie "
                    "in unserer WhatsApp-Gruppe."
                ),
                "eligibility": (
                    "Frauen jeden Alters, auch mit Kinderwagen. Die Wege sind teils steil und "
                    "nicht für Rollstühle geeignet."
                ),
                "transit_note": (
                    "Bushaltestelle Imsterberg Kirche (Linie 250), der Treffpunkt ist direkt an "
                    "der Haltestelle."
                ),
            },
            "en": {
                "title": "Walking together: a walking group for women",
                "summary": (
                    "Twice a week, women go for a walk of just over an hour together, at an easy "
                    "pace, in the fresh air and with good conversation."
                ),
                "description": (
                    "Exercise is good for body and mind, but on your own it is easy to skip. A "
                    "trained fitness coach leads the group on easy paths around Imsterberg, with "
                    "breaks and a few simple exercises for back and joints. On the way we chat in "
                    "German and get to know the area. Please bring comfortable shoes, weatherproof "
                    "clothes and a bottle of water."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Just come to the meeting point on Kirchplatz, no registration needed. If "
                    "there is heavy rain or ice, the walk is cancelled; we post this in our "
                    "WhatsApp group."
                ),
                "eligibility": (
                    "Women of all ages, also with pushchairs. Some paths are steep and not "
                    "suitable for wheelchairs."
                ),
                "transit_note": (
                    "Bus stop Imsterberg Kirche (line 250); the meeting point is right at the stop."
                ),
            },
            "ar": {
                "title": "نمشي معاً: مجموعة مشي للنساء",
                "summary": (
                    "مرتين في الأسبوع تمشي النساء معاً لمدة ساعة أو أكثر قليلاً، بخطى هادئة، في "
                    "الهواء الطلق ومع الحديث."
                ),
                "description": (
                    "الحركة مفيدة للجسم والنفس، لكن الرغبة فيها تقلّ عندما نكون وحدنا. مدرّبة رياضة "
                    "مؤهَّلة تقود المجموعة في طرق سهلة حول Imsterberg، مع استراحات وبعض التمارين "
                    "البسيطة للظهر والمفاصل. وفي الطريق نتحدّث بالألمانية ونتعرّف على المنطقة. أحضري "
                    "حذاءً مريحاً وملابس مناسبة للطقس وزجاجة ماء من فضلك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "تعالي مباشرة إلى نقطة اللقاء في Kirchplatz، لا حاجة إلى التسجيل. عند المطر "
                    "الشديد أو الجليد يُلغى المشي، ونكتب ذلك في مجموعتنا على WhatsApp."
                ),
                "eligibility": (
                    "النساء من كل الأعمار، ومع عربات الأطفال أيضاً. بعض الطرق شديدة الانحدار وغير "
                    "مناسبة للكراسي المتحرّكة."
                ),
                "transit_note": (
                    "موقف الحافلات Imsterberg Kirche (الخط 250)، ونقطة اللقاء عند الموقف مباشرة."
                ),
            },
            "fa": {
                "title": "با هم قدم بزنیم: گروه پیاده‌روی زنان",
                "summary": (
                    "هفته‌ای دو بار زنان با هم کمی بیشتر از یک ساعت قدم می‌زنند، آرام، در هوای تازه "
                    "و با گپ و گفت."
                ),
                "description": (
                    "ورزش برای جسم و روح خوب است، ولی تنهایی آدم حوصله‌اش را ندارد. یک مربی ورزش "
                    "آموزش‌دیده گروه را در راه‌های آسان اطراف Imsterberg همراهی می‌کند، با استراحت و "
                    "چند حرکت ساده برای کمر و مفاصل. در راه به آلمانی گپ می‌زنیم و با اطراف آشنا "
                    "می‌شویم. لطفاً کفش راحت، لباس مناسب هوا و یک بطری آب همراه بیاورید."
                ),
                "cost_note": "رایگان.",
                "how_to_access": (
                    "همین‌طوری به محل قرار در Kirchplatz بیایید، ثبت‌نام لازم نیست. اگر باران شدید "
                    "یا یخبندان باشد، پیاده‌روی لغو می‌شود و در گروه WhatsApp خبر می‌دهیم."
                ),
                "eligibility": (
                    "زنان در هر سنی، با کالسکه‌ی بچه هم می‌شود آمد. بعضی راه‌ها شیب تند دارد و برای "
                    "ویلچر مناسب نیست."
                ),
                "transit_note": (
                    "ایستگاه اتوبوس Imsterberg Kirche (خط ۲۵۰)، محل قرار درست کنار ایستگاه است."
                ),
            },
        },
    },
    {
        "slug": "wegweiser-behoerden-sprechstunde-imsterberg",
        "organization": "regionalmanagement-bezirk-imst",
        "categories": ["recht-behoerden", "alltagshilfe"],
        "target_groups": ["gefluechtete", "vertriebene-ukraine", "familien"],
        "languages": ["de", "en", "ar", "uk"],
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
        "municipalities_served": ["mils-bei-imst"],
        "locations": [
            {
                "name": "Gemeindeamt Imsterberg, Besprechungszimmer",
                "street": "Dorfstraße 5",
                "municipality": "imsterberg",
                "lat": 47.208,
                "lon": 10.6944,
            },
        ],
        "by_appointment": True,
        "hours": [["do", "08:00", "10:00"]],
        "start_date": None,
        "registration_deadline": None,
        "contact_name": "Andrea Pfausler",
        "phone": "+43 5412 000 101",
        "email": "wegweiser@regionalmanagement-imst.example.org",
        "website": "https://regionalmanagement-imst.example.org/wegweiser-behoerden",
        "texts": {
            "de": {
                "title": "Wegweiser Behörden: Sprechstunde für Neuzugezogene",
                "summary": (
                    "Einmal im Monat erklärt das Regionalmanagement im Gemeindeamt Imsterberg, "
                    "welche Amtswege nach dem Zuzug wichtig sind."
                ),
                "description": (
                    "Meldezettel, e-card, Anmeldung im Kindergarten, Müllgebühren: Wer neu in eine "
                    "Gemeinde zieht, muss vieles erledigen. In der Sprechstunde bekommen Sie eine "
                    "persönliche Checkliste und erfahren, welches Amt wofür zuständig ist und "
                    "welche Unterlagen Sie brauchen. Bei Bedarf vereinbaren wir gleich einen "
                    "Termin bei der richtigen Stelle oder eine Dolmetscherin. Bringen Sie Ihren "
                    "Ausweis und, falls Sie ihn schon haben, den Meldezettel mit."
                ),
                "cost_note": "Kostenlos.",
                "how_to_access": (
                    "Bitte vereinbaren Sie einen Termin per Telefon oder E-Mail. Die Sprechstunde "
                    "ist am ersten Donnerstag im Monat von 8 bis 10 Uhr."
                ),
                "eligibility": (
                    "Menschen, die neu nach Imsterberg, Mils oder in die Umgebung gezogen sind, "
                    "egal aus welchem Land."
                ),
                "transit_note": (
                    "Bushaltestelle Imsterberg Kirche (Linie 250), dann 2 Minuten zu Fuß zum "
                    "Gemeindeamt."
                ),
            },
            "en": {
                "title": "Finding your way around public offices: help for newcomers",
                "summary": (
                    "Once a month, the regional management office explains at the Imsterberg "
                    "municipal office which official steps matter after moving here."
                ),
                "description": (
                    "Registration form (Meldezettel), e-card, kindergarten enrolment, waste fees: "
                    "moving to a new municipality means a lot to sort out. You get a personal "
                    "checklist and find out which office is responsible for what and which "
                    "documents you need. If needed, we book an appointment with the right office "
                    "or an interpreter straight away. Please bring your ID and your Meldezettel if "
                    "you already have one."
                ),
                "cost_note": "Free of charge.",
                "how_to_access": (
                    "Please book an appointment by phone or e-mail. The advice hours are on the "
                    "first Thursday of every month from 8 to 10 am."
                ),
                "eligibility": (
                    "People who have recently moved to Imsterberg, Mils or nearby, from any "
                    "country."
                ),
                "transit_note": (
                    "Bus stop Imsterberg Kirche (line 250), then a 2-minute walk to the municipal "
                    "office."
                ),
            },
            "ar": {
                "title": "دليل الدوائر الرسمية: ساعة استشارة للقادمين الجدد",
                "summary": (
                    "مرة في الشهر يشرح Regionalmanagement في بلدية Imsterberg ما هي المعاملات "
                    "الرسمية المهمة بعد الانتقال إلى المنطقة."
                ),
                "description": (
                    "شهادة السكن (Meldezettel)، وبطاقة e-card، وتسجيل الطفل في الروضة، ورسوم "
                    "النفايات: من ينتقل إلى بلدية جديدة عليه أن ينجز أموراً كثيرة. تحصل على قائمة "
                    "خاصة بك، وتعرف أيّ دائرة مسؤولة عن أيّ شيء وما الأوراق التي تحتاجها. وعند "
                    "الحاجة نحجز لك فوراً موعداً في الجهة المناسبة أو مترجماً. أحضر هويتك، وشهادة "
                    "السكن إن كانت لديك."
                ),
                "cost_note": "مجاناً.",
                "how_to_access": (
                    "احجز موعداً بالهاتف أو بالبريد الإلكتروني من فضلك. ساعة الاستشارة في أول خميس "
                    "من كل شهر من الساعة 8 إلى 10 صباحاً."
                ),
                "eligibility": (
                    "الأشخاص الذين انتقلوا حديثاً إلى Imsterberg أو Mils أو ما حولهما، من أيّ بلد "
                    "كانوا."
                ),
                "transit_note": (
                    "موقف الحافلات Imsterberg Kirche (الخط 250)، ثم دقيقتان مشياً إلى مبنى البلدية."
                ),
            },
            "uk": {
                "title": "Путівник установами: консультація для новоприбулих",
                "summary": (
                    "Раз на місяць Regionalmanagement у будинку громади Imsterberg пояснює, які "
                    "офіційні справи важливо залагодити після переїзду."
                ),
                "description": (
                    "Meldezettel (реєстрація місця проживання), e-card, запис до садочка, плата за "
                    "вивіз сміття — після переїзду до нової громади треба багато всього владнати. "
                    "Ви отримаєте особистий список справ і дізнаєтеся, яка установа за що "
                    "відповідає та які документи потрібні. За потреби ми одразу запишемо вас до "
                    "потрібної установи або замовимо перекладача. Візьміть документ, що посвідчує "
                    "особу, і Meldezettel, якщо він уже є."
                ),
                "cost_note": "Безкоштовно.",
                "how_to_access": (
                    "Будь ласка, запишіться телефоном або електронною поштою. Консультація — у "
                    "перший четвер кожного місяця з 8:00 до 10:00."
                ),
                "eligibility": (
                    "Люди, які нещодавно переїхали до Imsterberg, Mils чи околиць, з будь-якої "
                    "країни."
                ),
                "transit_note": (
                    "Автобусна зупинка Imsterberg Kirche (лінія 250), далі 2 хвилини пішки до "
                    "будинку громади."
                ),
            },
        },
    },
]
