"""Target groups, in every site language. Loaded by `load_demo`; staff edit them. (The
topics are the shared base's: integration_portal/demo.py.)"""

LANGS = ["de", "en", "ar", "fa", "uk", "ru", "tr", "bs"]

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
