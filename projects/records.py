"""Real records from the project documents (../shared/seeds): the Imst umbrella project and
its "Networking" sub-project, the Arbeitskreis, the transnational cooperation, "Moving
Migration", İNPUT, and Hessen's WIR programme. Their facts (names, dates, figures) are the
documents'; the texts are written anew. They are real content, not demo data: `demo.py`
loads them with the demo and keeps its own invented entries apart.

A translated text is a pair (German, English); the other site languages fall back to German
with a note until staff translate them. "audiences" are the directory's target groups the
documents name, for the toolbox's filter.
"""

import datetime

D = datetime.date

ACTION_FIELDS = {
    # slug: (German, English)
    "gemeinwohl": ("Gemeinwohl und Zusammenhalt", "Common good and cohesion"),
    "regionale-wirtschaft": ("Regionale Wirtschaft", "Regional economy"),
    "soziales-und-kulturelles-leben": (
        "Soziales und kulturelles Leben",
        "Social and cultural life",
    ),
    "bildung-und-arbeit": ("Bildung und Arbeitsmarkt", "Education and the labour market"),
    "ehrenamt": ("Freiwilligenarbeit", "Volunteering"),
}

PARTNER_REGIONS = [
    # (name, country in German, country in English)
    ("regio³", "Österreich", "Austria"),
    ("Kitzbüheler Alpen", "Österreich", "Austria"),
    ("KUUSK", "Österreich", "Austria"),
    ("Wipptal", "Österreich", "Austria"),
    ("Imst", "Österreich", "Austria"),
    ("regioL", "Österreich", "Austria"),
    ("Linz-Land", "Österreich", "Austria"),
    ("Hochsauerland", "Deutschland", "Germany"),
    ("Halland", "Schweden", "Sweden"),
    ("Sieben LEADER-Regionen in Finnland", "Finnland", "Finland"),
]

PROGRAMMES = {
    "leader": {
        "name": ("LEADER", "LEADER"),
        "provider": "Europäische Union, Bund und Länder",
        "area": "Ländliche Regionen der EU",
        "running_since": 1991,
        "website": "https://www.netzwerk-zukunftsraumland.at/leader",
        "description": (
            "LEADER fördert Vorhaben, die eine Region selbst entwickelt: Eine lokale "
            "Aktionsgruppe (LAG) aus Gemeinden, Vereinen und Betrieben wählt aus, was zu ihrer "
            "Entwicklungsstrategie passt. Im Bezirk Imst ist das die LAG Imst, betreut vom "
            "Regionalmanagement Bezirk Imst.",
            "LEADER funds projects a region develops itself: a local action group (LAG) of "
            "municipalities, associations and businesses chooses what fits its development "
            "strategy. In the Imst district this is the LAG Imst, run by the Regionalmanagement "
            "Bezirk Imst.",
        ),
        "priorities": [
            {
                "slug": "bewusstseinsbildung-und-schirmprojekte",
                "title": (
                    "Bewusstseinsbildung, Bürgerbeteiligung und Schirmprojekte",
                    "Raising awareness, citizen participation and umbrella projects",
                ),
                "description": (
                    "Vorhaben, die Menschen informieren, beteiligen und vernetzen, sowie "
                    "Schirmprojekte, unter denen kleinere Teilprojekte laufen.",
                    "Projects that inform, involve and connect people, and umbrella projects "
                    "under which smaller sub-projects run.",
                ),
                "applicants": ["municipality", "association", "church", "migrant_organisation"],
                "applicants_note": (
                    "Träger mit einem Vorhaben in der LEADER-Region, nach Auswahl durch die LAG",
                    "Sponsors with a project in the LEADER region, once the LAG has chosen it",
                ),
                "funding_rate": (
                    "65 % (Vorschlag in der LAG Imst)",
                    "65 % (proposed in the LAG Imst)",
                ),
            },
        ],
    },
    "wir-programm-hessen": {
        "name": ("WIR-Programm des Landes Hessen", "WIR programme of the State of Hesse"),
        "provider": "Hessische Landesregierung",
        "area": "Hessen",
        "running_since": 2014,
        "website": "https://integrationskompass.hessen.de",
        "description": (
            "Seit 2014 gibt das Land Hessen mit „WIR“ fachliche und finanzielle Anstöße für "
            "die Integrationspolitik in Kreisen und Kommunen: von kommunalen "
            "Koordinationsstellen über eine Kultur des Willkommens bis zu Strategien für "
            "Vielfalt. Gemeint sind alle, die in Hessen leben, mit und ohne "
            "Migrationsgeschichte; Beteiligung soll wachsen und bleiben.",
            "Since 2014 the State of Hesse has used “WIR” (“we”) to give expert and financial "
            "impulses to integration policy in its districts and towns: from municipal "
            "coordination offices to a culture of welcome and strategies for diversity. It "
            "addresses everyone living in Hesse, with or without a history of migration, so "
            "that participation grows and lasts.",
        ),
        "example": (
            "Der Landkreis Waldeck-Frankenberg ist seit 2014 dabei und hat eine WIR-Koordination "
            "und ein WIR-Fallmanagement eingerichtet. Die Koordination begleitet die "
            "Kreisverwaltung, Vereine und Verbände bei ihrer interkulturellen Öffnung, "
            "entwickelt mit ihnen eine Willkommenskultur vor Ort, stößt Projekte an und lädt "
            "Haupt- und Ehrenamtliche regelmäßig zu Koordinations- und Arbeitsgruppen ein.\n\n"
            "Das Fallmanagement verschafft Geflüchteten einen Überblick über die Angebote und "
            "leitet sie gezielt weiter – mit dem Schwerpunkt Arbeit und Ausbildung: Begleitung "
            "in Praktikum, Lehre und Job, Hilfe bei Bewerbungen, Beratung von Arbeitgebern, "
            "Fachtage zum Bewerbungsverfahren und Zusammenarbeit mit den kommunalen Stellen.",
            "The district of Waldeck-Frankenberg has taken part since 2014 and set up a WIR "
            "coordination and a WIR case management. The coordination helps the district "
            "administration, clubs and associations open up to people of every origin, builds "
            "a local culture of welcome with them, starts projects and regularly brings paid "
            "and volunteer coordinators together.\n\n"
            "The case management gives refugees an overview of what is on offer and refers "
            "them to the right place, with a focus on work and training: support in "
            "internships, apprenticeships and jobs, help with applications, advice for "
            "employers, workshops on applying, and cooperation with the municipal services.",
        ),
        "priorities": [
            {
                "slug": "wir-koordination",
                "title": ("WIR-Koordinatorinnen und -Koordinatoren", "WIR coordinators"),
                "description": (
                    "Stellen, die kommunale Regelangebote, Vereine und Verbände interkulturell "
                    "öffnen und im Sozialraum eine Kultur des Willkommens und der Anerkennung "
                    "aufbauen.",
                    "Posts that open municipal services, clubs and associations to people of "
                    "every origin and build a culture of welcome and recognition in the "
                    "neighbourhood.",
                ),
                "applicants": ["municipality"],
                "applicants_note": (
                    "die 33 Landkreise, kreisfreien Städte und Sonderstatusstädte",
                    "the 33 districts, independent cities and cities with special status",
                ),
            },
            {
                "slug": "wir-fallmanagement",
                "title": (
                    "WIR-Fallmanagerinnen und -manager für Geflüchtete",
                    "WIR case managers for refugees",
                ),
                "description": (
                    "Überblick über die Angebote für Geflüchtete und Weiterleitung an die "
                    "zuständigen Stellen, ein Netz von Lotsinnen und Paten in der Gemeinde und "
                    "Abstimmung zwischen Haupt- und Ehrenamt.",
                    "An overview of the services for refugees and referral to the right "
                    "office, a network of guides and mentors in the municipality, and "
                    "coordination between paid staff and volunteers.",
                ),
                "applicants": ["municipality"],
                "applicants_note": (
                    "die 33 Landkreise, kreisfreien Städte und Sonderstatusstädte",
                    "the 33 districts, independent cities and cities with special status",
                ),
            },
            {
                "slug": "gefluechtete-frauen-und-maedchen",
                "title": (
                    "Modellprojekte für die Teilhabe geflüchteter Frauen und Mädchen",
                    "Model projects for the participation of refugee women and girls",
                ),
                "description": (
                    "Niederschwellige Angebote, mit denen Frauen in allen Bereichen des "
                    "gesellschaftlichen Lebens Fuß fassen und ihre Möglichkeiten zur "
                    "Integration stärken.",
                    "Low-threshold activities that help women find their place in every area "
                    "of social life and strengthen their chances to settle in.",
                ),
                "applicants": ["municipality", "association", "church", "migrant_organisation"],
                "applicants_note": (
                    "alle Kommunen, öffentliche, kirchliche und freie Träger sowie gemeinnützige "
                    "Migrantenorganisationen",
                    "all municipalities, public, church and independent providers, and "
                    "non-profit migrant organisations",
                ),
            },
            {
                "slug": "zugewanderte-aus-suedosteuropa",
                "title": (
                    "Vorhaben für Zugewanderte aus Südosteuropa",
                    "Projects for immigrants from South-Eastern Europe",
                ),
                "description": (
                    "Modellhafte und neue Ansätze, die die Lebenslage von Menschen aus "
                    "Südosteuropa verbessern, ihre Teilhabe am gesellschaftlichen Leben stärken "
                    "und sie selbst stark machen (Empowerment).",
                    "Model and innovative approaches that improve the living conditions of "
                    "people from South-Eastern Europe, strengthen their part in social life and "
                    "empower them.",
                ),
                "applicants": ["municipality", "association", "church", "migrant_organisation"],
                "applicants_note": (
                    "alle Kommunen, öffentliche, kirchliche und freie Träger sowie gemeinnützige "
                    "Migrantenorganisationen",
                    "all municipalities, public, church and independent providers, and "
                    "non-profit migrant organisations",
                ),
            },
            {
                "slug": "migrantenorganisationen",
                "title": (
                    "Gemeinnützige Migrantenorganisationen",
                    "Non-profit migrant organisations",
                ),
                "description": (
                    "Mikroprojekte von Migrantenorganisationen, eine geringfügig beschäftigte "
                    "Kraft (450 €) für die Vereinsarbeit und Netzwerke mit den etablierten "
                    "Akteuren der Kommune.",
                    "Micro-projects of migrant organisations, a marginal part-time post (450 €) "
                    "for the association's work, and networks with the established local "
                    "players.",
                ),
                "applicants": ["migrant_organisation", "municipality"],
                "applicants_note": (
                    "alle gemeinnützigen Migrantenorganisationen sowie Kommunen gemeinsam mit "
                    "ihnen",
                    "all non-profit migrant organisations, and municipalities together with them",
                ),
            },
            {
                "slug": "willkommenskultur-und-interkulturelle-oeffnung",
                "title": (
                    "Willkommens- und Anerkennungskultur, interkulturelle Öffnung, neue Ansätze",
                    "Culture of welcome and recognition, intercultural opening, new approaches",
                ),
                "description": (
                    "Projekte, die Neuankommende willkommen heißen, Einrichtungen für alle "
                    "Herkünfte öffnen oder ganz neue Wege ausprobieren.",
                    "Projects that welcome newcomers, open institutions to people of every "
                    "origin, or try entirely new ways.",
                ),
                "applicants": ["municipality", "association", "church", "migrant_organisation"],
                "applicants_note": (
                    "alle Kommunen, öffentliche, kirchliche und freie Träger sowie gemeinnützige "
                    "Migrantenorganisationen",
                    "all municipalities, public, church and independent providers, and "
                    "non-profit migrant organisations",
                ),
            },
            {
                "slug": "integrationslotsen",
                "title": (
                    "Ehrenamtliche Integrationslotsinnen und -lotsen",
                    "Volunteer integration guides",
                ),
                "description": (
                    "Schulung und Einsatz von Freiwilligen, die Zugewanderte begleiten – "
                    "inzwischen ausdrücklich auch in der Arbeit mit Geflüchteten.",
                    "Training and deployment of volunteers who accompany newcomers – now "
                    "explicitly in the work with refugees as well.",
                ),
                "applicants": ["municipality", "association", "church", "migrant_organisation"],
                "applicants_note": (
                    "alle Kommunen, öffentliche, kirchliche und freie Träger sowie gemeinnützige "
                    "Migrantenorganisationen",
                    "all municipalities, public, church and independent providers, and "
                    "non-profit migrant organisations",
                ),
            },
            {
                "slug": "ehrenamtliche-dolmetscher",
                "title": (
                    "Ehrenamtliche Dolmetscherinnen und Dolmetscher (Laiendolmetsch-Pools)",
                    "Volunteer interpreters (community interpreting pools)",
                ),
                "description": (
                    "Freiwillige, die in den Grundlagen des Dolmetschens geschult sind, "
                    "begleiten vor allem Geflüchtete sprachlich zu Terminen bei Ämtern und "
                    "sozialen Einrichtungen. Gefördert werden Vereine und Gemeinden, die einen "
                    "solchen Dolmetsch-Pool führen (erstmals 2018).",
                    "Volunteers trained in the basics of interpreting go along, above all with "
                    "refugees, to appointments at authorities and social services. Clubs and "
                    "municipalities that run such an interpreting pool receive support (first "
                    "in 2018).",
                ),
                "applicants": ["association", "municipality"],
                "applicants_note": (
                    "Vereine und Kommunen mit einem Pool ehrenamtlicher Dolmetscherinnen und "
                    "Dolmetscher",
                    "clubs and municipalities with a pool of volunteer interpreters",
                ),
            },
            {
                "slug": "vielfalts-und-integrationsstrategien",
                "title": (
                    "Vielfalts- und Integrationsstrategien für Kommunen",
                    "Diversity and integration strategies for municipalities",
                ),
                "description": (
                    "Mittel, um ein Konzept für Vielfalt und Integration in der eigenen Kommune "
                    "zu erarbeiten.",
                    "Funds for working out a concept for diversity and integration in one's "
                    "own municipality.",
                ),
                "applicants": ["municipality"],
                "applicants_note": (
                    "hessische Kommunen mit 10.000 bis 50.000 Einwohnerinnen und Einwohnern",
                    "Hessian municipalities with 10,000 to 50,000 inhabitants",
                ),
            },
        ],
    },
}

# Projects in an order in which an umbrella comes before its sub-projects.
PROJECTS = {
    "integration-in-laendlichen-gebieten": {
        "audiences": ["gefluechtete", "ehrenamtliche", "arbeitsuchende"],
        "title": (
            "Integration in ländlichen Gebieten (Immigrant Integration to Rural Areas)",
            "Immigrant Integration to Rural Areas",
        ),
        "short_name": "Integration ländlich",
        "phase": "completed",
        "programme": "leader",
        "region": "Transnationale LEADER-Kooperation",
        "partners": ["regionalmanagement-bezirk-imst"],
        "partner_regions": [name for name, _de, _en in PARTNER_REGIONS],
        "primary_action_field": "gemeinwohl",
        "further_action_fields": ["ehrenamt", "bildung-und-arbeit"],
        "place": (
            "Österreich, Deutschland, Schweden und Finnland",
            "Austria, Germany, Sweden and Finland",
        ),
        "summary": (
            "Sechs Tiroler LEADER-Regionen, Linz-Land, Hochsauerland, Halland und sieben "
            "finnische Regionen erproben Integration auf dem Land und teilen, was wirkt.",
            "Six Tyrolean LEADER regions, Linz-Land, Hochsauerland, Halland and seven Finnish "
            "regions try out integration in the countryside and share what works.",
        ),
        "initial_situation": (
            "Ländliche Regionen in mehreren Ländern stehen vor ähnlichen Fragen, wenn Menschen "
            "zuwandern, und probieren jede für sich Antworten aus.",
            "Rural regions in several countries face similar questions when people move there, "
            "and each tries out its own answers.",
        ),
        "goals": (
            "Jede Partnerregion setzt eigene Integrationsmaßnahmen um; die Erfahrungen und "
            "Ergebnisse werden online und bei regelmäßigen Treffen ausgetauscht. Am Ende steht "
            "eine „Werkzeugkiste“ mit Ansätzen, auf die andere ländliche Regionen zurückgreifen "
            "können. Im österreichischen Teil liegt der Schwerpunkt auf der Freiwilligenarbeit "
            "mit Zugewanderten und auf dem ersten Schritt in den Arbeitsmarkt.",
            "Each partner region carries out its own integration measures; experience and "
            "results are shared online and at regular meetings. The outcome is a “toolbox” of "
            "approaches that other rural regions can draw on. In the Austrian part the focus is "
            "on volunteering with immigrants and on the first step into the labour market.",
        ),
        "measures": [
            (
                "Integrationsmaßnahmen in jeder Partnerregion",
                "Integration measures in each partner region",
            ),
            ("Austausch der Erfahrungen online", "Sharing experience online"),
            ("Regelmäßige Treffen der Partnerregionen", "Regular meetings of the partner regions"),
            (
                "Eine gemeinsame Werkzeugkiste für ländliche Integration",
                "A shared toolbox for rural integration",
            ),
        ],
        "good_practice": True,
        "transfer_notes": (
            "Die Form der Zusammenarbeit lässt sich übertragen: Jede Region handelt vor Ort "
            "selbst, der Austausch über Grenzen hinweg zeigt, was anderswo schon funktioniert "
            "hat. Die Beispiele dieser Werkzeugkiste sind ihr Ergebnis.",
            "The way of working can be taken over: each region acts locally on its own, and the "
            "exchange across borders shows what has already worked elsewhere. The examples in "
            "this toolbox are its result.",
        ),
    },
    "arbeitskreis-integration-und-gemeinwohl": {
        "audiences": ["ehrenamtliche"],
        "title": (
            "Arbeitskreis Integration und Gemeinwohl",
            "Working group on integration and the common good",
        ),
        "phase": "running",
        "parent": "integration-in-laendlichen-gebieten",
        "programme": "leader",
        "region": "LAG Imst",
        "sponsor": "regionalmanagement-bezirk-imst",
        "starts_on": D(2016, 11, 8),
        "primary_action_field": "gemeinwohl",
        "further_action_fields": ["ehrenamt"],
        "place": ("Bezirk Imst", "Imst district"),
        "summary": (
            "Der Beitrag der LEADER-Region Imst zur transnationalen Kooperation: ein moderierter "
            "Arbeitskreis, der die Akteure der Integration im Bezirk zusammenbringt.",
            "The Imst LEADER region's part in the transnational cooperation: a moderated "
            "working group that brings the district's integration players together.",
        ),
        "initial_situation": (
            "Viele Organisationen und Freiwillige arbeiten im Bezirk an Integration, oft ohne "
            "voneinander zu wissen. Der Auftakt war am 8. November 2016 in Roppen: In einem "
            "Workshop wurden erste Handlungsfelder gesammelt, die Fokusgruppen seither "
            "bearbeiten und aus denen erste Projekte entstehen.",
            "Many organisations and volunteers in the district work on integration, often "
            "without knowing of each other. The kick-off was on 8 November 2016 in Roppen: a "
            "workshop gathered the first fields of action, which focus groups have worked on "
            "since and from which the first projects grow.",
        ),
        "goals": (
            "Kräfte bündeln, effizient arbeiten und Aufgaben gemeinsam und vorausschauend "
            "angehen; das Ehrenamt stärken und so das Gemeinwohl festigen. Regional entsteht "
            "ein Arbeitskreis, transnational ein Austausch von Erfahrungen.",
            "Join forces, work efficiently and tackle tasks together and in good time; "
            "strengthen volunteering and so the common good. Regionally a working group is set "
            "up, transnationally an exchange of experience.",
        ),
        "measures": [
            ("Ein moderierter Arbeitskreis", "A moderated working group"),
            ("Pressearbeit", "Press work"),
            ("Transnationaler Austausch", "Transnational exchange"),
        ],
        "benefit": (
            "Integration wird gefördert, Synergien werden genutzt, das lokale Netzwerk wird "
            "dichter, das Gemeinwohl wächst, Probleme werden in der Region gemeinsam gelöst, "
            "und es entstehen kleinere Umsetzungsprojekte vor Ort.",
            "Integration is furthered, synergies are used, the local network grows closer, the "
            "common good grows, problems are solved together in the region, and smaller local "
            "projects emerge.",
        ),
    },
    "schirmprojekt-lag-imst-2016-2018": {
        "title": ("Schirmprojekt LAG Imst 2016–2018", "LAG Imst umbrella project 2016–2018"),
        "phase": "completed",
        "programme": "leader",
        "region": "LAG Imst",
        "sponsor": "regionalmanagement-bezirk-imst",
        "starts_on": D(2016, 1, 1),
        "ends_on": D(2018, 12, 31),
        "primary_action_field": "gemeinwohl",
        "place": ("Bezirk Imst", "Imst district"),
        "summary": (
            "Das Schirmprojekt der LEADER-Region Imst, unter dem kleinere Teilprojekte laufen – "
            "darunter „Networking“, aus dem dieser Kompass entstand.",
            "The umbrella project of the Imst LEADER region under which smaller sub-projects "
            "run – among them “Networking”, from which this compass grew.",
        ),
    },
    "networking": {
        "audiences": ["ehrenamtliche"],
        "title": ("Schirmunterprojekt Networking", "Networking (umbrella sub-project)"),
        "short_name": "Networking",
        "phase": "completed",
        "parent": "schirmprojekt-lag-imst-2016-2018",
        "programme": "leader",
        "region": "LAG Imst",
        "sponsor": "regionalmanagement-bezirk-imst",
        "partners": ["freiwilligenzentrum-region-imst"],
        "funding_rate": 65,
        "starts_on": D(2017, 6, 1),
        "ends_on": D(2018, 12, 31),
        "primary_action_field": "gemeinwohl",
        "further_action_fields": ["ehrenamt"],
        "place": ("Bezirk Imst", "Imst district"),
        "summary": (
            "Ein Netzwerk für Integration und Gemeinwohl im Bezirk Imst aufbauen und eine "
            "Website, die alle Angebote zeigt – als Kompass für Zugewanderte.",
            "Building a network for integration and the common good in the Imst district, and "
            "a website that shows every offer – a compass for newcomers.",
        ),
        "initial_situation": (
            "Das Regionalmanagement Bezirk Imst ist mit dem Arbeitskreis Integration und "
            "Gemeinwohl Teil der transnationalen Kooperation „Immigrant Integration to Rural "
            "Areas“. In den ersten Sitzungen zeigte sich, was sich die Organisationen am "
            "meisten wünschen: mehr Vernetzung untereinander und eine Plattform, die die "
            "Angebote der Region übersichtlich zeigt. Die erste Website entstand bald; Ausbau "
            "und Pflege des Netzwerks brauchen aber viel Zeit und professionelle Arbeit. Dafür "
            "wurde dieses Teilprojekt gegründet.",
            "With the working group on integration and the common good, the Regionalmanagement "
            "Bezirk Imst takes part in the transnational cooperation “Immigrant Integration to "
            "Rural Areas”. Its first meetings showed what the organisations wish for most: "
            "closer ties with each other and a platform that shows the region's offers at a "
            "glance. A first website followed soon; building it out and looking after the "
            "network, however, take much time and professional work. This sub-project was set "
            "up for that.",
        ),
        "goals": (
            "Ein externes Unternehmen baut im Projektzeitraum das Netzwerk und die Website auf, "
            "recherchiert die Angebote der Region und erarbeitet, wo künftig anzusetzen ist – "
            "in enger Zusammenarbeit mit dem Freiwilligenzentrum Region Imst.",
            "During the project an external company builds the network and the website, "
            "researches the region's offers and works out where to act next – in close "
            "cooperation with the Freiwilligenzentrum Region Imst.",
        ),
        "target_groups": (
            "Organisationen und Freiwillige, die im Bezirk für Integration und Gemeinwohl "
            "arbeiten, und Zugewanderte, die Angebote suchen.",
            "Organisations and volunteers working for integration and the common good in the "
            "district, and newcomers looking for offers.",
        ),
        "measures": [
            (
                "Ein Netzwerk für Integration und Gemeinwohl aufbauen und verankern",
                "Build and establish a network for integration and the common good",
            ),
            ("Die Website aufbauen und moderieren", "Build and moderate the website"),
            (
                "Recherchieren, was es in der Region zu Integration und Gemeinwohl schon gibt",
                "Research what the region already does for integration and the common good",
            ),
            (
                "Die Ergebnisse zusammenführen und darstellen",
                "Bring the results together and present them",
            ),
            ("Künftige Handlungsfelder erarbeiten", "Work out future fields of action"),
            (
                "Eng mit dem Freiwilligenzentrum Region Imst zusammenarbeiten",
                "Work closely with the Freiwilligenzentrum Region Imst",
            ),
        ],
        "benefit": (
            "Das Projekt antwortet auf den Wunsch nach Vernetzung und Zusammenarbeit und soll "
            "Synergien zwischen Organisationen und Freiwilligen wecken. Künftige Aufgaben werden "
            "früh erkannt, sodass die Region rechtzeitig handeln kann. Netzwerk und Website "
            "unterstützen Freiwillige in ihrer Arbeit und können so mehr Menschen fürs Ehrenamt "
            "gewinnen – gut für das Gemeinwohl. Für Zugewanderte entsteht ein neues Angebot: "
            "die Website als Kompass, und ein Netzwerk, das sie schneller an die richtige Stelle "
            "bringt.",
            "The project answers the wish for networking and cooperation and aims to spark "
            "synergies between organisations and volunteers. Future tasks are recognised early, "
            "so that the region can act in time. Network and website support volunteers in "
            "their work and may win more people for volunteering – good for the common good. "
            "Newcomers gain a new offer: the website as a compass, and a network that gets them "
            "to the right place faster.",
        ),
        "results": (
            "Nach dem Projekt übernimmt das Freiwilligenzentrum Region Imst die Arbeit und das "
            "Netzwerk, ohne Bruch.",
            "After the project the Freiwilligenzentrum Region Imst takes over the work and the "
            "network without a break.",
        ),
        "good_practice": True,
        "transfer_notes": (
            "Ein Netzwerk und eine Angebotsübersicht, die von Anfang an für die Übergabe gebaut "
            "sind: Eine Stelle recherchiert und moderiert im Projekt, eine Organisation vor Ort "
            "(hier das Freiwilligenzentrum) arbeitet von Beginn an mit und führt danach weiter. "
            "Dafür braucht es eine klare Aufgabenliste, ein Budget für die Recherche und einen "
            "Übergabetermin.",
            "A network and an overview of offers built for hand-over from the start: one body "
            "researches and moderates during the project, a local organisation (here the "
            "volunteer centre) works along from the beginning and carries on afterwards. It "
            "needs a clear list of tasks, a budget for the research and a hand-over date.",
        ),
    },
    "moving-migration": {
        "audiences": ["arbeitsuchende", "gefluechtete"],
        "title": ("Moving Migration", "Moving Migration"),
        "phase": "selected",
        "programme": "leader",
        "region": "LEADER-Region Mittlere Alb",
        "sponsor_name": "Diakonieverband Reutlingen",
        "decided_on": D(2019, 7, 25),
        "primary_action_field": "regionale-wirtschaft",
        "further_action_fields": ["soziales-und-kulturelles-leben"],
        "place": ("Münsingen", "Münsingen"),
        "summary": (
            "Eine neue Vermittlungsstelle in Münsingen begleitet internationale Fachkräfte und "
            "die kleinen Betriebe, die sie beschäftigen.",
            "A new liaison post in Münsingen supports international skilled workers and the "
            "small businesses that employ them.",
        ),
        "initial_situation": (
            "Der demografische Wandel bringt Herausforderungen und Chancen. Integration hat in "
            "Öffentlichkeit und Förderung ihren Platz; neben Erfolgen gibt es aber auch "
            "Ernüchterung. Manche Schwierigkeiten zeigen sich erst, wenn Geflüchtete schon eine "
            "Weile hier leben und arbeiten. Viele Betriebe stellen gern Fachkräfte mit "
            "Migrationsgeschichte ein, haben damit aber zusätzliche Arbeit und neue Fragen.",
            "Demographic change brings challenges and chances. Integration has its place in "
            "public debate and in funding; beside successes there is also disillusionment. Some "
            "difficulties appear only once refugees have lived and worked here for a while. "
            "Many businesses are glad to hire skilled workers with a history of migration, but "
            "this means extra work and new questions for them.",
        ),
        "goals": (
            "Menschen begleiten, damit sie ihre Möglichkeiten zur Teilhabe nutzen – und "
            "zugleich die Betriebe unterstützen, die sie beschäftigen. Das stärkt die ganze "
            "regionale Wirtschaft im LEADER-Gebiet. Im Einzelnen: kleine Unternehmen bei der "
            "Integration begleiten, Beschäftigte in Arbeit und Alltag begleiten, und die "
            "Zusammenarbeit der Akteure und der Zivilgesellschaft in der Region verbessern.",
            "Accompany people so that they use their chances to take part – and at the same "
            "time support the businesses that employ them. This strengthens the whole regional "
            "economy of the LEADER area. In detail: support small businesses with integration, "
            "accompany employees at work and in daily life, and improve cooperation between the "
            "region's players and civil society.",
        ),
        "target_groups": (
            "Unternehmen sowie Menschen mit Flucht- oder Migrationsgeschichte.",
            "Businesses, and people with a history of flight or migration.",
        ),
        "measures": [
            (
                "Ein Integrationskonzept für die Region erarbeiten",
                "Work out an integration concept for the region",
            ),
            (
                "Kolleginnen und Kollegen als Integrationspaten schulen und begleiten",
                "Train and support colleagues as integration mentors",
            ),
            (
                "Zwischen Arbeitgebern und Beschäftigten vermitteln, gerade wenn es schwierig wird",
                "Mediate between employers and employees, especially when things get difficult",
            ),
            (
                "Bei Behördenwegen helfen und an weitere Beratungsstellen vermitteln",
                "Help with dealings with authorities and refer to further counselling",
            ),
            (
                "Mit Ehrenamtlichen zusammenarbeiten: Sprache, Wohnen, Teilhabe",
                "Work with volunteers: language, housing, taking part",
            ),
        ],
        "benefit": (
            "Der Diakonieverband stellt dafür eine Person neu ein. Sie ist das Scharnier "
            "zwischen Betrieb und Beschäftigten: Fragen und Konflikte werden sofort geklärt "
            "oder an die passenden Fachdienste weitergegeben. Weil sie auf ein bestehendes Netz "
            "solcher Dienste zurückgreift, geht das auf kurzem Weg.",
            "The Diakonieverband hires a new person for this. They are the hinge between the "
            "business and its employees: questions and conflicts are cleared up at once or "
            "passed on to the right specialist service. Because they draw on an existing network "
            "of such services, this happens by a short route.",
        ),
        "good_practice": True,
        "transfer_notes": (
            "Übertragbar ist die Vermittlungsstelle für Betriebe: eine Person, die Arbeitgeber "
            "und zugewanderte Beschäftigte ab dem ersten Arbeitstag begleitet und die "
            "Fachdienste der Region kennt. Voraussetzung ist ein bestehendes Netz von "
            "Beratungsstellen, auf das sie zurückgreifen kann.",
            "What can be taken over is the liaison post for businesses: one person who "
            "accompanies employers and immigrant employees from the first working day and knows "
            "the region's specialist services. It needs an existing network of counselling "
            "services to draw on.",
        ),
    },
    "input": {
        "audiences": ["arbeitsuchende"],
        "title": (
            "İNPUT – gute Praxis für den Weg in Arbeit",
            "İNPUT – good practice for the way into work",
        ),
        "short_name": "İNPUT",
        "phase": "completed",
        "starts_on": D(2010, 7, 1),
        "ends_on": D(2013, 12, 31),
        "primary_action_field": "bildung-und-arbeit",
        "place": ("Stuttgart und weitere Projektstandorte", "Stuttgart and further project sites"),
        "summary": (
            "Bewährte Ansätze aus Europa recherchieren, auswählen und vor Ort erproben, um "
            "arbeitslose Zugewanderte und Arbeitslose über 45 wieder in Beschäftigung zu bringen.",
            "Research, choose and try out proven approaches from Europe locally, to bring "
            "unemployed immigrants and unemployed people over 45 back into work.",
        ),
        "initial_situation": (
            "Akteure der Arbeitsförderung suchen bessere Instrumente, um arbeitslose Menschen "
            "mit Migrationsgeschichte und Arbeitslose über 45 Jahre zu qualifizieren und in "
            "Beschäftigung zu begleiten.",
            "Labour-market services look for better tools to qualify unemployed people with a "
            "history of migration and unemployed people over 45 and to accompany them into "
            "work.",
        ),
        "goals": (
            "Instrumente und Verfahren weiterentwickeln, indem gute Praxis aus anderen Ländern "
            "übernommen, an die Lage vor Ort angepasst und erprobt wird.",
            "Develop tools and methods further by taking over good practice from other "
            "countries, adapting it to the local situation and trying it out.",
        ),
        "target_groups": (
            "Arbeitslose Menschen mit Migrationsgeschichte und arbeitslose Menschen über 45 "
            "Jahre; Akteure der Arbeitsförderung.",
            "Unemployed people with a history of migration and unemployed people over 45; "
            "labour-market services.",
        ),
        "measures": [
            (
                "Stufe 1 (2. Halbjahr 2010): landesweite Online-Befragung zum Bedarf der "
                "Arbeitsförderung und zu ihren Erfahrungen mit transnationaler Zusammenarbeit",
                "Stage 1 (second half of 2010): a state-wide online survey of what labour-market "
                "services need and of their experience with transnational cooperation",
            ),
            (
                "Dokumentierte gute Praxis, vor allem aus der EU, recherchieren und aufbereiten",
                "Research and prepare documented good practice, above all from the EU",
            ),
            (
                "Mit den transnationalen Partnern und dem europäischen Netzwerk TANDEM PLUS "
                "gezielt weitere Beispiele suchen, bei Bedarf mit einem eigenen Aufruf",
                "Look for further examples with the transnational partners and the European "
                "network TANDEM PLUS, with a call of its own if needed",
            ),
            (
                "Mit den Akteuren vor Ort und Vertretern der Zielgruppen auswählen, was "
                "übertragen und erprobt wird",
                "Choose, with the local players and representatives of the target groups, what "
                "is transferred and tried out",
            ),
            (
                "Ziele und einen Fahrplan für den Transfer mit den transnationalen Fachleuten "
                "vereinbaren",
                "Agree goals and a roadmap for the transfer with the transnational experts",
            ),
            (
                "Hauptphase 2011–2013: Maßnahmen vor Ort erproben und weiterentwickeln, unter "
                "Federführung von BBQ Berufliche Bildung gGmbH, JuFuN e. V. und Forum der "
                "Kulturen Stuttgart e. V.",
                "Main phase 2011–2013: try out and develop measures locally, led by BBQ "
                "Berufliche Bildung gGmbH, JuFuN e. V. and Forum der Kulturen Stuttgart e. V.",
            ),
        ],
        "results": (
            "Die Ergebnisse der ersten Stufe – Befragung, Recherche, Auswahl und Vereinbarungen "
            "zum Transfer – wurden in einem Arbeitsdokument festgehalten, das die Hauptphase "
            "anleitete.",
            "The results of the first stage – survey, research, selection and agreements on the "
            "transfer – were written down in a working document that guided the main phase.",
        ),
        "good_practice": True,
        "transfer_notes": (
            "Übertragbar ist das Vorgehen in zwei Stufen: erst den Bedarf erheben und gute "
            "Praxis sammeln, dann gemeinsam mit den Akteuren vor Ort und den Betroffenen "
            "auswählen, was erprobt wird. Ein europäisches Netzwerk hilft, Beispiele zu finden.",
            "The two-stage approach can be taken over: first find out the need and collect good "
            "practice, then choose together with the local players and the people concerned "
            "what is tried out. A European network helps to find examples.",
        ),
    },
}
