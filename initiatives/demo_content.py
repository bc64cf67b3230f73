"""Demo content of the initiatives directory, in our own words (facts from shared/seeds).

Each text is written once per language with the same shape, so the loader can hand
every Dutch string's translation to wagtail-localize. FACTS holds what is not
translated: terms (by slug), years, dates and placeholder contact details.
"""

import datetime

DIRECTORY = {
    "nl": {
        "slug": "bijzondere-initiatieven",
        "title": "Bijzondere initiatieven",
        "search_description": "Initiatieven van andere organisaties die vluchtelingen helpen aan werk, een opleiding "
        "of vrijwilligerswerk.",
        "intro": [
            "Overal in Nederland helpen organisaties vluchtelingen op weg naar werk, een opleiding of "
            "vrijwilligerswerk. Hier vind je een selectie van hun initiatieven. Filter op thema, regio of status, "
            "of zoek op een woord."
        ],
    },
    "en": {
        "slug": "special-initiatives",
        "title": "Special initiatives",
        "search_description": "Initiatives by other organisations that help refugees into work, education or "
        "volunteering.",
        "intro": [
            "All over the Netherlands, organisations help refugees on their way to work, education or volunteering. "
            "Here you find a selection of their initiatives. Filter by theme, region or status, or search for a word."
        ],
    },
}

# Placeholder contact details: never a real person's name, number or address.
PLACEHOLDER_CONTACT = {
    "contact_name": "Naam Achternaam",
    "contact_phone": "+31 20 000 00 00",
    "contact_email": "info@example.org",
}

FACTS = {
    "refugee-start-force": {
        "focus": ["volunteering", "work-and-entrepreneurship"],
        "regions": ["national", "international"],
        "status": "continuous",
        "start_year": None,
        "end_year": None,
        "website": "https://example.org/refugee-start-force",
        "last_updated": datetime.date(2017, 4, 1),
    },
    "vip": {
        "focus": ["work-and-entrepreneurship", "volunteering", "education"],
        "regions": ["national"],
        "status": "ended",
        "start_year": None,
        "end_year": 2020,
        "website": "https://example.org/vip",
        "last_updated": datetime.date(2016, 12, 1),
    },
    "grip-op-werk": {
        "focus": ["work-and-entrepreneurship"],
        "regions": ["zeeland", "zuid-holland", "noord-brabant"],
        "status": "ended",
        "start_year": None,
        "end_year": 2020,
        "website": "https://example.org/grip-op-werk",
        "last_updated": datetime.date(2021, 1, 7),
    },
    "werkhelpdesk": {
        "focus": ["work-and-entrepreneurship"],
        "regions": ["zeeland", "zuid-holland", "noord-brabant"],
        "status": "running",
        "start_year": 2020,
        "end_year": None,
        "website": "https://example.org/werkhelpdesk",
        "last_updated": datetime.date(2021, 1, 7),
    },
}

INITIATIVES = {
    "refugee-start-force": {
        "nl": {
            "slug": "refugee-start-force",
            "title": "Refugee Start Force",
            "search_description": "Een netwerk waar vluchtelingen vakgenoten, organisaties en werkgevers ontmoeten.",
            "intro": "Een netwerk, begonnen op sociale media, waar vluchtelingen in contact komen met Nederlandse "
            "vakgenoten, organisaties en bedrijven.",
            "goal": [
                "Veel vluchtelingen zitten thuis te wachten en raken geïsoleerd, terwijl ze iets willen bijdragen "
                "en zich in hun vak willen blijven ontwikkelen.",
                "Wie al vroeg een professioneel netwerk opbouwt, vindt sneller zijn weg in de Nederlandse "
                "samenleving en op de arbeidsmarkt. Daar wil Refugee Start Force bij helpen.",
            ],
            "approach": [
                "Het begon als een online community waar vluchtelingen en Nederlanders zonder drempels contact "
                "met elkaar leggen. In koffiegroepen spreken mensen uit hetzelfde vak af voor een kop koffie; in "
                "expertgroepen wisselen mensen uit één sector kennis en informatie uit.",
                "Inmiddels komt het netwerk ook buiten het internet samen. Veel organisaties doen mee, waaronder "
                "VluchtelingenWerk en de gemeente Amsterdam. Werkgevers vragen steeds vaker om hulp bij het werven "
                "en selecteren van nieuwkomers, en organisaties krijgen advies over regels en contracten.",
            ],
            "success_factors": [
                "Het netwerk vertrekt vanuit wat nieuwkomers zelf nodig hebben. In de groepen komen vragen en "
                "knelpunten boven, en daarop volgen informatie, oplossingen en nieuwe contacten.",
                "Voorstellen van buitenaf voor projecten, stages of banen gaan eerst langs de doelgroep, die ze "
                "toetst en verbetert: een initiatief door en voor vluchtelingen.",
                "Het netwerk blijft bewust wendbaar en werkt zonder fondsen of subsidies, zodat het kan meebewegen "
                "met nieuwkomers, die zich snel ontwikkelen.",
            ],
            "points_of_attention": [
                "Lange procedures, overheidsinformatie die vaak alleen in het Nederlands beschikbaar is en zorgen "
                "over het land van herkomst maken de groep onrustig.",
                "Veel statushouders zijn nog bezig met inburgeren en taallessen en kunnen daardoor niet voltijds "
                "werken. Stress en trauma worden door instanties vaak over het hoofd gezien.",
                "Gemeenten die vooral straffen in plaats van aanmoedigen om mensen snel aan het werk te krijgen, "
                "zorgen zelden voor een loopbaan die blijft.",
            ],
            "figures": [
                ("10.000", "leden in de eerste vier maanden"),
                ("30.000", "leden nu"),
                ("150+", "nieuwkomers aan vrijwilligerswerk, een stage of een baan geholpen"),
            ],
            "results": [
                "Honderden nieuwkomers zijn gekoppeld aan een buddy, en op de bijeenkomsten leerden veel mensen "
                "elkaar kennen.",
                "Er zijn groepen in alle Europese landen en twee in de Verenigde Staten, in Washington DC en Miami. "
                "Over de arbeidsmarkt in die landen weet het netwerk nog te weinig.",
            ],
            "transferability": [],
            "organisation": "Refugee Start Force",
            "funders": "Geen: bewust zonder fondsen of subsidies",
        },
        "en": {
            "slug": "refugee-start-force",
            "title": "Refugee Start Force",
            "search_description": "A network where refugees meet colleagues in their field, organisations and "
            "employers.",
            "intro": "A network, started on social media, where refugees get in touch with Dutch colleagues in their "
            "field, organisations and companies.",
            "goal": [
                "Many refugees sit at home waiting and become isolated, while they want to contribute and keep "
                "growing in their profession.",
                "Whoever builds a professional network early finds their way into Dutch society and the labour "
                "market sooner. That is what Refugee Start Force wants to help with.",
            ],
            "approach": [
                "It started as an online community where refugees and Dutch people get in touch without barriers. "
                "In coffee groups, people from the same trade meet for a cup of coffee; in expert groups, people "
                "from one sector share knowledge and information.",
                "By now the network also meets offline. Many organisations take part, among them VluchtelingenWerk "
                "and the municipality of Amsterdam. Employers more and more often ask for help recruiting and "
                "selecting newcomers, and organisations get advice on rules and contracts.",
            ],
            "success_factors": [
                "The network starts from what newcomers themselves need. Questions and bottlenecks come up in the "
                "groups, followed by information, solutions and new contacts.",
                "Proposals from outside for projects, internships or jobs first go to the target group, who test "
                "and improve them: an initiative by and for refugees.",
                "The network deliberately stays flexible and works without funds or subsidies, so it can move along "
                "with newcomers, who develop quickly.",
            ],
            "points_of_attention": [
                "Long procedures, government information that is often only available in Dutch and worries about "
                "the home country make the group restless.",
                "Many status holders are still busy with civic integration and language classes and cannot work "
                "full time. Agencies often overlook stress and trauma.",
                "Municipalities that punish rather than encourage to get people into work quickly rarely bring "
                "about a career that lasts.",
            ],
            "figures": [
                ("10,000", "members in the first four months"),
                ("30,000", "members now"),
                ("150+", "newcomers helped into volunteering, an internship or a job"),
            ],
            "results": [
                "Hundreds of newcomers have been matched with a buddy, and many people got to know each other at "
                "the meetings.",
                "There are groups in every European country and two in the United States, in Washington DC and "
                "Miami. The network still knows too little about the labour market in those countries.",
            ],
            "transferability": [],
            "organisation": "Refugee Start Force",
            "funders": "None: deliberately without funds or subsidies",
        },
    },
    "vip": {
        "nl": {
            "slug": "vip",
            "title": "VIP: Vluchtelingen Investeren in Participeren",
            "search_description": "Een training van VluchtelingenWerk Nederland die vluchtelingen samen met "
            "werkgevers voorbereidt op werk.",
            "intro": "Een traject van VluchtelingenWerk Nederland waarin vluchtelingen samen met werkgevers, "
            "opleiders en gemeenten worden voorbereid op werk.",
            "goal": [
                "Het project wilde 1.500 vluchtelingen op weg helpen naar vrijwilligerswerk, een opleiding, "
                "uitzendwerk of betaald werk.",
                "Is betaald werk voorlopig niet haalbaar, dan zoekt de deelnemer met hulp een andere zinvolle "
                "dagbesteding, bijvoorbeeld bij een vereniging, een kerk of als vrijwilliger.",
            ],
            "approach": [
                "De training werkt aan drie doelen: persoonlijke oriëntatie, oriëntatie op een beroep en "
                "vaardigheden als werknemer. Houding, gedrag en zelfredzaamheid staan centraal.",
                "Deelnemers leren door te doen. Zo krijgen ze de opdracht om drie Nederlanders aan te spreken over "
                "gewoontes op de werkvloer, hier en in hun land van herkomst.",
                "Elke deelnemer heeft een vrijwillige coach, maakt een eigen actieplan, maakt kennis met bedrijven "
                "en opleidingen en krijgt een budget voor scholing.",
                "Het project laat bedrijven zien wat vluchtelingen kunnen, en probeert (lokale) overheden te "
                "overtuigen van een aanpak die vluchtelingen uit de bijstand houdt.",
            ],
            "success_factors": [
                "Werkgevers doen actief mee: ze houden proefsollicitaties met hun medewerkers, ontvangen deelnemers "
                "op werkbezoek en bieden plekken om werk uit te proberen.",
                "Zo oefenen deelnemers hun Nederlands en bouwen ze een netwerk op. Werkgevers die de mensen zelf "
                "ontmoeten, zien meer mogelijkheden dan op papier.",
            ],
            "points_of_attention": [
                "Niet iedereen is snel klaar voor betaald werk. Het traject moet dan ook ruimte bieden voor andere "
                "zinvolle stappen.",
            ],
            "figures": [
                ("500+", "deelnemers in 29 gemeenten"),
                ("1.500", "vluchtelingen: het streefgetal"),
            ],
            "results": [
                "Deelnemers, gemeenten en werkgevers zijn enthousiast over de aanpak, en een aantal deelnemers vond "
                "direct na de training betaald werk.",
                "Een deelnemer vertelde dat de cursus hem het vertrouwen gaf dat hij ooit weer zelfstandig kan "
                "leven, zonder hulp en zonder uitkering.",
            ],
            "transferability": [
                "De methode wordt overdraagbaar gemaakt. Trainers delen hun beste praktijken in een landelijke "
                "werkgroep, en er ligt een concepthandleiding met zes basisthema's en vijf werkvormen per thema.",
                "Het Verwey-Jonker Instituut onderzoekt hoe effectief het traject is.",
            ],
            "organisation": "VluchtelingenWerk Nederland",
            "funders": "Asiel-, Migratie- en Integratiefonds van de EU (AMIF) en Rabobank Foundation",
        },
        "en": {
            "slug": "vip",
            "title": "VIP: Refugees Investing in Participation",
            "search_description": "A training by VluchtelingenWerk Nederland that prepares refugees for work, "
            "together with employers.",
            "intro": "A programme by VluchtelingenWerk Nederland that prepares refugees for work, together with "
            "employers, training providers and municipalities.",
            "goal": [
                "The project set out to help 1,500 refugees on their way to volunteering, education, temporary "
                "work or paid work.",
                "When paid work is out of reach for now, the participant gets help finding another meaningful "
                "activity, for example in a club, a church or as a volunteer.",
            ],
            "approach": [
                "The training works towards three goals: personal orientation, orientation on a profession and "
                "skills as an employee. Attitude, behaviour and self-reliance come first.",
                "Participants learn by doing. For example, they are asked to talk to three Dutch people about "
                "habits at work, here and in their home country.",
                "Every participant has a volunteer coach, makes a personal action plan, gets to know companies and "
                "courses, and receives a budget for training.",
                "The project shows companies what refugees can do, and tries to convince (local) governments of an "
                "approach that keeps refugees off social assistance.",
            ],
            "success_factors": [
                "Employers take an active part: they hold practice job interviews with their staff, welcome "
                "participants on company visits and offer places to try out work.",
                "This way participants practise their Dutch and build a network. Employers who meet the people "
                "themselves see more possibilities than on paper.",
            ],
            "points_of_attention": [
                "Not everyone is ready for paid work soon. The programme therefore has to leave room for other "
                "meaningful steps.",
            ],
            "figures": [
                ("500+", "participants in 29 municipalities"),
                ("1,500", "refugees: the target"),
            ],
            "results": [
                "Participants, municipalities and employers are enthusiastic about the approach, and several "
                "participants found paid work right after the training.",
                "One participant said the course gave him the confidence that one day he can live on his own "
                "again, without help and without benefits.",
            ],
            "transferability": [
                "The method is being made transferable. Trainers share their best practices in a national working "
                "group, and there is a draft manual with six basic themes and five working methods per theme.",
                "The Verwey-Jonker Institute studies how effective the programme is.",
            ],
            "organisation": "VluchtelingenWerk Nederland",
            "funders": "EU Asylum, Migration and Integration Fund (AMIF) and Rabobank Foundation",
        },
    },
    "grip-op-werk": {
        "nl": {
            "slug": "grip-op-werk",
            "title": "GRIP op Werk",
            "search_description": "Een project van VluchtelingenWerk Zuidwest-Nederland dat statushouders naar "
            "werk begeleidde.",
            "intro": "Een project van VluchtelingenWerk Zuidwest-Nederland dat statushouders in de regio naar werk "
            "begeleidde. Het werd in 2020 afgerond.",
            "goal": [
                "Statushouders helpen om mee te doen op de arbeidsmarkt. Dat gaat niet vanzelf: van de "
                "statushouders die in 2014 een verblijfsvergunning kregen, had na vierenhalf jaar 38 procent een "
                "baan (CBS).",
            ],
            "approach": [
                "Deelnemers kregen begeleiding op weg naar werk. Na afloop vroeg VluchtelingenWerk "
                "Zuidwest-Nederland deelnemers hoe ze de begeleiding hadden ervaren en wat ze ervan hadden geleerd.",
            ],
            "success_factors": [
                "Een netwerk is heel belangrijk: leg contact, spreek mensen aan, vertel wat je doelen zijn en neem "
                "de hulp aan die je krijgt. Dat was een van de lessen uit de verhalen van deelnemers.",
            ],
            "points_of_attention": [
                "Statushouders naar werk begeleiden gaat met vallen en opstaan en vraagt een lange adem.",
            ],
            "figures": [],
            "results": [
                "Zeven deelnemers van GRIP op Werk en VIP vertelden hun verhaal. Samen met cijfers over "
                "arbeidsparticipatie in Zuidwest-Nederland staan ze in het magazine 'Lessen geleerd, nu aan 't werk'.",
            ],
            "transferability": [
                "De lessen zijn gedeeld in het magazine, zodat gemeenten en andere organisaties ervan kunnen leren. "
                "VluchtelingenWerk Zuidwest-Nederland bekijkt met gemeenten of er een nieuw traject kan starten.",
            ],
            "organisation": "VluchtelingenWerk Zuidwest-Nederland",
            "funders": "",
        },
        "en": {
            "slug": "grip-op-werk",
            "title": "GRIP op Werk",
            "search_description": "A project by VluchtelingenWerk Zuidwest-Nederland that guided status holders "
            "into work.",
            "intro": "A project by VluchtelingenWerk Zuidwest-Nederland that guided status holders in the region into "
            "work. It was completed in 2020.",
            "goal": [
                "Helping status holders take part in the labour market. That does not happen by itself: of the "
                "status holders who received a residence permit in 2014, 38 percent had a job four and a half years "
                "later (Statistics Netherlands).",
            ],
            "approach": [
                "Participants were guided on their way to work. Afterwards, VluchtelingenWerk Zuidwest-Nederland "
                "asked participants how they had experienced the guidance and what they had learned from it.",
            ],
            "success_factors": [
                "A network matters a lot: make contact, approach people, tell them what your goals are and accept "
                "the help you are offered. That was one of the lessons from the participants' stories.",
            ],
            "points_of_attention": [
                "Guiding status holders into work is a matter of trial and error and takes staying power.",
            ],
            "figures": [],
            "results": [
                "Seven participants of GRIP op Werk and VIP told their story. Together with figures on labour "
                "participation in the south-west of the Netherlands, they are in the magazine 'Lessons learned, "
                "now to work'.",
            ],
            "transferability": [
                "The lessons are shared in the magazine, so that municipalities and other organisations can learn "
                "from them. VluchtelingenWerk Zuidwest-Nederland is looking into a new programme with "
                "municipalities.",
            ],
            "organisation": "VluchtelingenWerk Zuidwest-Nederland",
            "funders": "",
        },
    },
    "werkhelpdesk": {
        "nl": {
            "slug": "werkhelpdesk",
            "title": "Werkhelpdesk",
            "search_description": "De Werkhelpdesk van VluchtelingenWerk Zuidwest-Nederland, gestart in 2020.",
            "intro": "Een helpdesk voor statushouders met vragen over werk, die VluchtelingenWerk "
            "Zuidwest-Nederland medio 2020 opende.",
            "goal": [
                "Na het afronden van GRIP op Werk en VIP wilde VluchtelingenWerk Zuidwest-Nederland statushouders "
                "blijven helpen op weg naar werk.",
            ],
            "approach": [
                "Statushouders kunnen bij de Werkhelpdesk terecht met hun vragen over werk.",
            ],
            "success_factors": [],
            "points_of_attention": [],
            "figures": [],
            "results": [
                "De Werkhelpdesk leverde in korte tijd al een aantal mooie succesverhalen op.",
            ],
            "transferability": [],
            "organisation": "VluchtelingenWerk Zuidwest-Nederland",
            "funders": "",
        },
        "en": {
            "slug": "werkhelpdesk",
            "title": "Work helpdesk",
            "search_description": "The work helpdesk of VluchtelingenWerk Zuidwest-Nederland, started in 2020.",
            "intro": "A helpdesk for status holders with questions about work, opened by VluchtelingenWerk "
            "Zuidwest-Nederland in mid-2020.",
            "goal": [
                "After completing GRIP op Werk and VIP, VluchtelingenWerk Zuidwest-Nederland wanted to keep helping "
                "status holders on their way to work.",
            ],
            "approach": [
                "Status holders can bring their questions about work to the helpdesk.",
            ],
            "success_factors": [],
            "points_of_attention": [],
            "figures": [],
            "results": [
                "Within a short time, the helpdesk already produced a number of fine success stories.",
            ],
            "transferability": [],
            "organisation": "VluchtelingenWerk Zuidwest-Nederland",
            "funders": "",
        },
    },
}
