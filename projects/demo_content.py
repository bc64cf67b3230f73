"""Demo projects, yearly results and news, in our own words; figures only where the seeds give them.

Seeds: 000 (Refugee On Board), 001 (Refugee On Board — The Next Step, the third year),
004 (news about a magazine). Outcome counts the seeds do not give stay empty.
"""

import datetime

PROJECT_INDEX = {
    "nl": {
        "slug": "projecten",
        "title": "Projecten",
        "search_description": "De projecten waarmee we nieuwkomers naar werk, opleiding en vrijwilligerswerk "
        "begeleiden.",
        "intro": "Hier lees je welke projecten we doen en wat ze hebben opgeleverd.",
    },
    "en": {
        "slug": "projects",
        "title": "Projects",
        "search_description": "The projects through which we coach newcomers towards work, education and volunteering.",
        "intro": "Read which projects we run and what they have achieved.",
    },
}

PROJECT_FACTS = {
    "start_date": datetime.date(2018, 1, 1),
    "status": "finished",
    "cohorts": [
        {
            "start_date": datetime.date(2018, 1, 1),
            "length_months": 12,
            "aftercare_months": 6,
            "candidates": None,
            "participants_started": 15,
        },
        {
            "start_date": datetime.date(2019, 3, 1),
            "length_months": 12,
            "aftercare_months": 6,
            "candidates": None,
            "participants_started": 25,
        },
        {
            "start_date": datetime.date(2020, 3, 1),
            "length_months": None,
            "aftercare_months": None,
            "candidates": None,
            "participants_started": 35,
        },
    ],
}

PROJECT = {
    "nl": {
        "slug": "refugee-on-board",
        "title": "Refugee On Board",
        "region": "Haaglanden",
        "search_description": "Intensieve begeleiding van statushouders in Haaglanden naar werk, opleiding of "
        "vrijwilligerswerk.",
        "intro": "Een jaar lang intensieve begeleiding naar werk, een opleiding of vrijwilligerswerk, met daarna "
        "een half jaar nazorg.",
        "target_group": ["Statushouders en andere migranten die in de regio Haaglanden wonen."],
        "goal": [
            "Na het traject heeft iedere deelnemer betaald of onbetaald werk of volgt een opleiding, en doet "
            "actief mee in de samenleving.",
        ],
        "approach": [
            "We maakten vooraf een plan: wat is er nodig om het doel te halen? Elke deelnemer kreeg een vaste "
            "begeleider. Na het jaar bleef die begeleider nog zes maanden bereikbaar.",
            "Het project liep naast de aanpak van de gemeente Den Haag voor nieuwkomers.",
        ],
        "activities": [
            "Taallessen",
            "Een maatschappelijk spreekuur",
            "Ontmoetingen met andere deelnemers",
            "Coaching en trainingen, zoals een sollicitatietraining",
            "Hulp bij de administratie",
            "Contact met werkgevers",
        ],
        "mandatory_parts": [
            (
                "Jobcoaching",
                "Elke week een gesprek op maat over de stap naar de arbeidsmarkt.",
            ),
            (
                "Sollicitatie- en communicatietraining",
                "Oefenen met solliciteren en met praten over jezelf, en meedoen aan activiteiten in de buurt.",
            ),
        ],
        "results_general": [
            "Deelnemers kennen hun eigen kansen op de arbeidsmarkt beter en hebben realistischere verwachtingen.",
            "Ze zoeken zelf actiever naar vacatures en bijbaantjes.",
            "Werk, begeleiding en activiteiten samen lieten hen sneller Nederlands leren.",
        ],
        "results_specific": [
            "Deelnemers komen beter voor zichzelf op bij werkgevers en lezen hun contracten kritischer.",
            "Ze regelen meer zelf, zoals hun eigen administratie.",
            "Ze praten makkelijker over moeilijke ervaringen en durven vaker vragen te stellen.",
        ],
        "results_personal": [
            "Deelnemers zijn minder eenzaam en nemen vaker zelf het initiatief.",
            "Een aantal deed vrijwilligerswerk of liep stage en bouwde zo een netwerk en werkervaring op.",
            "Een aantal ging een opleiding volgen.",
        ],
        "results_note": "De coronamaatregelen raakten ook werkgevers: er waren in 2020 maar weinig vacatures.",
        "contact_text": ["Wil je meer weten over dit project? Bel of mail ons."],
    },
    "en": {
        "slug": "refugee-on-board",
        "title": "Refugee On Board",
        "region": "Haaglanden",
        "search_description": "Intensive coaching of status holders in Haaglanden towards work, education or "
        "volunteering.",
        "intro": "A year of intensive coaching towards work, education or volunteering, followed by six months of "
        "aftercare.",
        "target_group": ["Status holders and other migrants who live in the Haaglanden region."],
        "goal": [
            "After the programme every participant has paid or unpaid work or is in education, and takes an "
            "active part in society.",
        ],
        "approach": [
            "We first made a plan: what does it take to reach the goal? Every participant had a personal coach. "
            "After the year, that coach stayed available for another six months.",
            "The project ran alongside the City of The Hague's own programme for newcomers.",
        ],
        "activities": [
            "Language lessons",
            "A weekly advice hour",
            "Meetings with other participants",
            "Coaching and training, such as job application training",
            "Help with paperwork",
            "Introductions to employers",
        ],
        "mandatory_parts": [
            (
                "Job coaching",
                "A weekly session, tailored to you, about taking the step into the job market.",
            ),
            (
                "Job application and communication training",
                "Practising applying for jobs and talking about yourself, and joining activities in the neighbourhood.",
            ),
        ],
        "results_general": [
            "Participants know their own chances on the job market better and have more realistic expectations.",
            "They look for vacancies and side jobs more actively themselves.",
            "Work, coaching and activities together helped them learn Dutch faster.",
        ],
        "results_specific": [
            "Participants stand up for themselves better with employers and read their contracts more critically.",
            "They arrange more things themselves, such as their own paperwork.",
            "They talk more easily about difficult experiences and dare to ask questions more often.",
        ],
        "results_personal": [
            "Participants are less isolated and take the initiative more often.",
            "Some volunteered or did an internship, building a network and work experience.",
            "Some went back into education.",
        ],
        "results_note": "The pandemic measures hit employers too: there were few vacancies in 2020.",
        "contact_text": ["Would you like to know more about this project? Call or e-mail us."],
    },
    "ar": {
        "slug": "refugee-on-board",
        "title": "Refugee On Board",
        "region": "هاغلاندن",
        "search_description": "مرافقة مكثفة لحاملي الإقامة في منطقة هاغلاندن نحو العمل أو الدراسة أو العمل التطوعي.",
        "intro": "سنة من المرافقة المكثفة نحو العمل أو الدراسة أو العمل التطوعي، تليها ستة أشهر من المتابعة.",
        "target_group": ["حاملو الإقامة وغيرهم من المهاجرين المقيمين في منطقة هاغلاندن."],
        "goal": [
            "بعد البرنامج، يكون لكل مشارك عمل مأجور أو غير مأجور أو يتابع دراسة، ويشارك بنشاط في المجتمع.",
        ],
        "approach": [
            "وضعنا خطة في البداية: ما الذي نحتاجه لبلوغ الهدف؟ كان لكل مشارك مرافق ثابت. وبعد انتهاء السنة بقي "
            "المرافق متاحًا ستة أشهر أخرى.",
            "سار المشروع إلى جانب برنامج بلدية لاهاي الخاص بالقادمين الجدد.",
        ],
        "activities": [
            "دروس اللغة",
            "ساعة استشارة اجتماعية أسبوعية",
            "لقاءات مع مشاركين آخرين",
            "إرشاد وتدريبات، مثل التدريب على التقدم للوظائف",
            "مساعدة في الأوراق والمعاملات",
            "التعريف بأصحاب العمل",
        ],
        "mandatory_parts": [
            (
                "الإرشاد المهني",
                "جلسة أسبوعية مصممة لك حول الخطوة نحو سوق العمل.",
            ),
            (
                "تدريب على التقدم للوظائف والتواصل",
                "التمرّن على التقدم للوظائف والحديث عن نفسك، والمشاركة في أنشطة الحي.",
            ),
        ],
        "results_general": [
            "أصبح المشاركون يعرفون فرصهم في سوق العمل بشكل أفضل وتوقعاتهم أكثر واقعية.",
            "صاروا يبحثون بأنفسهم عن الوظائف والأعمال الجانبية بنشاط أكبر.",
            "ساعدهم الجمع بين العمل والمرافقة والأنشطة على تعلّم الهولندية أسرع.",
        ],
        "results_specific": [
            "صار المشاركون يدافعون عن أنفسهم أمام أصحاب العمل ويقرؤون عقودهم بعناية أكبر.",
            "أصبحوا يتولّون أمورًا أكثر بأنفسهم، مثل أوراقهم الخاصة.",
            "صار الحديث عن التجارب الصعبة أسهل عليهم، ويجرؤون أكثر على طرح الأسئلة.",
        ],
        "results_personal": [
            "أصبح المشاركون أقل عزلة ويبادرون أكثر.",
            "تطوّع بعضهم أو أجرى تدريبًا عمليًا، فبنوا شبكة معارف وخبرة عمل.",
            "عاد بعضهم إلى الدراسة.",
        ],
        "results_note": "أثّرت إجراءات الجائحة على أصحاب العمل أيضًا: كانت الوظائف الشاغرة قليلة في 2020.",
        "contact_text": ["هل تريد معرفة المزيد عن هذا المشروع؟ اتصل بنا أو راسلنا."],
    },
}

# Yearly results: figures from the seeds; everything they do not give stays None.
RESULTS = [
    {
        "facts": {"year": 2018, "candidates": None, "selected": None, "started": 15},
        "nl": {
            "slug": "2018",
            "title": "Resultaten 2018",
            "intro": "In januari 2018 begon de eerste groep aan een traject van een jaar, met daarna zes maanden "
            "nazorg.",
        },
        "en": {
            "slug": "2018",
            "title": "Results 2018",
            "intro": "In January 2018 the first group began a one-year programme, followed by six months of aftercare.",
        },
    },
    {
        "facts": {"year": 2019, "candidates": None, "selected": None, "started": 25},
        "nl": {
            "slug": "2019",
            "title": "Resultaten 2019",
            "intro": "In maart 2019 startte een tweede groep met nieuwe deelnemers, weer voor een jaar plus zes "
            "maanden nazorg.",
        },
        "en": {
            "slug": "2019",
            "title": "Results 2019",
            "intro": "In March 2019 a second group of new participants started, again for a year plus six months "
            "of aftercare.",
        },
    },
    {
        "facts": {"year": 2020, "candidates": None, "selected": 35, "started": 35},
        "nl": {
            "slug": "2020-the-next-step",
            "title": "2020: Refugee On Board — The Next Step",
            "intro": "Het derde jaar begon in maart 2020, vlak voor de coronamaatregelen.",
            "narrative": [
                "Uit ons groeiende netwerk meldden zich ruim 55 kandidaten. We kozen er 35 die meteen konden beginnen.",
                "Door de coronamaatregelen werden veel deelnemers angstig en kwamen ze minder vaak naar "
                "afspraken. Ook het vinden van werkplekken werd moeilijker. Toch vonden deelnemers betaald werk, "
                "een stage, een opleiding, een werk-leertraject of vrijwilligerswerk, soms bij onze eigen "
                "stichting. Een deel van de deelnemers stopte, omdat de pandemie hun privéleven zwaar raakte.",
                "Hoeveel deelnemers elke uitkomst bereikten, is niet gepubliceerd; die cijfers laten we daarom leeg.",
            ],
        },
        "en": {
            "slug": "2020-the-next-step",
            "title": "2020: Refugee On Board — The Next Step",
            "intro": "The third year began in March 2020, just before the pandemic measures.",
            "narrative": [
                "More than 55 candidates came forward through our growing network. We chose 35 who could start "
                "straight away.",
                "The pandemic measures made many participants anxious, and they came to appointments less often. "
                "Finding placements also became harder. Even so, participants found paid work, an internship, a "
                "course, a work-and-learn programme or volunteering, sometimes at our own foundation. Some "
                "participants stopped because the pandemic hit their private lives hard.",
                "How many participants reached each outcome has not been published, so those figures stay empty.",
            ],
        },
    },
]

AUDIENCE = {
    "slug": "gemeenten-en-professionals",
    "nl": {"name": "Gemeenten en professionals"},
    "en": {"name": "Municipalities and professionals"},
}

NEWS_INDEX = {
    "nl": {
        "slug": "nieuws",
        "title": "Nieuws",
        "search_description": "Nieuws en verhalen van deelnemers.",
        "intro": "Nieuws over onze projecten, publicaties en verhalen van deelnemers.",
    },
    "en": {
        "slug": "news",
        "title": "News",
        "search_description": "News and participants' stories.",
        "intro": "News about our projects, publications and participants' stories.",
    },
}

NEWS = [
    {
        "facts": {"date": datetime.date(2021, 1, 7), "kind": "news"},
        "nl": {
            "slug": "magazine-lessen-uit-twee-projecten",
            "title": "Magazine over lessen uit twee werkprojecten",
            "intro": "VluchtelingenWerk Zuidwest-Nederland bracht een magazine uit over wat twee projecten voor "
            "statushouders hebben geleerd.",
            "body": [
                "Statushouders aan het werk helpen gaat niet vanzelf. Het vraagt geduld, en soms gaat het eerst "
                "mis voordat het lukt.",
                "In 2020 sloot VluchtelingenWerk Zuidwest-Nederland twee projecten af: GRIP op Werk en VIP. Voor "
                "het magazine vroegen ze zeven deelnemers hoe zij de begeleiding hebben ervaren, en welke lessen "
                "daaruit volgen. Eén les springt eruit: een eigen netwerk is belangrijk.",
                "Volgens het CBS had na vierenhalf jaar 38 procent van de statushouders van 18 tot 65 jaar die in "
                "2014 een verblijfsvergunning kregen, een baan.",
                "Na de twee projecten begon de organisatie halverwege 2020 met een Werkhelpdesk.",
            ],
            "figure": "38 %",
            "figure_label": "van de statushouders uit 2014 had na 4,5 jaar een baan",
        },
        "en": {
            "slug": "magazine-lessons-from-two-projects",
            "title": "Magazine on lessons from two work projects",
            "intro": "VluchtelingenWerk Zuidwest-Nederland published a magazine on what two projects for status "
            "holders have taught them.",
            "body": [
                "Helping status holders into work does not happen by itself. It takes patience, and sometimes "
                "things go wrong before they go right.",
                "In 2020 VluchtelingenWerk Zuidwest-Nederland completed two projects: GRIP op Werk and VIP. For the "
                "magazine they asked seven participants how they experienced the coaching, and which lessons "
                "follow from it. One lesson stands out: your own network matters.",
                "According to Statistics Netherlands (CBS), after four and a half years 38 per cent of the status "
                "holders aged 18 to 65 who received a residence permit in 2014 had a job.",
                "After the two projects, the organisation started a Work Helpdesk in mid-2020.",
            ],
            "figure": "38 %",
            "figure_label": "of the status holders of 2014 had a job after 4.5 years",
        },
    },
]
