"""Categories and target groups, in every site language. Loaded by `load_demo`; staff edit them."""

LANGS = ["de", "en", "ar", "fa", "uk", "ru", "tr", "bs"]

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

TARGET_GROUPS = [
    ("frauen", ["Frauen", "Women", "النساء", "زنان", "Жінки", "Женщины", "Kadınlar", "Žene"]),
    ("jugendliche", ["Jugendliche", "Young people", "الشباب", "نوجوانان و جوانان", "Молодь", "Молодёжь", "Gençler", "Mladi"]),
    ("kinder", ["Kinder", "Children", "الأطفال", "کودکان", "Діти", "Дети", "Çocuklar", "Djeca"]),
    ("familien", ["Familien", "Families", "العائلات", "خانواده‌ها", "Родини", "Семьи", "Aileler", "Porodice"]),
    ("gefluechtete", ["Geflüchtete & Asylsuchende", "Refugees & asylum seekers", "اللاجئون وطالبو اللجوء", "پناهندگان و پناه‌جویان", "Біженці та шукачі притулку", "Беженцы и просители убежища", "Mülteciler ve sığınmacılar", "Izbjeglice i tražioci azila"]),
    ("vertriebene-ukraine", ["Vertriebene aus der Ukraine", "Displaced people from Ukraine", "النازحون من أوكرانيا", "آوارگان اوکراینی", "Переселенці з України", "Переселенцы из Украины", "Ukrayna'dan gelen yerinden edilmiş kişiler", "Raseljeni iz Ukrajine"]),
    ("arbeitsuchende", ["Arbeitsuchende", "Job seekers", "الباحثون عن عمل", "جویندگان کار", "Шукачі роботи", "Ищущие работу", "İş arayanlar", "Tražioci posla"]),
    ("senioren", ["Ältere Menschen", "Older people", "كبار السن", "سالمندان", "Люди похилого віку", "Пожилые люди", "Yaşlılar", "Starije osobe"]),
    ("ehrenamtliche", ["Ehrenamtliche", "Volunteers", "المتطوعون", "داوطلبان", "Волонтери", "Волонтёры", "Gönüllüler", "Volonteri"]),
]  # fmt: skip
